package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Path;
import io.github.fazhi.Total;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The year-over-year change of a total (同比变化), like for like: both totals cover the same
 * jurisdictions (those that stated the code in both years).
 *
 * <h2>Honest numbers</h2>
 * A change is computed only when both totals are known, stated exactly (no bound, nothing approximate:
 * {@link Total#isExactUpToRounding()}) and in the same unit; a change from 0 has no percentage. A total
 * that includes rounded figures ({@code 15.8万条}) is compared as stated, so the change is only as exact
 * as they are ({@link Total#margin()}). Rounding happens only where the caller asks for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountChange {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  CountChange() {}

  static CountChange of(Total from, Total to, long jurisdictions) {
    return ImmutableCountChange.builder().from(from).to(to).jurisdictions(jurisdictions).build();
  }

  /**
   * Returns the earlier total.
   *
   * @return the total, never null
   */
  public abstract Total from();

  /**
   * Returns the later total.
   *
   * @return the total, never null
   */
  public abstract Total to();

  /**
   * Returns how many jurisdictions both totals cover.
   *
   * @return the number, at least 0
   */
  public abstract long jurisdictions();

  /**
   * Returns whether the totals can be compared: both known, stated exactly (up to rounding) and in the
   * same unit.
   *
   * @return true when comparable
   */
  public boolean isComparable() {
    Total from = from();
    Total to = to();
    return !from.isEmpty() && !to.isEmpty()
        && from.isExactUpToRounding()
        && to.isExactUpToRounding()
        && from.unit().equals(to.unit());
  }

  /**
   * Returns the exact difference, later minus earlier, in the totals' unit.
   *
   * @return the difference, or empty when not {@link #isComparable() comparable}
   */
  public Optional<BigDecimal> difference() {
    return isComparable()
        ? Optional.of(to().sum().orElseThrow().subtract(from().sum().orElseThrow()))
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
    if (difference.isEmpty() || from().sum().orElseThrow().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(difference.get().multiply(HUNDRED).divide(from().sum().orElseThrow(), scale, rounding));
  }

  /** Returns {@code CountChange{from → to, n jurisdictions}}. */
  @Override
  public String toString() {
    return "CountChange{" + from() + " -> " + to() + ", " + jurisdictions() + " jurisdictions}";
  }

  @Value.Check
  void check() {
    if (jurisdictions() < 0) {
      throw new ValidationException(
          List.of(Violation.of(Path.root().field("jurisdictions"), "jurisdictions (" + jurisdictions() + ") must be >= 0")));
    }
  }
}
