package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fazhi.ColumnarTotalsProperties.Addition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link TotalColumn} against the reference {@link TotalAccumulator}: the same total, or a failure of the
 * same kind, for random values including overflow, rounded 万/亿 figures, fractional amounts, negative
 * values and units that count something else; and by hand, the block sums at their edges.
 */
class TotalColumnProperties {
  /** The total, or the class of the exception (and for all but overflow, its message). */
  static List<Object> reference(List<Addition> additions) {
    TotalAccumulator accumulator = new TotalAccumulator();
    try {
      additions.forEach(a -> accumulator.add(a.value(), a.unit(), a.qualifier()));
      return described(accumulator.snapshot());
    } catch (RuntimeException failure) {
      return failed(failure);
    }
  }

  static List<Object> column(List<Addition> additions) {
    try {
      TotalColumn.Builder builder = TotalColumn.builder();
      additions.forEach(a -> builder.add(a.value(), a.unit(), a.qualifier()));
      TotalColumn column = builder.build();
      assertThat(column.size()).isEqualTo(additions.size());
      return described(column.total());
    } catch (RuntimeException failure) {
      return failed(failure);
    }
  }

  private static List<Object> failed(RuntimeException failure) {
    String message = String.valueOf(failure.getMessage());
    // the partial sums an overflow names depend on the order of addition
    return List.of(failure.getClass(), message.contains("overflowed") ? "overflowed" : message);
  }

  private static List<Object> described(Total total) {
    return List.of(total, total.sum().map(BigDecimal::toString).orElse("none"), total.margin().toString(),
        total.qualifier().map(Enum::name).orElse("unbounded"));
  }

  @Test
  void aColumnsTotal_equalsTheAccumulators_orFailsAlike() {
    qt().withExamples(3000).forAll(lists().of(ColumnarTotalsProperties.additions()).ofSizeBetween(0, 25))
        .checkAssert(additions -> {
          List<Object> column = column(additions);
          List<Object> reference = reference(additions);
          if (column.get(0) == UnitMismatchException.class && reference.get(1).equals("overflowed")) {
            // A column checks every unit as a value is added and sums afterwards; the accumulator sums as
            // it goes, so with both faults it meets the overflow first.
            assertThat(additions.stream().filter(a -> !a.unit().isPercent()).map(a -> a.unit().canonical())
                .distinct().count()).isGreaterThan(1);
          } else if (column.get(0) == IllegalArgumentException.class && reference.get(1).equals("overflowed")) {
            // The same with a percentage among the values: the column refuses it when it is added.
            assertThat(String.valueOf(column.get(1))).startsWith("percentages are not added");
            assertThat(additions.stream().anyMatch(a -> a.unit().isPercent())).isTrue();
          } else {
            assertThat(column).isEqualTo(reference);
          }
        });
  }

