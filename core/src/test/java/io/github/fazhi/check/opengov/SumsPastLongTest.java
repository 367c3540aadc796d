package io.github.fazhi.check.opengov;

import static io.github.fazhi.testing.OpenGovReports.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of Tables B and C add counts as {@code long}s to find a wrong cell; a sum past
 * {@link Long#MAX_VALUE} (MAX = 2^63 − 1 = 9223372036854775807) is still found, or not, exactly, and its
 * finding states the exact sum. MAX + MAX + 2 = 2^64 = 18446744073709551616 is the sum that {@code long}
 * addition would wrap round to 0, the stated total of the cases below.
 */
class SumsPastLongTest {
  private static final ReportChecker CHECKER = ReportChecker.standard();
  private static final long MAX = Long.MAX_VALUE;
  private static final ApplicantColumn PERSON = ApplicantColumn.NATURAL_PERSON;

  private static List<Finding> findings(ApplicationTable table) {
    return CHECKER.check(report(OpenGovInfo.builder().layout(OpenGovLayout.FORMAT_2021).applications(table).build()));
  }

  @Test
  void aRowWhoseColumnsSumPastLong_isFoundWithTheExactSum() {
    ApplicationTable.Builder table = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, PERSON, MAX)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE, MAX)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.RESEARCH_INSTITUTION, 2)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 0);
    for (ApplicantColumn column : List.of(
        ApplicantColumn.PUBLIC_WELFARE_ORGANISATION, ApplicantColumn.LEGAL_SERVICE_INSTITUTION,
        ApplicantColumn.OTHER_ORGANISATION)) {
      table.cell(ApplicationRow.NEW_RECEIVED, column, 0);
    }
    List<Finding> found = findings(table.build());
    assertThat(found).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.ruleId()).isEqualTo(StandardRules.OpenGov.ROW_TOTAL_MISMATCH);
    assertThat(finding.path()).isEqualTo("openGovInfo.applications.cells[new_received][total]");
    assertThat(finding.message()).isEqualTo("in row 一、本年新收政府信息公开申请数量, 总计 (0) must be 自然人 9223372036854775807"
        + " + 商业企业 9223372036854775807 + 科研机构 2 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 18446744073709551616");
    assertThat(finding.numbers()).containsEntry("sumOfColumns", new BigDecimal("18446744073709551616"));
  }

  @Test
  void aRowSummingPastLong_withAColumnNotStated_isNotChecked() {
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, PERSON, MAX)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE, MAX)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.RESEARCH_INSTITUTION, 2)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 0)
        .build();
    assertThat(findings(table)).isEmpty();
  }

  private static ApplicationTable balance(long received, long carried, long results, long forward) {
    return ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, PERSON, received)
        .cell(ApplicationRow.CARRIED_OVER, PERSON, carried)
        .cell(ApplicationRow.RESULTS_TOTAL, PERSON, results)
        .cell(ApplicationRow.CARRIED_FORWARD, PERSON, forward)
        .build();
  }

  @Test
  void aBalanceWhoseTwoSidesBothPassLong_byTheSameAmount_holds() {
    // MAX + 1 = 1 + MAX
    assertThat(findings(balance(MAX, 1, 1, MAX))).isEmpty();
  }

  @Test
  void aBalanceWhoseSidesDifferPastLong_isFoundWithTheExactSums() {
    // MAX + 1 = 9223372036854775808 against 1 + (MAX − 1) = 9223372036854775807
    List<Finding> found = findings(balance(MAX, 1, 1, MAX - 1));
    assertThat(found).extracting(Finding::message).containsExactly("in column 自然人, 一 本年新收 (9223372036854775807)"
        + " + 二 上年结转 (1) = 9223372036854775808 must equal 三（七）总计 (1) + 四 结转下年度 (9223372036854775806)"
        + " = 9223372036854775807");
    // one side past long, the other not: 1 + 1 against MAX + 1
    assertThat(findings(balance(1, 1, MAX, 1))).extracting(Finding::ruleId)
        .containsExactly(StandardRules.OpenGov.APPLICATIONS_BALANCE);
  }

  @Test
  void resultsWhoseSumPassesLong_throughUnstatedGroups_areFoundWithTheExactSum() {
    ApplicationTable.Builder table = ApplicationTable.builder();
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      if (row.parent().filter(parent -> parent == ApplicationRow.RESULTS || parent.isGroup(OpenGovLayout.FORMAT_2021))
          .isPresent() && row != ApplicationRow.RESULTS_TOTAL) {
        table.cell(row, PERSON, row == ApplicationRow.DISCLOSED ? MAX
            : row == ApplicationRow.NOT_DISCLOSED_STATE_SECRET ? MAX
            : row == ApplicationRow.NOT_PROCESSED_REPEATED ? 2 : 0);
      }
    }
    table.cell(ApplicationRow.RESULTS_TOTAL, PERSON, 0);
    List<Finding> found = findings(table.build());
    // (三) and (五) are not stated: each counts as the sum of its sub-rows, MAX and 2
    assertThat(found).extracting(Finding::message).containsExactly("in column 自然人, （七）总计 (0)"
        + " must be the sum of the results （一） 9223372036854775807 + （二） 0 + （三） 9223372036854775807 + （四） 0"
        + " + （五） 2 + （六） 0 = 18446744073709551616");
  }

  @Test
  void aGroupWhoseSubRowsSumPastLong_isFoundWithTheExactSum() {
    ApplicationTable.Builder table = ApplicationTable.builder().cell(ApplicationRow.NOT_DISCLOSED, PERSON, MAX);
    for (ApplicationRow row : ApplicationRow.NOT_DISCLOSED.children(OpenGovLayout.FORMAT_2021)) {
      table.cell(row, PERSON, row == ApplicationRow.NOT_DISCLOSED_INQUIRY ? 2 : MAX / 7);
    }
    // MAX = 2^63 − 1 is a multiple of 7, so 7 × (MAX / 7) + 2 = MAX + 2 = 9223372036854775809
    assertThat(findings(table.build())).extracting(Finding::message).containsExactly(
        "in column 自然人, （三）不予公开 (9223372036854775807) must equal the sum of its sub-rows (9223372036854775809)");
    ApplicationTable past = ApplicationTable.builder().cell(ApplicationRow.NOT_DISCLOSED, PERSON, 0)
        .cell(ApplicationRow.NOT_DISCLOSED_STATE_SECRET, PERSON, MAX)
        .cell(ApplicationRow.NOT_DISCLOSED_PROHIBITED_BY_LAW, PERSON, MAX)
        .cell(ApplicationRow.NOT_DISCLOSED_THREE_SAFETIES, PERSON, 2)
        .cell(ApplicationRow.NOT_DISCLOSED_THIRD_PARTY, PERSON, 0)
        .cell(ApplicationRow.NOT_DISCLOSED_INTERNAL_AFFAIRS, PERSON, 0)
        .cell(ApplicationRow.NOT_DISCLOSED_PROCESS_INFORMATION, PERSON, 0)
        .cell(ApplicationRow.NOT_DISCLOSED_ENFORCEMENT_FILE, PERSON, 0)
        .cell(ApplicationRow.NOT_DISCLOSED_INQUIRY, PERSON, 0)
        .build();
    assertThat(findings(past)).extracting(Finding::message).containsExactly(
        "in column 自然人, （三）不予公开 (0) must equal the sum of its sub-rows (18446744073709551616)");
  }

  @Test
  void aDisputeBlockWhoseColumnsSumPastLong_isFoundWithTheExactSum() {
    DisputeTable table = DisputeTable.builder()
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, MAX)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED, MAX)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.OTHER, 2)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.PENDING, 0)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, 0)
        .build();
    List<Finding> found = CHECKER.check(report(OpenGovInfo.builder().disputes(table).build()));
    assertThat(found).extracting(Finding::message).containsExactly("in 行政复议, 总计 (0) must be "
        + "结果维持 9223372036854775807 + 结果纠正 9223372036854775807 + 其他结果 2 + 尚未审结 0 = 18446744073709551616");
  }
}
