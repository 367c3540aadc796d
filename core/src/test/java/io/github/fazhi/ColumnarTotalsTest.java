package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link ColumnarTotals}, with expected values worked out by hand. */
class ColumnarTotalsTest {
  @Test
  void slotsAreSummedApart_inTheirCanonicalUnit() {
    ColumnarTotals totals = new ColumnarTotals(2);
    totals.add(0, new BigDecimal("1338"), Unit.of("宗"), Qualifier.EXACT);
    totals.add(0, new BigDecimal("1000"), Unit.of("件"), Qualifier.AT_LEAST);
    totals.addExact(1, 3, Unit.of("万件"));

    assertThat(totals.slots()).isEqualTo(2);
    assertThat(totals.snapshot(0).sum()).contains(new BigDecimal("2338"));
    assertThat(totals.snapshot(0).unit()).contains(Unit.of("件"));
    assertThat(totals.snapshot(0).qualifier()).contains(Qualifier.AT_LEAST);
    assertThat(totals.count(0)).isEqualTo(2);
    assertThat(totals.snapshot(1).sum()).contains(new BigDecimal("30000"));
    assertThat(totals.snapshot(1).qualifier()).contains(Qualifier.EXACT);
    assertThat(totals.count(1)).isEqualTo(1);
  }

  @Test
  void aRoundedFigure_isApproximate_withHalfAUnitOfItsLastDigit() {
    ColumnarTotals totals = new ColumnarTotals(1);
    totals.add(0, new BigDecimal("15.8"), Unit.of("万条"), Qualifier.EXACT);
    totals.add(0, new BigDecimal("22"), Unit.of("条"), Qualifier.EXACT);
    // 158,000 + 22; 15.8万 is rounded to a thousand: ± 500
    Total total = totals.snapshot(0);
    assertThat(total.sum()).contains(new BigDecimal("158022"));
    assertThat(total.margin()).isEqualTo(new BigDecimal("500"));
    assertThat(total.qualifier()).contains(Qualifier.APPROXIMATELY);
  }

  @Test
  void aMarginFinerThanOne_isKeptExactly() {
    ColumnarTotals totals = new ColumnarTotals(1);
    // 1.23456万 is 12,345.60000 (the scale of the product): not whole, rounded to 0.1, so ± 0.05
    totals.add(0, new BigDecimal("1.23456"), Unit.of("万元"), Qualifier.EXACT);
    totals.add(0, new BigDecimal("0.4"), Unit.of("元"), Qualifier.EXACT);
    Total total = totals.snapshot(0);
    assertThat(total.sum()).contains(new BigDecimal("12346.00000"));
    assertThat(total.margin()).isEqualTo(new BigDecimal("0.05"));
  }

  @Test
  void anEmptySlot_isTheEmptyTotal() {
    assertThat(new ColumnarTotals(1).snapshot(0)).isSameAs(Total.empty());
  }

  @Test
  void overflow_isRefused_namingTheUnit() {
    ColumnarTotals totals = new ColumnarTotals(1);
    totals.addExact(0, Long.MAX_VALUE, Unit.of("件"));
    assertThatThrownBy(() -> totals.addExact(0, 1, Unit.of("宗")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("total in 件 overflowed: 9223372036854775807 + 1");
    assertThatThrownBy(() -> new ColumnarTotals(1).addExact(0, Long.MAX_VALUE / 10_000 + 1, Unit.of("万件")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("does not fit a long");
  }

  @Test
  void aUnitCountingSomethingElse_isRefused() {
    ColumnarTotals totals = new ColumnarTotals(1);
    totals.addExact(0, 1, Unit.of("件"));
    assertThatThrownBy(() -> totals.addExact(0, 1, Unit.of("人"))).isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void percentagesAndMissingSlots_areRefused() {
    ColumnarTotals totals = new ColumnarTotals(1);
    assertThatThrownBy(() -> totals.addExact(0, 5, Unit.PERCENT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentages are not added");
    assertThatThrownBy(() -> totals.addExact(1, 5, Unit.of("件"))).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> totals.snapshot(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new ColumnarTotals(-1)).isInstanceOf(IllegalArgumentException.class);
    Indicator percent = Indicator.builder().label("率").kind(IndicatorKind.PERCENT).value(BigDecimal.TEN)
        .unit(Unit.PERCENT).build();
    assertThatThrownBy(() -> totals.add(0, percent)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("are not added");
  }

  @Test
  void anIndicator_isAddedWithItsQualifier() {
    ColumnarTotals totals = new ColumnarTotals(1);
    totals.add(0, Indicator.builder().label("案件").kind(IndicatorKind.COUNT).value(new BigDecimal("100"))
        .unit(Unit.of("件")).qualifier(Qualifier.MORE_THAN).build());
    assertThat(totals.snapshot(0).qualifier()).contains(Qualifier.MORE_THAN);
    assertThat(totals.toString()).isEqualTo("ColumnarTotals{1 slots, counts=[1]}");
  }
}
