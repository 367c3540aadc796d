package io.github.fazhi.stats;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.stats.ReportComparison.Figure;
import io.github.fazhi.stats.ReportComparison.Part;
import io.github.fazhi.stats.ReportComparison.RateFigure;
import io.github.fazhi.stats.ReportComparison.SectionText;
import io.github.fazhi.testing.OpenGovReports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static final Jurisdiction QUJIANG = jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY);

  /** 2022: 新收 10, 上年结转 2, (七)总计 11, 结转下年度 1; 规章 现行有效 5; 复议 总计 0. */
  private static Report older() {
    ApplicationTable.Builder b = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 10)
        .cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, 2)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 11)
        .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 1);
    OpenGovInfo info = OpenGovInfo.builder()
        .applications(b.build())
        .proactive(ProactiveDisclosureTable.builder()
            .cell(ProactiveItem.RULES, ProactiveColumn.ISSUED, 0)
            .cell(ProactiveItem.RULES, ProactiveColumn.REPEALED, 0)
            .cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE, 5).build())
        .disputes(DisputeTable.builder().cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, 0).build())
        .putSection(OpenGovSection.PROBLEMS_AND_IMPROVEMENTS, "一是公开内容不够全面。二是解读形式较为单一。")
        .putSection(OpenGovSection.OTHER_MATTERS, "本年度未收取信息处理费。")
        .build();
    return OpenGovReports.report(2022, info);
  }

  /**
   * 2023: 新收 15, 上年结转 3 (2022 carried 1 forward: broken), 予以公开 9 (new), (七)总计 16, 结转下年度 2; 规章
   * 本年制发 1, 本年废止 0, 现行有效 7 (5 + 1 − 0 = 6: broken); 复议 总计 2.
   */
  private static Report newer() {
    ApplicationTable.Builder b = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 15)
        .cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, 3)
        .cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL, 9)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 16)
        .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 2);
    OpenGovInfo info = OpenGovInfo.builder()
        .applications(b.build())
        .proactive(ProactiveDisclosureTable.builder()
            .cell(ProactiveItem.RULES, ProactiveColumn.ISSUED, 1)
            .cell(ProactiveItem.RULES, ProactiveColumn.REPEALED, 0)
            .cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE, 7).build())
        .disputes(DisputeTable.builder().cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, 2).build())
        .putSection(OpenGovSection.PROBLEMS_AND_IMPROVEMENTS, "一是公开内容不够全面。\n二是政策解读形式有待丰富。")
        .build();
    return OpenGovReports.report(2023, info);
  }

  private static Figure figure(ReportComparison comparison, String key) {
    return comparison.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void everyCellEitherYearStates_isSideBySide_withItsChangeAndPercent() {
    ReportComparison comparison = Comparisons.compare(older(), newer());

    Figure received = figure(comparison, "applications.cells[new_received][total]");
    assertThat(received.part()).isEqualTo(Part.APPLICATIONS);
    assertThat(received.label()).isEqualTo("一、本年新收政府信息公开申请数量 / 总计");
    assertThat(received.older()).contains(BigDecimal.valueOf(10));
    assertThat(received.newer()).contains(BigDecimal.valueOf(15));
    assertThat(received.change()).contains(BigDecimal.valueOf(5)); // 15 − 10
    assertThat(received.percent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("50.0")); // 5 ÷ 10

    // 11 → 16: +5, 5 ÷ 11 = 45.4545…% → 45.5 half-up
    Figure total = figure(comparison, "applications.cells[results_total][total]");
    assertThat(total.percent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("45.5"));
    assertThat(total.percent(1, RoundingMode.DOWN)).contains(new BigDecimal("45.4"));

    // Stated only in 2023: unknown in 2022, so no change at all (never 9 − 0).
    Figure disclosed = figure(comparison, "applications.cells[disclosed][total]");
    assertThat(disclosed.older()).isEmpty();
    assertThat(disclosed.newer()).contains(BigDecimal.valueOf(9));
    assertThat(disclosed.change()).isEmpty();
    assertThat(disclosed.changed()).isFalse();

    // 0 → 2: a change of 2, but no percentage of 0.
    Figure reconsideration = figure(comparison, "disputes.cells[reconsideration][total]");
    assertThat(reconsideration.change()).contains(BigDecimal.valueOf(2));
    assertThat(reconsideration.percent(1, RoundingMode.HALF_UP)).isEmpty();

    // Table A: 规章 issued 0 → 1, repealed 0 → 0 (unchanged), in force 5 → 7.
    assertThat(comparison.figures(Part.PROACTIVE)).extracting(Figure::key).containsExactly(
        "proactive.cells[rules][issued]", "proactive.cells[rules][repealed]", "proactive.cells[rules][in_force]");
    // Changed: 4 Table B cells (新收, 上年结转, (七), 结转), 规章 issued and in force, 复议 总计 = 7.
    assertThat(comparison.changes()).hasSize(7);
    // Table B before Table C: the tables' order, A, B, C.
    assertThat(comparison.figures().get(0).part()).isEqualTo(Part.PROACTIVE);
    assertThat(comparison.figures().get(comparison.figures().size() - 1).part()).isEqualTo(Part.DISPUTES);
  }

  @Test
  void brokenRelations_areNamedByTheirRules() {
    ReportComparison comparison = Comparisons.compare(older(), newer());
    assertThat(comparison.relations()).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        StandardRules.OpenGov.CARRIED_OVER_MISMATCH, StandardRules.OpenGov.IN_FORCE_MISMATCH);
    Finding carried = comparison.relations().stream()
        .filter(f -> f.ruleId().equals(StandardRules.OpenGov.CARRIED_OVER_MISMATCH)).findFirst().orElseThrow();
    assertThat(carried.message()).contains("(3)").contains("(1)");
  }

  @Test
  void aSectionThatRepeatsLastYear_showsItsSentences_andItsSimilarity() {
    ReportComparison comparison = Comparisons.compare(older(), newer());
    SectionText problems = comparison.sections().get(0);
    assertThat(problems.key()).isEqualTo("problems_and_improvements");
    assertThat(problems.label()).isEqualTo("存在的主要问题及改进情况");
    assertThat(problems.repeated()).containsExactly("一是公开内容不够全面。");
    assertThat(problems.sentences()).isEqualTo(2);
    // Bigrams (whitespace removed): 2022 has 21 distinct, 2023 has 23; they share 15 (一是 是公 公开 开内 内容 容不
    // 不够 够全 全面 面。 。二 二是 解读 读形 形式): 15 ÷ (21 + 23 − 15) = 15/29.
    assertThat(problems.similarity()).contains(Rate.of(15, 29));

    SectionText other = comparison.sections().get(1);
    assertThat(other.key()).isEqualTo("other_matters");
    assertThat(other.newer()).isEmpty();
    assertThat(other.similarity()).isEmpty();
    assertThat(other.repeated()).isEmpty();
    assertThat(other.sentences()).isZero();
  }

  @Test
  void reviewCountsAndRates_ofRuleOfLawReports() {
    Report y2019 = complete(QUJIANG, 2019).addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .received(10).accepted(8).concluded(5).pending(3).build()).build();
    Report y2020 = complete(QUJIANG, 2020).addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .received(12).accepted(12).carriedOver(4).build()).build();
    ReportComparison comparison = Comparisons.compare(y2019, y2020);

    Figure received = figure(comparison, "reconsideration.received");
    assertThat(received.part()).isEqualTo(Part.REVIEWS);
    assertThat(received.unit()).isEqualTo("件");
    assertThat(received.change()).contains(BigDecimal.valueOf(2));
    assertThat(received.percent(0, RoundingMode.HALF_UP)).contains(BigDecimal.valueOf(20)); // 2 ÷ 10
    // Pending is stated in 2019 only: listed, no change.
    assertThat(figure(comparison, "reconsideration.pending").change()).isEmpty();

    RateFigure acceptance = comparison.rates().stream()
        .filter(r -> r.key().equals("reconsideration.acceptance_rate")).findFirst().orElseThrow();
    assertThat(acceptance.older()).contains(Rate.of(8, 10));
    assertThat(acceptance.newer()).contains(Rate.of(12, 12));
    assertThat(acceptance.points(1, RoundingMode.HALF_UP)).contains(new BigDecimal("20.0")); // 100% − 80%

    // 2020 carried over 4, 2019 left 3 pending.
    assertThat(comparison.relations()).extracting(Finding::ruleId).containsExactly(StandardRules.CARRIED_OVER_MISMATCH);
    // The rule-of-law parts: 不足, 第一责任人, 下一年度, 其他; "不足" is repeated word for word.
    assertThat(comparison.sections()).extracting(SectionText::key)
        .containsExactly("shortcomings", "leadership_duty", "next_year_plans", "other_matters");
    assertThat(comparison.sections().get(0).repeated()).containsExactly("不足");
    assertThat(comparison.toString()).contains("曲江区 2019 -> 2020");
  }

  @Test
  void reportsOfAnotherBodyOrYear_areRefused_withBothNamed() {
    Report government2019 = complete(QUJIANG, 2019).issuerKind(IssuerKind.GOVERNMENT).build();
    Report bureau2020 = complete(QUJIANG, 2020).issuer("韶关市曲江区司法局").issuerKind(IssuerKind.DEPARTMENT).build();
    assertThatThrownBy(() -> Comparisons.compare(government2019, bureau2020))
        .isInstanceOf(ReportMismatchException.class)
        .hasMessage("cannot compare 曲江区 2019 (曲江区人民政府) with 曲江区 2020 (韶关市曲江区司法局): they are of"
            + " different bodies (曲江区 < 韶关市, 曲江区 < 韶关市 / 韶关市曲江区司法局)");

    Report government2021 = complete(QUJIANG, 2021).issuerKind(IssuerKind.GOVERNMENT).build();
    assertThatThrownBy(() -> Comparisons.compare(government2019, government2021))
        .isInstanceOf(ReportMismatchException.class)
        .hasMessageEndingWith(": the later year must be 2020, not 2021");
    ReportMismatchException reversed = (ReportMismatchException) org.assertj.core.api.Assertions.catchThrowable(
        () -> Comparisons.compare(newer(), older()));
    assertThat(reversed.problems()).containsExactly("the later year must be 2024, not 2022");
    assertThat(reversed.older()).isEqualTo("徐闻县 2023 (徐闻县司法局)");
    assertThat(reversed.newer()).isEqualTo("徐闻县 2022 (徐闻县司法局)");

    Report renamed = complete(QUJIANG, 2020).issuer("曲江区政府办公室").issuerKind(IssuerKind.GOVERNMENT).build();
    assertThatThrownBy(() -> Comparisons.compare(government2019, renamed))
        .hasMessageEndingWith(": the issuers differ (曲江区人民政府, 曲江区政府办公室)");
    Report openGov = OpenGovReports.report(2020, OpenGovInfo.builder().build());
    assertThatThrownBy(() -> Comparisons.compare(government2019, openGov))
        .hasMessageContaining("the kinds differ (rule_of_law_annual, open_gov_info_annual)");
  }
}
