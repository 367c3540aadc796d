package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Path;
import io.github.fazhi.Rate;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The year-over-year change of a rate in percentage points (个百分点), like for like: both rates are
 * ratios of sums over the same jurisdictions. Percentages are never averaged or subtracted as doubles:
 * the change is {@code (a/b − c/d) × 100}, computed exactly and rounded only where the caller asks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateChange {
  RateChange() {}

  static RateChange of(Optional<Rate> from, Optional<Rate> to, long jurisdictions) {
    return ImmutableRateChange.builder().from(from).to(to).jurisdictions(jurisdictions).build();
  }

  /**
   * Returns the earlier rate.
   *
   * @return the rate, or empty when unknown
   */
  public abstract Optional<Rate> from();

  /**
   * Returns the later rate.
   *
   * @return the rate, or empty when unknown
   */
  public abstract Optional<Rate> to();

  /**
   * Returns how many jurisdictions both rates cover.
   *
   * @return the number, at least 0
   */
  public abstract long jurisdictions();

  /**
   * Returns the change in percentage points, later minus earlier, rounded as asked.
   *
   * @param scale  decimal places, 0 or more
   * @param rounding  how to round, not null; UNNECESSARY throws when rounding is needed
   * @return the change, or empty when either rate is unknown
   * @throws IllegalArgumentException if the scale is negative
   * @throws ArithmeticException if the mode is UNNECESSARY and rounding is needed
   */
  public Optional<BigDecimal> points(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("scale (" + scale + ") must be >= 0");
    }
    if (from().isEmpty() || to().isEmpty()) {
      return Optional.empty();
    }
    Rate from = from().get();
    Rate to = to().get();
    BigInteger numerator = BigInteger.valueOf(to.numerator()).multiply(BigInteger.valueOf(from.denominator()))
        .subtract(BigInteger.valueOf(from.numerator()).multiply(BigInteger.valueOf(to.denominator())))
        .multiply(BigInteger.valueOf(100));
    BigInteger denominator = BigInteger.valueOf(from.denominator()).multiply(BigInteger.valueOf(to.denominator()));
    return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding));
  }

  /** Returns {@code RateChange{from → to, n jurisdictions}}. */
  @Override
  public String toString() {
    return "RateChange{" + from().map(Rate::toString).orElse("null") + " -> " + to().map(Rate::toString).orElse("null")
        + ", " + jurisdictions() + " jurisdictions}";
  }

  @Value.Check
  void check() {
    if (jurisdictions() < 0) {
      throw new ValidationException(
          List.of(Violation.of(Path.root().field("jurisdictions"), "jurisdictions (" + jurisdictions() + ") must be >= 0")));
    }
  }
}
