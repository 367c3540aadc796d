package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Total;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The year-over-year change of a total (同比变化), like for like: both totals cover the same
 * jurisdictions (those that stated the code in both years).
 *
 * <h2>Honest numbers</h2>
 * A change is computed only when both totals are known, exact ({@link Qualifier#EXACT}) and in the same
 * unit; a change from 0 has no percentage. Rounding happens only where the caller asks for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class CountChange {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Total from;
  private final Total to;
  private final long jurisdictions;

  CountChange(Total from, Total to, long jurisdictions) {
    this.from = requireNonNull(from);
    this.to = requireNonNull(to);
    this.jurisdictions = jurisdictions;
  }

  /**
   * Returns the earlier total.
   *
   * @return the total, never null
   */
  public Total from() {
    return from;
  }

  /**
   * Returns the later total.
   *
   * @return the total, never null
   */
  public Total to() {
    return to;
  }

  /**
   * Returns how many jurisdictions both totals cover.
   *
   * @return the number, at least 0
   */
  public long jurisdictions() {
    return jurisdictions;
  }

  /**
   * Returns whether the totals can be compared: both known, exact and in the same unit.
   *
   * @return true when comparable
   */
  public boolean isComparable() {
    return !from.isEmpty() && !to.isEmpty()
        && from.qualifier().equals(Optional.of(Qualifier.EXACT))
        && to.qualifier().equals(Optional.of(Qualifier.EXACT))
        && from.unit().equals(to.unit());
  }

  /**
   * Returns the exact difference, later minus earlier, in the totals' unit.
   *
   * @return the difference, or empty when not {@link #isComparable() comparable}
   */
  public Optional<BigDecimal> difference() {
    return isComparable()
        ? Optional.of(to.sum().orElseThrow().subtract(from.sum().orElseThrow()))
        : Optional.empty();
  }

  /**
   * Returns the change in percent of the earlier total (同比增长 17.1%), rounded as asked.
   *
   * @param scale  decimal places, 0 or more
   * @param rounding  how to round, not null; UNNECESSARY throws when rounding is needed
   * @return the percentage, or empty when not comparable or the earlier total is 0
   * @throws IllegalArgumentException if the scale is negative
   * @throws ArithmeticException if the mode is UNNECESSARY and rounding is needed
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("scale (" + scale + ") must be >= 0");
    }
    Optional<BigDecimal> difference = difference();
    if (difference.isEmpty() || from.sum().orElseThrow().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(difference.get().multiply(HUNDRED).divide(from.sum().orElseThrow(), scale, rounding));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CountChange other
        && from.equals(other.from) && to.equals(other.to) && jurisdictions == other.jurisdictions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, jurisdictions);
  }

  /** Returns {@code CountChange{from → to, n jurisdictions}}. */
  @Override
  public String toString() {
    return "CountChange{" + from + " -> " + to + ", " + jurisdictions + " jurisdictions}";
  }
}
