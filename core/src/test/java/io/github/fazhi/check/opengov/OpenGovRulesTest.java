package io.github.fazhi.check.opengov;

import static io.github.fazhi.testing.OpenGovReports.consistent;
import static io.github.fazhi.testing.OpenGovReports.consistentDisputes;
import static io.github.fazhi.testing.OpenGovReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.IssuerKind;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Rule;
import io.github.fazhi.check.SeriesRule;
import io.github.fazhi.check.Severity;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpenGovRulesTest {
  private static final ReportChecker CHECKER = ReportChecker.standard();

  /** A table whose every column is zero except 自然人: 一 5, 二 1, (一) 3, (四)1 2, (七) 5, 四 1. */
  private static ApplicationTable.Builder small() {
    ApplicationTable.Builder table = ApplicationTable.builder();
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        long value = column == ApplicantColumn.NATURAL_PERSON || column == ApplicantColumn.TOTAL ? switch (row) {
          case NEW_RECEIVED -> 5;
          case CARRIED_OVER, CARRIED_FORWARD -> 1;
          case DISCLOSED -> 3;
          case UNAVAILABLE_NOT_HELD -> 2;
          case RESULTS_TOTAL -> 5;
          default -> 0;
        } : 0;
        if (!(row == ApplicationRow.RESULTS_TOTAL && column == ApplicantColumn.NATURAL_PERSON)
            && !(row == ApplicationRow.RESULTS_TOTAL && column == ApplicantColumn.TOTAL)) {
          table.cell(row, column, value);
        }
      }
    }
    return table;
  }

  private static List<Finding> errors(Report report) {
    return CHECKER.check(report).stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  private static Report withApplications(ApplicationTable table) {
    return report(OpenGovInfo.builder().applications(table).build());
  }

  /** Table B checked alone gives what the checker gives for it in a report: the same findings, in order. */
  @Test
  void checkApplications_isTheCheckersTableBFindings() {
    ApplicationTable consistent = small()
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 5)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 5)
        .build();
    assertThat(ReportChecker.checkApplications(consistent, OpenGovLayout.FORMAT_2021)).isEmpty();

    // (七)总计 自然人 4 under results adding to 5: its row's total and both balances break too
    ApplicationTable off = small()
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 4)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 5)
        .build();
    List<Finding> alone = ReportChecker.checkApplications(off, OpenGovLayout.FORMAT_2021);
    assertThat(alone).extracting(Finding::ruleId).containsExactly(StandardRules.OpenGov.APPLICATIONS_BALANCE,
        StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH, StandardRules.OpenGov.ROW_TOTAL_MISMATCH);
    assertThat(alone).containsExactlyInAnyOrderElementsOf(errors(withApplications(off)));
  }

  @Test
  void consistentSmallTable_hasNoFinding() {
    ApplicationTable table = small()
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 5)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 5)
        .build();
    assertThat(table.cells()).hasSize(175);
    assertThat(CHECKER.check(withApplications(table))).isEmpty();
  }

  @Test
  void balanceBroken_isOneErrorNamingTheNumbers() {
    // (七) stated as the sum of results (5), but 四 says 2: 5 + 1 ≠ 5 + 2 in both 自然人 and 总计
    ApplicationTable table = ApplicationTable.builder().from(small()
            .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 5)
            .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 5).build())
        .build();
    Map<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> cells = new TreeMap<>(table.cells());
    cells.put(new CellTable.Cell<>(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON), 2L);
    cells.put(new CellTable.Cell<>(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL), 2L);
    List<Finding> errors = errors(withApplications(ApplicationTable.builder().putAllCells(cells).build()));
    assertThat(errors).extracting(Finding::ruleId)
        .containsExactly(StandardRules.OpenGov.APPLICATIONS_BALANCE, StandardRules.OpenGov.APPLICATIONS_BALANCE);
    assertThat(errors.get(0).path()).isEqualTo("openGovInfo.applications.cells[results_total][natural_person]");
    assertThat(errors.get(0).message()).isEqualTo(
        "in column 自然人, 一 本年新收 (5) + 二 上年结转 (1) = 6 must equal 三（七）总计 (5) + 四 结转下年度 (2) = 7");
    assertThat(errors.get(1).message()).startsWith("in column 总计,");
    assertThat(errors.get(0).numbers()).containsExactly(
        Map.entry("newReceived", BigDecimal.valueOf(5)), Map.entry("carriedOver", BigDecimal.ONE),
        Map.entry("resultsTotal", BigDecimal.valueOf(5)), Map.entry("carriedForward", BigDecimal.valueOf(2)));
  }

  @Test
  void resultsTotalWrong_namesEveryResult() {
    ApplicationTable table = small()
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 6)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 6)
        .build();
    List<Finding> errors = errors(withApplications(table));
    assertThat(errors).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        StandardRules.OpenGov.APPLICATIONS_BALANCE, StandardRules.OpenGov.APPLICATIONS_BALANCE,
        StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH, StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH);
    Finding total = errors.stream().filter(f -> f.ruleId().equals(StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH))
        .findFirst().orElseThrow();
    assertThat(total.message()).isEqualTo("in column 自然人, （七）总计 (6) must be the sum of the results "
        + "（一） 3 + （二） 0 + （三） 0 + （四） 2 + （五） 0 + （六） 0 = 5");
  }

  @Test
  void rowTotalWrong_isOneErrorPerRelation() {
    ApplicationTable table = small()
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 5)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 5)
        .build();
    Map<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> cells = new TreeMap<>(table.cells());
    cells.put(new CellTable.Cell<>(ApplicationRow.NOT_PROCESSED_REPEATED, ApplicantColumn.TOTAL), 1L);
    List<Finding> errors = errors(withApplications(ApplicationTable.builder().putAllCells(cells).build()));
    // two relations hold that cell: its row, and the results of column 总计
    assertThat(errors).extracting(Finding::ruleId).containsExactly(
        StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH, StandardRules.OpenGov.ROW_TOTAL_MISMATCH);
    assertThat(errors.get(0).message()).isEqualTo("in column 总计, （七）总计 (5) must be the sum of the results "
        + "（一） 3 + （二） 0 + （三） 0 + （四） 2 + （五） 1 + （六） 0 = 6");
    assertThat(errors.get(1).path()).isEqualTo("openGovInfo.applications.cells[not_processed_repeated][total]");
    assertThat(errors.get(1).message()).isEqualTo("in row （五）2.重复申请, 总计 (1) must be 自然人 0 + 商业企业 0 + "
        + "科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 0");
  }

  @Test
  void filledGroupRow_mustBeTheSumOfItsSubRows() {
    ApplicationTable table = small()
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 5)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 5)
        .cell(ApplicationRow.UNAVAILABLE, ApplicantColumn.NATURAL_PERSON, 3)
        .cell(ApplicationRow.RESULTS, ApplicantColumn.NATURAL_PERSON, 4)
        .build();
    List<Finding> errors = errors(withApplications(table));
    assertThat(errors).extracting(Finding::message).containsExactlyInAnyOrder(
        "in column 自然人, 三、本年度办理结果 (4) must equal （七）总计 (5)",
        "in column 自然人, （四）无法提供 (3) must equal the sum of its sub-rows (2)",
        // the stated group row (3) stands for (四) in the total of results: 3 + 3 = 6 ≠ 5
        "in column 自然人, （七）总计 (5) must be the sum of the results （一） 3 + （二） 0 + （三） 0 + （四） 3 + "
            + "（五） 0 + （六） 0 = 6");
    assertThat(errors).extracting(Finding::ruleId).containsOnly(StandardRules.OpenGov.GROUP_MISMATCH,
        StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH);
  }

  @Test
  void unknownCells_areNotZero() {
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 5)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 1)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, 9)
        .cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL, 1)
        .build();
    assertThat(CHECKER.check(withApplications(table))).isEmpty();
  }

  @Test
  void trialLayout_sumsItsSingleOtherRow() {
    OpenGovLayout trial = OpenGovLayout.TRIAL_2019;
    ApplicationTable table = consistent(trial, List.of(1, 2, 3), false);
    assertThat(table.cells()).hasSize(23 * 7);
    assertThat(table.cell(ApplicationRow.OTHER_HANDLING, ApplicantColumn.TOTAL)).isPresent();
    Map<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> cells = new TreeMap<>(table.cells());
    cells.merge(new CellTable.Cell<>(ApplicationRow.OTHER_HANDLING, ApplicantColumn.NATURAL_PERSON), 1L, Long::sum);
    cells.merge(new CellTable.Cell<>(ApplicationRow.OTHER_HANDLING, ApplicantColumn.TOTAL), 1L, Long::sum);
    Report report = report(OpenGovInfo.builder().layout(trial)
        .applications(ApplicationTable.builder().putAllCells(cells).build()).build());
    assertThat(errors(report)).extracting(Finding::ruleId).containsExactly(
        StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH, StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH);
  }

  @Test
  void disputeTotalWrong_namesTheBlockAndCells() {
    // a department's Table C: 行政复议 1 upheld, total stated 2
    DisputeTable table = consistentDisputes(List.of(0));
    Map<CellTable.Cell<DisputeBlock, DisputeColumn>, Long> cells = new TreeMap<>(table.cells());
    cells.put(new CellTable.Cell<>(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD), 1L);
    cells.put(new CellTable.Cell<>(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL), 2L);
    List<Finding> errors = errors(report(OpenGovInfo.builder()
        .disputes(DisputeTable.builder().putAllCells(cells).build()).build()));
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).ruleId()).isEqualTo(StandardRules.OpenGov.DISPUTES_TOTAL_MISMATCH);
    assertThat(errors.get(0).path()).isEqualTo("openGovInfo.disputes.cells[reconsideration][total]");
    assertThat(errors.get(0).message())
        .isEqualTo("in 行政复议, 总计 (2) must be 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1");
  }

  @Test
  void realFixtureTotals_addUp() {
    // Table C figures of a real report (see docs/domain.md): 376+97+196+121 = 790; 16+1+12+27 = 56; 74+1+30+51 = 156
    DisputeTable table = DisputeTable.builder()
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, 376)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED, 97)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.OTHER, 196)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.PENDING, 121)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, 790)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.UPHELD, 16)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.CORRECTED, 1)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.OTHER, 12)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.PENDING, 27)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.TOTAL, 56)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.UPHELD, 74)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.CORRECTED, 1)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.OTHER, 30)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.PENDING, 51)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.TOTAL, 156)
        .build();
    Report report = report(OpenGovInfo.builder().disputes(table)
        .putOverview(OverviewFigure.RECONSIDERATIONS, 790L)
        .putOverview(OverviewFigure.LITIGATIONS, 212L)
        .build());
    assertThat(CHECKER.check(report)).isEmpty();
    Report wrong = report(OpenGovInfo.builder().disputes(table)
        .putOverview(OverviewFigure.RECONSIDERATIONS, 789L)
        .putOverview(OverviewFigure.LITIGATIONS, 56L)
        .build());
    assertThat(errors(wrong)).extracting(Finding::message).containsExactly(
        "the overview's 政府信息公开行政复议 (789) must equal the table's 行政复议 / 总计 (790)",
        "the overview's 政府信息公开行政诉讼 (56) must equal the table's 未经复议直接起诉 / 总计 (56) + 复议后起诉 / 总计 (156) (212)");
  }

  @Test
  void overviewReceived_comparedWithNewOnly_andSaysWhenItCountsBoth() {
    // 长春市 department 2023: table 一 总计 3, 二 0; the prose states 2
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 3)
        .cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, 2)
        .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 0)
        .build();
    OpenGovInfo.Builder info = OpenGovInfo.builder().applications(table);
    List<Finding> two = errors(report(info.putOverview(OverviewFigure.APPLICATIONS_RECEIVED, 2L)
        .putOverview(OverviewFigure.APPLICATIONS_CARRIED_OVER, 2L)
        .putOverview(OverviewFigure.APPLICATIONS_CARRIED_FORWARD, 1L).build()));
    assertThat(two).extracting(Finding::path).containsExactly("openGovInfo.overview.applications_received",
        "openGovInfo.overview.applications_carried_forward");
    assertThat(two.get(0).message()).isEqualTo(
        "the overview's 收到政府信息公开申请 (2) must equal the table's 一、本年新收政府信息公开申请数量 / 总计 (3)");
    List<Finding> both = errors(report(OpenGovInfo.builder().applications(table)
        .putOverview(OverviewFigure.APPLICATIONS_RECEIVED, 5L).build()));
    assertThat(both).singleElement().extracting(Finding::message).asString()
        .endsWith("(3) (the overview counts 一 本年新收 + 二 上年结转)");
  }

  @Test
  void carriedOverBreakBetweenYears_isFoundPerColumn() {
    ApplicationTable first = consistent(OpenGovLayout.FORMAT_2021, List.of(2, 0, 1), false);
    Map<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> cells = new TreeMap<>(consistent(OpenGovLayout.FORMAT_2021, List.of(1, 3), false).cells());
    long forward = first.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON).orElseThrow();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      cells.put(new CellTable.Cell<>(ApplicationRow.CARRIED_OVER, column),
          first.cell(ApplicationRow.CARRIED_FORWARD, column).orElseThrow());
    }
    cells.put(new CellTable.Cell<>(ApplicationRow.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON), forward + 1);
    Report earlier = report(2022, OpenGovInfo.builder().applications(first).build());
    Report later = report(2023, OpenGovInfo.builder().applications(ApplicationTable.builder().putAllCells(cells).build()).build());
    List<Finding> series = CHECKER.checkAll(List.of(later, earlier)).stream()
        .filter(f -> f.ruleId().equals(StandardRules.OpenGov.CARRIED_OVER_MISMATCH)).toList();
    assertThat(series).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("[徐闻县 2023] openGovInfo.applications.cells[carried_over][natural_person]");
      assertThat(f.message()).isEqualTo("in column 自然人, 二 上年结转 (" + (forward + 1) + ") must equal 2022's "
          + "四 结转下年度继续办理 (" + forward + ")");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(seriesRule(StandardRules.OpenGov.CARRIED_OVER_MISMATCH).check(List.of(earlier))).isEmpty();
  }

  @Test
  void inForceAcrossYears_isChecked() {
    ProactiveDisclosureTable y2022 = ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE, 98).build();
    ProactiveDisclosureTable y2023 = ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.ISSUED, 3)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.REPEALED, 0)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE, 101)
        .cell(ProactiveItem.RULES, ProactiveColumn.ISSUED, 0)
        .cell(ProactiveItem.RULES, ProactiveColumn.REPEALED, 0)
        .cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE, 0)
        .build();
    Report earlier = report(2022, OpenGovInfo.builder().proactive(y2022).build());
    Report later = report(2023, OpenGovInfo.builder().proactive(y2023).build());
    SeriesRule rule = seriesRule(StandardRules.OpenGov.IN_FORCE_MISMATCH);
    assertThat(rule.check(List.of(earlier, later))).isEmpty();
    TreeMap<CellTable.Cell<ProactiveItem, ProactiveColumn>, BigDecimal> cells = new TreeMap<>(y2023.cells());
    cells.put(new CellTable.Cell<>(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.REPEALED),
        BigDecimal.ONE);
    Report wrong = report(2023, OpenGovInfo.builder()
        .proactive(ProactiveDisclosureTable.builder().putAllCells(cells).build()).build());
    assertThat(rule.check(List.of(earlier, wrong))).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("[徐闻县 2023] openGovInfo.proactive.cells[normative_documents][in_force]");
      assertThat(f.message()).isEqualTo(
          "行政规范性文件 现行有效件数 (101) must be 2022's 现行有效件数 (98) + 本年制发 (3) − 本年废止 (1) = 100");
    });
    Report trial = report(2022, OpenGovInfo.builder().layout(OpenGovLayout.TRIAL_2019).build());
    assertThat(rule.check(List.of(trial, wrong))).isEmpty();
  }

  @Test
  void deadline_isJanuaryForDepartments_andMarchForGovernments() {
    Report department = report(OpenGovInfo.builder().build());
    assertThat(department.publicationDeadline().orElseThrow()).isEqualTo(LocalDate.of(2024, 1, 31));
    Report government = Report.builder().from(department).issuerKind(IssuerKind.GOVERNMENT).build();
    assertThat(government.publicationDeadline().orElseThrow()).isEqualTo(LocalDate.of(2024, 3, 31));
    Report before2019 = report(2018, OpenGovInfo.builder().build());
    assertThat(before2019.publicationDeadline().orElseThrow()).isEqualTo(LocalDate.of(2019, 3, 31));
    Report firstUnderNewRule = report(2019, OpenGovInfo.builder().build());
    assertThat(firstUnderNewRule.publicationDeadline().orElseThrow()).isEqualTo(LocalDate.of(2020, 1, 31));

    Rule late = rule(StandardRules.OpenGov.PUBLISHED_LATE);
    assertThat(late.check(Report.builder().from(department).published(LocalDate.of(2024, 1, 31)).build())).isEmpty();
    assertThat(late.check(Report.builder().from(department).published(LocalDate.of(2024, 2, 1)).build()))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).isEqualTo("published (2024-02-01) must be on or before 2024-01-31 "
              + "(a department's report, 政府信息公开条例 Art. 49)");
        });
    // like 威海市's report on 2024, published on 7 March of the next year: on time
    assertThat(late.check(Report.builder().from(government).published(LocalDate.of(2024, 3, 7)).build())).isEmpty();
    assertThat(late.check(Report.builder().from(government).published(LocalDate.of(2024, 4, 1)).build()))
        .extracting(Finding::message).containsExactly(
            "published (2024-04-01) must be on or before 2024-03-31 (a government's report, 政府信息公开条例 Art. 49)");
  }

  @Test
  void sections_areRequiredOnceRecorded() {
    Rule rule = rule(StandardRules.OpenGov.MISSING_SECTION);
    assertThat(rule.check(report(OpenGovInfo.builder().build()))).isEmpty();
    OpenGovInfo.Builder info = OpenGovInfo.builder();
    for (OpenGovSection section : OpenGovSection.values()) {
      if (section != OpenGovSection.OTHER_MATTERS) {
        info.putSection(section, "正文");
      }
    }
    assertThat(rule.check(report(info.build()))).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("openGovInfo.sections.other_matters");
      assertThat(f.message()).isEqualTo("required section OTHER_MATTERS (其他需要报告的事项) is missing");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void ruleOfLawPartRules_doNotFireOnTheseReports_andTheseRulesNotOnOthers() {
    Report report = Report.builder().from(report(OpenGovInfo.builder().build())).published(LocalDate.of(2024, 5, 1)).build();
    assertThat(CHECKER.check(report)).extracting(Finding::ruleId).containsExactly(StandardRules.OpenGov.PUBLISHED_LATE);
    Report noInfo = Report.builder().from(report).openGovInfo(java.util.Optional.empty()).build();
    for (Rule rule : OpenGovRules.rules()) {
      assertThat(rule.check(noInfo)).as(rule.id()).isEmpty();
    }
    Report ruleOfLaw = Report.builder().from(noInfo).kind(ReportKind.RULE_OF_LAW_ANNUAL).build();
    for (Rule rule : OpenGovRules.rules()) {
      assertThat(rule.check(ruleOfLaw)).as(rule.id()).isEmpty();
    }
    assertThat(CHECKER.check(ruleOfLaw)).extracting(Finding::ruleId)
        .contains(StandardRules.MISSING_PART, StandardRules.PUBLISHED_LATE);
  }

  @Test
  void rulesHaveTheirIds_inAFixedOrder_andApplyToOpenGovReportsOnly() {
    assertThat(OpenGovRules.rules()).extracting(Rule::id).containsExactly(
        StandardRules.OpenGov.APPLICATIONS_BALANCE, StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH,
        StandardRules.OpenGov.GROUP_MISMATCH, StandardRules.OpenGov.ROW_TOTAL_MISMATCH,
        StandardRules.OpenGov.DISPUTES_TOTAL_MISMATCH, StandardRules.OpenGov.OVERVIEW_MISMATCH,
        StandardRules.OpenGov.PUBLISHED_LATE, StandardRules.OpenGov.MISSING_SECTION);
    assertThat(OpenGovRules.seriesRules()).extracting(SeriesRule::id)
        .containsExactly(StandardRules.OpenGov.CARRIED_OVER_MISMATCH, StandardRules.OpenGov.IN_FORCE_MISMATCH);
    assertThat(OpenGovRules.rules().get(0)).hasToString(StandardRules.OpenGov.APPLICATIONS_BALANCE);
    assertThat(OpenGovRules.seriesRules().get(1)).hasToString(StandardRules.OpenGov.IN_FORCE_MISMATCH);
    assertThat(OpenGovRules.rules()).allSatisfy(rule -> assertThat(rule.applicability().kinds())
        .containsExactly(ReportKind.OPEN_GOV_INFO_ANNUAL));
    assertThat(OpenGovRules.seriesRules()).allSatisfy(rule -> assertThat(rule.applicability().kinds())
        .containsExactly(ReportKind.OPEN_GOV_INFO_ANNUAL));
  }

  private static Rule rule(String id) {
    return OpenGovRules.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
  }

  private static SeriesRule seriesRule(String id) {
    return OpenGovRules.seriesRules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
  }
}
