package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Indicator;
import io.github.fazhi.Path;

/**
 * Where a number of a draft came from (溯源): the indicator's path in the draft's report
 * ({@code workAreas[6].measures[0].indicators[1]}) and the span of the source it was read from. For
 * every trace, {@code source.substring(span.start(), span.end())} is the indicator's written form, and
 * reading that form again gives the indicator's value, unit and qualifier.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trace {
  private final Path at;
  private final Indicator indicator;
  private final Span span;

  Trace(Path at, Indicator indicator, Span span) {
    this.at = requireNonNull(at, "at");
    this.indicator = requireNonNull(indicator, "indicator");
    this.span = requireNonNull(span, "span");
  }

  /**
   * Returns the indicator's path (路径) in the report, the one the checker's findings name.
   *
   * @return the path, never null
   */
  public Path at() {
    return at;
  }

  /**
   * Returns the string form of {@link #at()}, in the notation of validation messages.
   *
   * @return {@code at().toString()}, never null
   */
  public String path() {
    return at.toString();
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
    return at + " = " + indicator.label() + " " + indicator.value().toPlainString() + " "
        + indicator.unit() + " at " + span;
  }
}
