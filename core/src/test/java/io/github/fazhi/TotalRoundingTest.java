package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A figure stated with 万 or 亿 and decimals is rounded, and totals that include one say so. */
class TotalRoundingTest {
  private static Total total(String... valuesAndUnits) {
    TotalAccumulator accumulator = new TotalAccumulator();
    for (int i = 0; i < valuesAndUnits.length; i += 2) {
      accumulator.add(new BigDecimal(valuesAndUnits[i]), Unit.of(valuesAndUnits[i + 1]), Qualifier.EXACT);
    }
    return accumulator.snapshot();
  }

  @Test
  void aRoundedFigurePlusAnExactOne_isApproximate_byHalfTheLastStatedDigit() {
    // 15.8万条 is 158,000 ± 500; plus 22条 it is about 158,022 ± 500, not exactly 158,022
    Total sum = total("15.8", "万条", "22", "条");
    assertThat(sum.sum()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("158022"));
    assertThat(sum.qualifier()).hasValue(Qualifier.APPROXIMATELY);
    assertThat(sum.margin()).isEqualByComparingTo("500");
    assertThat(sum.margin().toPlainString()).isEqualTo("500");
    assertThat(sum.isExactUpToRounding()).isTrue();
    assertThat(sum.toString()).isEqualTo("Total{APPROXIMATELY 158022 条 ±500, 2 values}");
  }

  @Test
  void marginsAddUp_andFollowTheStatedPrecision() {
    // 1.19万人 ± 50, 2.5亿元 ± 5,000,000, 15.80万 ± 50 (two decimals stated)
    assertThat(total("1.19", "万人").margin()).isEqualByComparingTo("50");
    assertThat(total("2.5", "亿元").margin()).isEqualByComparingTo("5000000");
    assertThat(total("15.80", "万条").margin()).isEqualByComparingTo("50");
    assertThat(total("1.19", "万人", "2.3", "万人").margin()).isEqualByComparingTo("550");
    // merging keeps the margin: (1.19万 + 2.3万) = 1.19万 merged with 2.3万
    TotalAccumulator merged = new TotalAccumulator();
    merged.addAll(total("1.19", "万人"));
    merged.addAll(total("2.3", "万人"));
    assertThat(merged.snapshot()).isEqualTo(total("1.19", "万人", "2.3", "万人"));
  }

  @Test
  void wholeFiguresAndFiguresWithoutAScaleWord_areExact() {
    // 16万 and 12.5元 state no rounding to a scale word's unit
    for (Total exact : new Total[] {total("16", "万条"), total("12.5", "元"), total("3", "件")}) {
      assertThat(exact.qualifier()).hasValue(Qualifier.EXACT);
      assertThat(exact.margin()).isEqualByComparingTo("0");
      assertThat(exact.isExactUpToRounding()).isTrue();
      assertThat(exact.toString()).doesNotContain("±");
    }
    assertThat(Total.empty().margin()).isEqualByComparingTo("0");
  }

  @Test
  void aBoundOrAnApproximateValue_isNotExactUpToRounding() {
    TotalAccumulator accumulator = new TotalAccumulator();
    accumulator.add(new BigDecimal("1.5"), Unit.of("万元"), Qualifier.AT_LEAST);
    assertThat(accumulator.snapshot().isExactUpToRounding()).isFalse();
    assertThat(accumulator.snapshot().qualifier()).hasValue(Qualifier.APPROXIMATELY);
    TotalAccumulator about = new TotalAccumulator();
    about.add(BigDecimal.TEN, Unit.of("件"), Qualifier.APPROXIMATELY);
    assertThat(about.snapshot().isExactUpToRounding()).isFalse();
  }

  @Test
  void totalsDifferingOnlyInMargin_areNotEqual() {
    // 1.6万 (± 500) and 16000 (exact) have the same sum but are not the same total
    assertThat(total("1.6", "万件")).isNotEqualTo(total("16000", "件"));
    assertThat(total("1.6", "万件")).isEqualTo(total("1.6", "万件")).hasSameHashCodeAs(total("1.6", "万件"));
  }
}
