package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The year-over-year change of a rate in percentage points (个百分点), like for like: both rates are
 * ratios of sums over the same jurisdictions. Percentages are never averaged or subtracted as doubles:
 * the change is {@code (a/b − c/d) × 100}, computed exactly and rounded only where the caller asks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RateChange {
  private final @Nullable Rate from;
  private final @Nullable Rate to;
  private final long jurisdictions;

  RateChange(Optional<Rate> from, Optional<Rate> to, long jurisdictions) {
    this.from = from.orElse(null);
    this.to = to.orElse(null);
    this.jurisdictions = jurisdictions;
  }

  /**
   * Returns the earlier rate.
   *
   * @return the rate, or empty when unknown
   */
  public Optional<Rate> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the later rate.
   *
   * @return the rate, or empty when unknown
   */
  public Optional<Rate> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Returns how many jurisdictions both rates cover.
   *
   * @return the number, at least 0
   */
  public long jurisdictions() {
    return jurisdictions;
  }

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
    if (from == null || to == null) {
      return Optional.empty();
    }
    BigInteger numerator = BigInteger.valueOf(to.numerator()).multiply(BigInteger.valueOf(from.denominator()))
        .subtract(BigInteger.valueOf(from.numerator()).multiply(BigInteger.valueOf(to.denominator())))
        .multiply(BigInteger.valueOf(100));
    BigInteger denominator = BigInteger.valueOf(from.denominator()).multiply(BigInteger.valueOf(to.denominator()));
    return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RateChange other
        && Objects.equals(from, other.from) && Objects.equals(to, other.to)
        && jurisdictions == other.jurisdictions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, jurisdictions);
  }

  /** Returns {@code RateChange{from → to, n jurisdictions}}. */
  @Override
  public String toString() {
    return "RateChange{" + from + " -> " + to + ", " + jurisdictions + " jurisdictions}";
  }
}
