package io.github.fazhi.check;

import static io.github.fazhi.check.CheckFixtures.findings;
import static io.github.fazhi.check.CheckFixtures.withIndicators;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule over stated changes with their growth base ({@link GrowthRules}). */
class GrowthRulesTest {
  private static Indicator change(IndicatorKind kind, String value, String unit, Qualifier qualifier, long current,
      long previous) {
    return Indicator.builder().label("收到行政复议申请同比增长").kind(kind).value(new BigDecimal(value))
        .unit(Unit.of(unit)).qualifier(qualifier).growthBase(GrowthBase.of(current, previous)).build();
  }

  private static Indicator percent(String value, long current, long previous) {
    return change(IndicatorKind.PERCENT_CHANGE, value, "%", Qualifier.EXACT, current, previous);
  }

  private static List<Finding> growth(Indicator indicator) {
    return findings(withIndicators(indicator), StandardRules.GROWTH_MISMATCH);
  }

  @Test
  void aPercentChangeThatMatchesItsBaseAtItsPrecision_isSilent() {
    // 89 against 39: 50 / 39 = 128.2051…% → 128.21, 128.2, 128; 128.20 is it truncated
    for (String stated : List.of("128.21", "128.2", "128", "128.20")) {
      assertThat(growth(percent(stated, 89, 39))).as(stated).isEmpty();
    }
    // a fall: 30 against 40 is −25%
    assertThat(growth(percent("-25", 30, 40))).isEmpty();
  }

  @Test
  void aPercentChangeThatDoesNotMatch_isAnError_namingTheNumbers() {
    assertThat(growth(percent("128.3", 89, 39))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[0]");
      assertThat(f.message())
          .isEqualTo("收到行政复议申请同比增长 (128.3%) does not match its growth base 89 against 39 (128.2%)");
      assertThat(f.numbers()).containsEntry("stated", new BigDecimal("128.3"))
          .containsEntry("current", BigDecimal.valueOf(89)).containsEntry("previous", BigDecimal.valueOf(39));
    });
    // the sign counts: a fall of 25% stated as a rise
    assertThat(growth(percent("25", 30, 40))).hasSize(1);
  }

  @Test
  void aPercentChangeFromZero_isAnError() {
    assertThat(growth(percent("100", 5, 0))).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("收到行政复议申请同比增长 (100%) is a change in percent, but its growth base 5 against 0 grows "
            + "from 0, which has no percent"));
  }

  @Test
  void boundsHoldWhenTheExactChangeKeepsThem() {
    // 125 against 100 is 25%: 20%以上 holds, 超过25% does not, 30%以下 holds
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "20", "%", Qualifier.AT_LEAST, 125, 100))).isEmpty();
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "25", "%", Qualifier.MORE_THAN, 125, 100))).hasSize(1);
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "30", "%", Qualifier.AT_MOST, 125, 100))).isEmpty();
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "20", "%", Qualifier.AT_MOST, 125, 100))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(AT_MOST 20%)"));
  }

  @Test
  void aBoundEqualToTheExactChange_holdsUnlessStrict() {
    // 125 against 100 is exactly 25%: 25%以上 and 25%以下 hold, 超过25% and 不到25% do not
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "25", "%", Qualifier.AT_LEAST, 125, 100))).isEmpty();
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "25", "%", Qualifier.AT_MOST, 125, 100))).isEmpty();
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "25", "%", Qualifier.LESS_THAN, 125, 100))).hasSize(1);
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "30", "%", Qualifier.LESS_THAN, 125, 100))).isEmpty();
    // a count change of 50: 不超过50件 holds, 不到50件 and 不超过40件 do not
    assertThat(growth(change(IndicatorKind.CHANGE, "50", "件", Qualifier.AT_MOST, 89, 39))).isEmpty();
    assertThat(growth(change(IndicatorKind.CHANGE, "50", "件", Qualifier.LESS_THAN, 89, 39))).hasSize(1);
    assertThat(growth(change(IndicatorKind.CHANGE, "40", "件", Qualifier.AT_MOST, 89, 39))).hasSize(1);
  }

  @Test
  void anApproximatePercentChange_liesWithinHalfAUnitAndHalfAPoint() {
    // 约20%: 21% is 1 point off (0.5 + 0.5 allowed), 22% is 2
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "20", "%", Qualifier.APPROXIMATELY, 121, 100))).isEmpty();
    assertThat(growth(change(IndicatorKind.PERCENT_CHANGE, "20", "%", Qualifier.APPROXIMATELY, 122, 100)))
        .hasSize(1);
  }

  @Test
  void aChangeInACount_isTheirDifferenceExactly() {
    assertThat(growth(change(IndicatorKind.CHANGE, "50", "件", Qualifier.EXACT, 89, 39))).isEmpty();
    assertThat(growth(change(IndicatorKind.CHANGE, "-10", "件", Qualifier.EXACT, 30, 40))).isEmpty();
    assertThat(growth(change(IndicatorKind.CHANGE, "40", "件", Qualifier.EXACT, 89, 39))).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("收到行政复议申请同比增长 (40 件) does not match its growth base 89 against 39 (50)"));
    // in 万件, scaled: 0.005万 is 50
    assertThat(growth(change(IndicatorKind.CHANGE, "0.005", "万件", Qualifier.EXACT, 89, 39))).isEmpty();
    assertThat(growth(change(IndicatorKind.CHANGE, "40", "件", Qualifier.AT_LEAST, 89, 39))).isEmpty();
    assertThat(growth(change(IndicatorKind.CHANGE, "60", "件", Qualifier.AT_LEAST, 89, 39))).hasSize(1);
    assertThat(growth(change(IndicatorKind.CHANGE, "60", "件", Qualifier.APPROXIMATELY, 89, 39))).isEmpty();
  }

  @Test
  void anIndicatorWithoutABase_isNotChecked() {
    Indicator plain = Indicator.builder().label("同比增长").kind(IndicatorKind.PERCENT_CHANGE)
        .value(new BigDecimal("999")).unit(Unit.of("%")).build();
    assertThat(growth(plain)).isEmpty();
  }
}
