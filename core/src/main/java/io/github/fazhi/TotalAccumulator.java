package io.github.fazhi;

import static java.util.Objects.requireNonNull;

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
    Totalling.checkAdditive(indicator);
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
    Totalling.checkAddable(value, unit, qualifier);
    Unit canonical = joinUnit(unit);
    addScaled(unit.toBase(value), canonical);
    count = Sums.add("count of values", count, 1);
    bounds |= Totalling.bitsOf(qualifier);
    if (Totalling.isRounded(value, unit)) {
      // A rounded figure (15.8万): half a unit of its last stated digit, 0.5 × 10⁴ × 10⁻¹ = 500.
      margin = margin.add(BigDecimal.valueOf(unit.scale()).movePointLeft(value.scale()).multiply(Totalling.HALF));
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
    return new Total(count, unit, sum, bounds, Totalling.plain(margin));
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
    if (Totalling.isWhole(scaled)) {
      wholeSum = Sums.add("total in", canonical, wholeSum, Totalling.whole(scaled, canonical));
    } else {
      fractionalSum = fractionalSum.add(scaled);
    }
  }
}
