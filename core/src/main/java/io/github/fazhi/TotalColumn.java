package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.internal.Sums;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Many stated numbers of one quantity held as columns (列存储), ready to be totalled again and again: the
 * form to keep a corpus's values in when they are summed more often than they are read one by one.
 * {@link #total()} returns exactly the {@link Total} a {@link TotalAccumulator} given the same values in
 * the same order returns (sum, unit, qualifier, margin, count).
 *
 * <h2>Columns</h2>
 * Each value is checked once, when it is added to the {@link Builder}: its unit must count the same thing
 * as the others' ({@link UnitMismatchException} otherwise), and it is scaled to the canonical unit
 * ({@code 3万件} is 30,000 件). The column then holds, per value, the scaled value as a {@code long} and its
 * qualifier and rounding flags as a byte; and, for each figure rounded such as {@code 15.8万}, its
 * rounding margin (doubled, so that it is whole). A value that is not whole once scaled (a fractional amount) is kept
 * apart, exactly, as a {@link BigDecimal}; a whole value that does not fit a {@code long} is refused, as
 * {@link TotalAccumulator} refuses it.
 *
 * <h2>Overflow</h2>
 * {@link #total()} adds exactly and throws {@link ArithmeticException} when the sum does not fit a
 * {@code long}, as the accumulator does (the partial sums its message names may differ). Units are
 * checked as values are added to the builder, sums afterwards: values that both count different things
 * and overflow are refused for their units by the builder, where the accumulator may meet the overflow
 * first. When every value is at least 0 the sum is taken in blocks too
 * small to overflow (each value below 2⁵³, at most 1,024 of them), and the blocks' sums are added with
 * {@link Math#addExact}; otherwise value by value, in order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // arrays never written after build() and never handed out
public final class TotalColumn {
  private static final int BLOCK = 1024;
  private static final long BLOCK_SAFE = 1L << 53;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final @Nullable Unit unit;
  private final long[] values;
  private final byte[] flags;
  /** The doubled margins of the rounded figures only: a few of the values, if any. */
  private final long[] twiceMargins;
  private final List<BigDecimal> fractional;
  private final BigDecimal twiceMarginBeyondLong;
  private final boolean blockSafe;

  private TotalColumn(Builder builder) {
    this.unit = builder.unit;
    this.values = Arrays.copyOf(builder.values, builder.size);
    this.flags = Arrays.copyOf(builder.flags, builder.size);
    this.twiceMargins = Arrays.copyOf(builder.twiceMargins, builder.rounded);
    this.fractional = List.copyOf(builder.fractional);
    this.twiceMarginBeyondLong = builder.twiceMarginBeyondLong;
    this.blockSafe = builder.blockSafe;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many values the column holds.
   *
   * @return the number of values, at least 0
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns the total of the values: equal to what a {@link TotalAccumulator} given them in order returns.
   *
   * @return the total, never null
   * @throws ArithmeticException if the sum does not fit a {@code long}, naming the unit
   */
  public Total total() {
    if (values.length == 0) {
      return Total.empty();
    }
    Unit canonical = requireNonNull(unit);
    long whole = blockSafe ? blockSum(canonical) : orderedSum(canonical);
    int bounds = 0;
    for (byte flag : flags) {
      bounds |= flag;
    }
    long twiceMargin = 0;
    boolean marginFits = true;
    for (long margin : twiceMargins) {
      long sum = twiceMargin + margin;
      marginFits &= ((twiceMargin ^ sum) & (margin ^ sum)) >= 0;
      twiceMargin = sum;
    }
    BigDecimal sum = BigDecimal.valueOf(whole);
    if (!fractional.isEmpty()) {
      BigDecimal fractions = fractional.get(0);
      for (int i = 1; i < fractional.size(); i++) {
        fractions = fractions.add(fractional.get(i));
      }
      sum = fractions.signum() == 0 ? sum : fractions.add(sum);
    }
    BigDecimal margins = marginFits ? BigDecimal.valueOf(twiceMargin) : exactMargins();
    BigDecimal margin = margins.add(twiceMarginBeyondLong).multiply(HALF).stripTrailingZeros();
    return new Total(values.length, canonical, sum, bounds, margin.scale() < 0 ? margin.setScale(0) : margin);
  }

  private long blockSum(Unit canonical) {
    long total = 0;
    for (int start = 0; start < values.length; start += BLOCK) {
      int end = Math.min(values.length, start + BLOCK);
      long block = 0;
      for (int i = start; i < end; i++) {
        block += values[i];
      }
      total = Sums.add("total in", canonical, total, block);
    }
    return total;
  }

  private long orderedSum(Unit canonical) {
    long total = 0;
    for (long value : values) {
      total = Sums.add("total in", canonical, total, value);
    }
    return total;
  }

  private BigDecimal exactMargins() {
    BigDecimal sum = BigDecimal.ZERO;
    for (long margin : twiceMargins) {
      sum = sum.add(BigDecimal.valueOf(margin));
    }
    return sum;
  }

  @Override
  public String toString() {
    return "TotalColumn{" + values.length + " values in " + unit + "}";
  }

  /**
   * Collects values into a {@link TotalColumn}, checking each as it is added.
   *
   * <p>This class is not thread-safe.
   */
  public static final class Builder {
    private @Nullable Unit unit;
    private long[] values = new long[16];
    private byte[] flags = new byte[16];
    private long[] twiceMargins = new long[16];
    private int size;
    private int rounded;
    private final List<BigDecimal> fractional = new ArrayList<>();
    private BigDecimal twiceMarginBeyondLong = BigDecimal.ZERO;
    private boolean blockSafe = true;

    private Builder() {}

    /**
     * Adds an indicator's value.
     *
     * @param indicator  an indicator of an additive kind (COUNT, AMOUNT, DURATION), not null
     * @return this builder
     * @throws IllegalArgumentException if its kind is not additive
     * @throws UnitMismatchException if its unit does not count the same thing as those added before
     * @throws ArithmeticException if its value does not fit a {@code long} once scaled
     */
    public Builder add(Indicator indicator) {
      requireNonNull(indicator, "indicator");
      if (!indicator.kind().isAdditive()) {
        throw new IllegalArgumentException(
            indicator.kind() + " values are not added (" + indicator.label() + "); use their bases");
      }
      return add(indicator.value(), indicator.unit(), indicator.qualifier());
    }

    /**
     * Adds a value stated in a unit with a qualifier.
     *
     * @param value  the value as stated, not null
     * @param unit  its unit, not a percent or percentage points; not null
     * @param qualifier  how exactly it is stated, not null
     * @return this builder
     * @throws IllegalArgumentException if the unit is a percent or percentage points
     * @throws UnitMismatchException if the unit does not count the same thing as those added before
     * @throws ArithmeticException if the value does not fit a {@code long} once scaled
     */
    public Builder add(BigDecimal value, Unit unit, Qualifier qualifier) {
      requireNonNull(value, "value");
      requireNonNull(unit, "unit");
      requireNonNull(qualifier, "qualifier");
      if (unit.isPercent() || unit.isPercentagePoints()) {
        throw new IllegalArgumentException("percentages are not added (" + value + unit + "); use rates");
      }
      Unit canonical = unit.canonical();
      if (this.unit != null && !this.unit.equals(canonical)) {
        throw new UnitMismatchException(this.unit, unit);
      }
      grow();
      this.unit = canonical;
      int digits = value.scale();
      long whole = digits == 0 && value.precision() < 19
          ? ColumnarTotals.scaledWhole(value.longValue(), unit.scale()) : -1;
      if (digits == 0 && whole >= 0) {
        // the common case, a whole count such as 1338宗 or 3万件: no BigDecimal made
        values[size] = whole;
        blockSafe &= whole < BLOCK_SAFE;
        flags[size] = (byte) ColumnarTotals.bitsOf(qualifier);
        size++;
        return this;
      }
      // Otherwise one value through one slot of columnar totals: scaled, flagged and checked as an
      // accumulator does.
      ColumnarTotals one = new ColumnarTotals(1);
      one.add(0, value, unit, qualifier);
      Total single = one.snapshot(0);
      BigDecimal scaled = single.rawSum();
      if (scaled.scale() > 0 && scaled.stripTrailingZeros().scale() > 0) {
        fractional.add(scaled);
      } else {
        long scaledWhole = scaled.longValueExact();
        values[size] = scaledWhole;
        blockSafe &= scaledWhole >= 0 && scaledWhole < BLOCK_SAFE;
      }
      flags[size] = (byte) single.bounds();
      BigDecimal twiceMargin = single.rawMargin().add(single.rawMargin());
      if (twiceMargin.signum() != 0) {
        try {
          long margin = twiceMargin.longValueExact();
          if (rounded == twiceMargins.length) {
            twiceMargins = Arrays.copyOf(twiceMargins, rounded * 2);
          }
          twiceMargins[rounded++] = margin;
        } catch (ArithmeticException notWhole) {
          twiceMarginBeyondLong = twiceMarginBeyondLong.add(twiceMargin);
        }
      }
      size++;
      return this;
    }

    private void grow() {
      if (size == values.length) {
        int capacity = values.length * 2;
        values = Arrays.copyOf(values, capacity);
        flags = Arrays.copyOf(flags, capacity);
      }
    }

    /**
     * Returns the column of the values added.
     *
     * @return the column, never null
     */
    public TotalColumn build() {
      return new TotalColumn(this);
    }
  }
}
