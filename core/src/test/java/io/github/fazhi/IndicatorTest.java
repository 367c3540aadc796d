package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Growths, signed changes and several breakdowns of one whole, as real reports state them: 防城 2024
 * (新受理行政复议案件 151 件, 同比增长 128.78%; by respondent 140 + 11, by matter 75, 16, 40, 4 of 151) and
 * 上海 2014 (收到行政复议申请 6200 件 by respondent 60, 421, 782, 2995, 1942).
 */
class IndicatorTest {
  private static Indicator cases(String label, long value) {
    return Indicator.builder().label(label).kind(IndicatorKind.COUNT).value(BigDecimal.valueOf(value))
        .unit(Unit.of("件")).build();
  }

  @Test
  void aGrowthOverAHundredPercent_isAPercentChange_withItsBase() {
    Indicator growth = Indicator.builder().label("新受理行政复议案件同比增长").kind(IndicatorKind.PERCENT_CHANGE)
        .value(new BigDecimal("128.78")).unit(Unit.of("%")).growthBase(GrowthBase.of(151, 66))
        .written("同比增长128.78%").build();
    assertThat(growth.growthBase()).hasValue(GrowthBase.of(151, 66));
    assertThat(growth.growthBase().orElseThrow().matches(growth.value())).isEqualTo(PercentMatch.TRUNCATED);
    // A share must stay within 0–100: the same number as a PERCENT is refused, and says why.
    assertThatThrownBy(() -> Indicator.builder().from(growth).kind(IndicatorKind.PERCENT).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("value", "growthBase"));
  }

  @Test
  void aFallInCases_isANegativeChange_inTheCountsUnit() {
    Indicator change = Indicator.builder().label("本年增/减").kind(IndicatorKind.CHANGE)
        .value(BigDecimal.valueOf(-417)).unit(Unit.of("件")).growthBase(GrowthBase.of(583, 1000)).build();
    assertThat(change.value()).isEqualByComparingTo("-417");
    assertThat(change.growthBase().orElseThrow().change()).isEqualTo(-417);
    assertThatThrownBy(() -> Indicator.builder().from(change).unit(Unit.of("%")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("is a percent sign, but kind is CHANGE");
    assertThatThrownBy(() -> Indicator.builder().from(change).unit(Unit.of("个百分点")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("percentage points, but kind is CHANGE");
  }

  @Test
  void aGrowthBase_belongsOnlyToAChange() {
    assertThatThrownBy(() -> Indicator.builder().from(cases("新收行政复议申请", 8745))
            .growthBase(GrowthBase.of(8745, 4977)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactly("growthBase");
          assertThat(e.getMessage()).contains(
              "growthBase (8745 against 4977) is only for a PERCENT_CHANGE or a CHANGE, but kind is COUNT");
        });
  }

  @Test
  void oneWhole_brokenDownSeveralWays_keepsEveryBreakdown_partsFirst() {
    Breakdown byMatter = Breakdown.builder().name("申请事项")
        .addParts(cases("举报投诉处理", 75), cases("政府信息公开", 16), cases("行政处罚", 40), cases("终止调查", 4))
        .build();
    Breakdown byRespondent = Breakdown.builder().name("被申请人")
        .addParts(cases("县政府部门", 140), cases("乡镇(街道)政府", 11)).complete(true).build();
    Indicator accepted = Indicator.builder().from(cases("新受理行政复议案件", 151))
        .addBreakdowns(byRespondent, byMatter).build();
    assertThat(accepted.parts()).isEmpty();
    assertThat(accepted.allBreakdowns()).containsExactly(byRespondent, byMatter);

    Indicator withParts = Indicator.builder().from(accepted).addParts(cases("市场监管", 77), cases("公安", 42))
        .partsComplete(false).build();
    assertThat(withParts.allBreakdowns()).hasSize(3);
    Breakdown first = withParts.allBreakdowns().get(0);
    assertThat(first.name()).isEmpty();
    assertThat(first.parts()).isEqualTo(withParts.parts());
    assertThat(first.complete()).isFalse();
    assertThat(withParts.allBreakdowns().subList(1, 3)).containsExactly(byRespondent, byMatter);
    Indicator complete = Indicator.builder().from(withParts).partsComplete(true).build();
    assertThat(complete.allBreakdowns().get(0).complete()).isTrue();
  }

  @Test
  void furtherBreakdowns_areNamed_eachNameOnce() {
    Breakdown unnamed = Breakdown.builder().addParts(cases("县政府部门", 140)).build();
    Breakdown named = Breakdown.builder().name("被申请人").addParts(cases("县政府部门", 140)).build();
    assertThatThrownBy(() -> Indicator.builder().from(cases("新受理行政复议案件", 151))
            .addBreakdowns(named, unnamed, named).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactly("breakdowns[1].name", "breakdowns[2].name");
          assertThat(e.violations()).extracting(Violation::message).containsExactly(
              "breakdowns[1].name is missing: an unnamed breakdown belongs in parts",
              "breakdowns[2].name (\"被申请人\") names another breakdown too");
        });
  }

  @Test
  void aBreakdown_hasAPart_andANonBlankName() {
    assertThatThrownBy(() -> Breakdown.builder().name(" ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("name", "parts"));
    assertThat(Breakdown.builder().name("被申请人").addParts(cases("市政府", 60)).build().complete()).isFalse();
    assertThat(List.of(IndicatorKind.values())).contains(IndicatorKind.CHANGE, IndicatorKind.PERCENT_CHANGE);
  }

  @Test
  void theSameAmount_isTheScaledValueInAUnitThatCountsTheSame_withItsQualifier() {
    Indicator people = Indicator.builder().label("参训人数").kind(IndicatorKind.COUNT)
        .value(new BigDecimal("11900")).unit(Unit.of("人")).build();
    Indicator tenThousands = Indicator.builder().from(people).label("培训")
        .value(new BigDecimal("1.19")).unit(Unit.of("万人")).build();
    Indicator personTimes = Indicator.builder().from(people).unit(Unit.of("人次")).build();
    Indicator more = Indicator.builder().from(people).qualifier(Qualifier.MORE_THAN).build();
    Indicator fewer = Indicator.builder().from(people).value(new BigDecimal("11899")).build();

    assertThat(people.statesSameAmountAs(tenThousands)).isTrue();
    assertThat(tenThousands.statesSameAmountAs(people)).isTrue();
    assertThat(people.statesSameAmountAs(personTimes)).isFalse();
    assertThat(people.statesSameAmountAs(more)).isFalse();
    assertThat(people.statesSameAmountAs(fewer)).isFalse();
  }
}
