package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.internal.Invariants;
import java.math.BigDecimal;

/**
 * What every way of totalling stated numbers (合计) checks and works out alike: {@link TotalAccumulator},
 * {@link ColumnarTotals} and {@link TotalColumn} refuse the same values with the same messages, flag the
 * same qualifiers and write the same margins. The sums themselves are each class's own.
 */
final class Totalling {
  /** Half, exactly: a rounded figure's margin is half a unit of its last stated digit. */
  static final BigDecimal HALF = new BigDecimal("0.5");

  private Totalling() {}

  /**
   * Refuses an indicator whose kind is not added (a PERCENT, a RATE): its bases are.
   *
   * @throws IllegalArgumentException if its kind is not additive
   */
  static void checkAdditive(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    if (!indicator.kind().isAdditive()) {
      throw new IllegalArgumentException(
          indicator.kind() + " values are not added (" + indicator.label() + "); use their bases");
    }
  }

  /**
   * Refuses a missing value, unit or qualifier, and a percentage.
   *
   * @throws IllegalArgumentException if the unit is a percent or percentage points
   */
  static void checkAddable(BigDecimal value, Unit unit, Qualifier qualifier) {
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(qualifier, "qualifier");
    checkNotPercent(value, unit);
  }

  /**
   * Refuses a percentage.
   *
   * @throws IllegalArgumentException if the unit is a percent or percentage points
   */
  static void checkNotPercent(Object value, Unit unit) {
    if (unit.isPercent() || unit.isPercentagePoints()) {
      throw new IllegalArgumentException("percentages are not added (" + value + unit + "); use rates");
    }
  }

  /** Returns the bits of {@link Total} a qualifier sets. */
  static int bitsOf(Qualifier qualifier) {
    return switch (qualifier) {
      case EXACT -> 0;
      case AT_LEAST -> Total.LOWER;
      case MORE_THAN -> Total.LOWER | Total.STRICT_LOWER;
      case AT_MOST -> Total.UPPER;
      case LESS_THAN -> Total.UPPER | Total.STRICT_UPPER;
      case APPROXIMATELY -> Total.APPROXIMATE;
    };
  }

  /** Returns whether a value stated in a unit is a rounded figure such as {@code 15.8万}: a scale word and decimals. */
  static boolean isRounded(BigDecimal value, Unit unit) {
    return unit.scale() > 1 && value.scale() > 0;
  }

  /** Returns {@code value × scale} when it fits a long, else −1 (value and scale are not negative). */
  static long scaledWhole(long value, long scale) {
    if (scale == 1) {
      return value;
    }
    long high = Math.multiplyHigh(value, scale);
    long product = value * scale;
    return high == 0 && product >= 0 ? product : -1;
  }

  /** Returns whether a scaled value is whole ({@code 30000}, {@code 1.20E+4}, {@code 5.00}). */
  static boolean isWhole(BigDecimal scaled) {
    return scaled.scale() <= 0 || scaled.stripTrailingZeros().scale() <= 0;
  }

  /**
   * Returns a whole scaled value as a long.
   *
   * @throws ArithmeticException if it does not fit a long, naming the canonical unit
   */
  static long whole(BigDecimal scaled, Unit canonical) {
    try {
      return scaled.longValueExact();
    } catch (ArithmeticException tooLarge) {
      throw new ArithmeticException(
          "total in " + canonical + " overflowed: " + Invariants.shown(scaled) + " does not fit a long");
    }
  }

  /** Returns a margin in its plainest form: no trailing zeros, and no negative scale ({@code 500}, not {@code 5E+2}). */
  static BigDecimal plain(BigDecimal margin) {
    BigDecimal stripped = margin.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
