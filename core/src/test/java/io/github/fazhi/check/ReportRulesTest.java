package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.area;
import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static io.github.fazhi.testing.TestReports.measure;
import static io.github.fazhi.testing.TestReports.percent;
import static io.github.fazhi.check.CheckFixtures.CHECKER;
import static io.github.fazhi.check.CheckFixtures.QUJIANG;
import static io.github.fazhi.check.CheckFixtures.findings;
import static io.github.fazhi.check.CheckFixtures.tally;
import static io.github.fazhi.check.CheckFixtures.withIndicators;
import static io.github.fazhi.check.CheckFixtures.withTally;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules over a report's parts and dates ({@link ReportRules}). */
class ReportRulesTest {
  @Test
  void publishedAfterTheFirstOfApril_isAWarning() {
    Report late = complete(QUJIANG, 2020).published(LocalDate.of(2021, 4, 2)).build();
    Report onTime = complete(QUJIANG, 2020).published(LocalDate.of(2021, 4, 1)).build();
    assertThat(findings(late, StandardRules.PUBLISHED_LATE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(findings(onTime, StandardRules.PUBLISHED_LATE)).isEmpty();
    assertThat(findings(complete(QUJIANG, 2020).build(), StandardRules.PUBLISHED_LATE)).isEmpty();
  }

  @Test
  void aReportWithoutIssuer_isHeld_andNoted() {
    // Many published pages carry no signature: the report is held with its issuer unknown, never invented.
    Report unsigned = complete(QUJIANG, 2020).issuer(java.util.Optional.empty()).build();
    assertThat(findings(unsigned, StandardRules.ISSUER_MISSING)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.path()).isEqualTo("issuer");
      assertThat(f.message()).startsWith("the report names no issuer (签署机关): ");
    });
    assertThat(findings(complete(QUJIANG, 2020).build(), StandardRules.ISSUER_MISSING)).isEmpty();
  }

