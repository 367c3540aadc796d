package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.internal.Invariants;
import io.github.fazhi.internal.Sums;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact fraction behind a rate: {@code 9/11} cases accepted, never a {@code double}. A rate is kept as
 * stated, unreduced, so that rates over many reports add as ratios of sums ({@link #plus(Rate)}).
 *
 * <h2>Zero denominator</h2>
 * A rate over nothing does not exist: {@link #of(long, long)} refuses a denominator of 0, and
 * {@link #tryOf(long, long)} returns empty for it. No method divides by zero or yields NaN.
 *
 * <p>Two rates are equal when their numerators and denominators are; {@link #compareTo(Rate)} compares
 * values, so {@code 1/2} and {@code 2/4} compare as equal but are not {@code equals}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Rate implements Comparable<Rate> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_MATCH_SCALE = 1000;

  private final long numerator;
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains the rate {@code numerator / denominator}.
   *
   * @param numerator  the count of cases that have the property, at least 0
   * @param denominator  the count of cases considered, at least 1
   * @return the rate, never null
   * @throws ValidationException if the numerator is negative or the denominator is not positive
   */
  public static Rate of(long numerator, long denominator) {
    new Invariants()
        .nonNegative("numerator", numerator)
        .positive("denominator", denominator)
        .throwIfBroken();
    return new Rate(numerator, denominator);
  }

  /**
   * Obtains the rate {@code numerator / denominator}, or empty when the denominator is 0: the rate of
   * nothing is unknown, not 0.
   *
   * @param numerator  at least 0
   * @param denominator  at least 0
   * @return the rate, or empty when the denominator is 0
   * @throws ValidationException if either count is negative
   */
  public static Optional<Rate> tryOf(long numerator, long denominator) {
    if (denominator == 0) {
      new Invariants().nonNegative("numerator", numerator).throwIfBroken();
      return Optional.empty();
    }
    return Optional.of(of(numerator, denominator));
  }

  /**
   * Returns the numerator as stated.
   *
   * @return the numerator, at least 0
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the denominator as stated.
   *
   * @return the denominator, at least 1
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the rate in percent, rounded half-up to {@code scale} decimal places: 9/11 at scale 1 is
   * 81.8.
   *
   * @param scale  the number of decimal places, 0 or more
   * @return the percentage, never null
   */
  public BigDecimal percent(int scale) {
    return percent(scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns the rate in percent, rounded with the given mode to {@code scale} decimal places.
   *
   * @param scale  the number of decimal places, 0 or more
   * @param rounding  how to round, not null; {@link RoundingMode#UNNECESSARY} throws when rounding is
   *     needed
   * @return the percentage, never null
   * @throws IllegalArgumentException if the scale is negative
   * @throws ArithmeticException if the mode is UNNECESSARY and rounding is needed
   */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("scale (" + scale + ") must be >= 0");
    }
    return BigDecimal.valueOf(numerator)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  /**
   * Says whether a published percentage agrees with this fraction at the precision it was published
   * with: {@code 98.8} has one decimal place, {@code 99} none. It agrees when it equals the fraction
   * rounded half-up ({@link PercentMatch#ROUNDED}) or, failing that, truncated
   * ({@link PercentMatch#TRUNCATED}: 49.96% published as 49.9). A value with more than 1,000 decimal
   * places is only compared exactly (nobody publishes such a value; rounding at that scale would cost
   * memory in proportion to it).
   *
   * @param statedPercent  the percentage as published, not null
   * @return how it agrees, never null
   */
  public PercentMatch matches(BigDecimal statedPercent) {
    requireNonNull(statedPercent, "statedPercent");
    int scale = Math.max(0, statedPercent.scale());
    if (scale > MAX_MATCH_SCALE) {
      return statedPercent.multiply(BigDecimal.valueOf(denominator))
              .compareTo(BigDecimal.valueOf(numerator).multiply(HUNDRED)) == 0
          ? PercentMatch.ROUNDED
          : PercentMatch.MISMATCH;
    }
    if (statedPercent.compareTo(percent(scale, RoundingMode.HALF_UP)) == 0) {
      return PercentMatch.ROUNDED;
    }
    if (statedPercent.compareTo(percent(scale, RoundingMode.DOWN)) == 0) {
      return PercentMatch.TRUNCATED;
    }
    return PercentMatch.MISMATCH;
  }

  /**
   * Returns the ratio of sums: {@code (a + c) / (b + d)} for {@code a/b} plus {@code c/d}. This is how
   * rates over many reports combine; an average of percentages would weigh a district of 3 cases like a
   * city of 3,000.
   *
   * @param other  the rate to add, not null
   * @return the combined rate, never null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Rate plus(Rate other) {
    requireNonNull(other, "other");
    return new Rate(
        Sums.add("rate numerator", numerator, other.numerator),
        Sums.add("rate denominator", denominator, other.denominator));
  }

  /**
   * Compares the values of two rates exactly.
   *
   * @param other  the rate to compare with, not null
   * @return negative, zero or positive as this rate is less than, equal in value to, or greater than
   *     the other
   */
  @Override
  public int compareTo(Rate other) {
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rate other
        && numerator == other.numerator
        && denominator == other.denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** Returns {@code numerator/denominator}, such as {@code 9/11}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
