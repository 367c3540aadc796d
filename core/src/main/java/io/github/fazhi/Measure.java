package io.github.fazhi;

import io.github.fazhi.internal.Invariants;
import java.util.List;
import org.immutables.value.Value;

/**
 * One action inside a work area (举措), as the report enumerates it ({@code 一是…}, {@code 1.}), with
 * the numbers it states.
 *
 * <h2>Invariants</h2>
 * The ordinal is at least 1; the text is not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measure {
  Measure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }

  /**
   * Returns the measure's number in its work area, from 1 ({@code 一是} is 1).
   *
   * @return the ordinal, at least 1
   */
  public abstract int ordinal();

  /**
   * Returns the measure's text as written.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Returns the numbers the measure states, in the order they appear.
   *
   * @return the indicators, never null
   */
  public abstract List<Indicator> indicators();

  @Value.Check
  void check() {
    new Invariants().positive("ordinal", ordinal()).notBlank("text", text()).throwIfBroken();
  }
}
