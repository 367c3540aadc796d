package io.github.fazhi;

import io.github.fazhi.internal.Invariants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The two counts a stated change compares (增长的基数): this period's and the previous period's, as the
 * report states them ({@code 收到行政复议申请 89 件, 同比增长 128.21%} compares 89 with last year's 39).
 * A {@link IndicatorKind#PERCENT_CHANGE} or {@link IndicatorKind#CHANGE} may carry one, so that a checker
 * can recompute the change.
 *
 * <h2>Invariants</h2>
 * Both counts are at least 0.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrowthBase {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** As in {@link Rate#matches(BigDecimal)}: a stated value with more decimals is compared exactly. */
  private static final int MAX_MATCH_SCALE = 1000;

  GrowthBase() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the base of a change from {@code previous} to {@code current}.
   *
   * @param current  this period's count (本期, 本年), at least 0
   * @param previous  the previous period's count (上期, 上年同期), at least 0
   * @return the base, never null
   * @throws ValidationException if a count is negative
   */
  public static GrowthBase of(long current, long previous) {
    return builder().current(current).previous(previous).build();
  }

  /** Builds a {@link GrowthBase}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableGrowthBase.Builder {
    Builder() {}
  }

  /**
   * Returns this period's count (本期, 本年).
   *
   * @return the count, at least 0
   */
  public abstract long current();

  /**
   * Returns the previous period's count (上期, 上年同期).
   *
   * @return the count, at least 0
   */
  public abstract long previous();

  /**
   * Returns the change: current − previous (89 − 39 = 50).
   *
   * @return the change, of any sign
   */
  public long change() {
    return current() - previous();
  }

  /**
   * Returns the change in percent of the previous count, rounded half-up to {@code scale} decimal
   * places: 89 against 39 at scale 2 is 128.21.
   *
   * @param scale  the number of decimal places, 0 or more
   * @return the percentage, or empty when the previous count is 0 (a growth from nothing has no percent)
   * @throws IllegalArgumentException if the scale is negative
   */
  public Optional<BigDecimal> percentChange(int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale (" + scale + ") must be >= 0");
    }
    return previous() == 0 ? Optional.empty() : Optional.of(percentChange(scale, RoundingMode.HALF_UP));
  }

  private BigDecimal percentChange(int scale, RoundingMode rounding) {
    return BigDecimal.valueOf(change()).multiply(HUNDRED).divide(BigDecimal.valueOf(previous()), scale, rounding);
  }

  /**
   * Says whether a stated percentage change agrees with these counts at the precision it was stated
   * with, as {@link Rate#matches(BigDecimal)} does for shares: rounded half-up, or else truncated toward
   * zero. A change from 0 matches nothing.
   *
   * @param statedPercent  the stated change in percent (128.21, or −12.5 for a fall), not null
   * @return how it agrees, never null
   */
  public PercentMatch matches(BigDecimal statedPercent) {
    int scale = Math.max(0, statedPercent.scale());
    if (previous() == 0) {
      return PercentMatch.MISMATCH;
    }
    if (scale > MAX_MATCH_SCALE) {
      return statedPercent.multiply(BigDecimal.valueOf(previous()))
              .compareTo(BigDecimal.valueOf(change()).multiply(HUNDRED)) == 0
          ? PercentMatch.ROUNDED
          : PercentMatch.MISMATCH;
    }
    if (statedPercent.compareTo(percentChange(scale, RoundingMode.HALF_UP)) == 0) {
      return PercentMatch.ROUNDED;
    }
    if (statedPercent.compareTo(percentChange(scale, RoundingMode.DOWN)) == 0) {
      return PercentMatch.TRUNCATED;
    }
    return PercentMatch.MISMATCH;
  }

  @Value.Check
  void check() {
    new Invariants().nonNegative("current", current()).nonNegative("previous", previous()).throwIfBroken();
  }
}
