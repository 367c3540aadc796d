package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The sum of stated numbers that count the same thing, in their canonical base unit, with an honest
 * qualifier: the immutable snapshot of a {@link TotalAccumulator}, in the shape of Guava's {@code Stats}.
 *
 * <h2>Qualifiers</h2>
 * Exact plus exact is exact; adding a lower bound gives a lower bound (strict if any part is strict);
 * an upper bound likewise; anything approximate makes the total approximate; lower and upper bounds
 * together bound nothing, and {@link #qualifier()} is then empty ({@link #isUnbounded()}). The rule is a
 * union of what was added, so the order and grouping of additions never change it.
 *
 * <h2>Rounded figures</h2>
 * A value stated with a scale word and decimals is a rounded figure: {@code 15.8万条} is 158,000 ± 500
 * and {@code 1.19万人} is 11,900 ± 50 (half a unit of the last stated digit). A total that includes one is
 * approximate ({@link Qualifier#APPROXIMATELY}), and {@link #margin()} says by how much at most the
 * rounding can make it differ: 15.8万条 plus 22条 is about 158,022 ± 500 条.
 *
 * <h2>Units</h2>
 * Only units that count the same thing are added ({@link Unit#countsSameAs(Unit)}); values are scaled
 * first, so {@code 1.19万人} and {@code 100人} total 12,000 人.
 *
 * <h2>Empty totals</h2>
 * A total of nothing has no sum and no unit: unknown is not zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Total implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Total EMPTY = new Total(0, null, BigDecimal.ZERO, 0, BigDecimal.ZERO);

  static final int LOWER = 1;
  static final int STRICT_LOWER = 2;
  static final int UPPER = 4;
  static final int STRICT_UPPER = 8;
  static final int APPROXIMATE = 16;
  static final int ROUNDED = 32;

  private final long count;
  private final @Nullable Unit unit;
  private final BigDecimal sum;
  private final int bounds;
  private final BigDecimal margin;

  Total(long count, @Nullable Unit unit, BigDecimal sum, int bounds, BigDecimal margin) {
    this.count = count;
    this.unit = unit;
    this.sum = sum;
    this.bounds = bounds;
    this.margin = margin;
  }

  /**
   * Returns the total of nothing.
   *
   * @return the empty total, never null
   */
  public static Total empty() {
    return EMPTY;
  }

  /**
   * Returns how many values were added.
   *
   * @return the count, at least 0
   */
  public long count() {
    return count;
  }

  /**
   * Returns whether nothing was added.
   *
   * @return true for the empty total
   */
  public boolean isEmpty() {
    return count == 0;
  }

  /**
   * Returns the canonical base unit of the sum ({@code 件} for values in 宗 and 万件).
   *
   * @return the unit, or empty when nothing was added
   */
  public Optional<Unit> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the exact sum in {@link #unit()}, with the decimal places its values need.
   *
   * @return the sum, or empty when nothing was added
   */
  public Optional<BigDecimal> sum() {
    return count == 0 ? Optional.empty() : Optional.of(sum);
  }

  /**
   * Returns how exactly the sum is known (see the class documentation).
   *
   * @return the qualifier, or empty when lower and upper bounds were mixed and the sum bounds nothing
   */
  public Optional<Qualifier> qualifier() {
    if (isUnbounded()) {
      return Optional.empty();
    }
    if ((bounds & (APPROXIMATE | ROUNDED)) != 0) {
      return Optional.of(Qualifier.APPROXIMATELY);
    }
    if ((bounds & LOWER) != 0) {
      return Optional.of((bounds & STRICT_LOWER) != 0 ? Qualifier.MORE_THAN : Qualifier.AT_LEAST);
    }
    if ((bounds & UPPER) != 0) {
      return Optional.of((bounds & STRICT_UPPER) != 0 ? Qualifier.LESS_THAN : Qualifier.AT_MOST);
    }
    return Optional.of(Qualifier.EXACT);
  }

  /**
   * Returns how far at most the rounded figures added (see the class documentation) can make the sum
   * differ from the total of the unrounded values, in {@link #unit()}: the sum of half a unit of the
   * last stated digit of each.
   *
   * @return the margin, 0 when no rounded figure was added; never null
   */
  public BigDecimal margin() {
    return margin;
  }

  /**
   * Returns whether every value added was stated as exact ({@link Qualifier#EXACT}), so that the sum is
   * exact or, when {@link #margin()} is not 0, exact up to the rounding of the figures added.
   *
   * @return true when no bound and no approximate value was added
   */
  public boolean isExactUpToRounding() {
    return (bounds & ~ROUNDED) == 0;
  }

  /**
   * Returns whether the values added mix lower and upper bounds, so the sum is neither a lower nor an
   * upper bound of the true total.
   *
   * @return true when the sum bounds nothing
   */
  public boolean isUnbounded() {
    return (bounds & LOWER) != 0 && (bounds & UPPER) != 0;
  }

  /**
   * Returns the total of this and another, as if every value of both had been added to one accumulator.
   *
   * @param other  the other total, not null
   * @return the combined total, never null
   * @throws UnitMismatchException if the units do not count the same thing
   * @throws ArithmeticException if the count overflows
   */
  public Total plus(Total other) {
    TotalAccumulator accumulator = new TotalAccumulator();
    accumulator.addAll(this);
    accumulator.addAll(other);
    return accumulator.snapshot();
  }

  /**
   * Returns an unordered collector that totals additive indicators; a parallel stream gives exactly the
   * sequential result.
   *
   * @return the collector, never null
   */
  public static Collector<Indicator, TotalAccumulator, Total> toTotal() {
    return Collector.of(
        TotalAccumulator::new,
        TotalAccumulator::add,
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        TotalAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  int bounds() {
    return bounds;
  }

  BigDecimal rawMargin() {
    return margin;
  }

  BigDecimal rawSum() {
    return sum;
  }

  @Nullable Unit rawUnit() {
    return unit;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Total other
        && count == other.count
        && bounds == other.bounds
        && Objects.equals(unit, other.unit)
        && sum.compareTo(other.sum) == 0
        && margin.compareTo(other.margin) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, bounds, unit, sum.stripTrailingZeros(), margin.stripTrailingZeros());
  }

  /**
   * Returns a description such as {@code Total{AT_LEAST 2338 件, 2 values}}, or
   * {@code Total{APPROXIMATELY 158022 条 ±500, 2 values}} with rounded figures.
   */
  @Override
  public String toString() {
    if (count == 0) {
      return "Total{empty}";
    }
    String qualifier = qualifier().map(Enum::name).orElse("UNBOUNDED");
    return "Total{" + qualifier + " " + sum.toPlainString() + " " + unit
        + (margin.signum() == 0 ? "" : " ±" + margin.toPlainString()) + ", " + count
        + (count == 1 ? " value}" : " values}");
  }
}
