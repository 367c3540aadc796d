package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The vocabularies carry the Chinese terms and groupings of docs/domain.md. */
class EnumsTest {
  @Test
  void decisions_belongToTheOfficialOutcomeColumns() {
    assertThat(Arrays.stream(Decision.values()).filter(d -> d.group() == OutcomeGroup.CORRECTED))
        .containsExactlyInAnyOrder(Decision.REVOKED, Decision.REVOKED_AND_ORDERED_TO_REDO, Decision.CHANGED,
            Decision.CONFIRMED_ILLEGAL, Decision.CONFIRMED_VOID, Decision.ORDERED_TO_PERFORM, Decision.ORDERED_TO_PAY,
            Decision.TERMINATED_AFTER_CORRECTION);
    assertThat(Arrays.stream(Decision.values()).filter(d -> d.group() == OutcomeGroup.UPHELD))
        .containsExactlyInAnyOrder(Decision.UPHELD, Decision.REJECTED);
    assertThat(Decision.MEDIATED.chinese()).isEqualTo("调解");
    assertThat(Decision.MEDIATED_OR_SETTLED.group()).isEqualTo(OutcomeGroup.OTHER);
    assertThat(Decision.OTHER.group()).isEqualTo(OutcomeGroup.OTHER);
    assertThat(Decision.OTHER.chinese()).isEqualTo("其他");
    assertThat(Decision.REVOKED_AND_ORDERED_TO_REDO.chinese()).isEqualTo("撤销并责令重做");
    assertThat(OutcomeGroup.CORRECTED.chinese()).isEqualTo("结果纠正");
  }

  @Test
  void taskAreas_belongToTheirOutline_numberedInOrder() {
    assertThat(Arrays.stream(TaskArea.values()).filter(t -> t.outline() == Outline.OUTLINE_2015_2020)).hasSize(8);
    assertThat(Arrays.stream(TaskArea.values()).filter(t -> t.outline() == Outline.OUTLINE_2021_2025)).hasSize(9);
    assertThat(TaskArea.EMERGENCY_2021.number()).isEqualTo(5);
    assertThat(TaskArea.DISPUTE_RESOLUTION_2015.chinese()).isEqualTo("依法有效化解社会矛盾纠纷");
  }

  @Test
  void outline_inForce_switchesIn2021() {
    assertThat(Outline.inForceFor(Year.of(2020))).isEqualTo(Outline.OUTLINE_2015_2020);
    assertThat(Outline.inForceFor(Year.of(2021))).isEqualTo(Outline.OUTLINE_2021_2025);
    assertThat(Outline.OUTLINE_2015_2020.firstYear()).isEqualTo(Year.of(2015));
    assertThat(Outline.OUTLINE_2021_2025.lastYear()).isEqualTo(Year.of(2025));
  }

  @Test
  void chineseNames() {
    assertThat(JurisdictionLevel.COUNTY.chinese()).isEqualTo("县级");
    assertThat(JurisdictionLevel.COUNTY_LEVEL_CITY.chinese()).isEqualTo("县级市");
    assertThat(JurisdictionLevel.SPECIAL_ZONE.chinese()).isEqualTo("功能区");
    assertThat(ReportKind.RECONSIDERATION_ANNUAL.chinese()).isEqualTo("行政复议工作年度报告");
    assertThat(IndicatorKind.CHANGE.isAdditive()).isFalse();
    assertThat(IndicatorKind.PERCENT_CHANGE.isAdditive()).isFalse();
    assertThat(ReportKind.RULE_OF_LAW_ANNUAL.chinese()).isEqualTo("法治政府建设年度报告");
    assertThat(Procedure.RECONSIDERATION.chinese()).isEqualTo("行政复议");
    assertThat(LitigationRoute.AFTER_RECONSIDERATION.chinese()).isEqualTo("复议后起诉");
    assertThat(ContentPart.SHORTCOMINGS.chinese()).isEqualTo("存在的不足和原因");
    assertThat(IndicatorKind.COUNT.isAdditive()).isTrue();
    assertThat(IndicatorKind.PERCENT.isAdditive()).isFalse();
  }
}
