package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TotalTest {
  private static Indicator count(String value, String unit, Qualifier qualifier) {
    return Indicator.builder().label("数").kind(IndicatorKind.COUNT).value(new BigDecimal(value))
        .unit(Unit.of(unit)).qualifier(qualifier).build();
  }

  private static Total total(Indicator... indicators) {
    return Stream.of(indicators).collect(Total.toTotal());
  }

  @Test
  void exactPlusExact_isExact_inTheCanonicalUnit() {
    Total total = total(count("1338", "宗", Qualifier.EXACT), count("11", "件", Qualifier.EXACT));
    assertThat(total.sum()).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("1349"));
    assertThat(total.unit()).hasValue(Unit.of("件"));
    assertThat(total.qualifier()).hasValue(Qualifier.EXACT);
    assertThat(total.count()).isEqualTo(2);
    assertThat(total).hasToString("Total{EXACT 1349 件, 2 values}");
  }

  @Test
  void scaledUnits_addCorrectly() {
    // 1.19万人 + 100人 = 11,900 + 100 = 12,000 人
    Total total = total(count("1.19", "万人", Qualifier.EXACT), count("100", "人", Qualifier.EXACT));
    assertThat(total.sum()).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("12000"));
    // 0.5万元 + 0.25元 keeps the fraction exactly: 5000.25 元
    Total money = Stream.of(
            Indicator.builder().label("金额").kind(IndicatorKind.AMOUNT).value(new BigDecimal("0.5"))
                .unit(Unit.of("万元")).build(),
            Indicator.builder().label("金额").kind(IndicatorKind.AMOUNT).value(new BigDecimal("0.25"))
                .unit(Unit.of("元")).build())
        .collect(Total.toTotal());
    assertThat(money.sum()).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("5000.25"));
  }

  @Test
  void qualifierAlgebra_isHonest() {
    assertThat(total(count("1", "件", Qualifier.EXACT), count("2", "件", Qualifier.AT_LEAST)).qualifier())
        .hasValue(Qualifier.AT_LEAST);
    assertThat(total(count("1", "件", Qualifier.AT_LEAST), count("2", "件", Qualifier.MORE_THAN)).qualifier())
        .hasValue(Qualifier.MORE_THAN);
    assertThat(total(count("1", "件", Qualifier.AT_MOST), count("2", "件", Qualifier.EXACT)).qualifier())
        .hasValue(Qualifier.AT_MOST);
    assertThat(total(count("1", "件", Qualifier.LESS_THAN), count("2", "件", Qualifier.AT_MOST)).qualifier())
        .hasValue(Qualifier.LESS_THAN);
    assertThat(total(count("1", "件", Qualifier.APPROXIMATELY), count("2", "件", Qualifier.AT_LEAST)).qualifier())
        .hasValue(Qualifier.APPROXIMATELY);
    Total mixed = total(count("1", "件", Qualifier.AT_LEAST), count("2", "件", Qualifier.AT_MOST));
    assertThat(mixed.qualifier()).isEmpty();
    assertThat(mixed.isUnbounded()).isTrue();
    assertThat(mixed.toString()).contains("UNBOUNDED");
    // Once unbounded, nothing makes it bounded again.
    assertThat(mixed.plus(total(count("3", "件", Qualifier.APPROXIMATELY))).isUnbounded()).isTrue();
  }

  @Test
  void peopleAndCases_doNotAdd_andTheErrorNamesBothUnits() {
    assertThatThrownBy(() -> total(count("1", "件", Qualifier.EXACT), count("2", "人", Qualifier.EXACT)))
        .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
          assertThat(e.expected()).isEqualTo(Unit.of("件"));
          assertThat(e.actual()).isEqualTo(Unit.of("人"));
          assertThat(e).hasMessage("Units count different things: 件/人");
        });
  }

  @Test
  void percentages_areNeverAdded() {
    Indicator share = Indicator.builder().label("率").kind(IndicatorKind.PERCENT)
        .value(BigDecimal.TEN).unit(Unit.PERCENT).build();
    assertThatThrownBy(() -> total(share)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PERCENT values are not added");
    TotalAccumulator accumulator = new TotalAccumulator();
    assertThatThrownBy(() -> accumulator.add(BigDecimal.ONE, Unit.of("个百分点"), Qualifier.EXACT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyTotal_hasNoSumAndNoUnit() {
    Total empty = total();
    assertThat(empty).isSameAs(Total.empty());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.sum()).isEmpty();
    assertThat(empty.unit()).isEmpty();
    assertThat(empty.qualifier()).hasValue(Qualifier.EXACT);
    assertThat(empty).hasToString("Total{empty}");
    assertThat(empty.plus(empty)).isEqualTo(empty);
  }

  @Test
  void overflow_failsLoudly_namingTheUnit() {
    TotalAccumulator accumulator = new TotalAccumulator();
    accumulator.add(BigDecimal.valueOf(Long.MAX_VALUE), Unit.of("件"), Qualifier.EXACT);
    assertThatThrownBy(() -> accumulator.add(BigDecimal.ONE, Unit.of("宗"), Qualifier.EXACT))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("total in 件 overflowed");
    TotalAccumulator huge = new TotalAccumulator();
    assertThatThrownBy(() -> huge.add(new BigDecimal("1E+30"), Unit.of("件"), Qualifier.EXACT))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("does not fit a long");
  }

  @Test
  void equality_comparesSumsByValue() {
    TotalAccumulator a = new TotalAccumulator();
    a.add(new BigDecimal("1.50"), Unit.of("元"), Qualifier.EXACT);
    TotalAccumulator b = new TotalAccumulator();
    b.add(new BigDecimal("1.5"), Unit.of("元"), Qualifier.EXACT);
    TotalAccumulator c = new TotalAccumulator();
    c.add(new BigDecimal("1.5"), Unit.of("元"), Qualifier.AT_LEAST);
    new EqualsTester()
        .addEqualityGroup(a.snapshot(), b.snapshot())
        .addEqualityGroup(c.snapshot())
        .addEqualityGroup(Total.empty())
        .testEquals();
  }
}
