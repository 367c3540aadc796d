package io.github.fazhi.check.opengov;

import static io.github.fazhi.testing.OpenGovReports.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OverviewFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers a 政府信息公开 finding names, by key, and the overview's carried-over figure: what a user's
 * tool reads from a finding besides its message.
 */
class OpenGovFindingNumbersTest {
  private static final ReportChecker CHECKER = ReportChecker.standard();

  private static List<Finding> findings(OpenGovInfo info, String ruleId) {
    return CHECKER.check(report(info)).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void aGroupRowAgainstTheResultsTotal_namesIt_resultsTotal() {
    // 三、本年度办理结果 stated 4 against （七）总计 5, in the 自然人 column
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.NATURAL_PERSON, 5)
        .cell(ApplicationRow.RESULTS, ApplicantColumn.NATURAL_PERSON, 4)
        .build();
    List<Finding> found = findings(OpenGovInfo.builder().applications(table).build(), StandardRules.OpenGov.GROUP_MISMATCH);
    assertThat(found).singleElement().satisfies(finding -> {
      assertThat(finding.message()).isEqualTo("in column 自然人, 三、本年度办理结果 (4) must equal （七）总计 (5)");
      assertThat(finding.numbers()).containsExactly(
          Map.entry("group", BigDecimal.valueOf(4)), Map.entry("resultsTotal", BigDecimal.valueOf(5)));
    });
  }

  @Test
  void aGroupRowAgainstItsSubRows_namesThem_sumOfSubRows() {
    // （四）无法提供 stated 3; its sub-rows: 1. 本机关不掌握 2, the others 0
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.UNAVAILABLE, ApplicantColumn.NATURAL_PERSON, 3)
        .cell(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantColumn.NATURAL_PERSON, 2)
        .cell(ApplicationRow.UNAVAILABLE_NEEDS_CREATING, ApplicantColumn.NATURAL_PERSON, 0)
        .cell(ApplicationRow.UNAVAILABLE_STILL_UNCLEAR, ApplicantColumn.NATURAL_PERSON, 0)
        .build();
    List<Finding> found = findings(OpenGovInfo.builder().applications(table).build(), StandardRules.OpenGov.GROUP_MISMATCH);
    assertThat(found).singleElement().satisfies(finding -> {
      assertThat(finding.message()).isEqualTo("in column 自然人, （四）无法提供 (3) must equal the sum of its sub-rows (2)");
      assertThat(finding.numbers()).containsExactly(
          Map.entry("group", BigDecimal.valueOf(3)), Map.entry("sumOfSubRows", BigDecimal.valueOf(2)));
    });
  }

  @Test
  void theOverviewsCarriedOverFigure_isComparedWithTableB() {
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 3)
        .cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, 2)
        .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 0)
        .build();
    OpenGovInfo wrong = OpenGovInfo.builder().applications(table)
        .putOverview(OverviewFigure.APPLICATIONS_CARRIED_OVER, 1L).build();
    assertThat(findings(wrong, StandardRules.OpenGov.OVERVIEW_MISMATCH)).extracting(Finding::path)
        .containsExactly("openGovInfo.overview.applications_carried_over");
    OpenGovInfo right = OpenGovInfo.builder().applications(table)
        .putOverview(OverviewFigure.APPLICATIONS_CARRIED_OVER, 2L).build();
    assertThat(findings(right, StandardRules.OpenGov.OVERVIEW_MISMATCH)).isEmpty();
  }
}
