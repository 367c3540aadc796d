package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Indicator;

/**
 * Where a number of a draft came from (溯源): the indicator's path in the draft's report
 * ({@code workAreas[6].measures[0].indicators[1]}) and the span of the source it was read from. For
 * every trace, {@code source.substring(span.start(), span.end())} is the indicator's written form, and
 * reading that form again gives the indicator's value, unit and qualifier.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trace {
  private final String path;
  private final Indicator indicator;
  private final Span span;

  Trace(String path, Indicator indicator, Span span) {
    this.path = requireNonNull(path, "path");
    this.indicator = requireNonNull(indicator, "indicator");
    this.span = requireNonNull(span, "span");
  }

  /**
   * Returns the indicator's path in the report, in the notation of validation messages.
   *
   * @return the path, never null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator, never null
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the span of the source the indicator was read from.
   *
   * @return the span, never null
   */
  public Span span() {
    return span;
  }

  /** {@code path = label value unit at [start, end) "written"}. */
  @Override
  public String toString() {
    return path + " = " + indicator.label() + " " + indicator.value().toPlainString() + " "
        + indicator.unit() + " at " + span;
  }
}
