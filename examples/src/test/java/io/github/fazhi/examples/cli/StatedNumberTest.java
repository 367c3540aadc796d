package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Total;
import io.github.fazhi.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedNumberTest {
  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
    "15.8 | 万条 | EXACT         | 15.8万条",
    "3000 | 人次 | MORE_THAN     | 3000余人次",
    "3.5  | 万件 | MORE_THAN     | 3.5万余件",
    "70   | %    | AT_LEAST      | 70%以上",
    "90   | %    | MORE_THAN     | 超过90%",
    "13   | 亿元 | APPROXIMATELY | 约13亿元",
    "100  | 件   | LESS_THAN     | 不足100件",
    "5    | 个   | AT_MOST       | 5个以下",
  })
  void format_putsTheQualifierWhereChinesePutsIt(String value, String unit, Qualifier qualifier, String text) {
    assertThat(StatedNumber.format(new BigDecimal(value), unit, Optional.of(qualifier))).isEqualTo(text);
  }

  @Test
  void format_mixedBounds_saysSo() {
    assertThat(StatedNumber.format(BigDecimal.TEN, "件", Optional.empty())).isEqualTo("10件（上下限混合，无确界）");
  }

  @Test
  void anIndicatorShowsAsWritten() {
    Indicator written = count("15.8", "万条", Qualifier.EXACT).written("15.8万条").build();
    assertThat(StatedNumber.of(written)).isEqualTo("15.8万条");
    Indicator unwritten = count("50", "次", Qualifier.MORE_THAN).build();
    assertThat(StatedNumber.of(unwritten)).isEqualTo("50余次");
  }

  @Test
  void aTotalUsesWanOrYiOnlyWhereExact() {
    // 15.8万条 + 22条 = 158,022 条: 15.8022万 needs four decimals, so the digits stay; 15.8万 is rounded
    // (± 500), so the total is approximate (约).
    assertThat(StatedNumber.total(total(count("15.8", "万条", Qualifier.EXACT), count("22", "条", Qualifier.EXACT))))
        .isEqualTo("约158022条");
    // 15.8万条 alone is 158,000 条 = 15.8万条, a rounded figure (± 500): as a total it is about 15.8万条.
    assertThat(StatedNumber.total(total(count("15.8", "万条", Qualifier.EXACT)))).isEqualTo("约15.8万条");
    // 1.3亿元 = 130,000,000 元, rounded (± 5,000,000 元): about 1.3亿元; 2亿元 has no decimals and is exact.
    assertThat(StatedNumber.total(total(amount("1.3", "亿元")))).isEqualTo("约1.3亿元");
    assertThat(StatedNumber.total(total(amount("2", "亿元")))).isEqualTo("2亿元");
    // 9999 stays below 万.
    assertThat(StatedNumber.total(total(count("9999", "件", Qualifier.EXACT)))).isEqualTo("9999件");
    // A lower bound (余) makes the total a lower bound.
    assertThat(StatedNumber.total(total(count("3000", "人次", Qualifier.MORE_THAN), count("20", "人次",
        Qualifier.EXACT)))).isEqualTo("3020余人次");
  }

  @Test
  void anEmptyTotalIsUnknown() {
    assertThat(StatedNumber.total(Total.empty())).isEqualTo(Numbers.UNKNOWN);
  }

  private static Indicator.Builder count(String value, String unit, Qualifier qualifier) {
    return Indicator.builder().label("数").kind(IndicatorKind.COUNT).value(new BigDecimal(value)).unit(Unit.of(unit))
        .qualifier(qualifier);
  }

  private static Indicator.Builder amount(String value, String unit) {
    return Indicator.builder().label("金额").kind(IndicatorKind.AMOUNT).value(new BigDecimal(value))
        .unit(Unit.of(unit));
  }

  private static Total total(Indicator.Builder... indicators) {
    return Stream.of(indicators).map(Indicator.Builder::build).collect(Total.toTotal());
  }
}
