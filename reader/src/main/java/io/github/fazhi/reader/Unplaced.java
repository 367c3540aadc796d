package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A number the reader found but did not put in the draft (未归位的数字), with the reason: a number without a
 * unit, a range, a growth rate the model cannot hold yet, a number whose written form does not read back
 * to the same value. A person confirming the draft decides what to do with it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unplaced {
  private final Span span;
  private final String reason;

  private Unplaced(Span span, String reason) {
    this.span = span;
    this.reason = reason;
  }

  /**
   * Returns an unplaced number.
   *
   * @param span    where it is written, not null
   * @param reason  why it was not placed, not null
   * @return the unplaced number, never null
   */
  public static Unplaced of(Span span, String reason) {
    return new Unplaced(requireNonNull(span, "span"), requireNonNull(reason, "reason"));
  }

  /**
   * Returns where the number is written.
   *
   * @return the span, never null
   */
  public Span span() {
    return span;
  }

  /**
   * Returns why the number was not placed.
   *
   * @return the reason, never null
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Unplaced && ((Unplaced) other).span.equals(span)
        && ((Unplaced) other).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return 31 * span.hashCode() + reason.hashCode();
  }

  /** {@code [start, end) "written": reason}. */
  @Override
  public String toString() {
    return span + ": " + reason;
  }
}
