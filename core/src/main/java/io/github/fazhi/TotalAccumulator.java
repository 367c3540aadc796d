package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.internal.Invariants;
import io.github.fazhi.internal.Sums;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A mutable sum of stated numbers, mergeable with another accumulator as if every value had been added
 * to one: {@code add}, {@code addAll} and {@link #snapshot()}, in the shape of Guava's
 * {@code StatsAccumulator}. {@link Total#toTotal()} is its collector. See {@link Total} for how units and
 * qualifiers combine.
 *
 * <p>Whole values (after scaling) are summed in overflow-checked {@code long} arithmetic, the rest in
 * exact {@link BigDecimal}s, so sums are exact and never depend on the order of addition.
 *
 * <p>This class is not thread-safe: use one per thread and merge them.
 */
public final class TotalAccumulator {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private long count;
  private @Nullable Unit unit;
  private long wholeSum;
  private BigDecimal fractionalSum = BigDecimal.ZERO;
  private int bounds;
  private BigDecimal margin = BigDecimal.ZERO;

  /** Creates an empty accumulator. */
  public TotalAccumulator() {}

  /**
   * Adds an indicator's value.
   *
   * @param indicator  an indicator of an additive kind (COUNT, AMOUNT, DURATION), not null
   * @throws IllegalArgumentException if its kind is not additive (percentages are never added)
   * @throws UnitMismatchException if its unit does not count the same thing as those added before
   * @throws ArithmeticException if the sum overflows, naming the unit
   */
  public void add(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    if (!indicator.kind().isAdditive()) {
      throw new IllegalArgumentException(
          indicator.kind() + " values are not added (" + indicator.label() + "); use their bases");
    }
    add(indicator.value(), indicator.unit(), indicator.qualifier());
  }

  /**
   * Adds a value stated in a unit with a qualifier.
   *
   * @param value  the value as stated, not null
   * @param unit  its unit, not a percent or percentage points; not null
   * @param qualifier  how exactly it is stated, not null
   * @throws IllegalArgumentException if the unit is a percent or percentage points
   * @throws UnitMismatchException if the unit does not count the same thing as those added before
   * @throws ArithmeticException if the sum overflows, naming the unit
   */
  public void add(BigDecimal value, Unit unit, Qualifier qualifier) {
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(qualifier, "qualifier");
    if (unit.isPercent() || unit.isPercentagePoints()) {
      throw new IllegalArgumentException("percentages are not added (" + value + unit + "); use rates");
    }
    Unit canonical = joinUnit(unit);
    addScaled(unit.toBase(value), canonical);
    count = Sums.add("count of values", count, 1);
    bounds |= bitsOf(qualifier);
    if (unit.scale() > 1 && value.scale() > 0) {
      // A rounded figure (15.8万): half a unit of its last stated digit, 0.5 × 10⁴ × 10⁻¹ = 500.
      margin = margin.add(BigDecimal.valueOf(unit.scale()).movePointLeft(value.scale()).multiply(HALF));
      bounds |= Total.ROUNDED;
    }
  }

  /**
   * Adds every value a total holds.
   *
   * @param total  the total, not null
   * @throws UnitMismatchException if the units do not count the same thing
   * @throws ArithmeticException if the sum overflows
   */
  public void addAll(Total total) {
    requireNonNull(total, "total");
    if (total.isEmpty()) {
      return;
    }
    Unit canonical = joinUnit(requireNonNull(total.rawUnit()));
    addScaled(total.rawSum(), canonical);
    count = Sums.add("count of values", count, total.count());
    bounds |= total.bounds();
    margin = margin.add(total.rawMargin());
  }

  /**
   * Adds every value another accumulator holds, as if each had been added here.
   *
   * @param other  the other accumulator, not null
   * @throws UnitMismatchException if the units do not count the same thing
   * @throws ArithmeticException if the sum overflows
   */
  public void addAll(TotalAccumulator other) {
    addAll(other.snapshot());
  }

  /**
   * Returns the total of the values added so far.
   *
   * @return the total, never null
   */
  public Total snapshot() {
    if (count == 0) {
      return Total.empty();
    }
    BigDecimal sum = fractionalSum.signum() == 0
        ? BigDecimal.valueOf(wholeSum)
        : fractionalSum.add(BigDecimal.valueOf(wholeSum));
    BigDecimal plainMargin = margin.stripTrailingZeros();
    return new Total(count, unit, sum, bounds, plainMargin.scale() < 0 ? plainMargin.setScale(0) : plainMargin);
  }

  private Unit joinUnit(Unit added) {
    Unit canonical = added.canonical();
    if (unit == null) {
      unit = canonical;
    } else if (!unit.equals(canonical)) {
      throw new UnitMismatchException(unit, added);
    }
    return canonical;
  }

  private void addScaled(BigDecimal scaled, Unit canonical) {
    if (scaled.scale() <= 0 || scaled.stripTrailingZeros().scale() <= 0) {
      long whole;
      try {
        whole = scaled.longValueExact();
      } catch (ArithmeticException tooLarge) {
        throw new ArithmeticException(
            "total in " + canonical + " overflowed: " + Invariants.shown(scaled) + " does not fit a long");
      }
      wholeSum = Sums.add("total in", canonical, wholeSum, whole);
    } else {
      fractionalSum = fractionalSum.add(scaled);
    }
  }

  private static int bitsOf(Qualifier qualifier) {
    return switch (qualifier) {
      case EXACT -> 0;
      case AT_LEAST -> Total.LOWER;
      case MORE_THAN -> Total.LOWER | Total.STRICT_LOWER;
      case AT_MOST -> Total.UPPER;
      case LESS_THAN -> Total.UPPER | Total.STRICT_UPPER;
      case APPROXIMATELY -> Total.APPROXIMATE;
    };
  }
}
