package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.internal.Bits;
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
 * ({@code 3万件} is 30,000 件). The column then holds, per value, the scaled value as a {@code long}; one
 * bit array per flag of a total (以上, 余, 以下, 不足, 约, rounded), bit {@code i} set when value {@code i}
 * has that flag; and, for each figure rounded such as {@code 15.8万}, its rounding margin (doubled, so that
 * it is whole). A value that is not whole once scaled (a fractional amount) is kept apart, exactly, as a
 * {@link BigDecimal}; a whole value that does not fit a {@code long} is refused, as {@link TotalAccumulator}
 * refuses it.
 *
 * <h2>Overflow</h2>
 * {@link #total()} adds exactly and throws {@link ArithmeticException} when the sum does not fit a
 * {@code long}, as the accumulator does (the partial sums its message names may differ). Units are
 * checked as values are added to the builder, sums afterwards: values that both count different things
 * and overflow are refused for their units by the builder, where the accumulator may meet the overflow
 * first. When every value is at least 0, the builder keeps the largest, {@code max}: runs of
 * {@code Long.MAX_VALUE / max} values cannot overflow, so each run is summed with plain {@code long}
 * additions and the runs' sums with {@link Math#addExact} (a column of counts up to a few million is one
 * run: one loop, no test per value); otherwise value by value, in order, with {@link Math#addExact}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // arrays never written after build() and never handed out
public final class TotalColumn {
  /** One bit array per flag of {@link Total}, from {@link Total#LOWER} (bit 0) to {@link Total#ROUNDED}. */
  private static final int FLAGS = Integer.numberOfTrailingZeros(Total.ROUNDED) + 1;

  private final @Nullable Unit unit;
  private final long[] values;
  /** {@code flags[f]}: bit {@code i} set when value {@code i} has flag {@code 1 << f}. */
  private final long[][] flags;
  /** The doubled margins of the rounded figures only: a few of the values, if any; each above 0. */
  private final long[] twiceMargins;
  private final long largestTwiceMargin;
  private final List<BigDecimal> fractional;
  private final BigDecimal twiceMarginBeyondLong;
  /** Whether every value is at least 0; then {@link #largest} is the largest. */
  private final boolean nonNegative;
  private final long largest;

  private TotalColumn(Builder builder) {
    this.unit = builder.unit;
    this.values = Arrays.copyOf(builder.values, builder.size);
    this.flags = new long[FLAGS][];
    for (int f = 0; f < FLAGS; f++) {
      this.flags[f] = Arrays.copyOf(builder.flags[f], words(builder.size));
    }
    this.twiceMargins = Arrays.copyOf(builder.twiceMargins, builder.rounded);
    this.largestTwiceMargin = builder.largestTwiceMargin;
    this.fractional = List.copyOf(builder.fractional);
    this.twiceMarginBeyondLong = builder.twiceMarginBeyondLong;
    this.nonNegative = builder.nonNegative;
    this.largest = builder.largest;
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
    long whole = nonNegative ? sumInRuns(values, largest, canonical) : orderedSum(canonical);
    int bounds = 0;
    for (int f = 0; f < FLAGS; f++) {
      if (Bits.anySet(flags[f])) {
        bounds |= 1 << f;
      }
    }
    BigDecimal sum = BigDecimal.valueOf(whole);
    if (!fractional.isEmpty()) {
      BigDecimal fractions = fractional.get(0);
      for (int i = 1; i < fractional.size(); i++) {
        fractions = fractions.add(fractional.get(i));
      }
      sum = fractions.signum() == 0 ? sum : fractions.add(sum);
    }
    BigDecimal margins = exactSum(twiceMargins, largestTwiceMargin);
    BigDecimal margin = margins.add(twiceMarginBeyondLong).multiply(Totalling.HALF);
    return new Total(values.length, canonical, sum, bounds, Totalling.plain(margin));
  }

  /**
   * Returns the exact sum of values between 0 and {@code largest}: in runs of
   * {@code Long.MAX_VALUE / largest} values, whose sums cannot overflow, the runs' sums added exactly.
   *
   * @throws ArithmeticException if the sum does not fit a long
   */
  private static long sumInRuns(long[] values, long largest, Object unit) {
    int length = values.length;
    long run = largest == 0 ? length : Long.MAX_VALUE / largest;
    if (run >= length) {
      long sum = 0;
      for (int i = 0; i < length; i++) {
        sum += values[i];
      }
      return sum;
    }
    long total = 0;
    for (int start = 0; start < length; ) {
      int end = (int) Math.min(length, start + run);
      long sum = 0;
      for (int i = start; i < end; i++) {
        sum += values[i];
      }
      total = Sums.add("total in", unit, total, sum);
      start = end;
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

  /** Returns the exact sum of values between 0 and {@code largest}, as a long where it fits. */
  static BigDecimal exactSum(long[] values, long largest) {
    try {
      return BigDecimal.valueOf(sumInRuns(values, largest, "margins"));
    } catch (ArithmeticException beyondLong) {
      BigDecimal sum = BigDecimal.ZERO;
      for (long value : values) {
        sum = sum.add(BigDecimal.valueOf(value));
      }
      return sum;
    }
  }

  private static int words(int bits) {
    return (bits + Long.SIZE - 1) >>> 6;
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
    private long[] values = new long[64];
    private long[][] flags = new long[FLAGS][1];
    private long[] twiceMargins = new long[16];
    private int size;
    private int rounded;
    private long largestTwiceMargin;
    private final List<BigDecimal> fractional = new ArrayList<>();
    private BigDecimal twiceMarginBeyondLong = BigDecimal.ZERO;
    private boolean nonNegative = true;
    private long largest;

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
      Totalling.checkAdditive(indicator);
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
      Totalling.checkAddable(value, unit, qualifier);
      Unit canonical = unit.canonical();
      if (this.unit != null && !this.unit.equals(canonical)) {
        throw new UnitMismatchException(this.unit, unit);
      }
      grow();
      this.unit = canonical;
      long whole = value.scale() == 0 && value.precision() < 19
          ? Totalling.scaledWhole(value.longValue(), unit.scale()) : -1;
      if (whole >= 0) {
        // the common case, a whole count such as 1338宗 or 3万件: no BigDecimal made
        put(whole, Totalling.bitsOf(qualifier));
        return this;
      }
      // Otherwise one value through one slot of columnar totals: scaled, flagged and checked as an
      // accumulator does.
      ColumnarTotals one = new ColumnarTotals(1);
      one.add(0, value, unit, qualifier);
      Total single = one.snapshot(0);
      BigDecimal scaled = single.rawSum();
      if (Totalling.isWhole(scaled)) {
        put(scaled.longValueExact(), single.bounds());
      } else {
        fractional.add(scaled);
        put(0, single.bounds());
      }
      BigDecimal twiceMargin = single.rawMargin().add(single.rawMargin());
      if (twiceMargin.signum() != 0) {
        try {
          addTwiceMargin(twiceMargin.longValueExact());
        } catch (ArithmeticException notWhole) {
          twiceMarginBeyondLong = twiceMarginBeyondLong.add(twiceMargin);
        }
      }
      return this;
    }

    private void put(long value, int bits) {
      values[size] = value;
      if (value < 0) {
        nonNegative = false;
      } else if (value > largest) {
        largest = value;
      }
      for (int f = 0; bits != 0; f++, bits >>>= 1) {
        if ((bits & 1) != 0) {
          flags[f][size >>> 6] |= 1L << size;
        }
      }
      size++;
    }

    private void addTwiceMargin(long margin) {
      if (rounded == twiceMargins.length) {
        twiceMargins = Arrays.copyOf(twiceMargins, rounded * 2);
      }
      twiceMargins[rounded++] = margin;
      largestTwiceMargin = Math.max(largestTwiceMargin, margin);
    }

    private void grow() {
      if (size == values.length) {
        int capacity = values.length * 2;
        values = Arrays.copyOf(values, capacity);
        for (int f = 0; f < FLAGS; f++) {
          flags[f] = Arrays.copyOf(flags[f], words(capacity));
        }
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