  @Test
  void publishedBeforeItsYearEnded_isInformation() {
    Report early = complete(QUJIANG, 2019).published(LocalDate.of(2019, 12, 6)).build();
    assertThat(findings(early, StandardRules.PUBLISHED_BEFORE_YEAR_END)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    Report after = complete(QUJIANG, 2019).published(LocalDate.of(2020, 1, 2)).build();
    assertThat(findings(after, StandardRules.PUBLISHED_BEFORE_YEAR_END)).isEmpty();
  }

  @Test
  void eachMissingContentPart_isAWarning() {
    Report bare = Report.builder().jurisdiction(QUJIANG).issuer("曲江区人民政府").year(java.time.Year.of(2020))
        .build();
    assertThat(findings(bare, StandardRules.MISSING_PART)).extracting(Finding::path)
        .containsExactly("workAreas", "shortcomings", "leadershipDuty", "plans", "otherMatters");
    assertThat(findings(bare, StandardRules.MISSING_PART)).first()
        .satisfies(f -> assertThat(f.message()).contains(ContentPart.MEASURES_AND_RESULTS.chinese()));
    assertThat(findings(complete(QUJIANG, 2020).build(), StandardRules.MISSING_PART)).isEmpty();
  }

  @Test
  void ordinalsThatDoNotRunOneToN_areAWarning() {
    Report gap = complete(QUJIANG, 2020).addWorkArea(area(3, measure(1), measure(3))).build();
    assertThat(findings(gap, StandardRules.ORDINALS_NOT_SEQUENTIAL)).extracting(Finding::path)
        .containsExactly("workAreas[1].ordinal", "workAreas[1].measures[1].ordinal");
    Report plans = complete(QUJIANG, 2020)
        .addPlan(WorkArea.builder().ordinal(1).title("重复").text("重复").build()).build();
    assertThat(findings(plans, StandardRules.ORDINALS_NOT_SEQUENTIAL)).extracting(Finding::path)
        .containsExactly("plans[1].ordinal");
    assertThat(findings(complete(QUJIANG, 2020).addWorkArea(area(2, measure(1), measure(2))).build(),
        StandardRules.ORDINALS_NOT_SEQUENTIAL)).isEmpty();
  }

  @Test
  void anOrdinalFinding_namesTheOrdinalExpected() {
    // second area numbered 3, its second measure numbered 3: both should be 2
    Report gap = complete(QUJIANG, 2020).addWorkArea(area(3, measure(1), measure(3))).build();
    assertThat(findings(gap, StandardRules.ORDINALS_NOT_SEQUENTIAL)).hasSize(2).allSatisfy(f -> {
      assertThat(f.message()).isEqualTo("ordinal (3) must be 2: numbering runs 1..n in order");
      assertThat(f.numbers()).containsEntry("expected", BigDecimal.valueOf(2));
    });
  }

  @Test
  void thePartsAndTheDeadline_applyToRuleOfLawReportsFrom2019On() {
    // 闵行 2018 was published 2019-03-01, before the 督察工作规定 (in force 2019-04-15): a 2018 report
    // published on 2 April 2019 and lacking parts is not held to them; the report on 2019 is.
    Report bare2018 = Report.builder().jurisdiction(QUJIANG).issuer("上海市闵行区人民政府").year(java.time.Year.of(2018))
        .published(LocalDate.of(2019, 4, 2)).build();
    Report bare2019 = Report.builder().from(bare2018).year(java.time.Year.of(2019))
        .published(LocalDate.of(2020, 4, 2)).build();
    assertThat(CHECKER.check(bare2018)).extracting(Finding::ruleId)
        .doesNotContain(StandardRules.MISSING_PART, StandardRules.PUBLISHED_LATE);
    assertThat(findings(bare2019, StandardRules.MISSING_PART)).hasSize(5);
    assertThat(findings(bare2019, StandardRules.PUBLISHED_LATE)).hasSize(1);
  }

  @Test
  void anOpenGovernmentInformationReport_isNotHeldToTheRuleOfLawPartsOrDeadline() {
    // 威海 2024 (政府信息公开工作年度报告, published 2025-03-07) and 建新镇 2018 (dated 2018-12-31): their
    // own parts and deadlines are not these. Published after 1 April, still no PUBLISHED_LATE.
    Report weihai = Report.builder().kind(io.github.fazhi.ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(jurisdiction("威海市", "山东省", JurisdictionLevel.PREFECTURE)).issuer("威海市政府办公室")
        .year(java.time.Year.of(2024)).published(LocalDate.of(2025, 4, 2)).build();
    assertThat(CHECKER.check(weihai)).isEmpty();
    Report jianxin = Report.builder().from(weihai).year(java.time.Year.of(2018))
        .jurisdiction(jurisdiction("建新镇", "遂溪县", JurisdictionLevel.TOWNSHIP)).issuer("遂溪县建新镇人民政府")
        .published(LocalDate.of(2018, 12, 31)).build();
    // published inside its year: that information applies to every kind of report
    assertThat(CHECKER.check(jianxin)).extracting(Finding::ruleId)
        .containsExactly(StandardRules.PUBLISHED_BEFORE_YEAR_END);
  }

  @Test
  void theStandardRules_sayWhichReportsTheyApplyTo() {
    Applicability ruleOfLaw = Applicability.of(io.github.fazhi.ReportKind.RULE_OF_LAW_ANNUAL, java.time.Year.of(2019));
    Applicability openGov = Applicability.of(io.github.fazhi.ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(StandardRules.rules(IndicatorCatalog.standard()))
        .filteredOn(rule -> !rule.applicability().equals(Applicability.everyReport()))
        .extracting(Rule::id, Rule::applicability)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StandardRules.PUBLISHED_LATE, ruleOfLaw),
            org.assertj.core.groups.Tuple.tuple(StandardRules.MISSING_PART, ruleOfLaw),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.APPLICATIONS_BALANCE, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.GROUP_MISMATCH, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.ROW_TOTAL_MISMATCH, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.DISPUTES_TOTAL_MISMATCH, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.OVERVIEW_MISMATCH, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.PUBLISHED_LATE, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.MISSING_SECTION, openGov));
    // The series rules of 法治政府建设 reports hold for every kind; the 政府信息公开 ones for their own.
    assertThat(StandardRules.seriesRules()).extracting(SeriesRule::id, SeriesRule::applicability)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StandardRules.CARRIED_OVER_MISMATCH, Applicability.everyReport()),
            org.assertj.core.groups.Tuple.tuple(StandardRules.DUPLICATE_REPORT, Applicability.everyReport()),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.CARRIED_OVER_MISMATCH, openGov),
            org.assertj.core.groups.Tuple.tuple(StandardRules.OpenGov.IN_FORCE_MISMATCH, openGov));
  }
}
