package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.internal.Sums;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A fixed number of totals (合计) kept side by side in primitive columns: slot {@code i} sums exactly what
 * a {@link TotalAccumulator} would, and {@link #snapshot(int)} returns the {@link Total} that accumulator
 * would return, equal in every respect (sum, unit, qualifier, margin, count), for the same additions in
 * the same order, and failing with the same exception where it would fail.
 *
 * <h2>Columns</h2>
 * Per slot: the number of values and the sum of the whole scaled values as {@code long}s, added with
 * {@link Math#addExact}; the qualifier and rounding flags of {@link Total} as bits in an {@code int};
 * the rounding margin of figures such as {@code 15.8万} doubled, so that it is a whole {@code long}; and
 * the canonical unit. A {@link BigDecimal} is used only for a value that is not whole once scaled (a
 * fractional amount such as {@code 1.25元}) or a margin that is not whole once doubled: it is exact and
 * kept apart, never rounded. A whole value that does not fit a {@code long} is refused, as
 * {@link TotalAccumulator} refuses it.
 *
 * <p>Adding a value stated without decimals ({@code 1338宗}, {@code 3万件}) allocates nothing.
 *
 * <p>This class is not thread-safe: use one per thread and merge the snapshots.
 */
public final class ColumnarTotals {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final long[] POWERS_OF_TEN = powersOfTen();

  private final long[] counts;
  private final long[] wholeSums;
  private final int[] bounds;
  private final long[] twiceMargins;
  private final @Nullable Unit[] units;
  private final @Nullable BigDecimal[] fractionalSums;
  private final @Nullable BigDecimal[] twiceMarginsBeyondLong;

  /**
   * Creates empty totals.
   *
   * @param slots  how many totals, at least 0
   * @throws IllegalArgumentException if {@code slots} is negative
   */
  public ColumnarTotals(int slots) {
    if (slots < 0) {
      throw new IllegalArgumentException("slots (" + slots + ") must be >= 0");
    }
    counts = new long[slots];
    wholeSums = new long[slots];
    bounds = new int[slots];
    twiceMargins = new long[slots];
    units = new Unit[slots];
    fractionalSums = new BigDecimal[slots];
    twiceMarginsBeyondLong = new BigDecimal[slots];
  }

  /**
   * Returns how many totals are kept.
   *
   * @return the number of slots, at least 0
   */
  public int slots() {
    return counts.length;
  }

  /**
   * Adds an indicator's value to a slot, as {@link TotalAccumulator#add(Indicator)}.
   *
   * @param slot  the slot, from 0 to {@link #slots()} − 1
   * @param indicator  an indicator of an additive kind (COUNT, AMOUNT, DURATION), not null
   * @throws IndexOutOfBoundsException if there is no such slot
   * @throws IllegalArgumentException if its kind is not additive (percentages are never added)
   * @throws UnitMismatchException if its unit does not count the same thing as those added to the slot
   * @throws ArithmeticException if the sum overflows, naming the unit
   */
  public void add(int slot, Indicator indicator) {
    Totalling.checkAdditive(indicator);
    add(slot, indicator.value(), indicator.unit(), indicator.qualifier());
  }

  /**
   * Adds a value stated in a unit with a qualifier to a slot, as
   * {@link TotalAccumulator#add(BigDecimal, Unit, Qualifier)}.
   *
   * @param slot  the slot, from 0 to {@link #slots()} − 1
   * @param value  the value as stated, not null
   * @param unit  its unit, not a percent or percentage points; not null
   * @param qualifier  how exactly it is stated, not null
   * @throws IndexOutOfBoundsException if there is no such slot
   * @throws IllegalArgumentException if the unit is a percent or percentage points
   * @throws UnitMismatchException if the unit does not count the same thing as those added to the slot
   * @throws ArithmeticException if the sum overflows, naming the unit
   */
  public void add(int slot, BigDecimal value, Unit unit, Qualifier qualifier) {
    Totalling.checkAddable(value, unit, qualifier);
    checkSlot(slot);
    Unit canonical = joinUnit(slot, unit);
    int scale = value.scale();
    long whole = scale == 0 && value.precision() < 19
        ? Totalling.scaledWhole(value.longValue(), unit.scale()) : -1;
    if (scale == 0 && whole >= 0) {
      wholeSums[slot] = Sums.add("total in", canonical, wholeSums[slot], whole);
    } else {
      addScaled(slot, unit.toBase(value), canonical);
    }
    counts[slot] = Sums.add("count of values", counts[slot], 1);
    bounds[slot] |= Totalling.bitsOf(qualifier);
    if (Totalling.isRounded(value, unit)) {
      addRoundingMargin(slot, unit.scale(), scale);
      bounds[slot] |= Total.ROUNDED;
    }
  }

  /**
   * Adds an exact whole count stated in a unit to a slot: the same as
   * {@code add(slot, BigDecimal.valueOf(value), unit, Qualifier.EXACT)}, without making the
   * {@link BigDecimal}.
   *
   * @param slot  the slot, from 0 to {@link #slots()} − 1
   * @param value  the count as stated
   * @param unit  its unit, not a percent or percentage points; not null
   * @throws IndexOutOfBoundsException if there is no such slot
   * @throws IllegalArgumentException if the unit is a percent or percentage points
   * @throws UnitMismatchException if the unit does not count the same thing as those added to the slot
   * @throws ArithmeticException if the sum overflows, naming the unit
   */
  public void addExact(int slot, long value, Unit unit) {
    requireNonNull(unit, "unit");
    checkSlot(slot);
    long whole = value >= 0 ? Totalling.scaledWhole(value, unit.scale()) : -1;
    if (whole < 0 || unit.isPercent() || unit.isPercentagePoints()) {
      add(slot, BigDecimal.valueOf(value), unit, Qualifier.EXACT);
      return;
    }
    Unit canonical = joinUnit(slot, unit);
    wholeSums[slot] = Sums.add("total in", canonical, wholeSums[slot], whole);
    counts[slot] = Sums.add("count of values", counts[slot], 1);
  }

  /**
   * Adds every value a total holds to a slot, as {@link TotalAccumulator#addAll(Total)}.
   *
   * @param slot  the slot, from 0 to {@link #slots()} − 1
   * @param total  the total, not null
   * @throws IndexOutOfBoundsException if there is no such slot
   * @throws UnitMismatchException if the units do not count the same thing
   * @throws ArithmeticException if the sum overflows
   */
  public void addAll(int slot, Total total) {
    requireNonNull(total, "total");
    checkSlot(slot);
    if (total.isEmpty()) {
      return;
    }
    Unit canonical = joinUnit(slot, requireNonNull(total.rawUnit()));
    addScaled(slot, total.rawSum(), canonical);
    counts[slot] = Sums.add("count of values", counts[slot], total.count());
    bounds[slot] |= total.bounds();
    if (total.rawMargin().signum() != 0) {
      twiceMarginsBeyondLong[slot] = plus(twiceMarginsBeyondLong[slot], total.rawMargin().multiply(TWO));
    }
  }

  /**
   * Returns how many values were added to a slot.
   *
   * @param slot  the slot, from 0 to {@link #slots()} − 1
   * @return the count, at least 0
   * @throws IndexOutOfBoundsException if there is no such slot
   */
  public long count(int slot) {
    checkSlot(slot);
    return counts[slot];
  }

  /**
   * Returns the total of the values added to a slot so far: equal to what a {@link TotalAccumulator}
   * given the same values would return.
   *
   * @param slot  the slot, from 0 to {@link #slots()} − 1
   * @return the total, never null
   * @throws IndexOutOfBoundsException if there is no such slot
   */
  public Total snapshot(int slot) {
    checkSlot(slot);
    if (counts[slot] == 0) {
      return Total.empty();
    }
    BigDecimal fractional = fractionalSums[slot];
    BigDecimal sum = fractional == null || fractional.signum() == 0
        ? BigDecimal.valueOf(wholeSums[slot])
        : fractional.add(BigDecimal.valueOf(wholeSums[slot]));
    BigDecimal twiceMargin = plus(twiceMarginsBeyondLong[slot], BigDecimal.valueOf(twiceMargins[slot]));
    return new Total(counts[slot], units[slot], sum, bounds[slot], Totalling.plain(twiceMargin.multiply(Totalling.HALF)));
  }

  private void addScaled(int slot, BigDecimal scaled, Unit canonical) {
    if (Totalling.isWhole(scaled)) {
      wholeSums[slot] = Sums.add("total in", canonical, wholeSums[slot], Totalling.whole(scaled, canonical));
    } else {
      fractionalSums[slot] = plus(fractionalSums[slot], scaled);
    }
  }

  /**
   * Adds half a unit of the last stated digit of a rounded figure, doubled: {@code unitScale × 10^−digits},
   * whole when the figure has no more decimals than its scale word has zeros.
   */
  private void addRoundingMargin(int slot, long unitScale, int digits) {
    if (digits < POWERS_OF_TEN.length && unitScale % POWERS_OF_TEN[digits] == 0) {
      long twice = unitScale / POWERS_OF_TEN[digits];
      long sum = twiceMargins[slot] + twice;
      if (((twiceMargins[slot] ^ sum) & (twice ^ sum)) >= 0) {
        twiceMargins[slot] = sum;
        return;
      }
    }
    twiceMarginsBeyondLong[slot] = plus(twiceMarginsBeyondLong[slot],
        BigDecimal.valueOf(unitScale).movePointLeft(digits));
  }

  private Unit joinUnit(int slot, Unit added) {
    Unit canonical = added.canonical();
    Unit joined = units[slot];
    if (joined == null) {
      units[slot] = canonical;
    } else if (joined != canonical && !joined.equals(canonical)) {
      throw new UnitMismatchException(joined, added);
    }
    return canonical;
  }

  private void checkSlot(int slot) {
    if (slot < 0 || slot >= counts.length) {
      throw new IndexOutOfBoundsException("slot " + slot + " of " + counts.length);
    }
  }

  private static BigDecimal plus(@Nullable BigDecimal sum, BigDecimal added) {
    return sum == null ? added : sum.add(added);
  }

  private static long[] powersOfTen() {
    long[] powers = new long[19];
    powers[0] = 1;
    for (int i = 1; i < powers.length; i++) {
      powers[i] = powers[i - 1] * 10;
    }
    return powers;
  }

  @Override
  public String toString() {
    return "ColumnarTotals{" + counts.length + " slots, counts=" + Arrays.toString(counts) + "}";
  }
}