  @Test
  void longColumns_summedInBlocks_equalTheAccumulator() {
    // 3,000 values cross two block edges; the values in 宗 and 万件 are scaled to 件
    List<Addition> additions = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      Unit unit = i % 3 == 0 ? Unit.of("万件") : Unit.of("宗");
      additions.add(new Addition(0, BigDecimal.valueOf(i), unit, Qualifier.EXACT, false));
    }
    // sum of i for i ≡ 0 mod 3 below 3,000 is 3 × (0 + … + 999) = 1,498,500, times 10,000;
    // the rest: 4,498,500 − 1,498,500 = 3,000,000
    Total total = TotalColumn.builder().build().total();
    assertThat(total).isSameAs(Total.empty());
    TotalColumn.Builder builder = TotalColumn.builder();
    additions.forEach(a -> builder.add(a.value(), a.unit(), a.qualifier()));
    TotalColumn column = builder.build();
    assertThat(column.total().sum()).contains(new BigDecimal("14988000000"));
    assertThat(column.total()).isEqualTo(reference(additions).get(0));
    assertThat(column.toString()).isEqualTo("TotalColumn{3000 values in 件}");
  }

  @Test
  void largeCounts_summedInRuns_equalTheAccumulator_orOverflowAlike() {
    // Values up to a quarter of Long.MAX_VALUE make runs of 4 to a few hundred values, and sums that
    // overflow between runs; 150 values reach the third word of each flag's bit array.
    Gen<Long> counts = longs().between(0, 40).mix(longs().between(Long.MAX_VALUE / 512, Long.MAX_VALUE / 4), 40)
        .mix(longs().between(0, Long.MAX_VALUE), 3);
    Gen<Qualifier> qualifiers = Generate.enumValues(Qualifier.class).mix(Generate.constant(Qualifier.EXACT), 80);
    Gen<Addition> additions = counts.zip(qualifiers, integers().between(0, 19), (count, qualifier, unit) ->
        unit == 0
            // a rounded figure in 万件: count / 100 万件, ± 50 件
            ? new Addition(0, BigDecimal.valueOf(count % 1_000_000, 2), Unit.of("万件"), qualifier, false)
            : new Addition(0, BigDecimal.valueOf(count), Unit.of("件"), qualifier, false));
    qt().withExamples(1500).forAll(lists().of(additions).ofSizeBetween(0, 150))
        .checkAssert(list -> assertThat(column(list)).isEqualTo(reference(list)));
  }

  @Test
  void aQualifierAmongManyExactValues_qualifiesTheTotal_whereverItStands() {
    for (int at : new int[] {0, 63, 64, 127, 199}) {
      TotalColumn.Builder builder = TotalColumn.builder();
      for (int i = 0; i < 200; i++) {
        builder.add(BigDecimal.ONE, Unit.of("件"), i == at ? Qualifier.LESS_THAN : Qualifier.EXACT);
      }
      Total total = builder.build().total();
      // 200 values of 1 件, one of them "不足 1 件": the total is less than 200 件
      assertThat(total.sum()).as("at %d", at).contains(new BigDecimal("200"));
      assertThat(total.qualifier()).as("at %d", at).contains(Qualifier.LESS_THAN);
    }
  }

  @Test
  void aColumnOfZeros_totalsZero() {
    TotalColumn.Builder builder = TotalColumn.builder();
    for (int i = 0; i < 100; i++) {
      builder.add(BigDecimal.ZERO, Unit.of("宗"), Qualifier.EXACT);
    }
    Total total = builder.build().total();
    assertThat(total.sum()).contains(BigDecimal.ZERO);
    assertThat(total.count()).isEqualTo(100);
    assertThat(total.qualifier()).contains(Qualifier.EXACT);
  }

  @Test
  void marginsBeyondALong_areAddedExactly() {
    long[] margins = {Long.MAX_VALUE, Long.MAX_VALUE, 3};
    // 2 × (2⁶³ − 1) + 3 = 2⁶⁴ + 1 = 18,446,744,073,709,551,617
    assertThat(TotalColumn.exactSum(margins, Long.MAX_VALUE)).isEqualTo(new BigDecimal("18446744073709551617"));
    assertThat(TotalColumn.exactSum(new long[] {5, 7}, 7)).isEqualTo(new BigDecimal("12"));
    assertThat(TotalColumn.exactSum(new long[0], 0)).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void aSumBeyondALong_isRefused_evenInBlocks() {
    TotalColumn.Builder builder = TotalColumn.builder();
    for (int i = 0; i < 1025; i++) {
      builder.add(BigDecimal.valueOf((1L << 53) - 1), Unit.of("件"), Qualifier.EXACT);
    }
    // 1,025 × (2⁵³ − 1) is above 2⁶³ − 1: the second block's sum overflows the first's
    assertThatThrownBy(() -> builder.build().total()).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("total in 件 overflowed");
  }

  @Test
  void indicators_areAddedByKind() {
    Indicator percent = Indicator.builder().label("率").kind(IndicatorKind.PERCENT).value(BigDecimal.TEN)
        .unit(Unit.PERCENT).build();
    assertThatThrownBy(() -> TotalColumn.builder().add(percent)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("are not added");
    Indicator cases = Indicator.builder().label("案件").kind(IndicatorKind.COUNT).value(new BigDecimal("1.19"))
        .unit(Unit.of("万件")).qualifier(Qualifier.AT_LEAST).build();
    Total total = TotalColumn.builder().add(cases).build().total();
    // 11,900 件, rounded to a hundred: ± 50, approximate
    assertThat(total.sum()).contains(new BigDecimal("11900"));
    assertThat(total.margin()).isEqualTo(new BigDecimal("50"));
    assertThat(total.qualifier()).contains(Qualifier.APPROXIMATELY);
  }
}
