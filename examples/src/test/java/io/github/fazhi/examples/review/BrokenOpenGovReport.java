package io.github.fazhi.examples.review;

import static io.github.fazhi.testing.OpenGovReports.row;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
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
import java.time.Year;

/**
 * A 政府信息公开工作年度报告 of an invented district for 2021 (2021 layout), built with core's builders, whose
 * tables are consistent except for four typos, each worked out by hand:
 * <ol>
 *   <li>Table B, (一)予以公开 / 总计 written 26 where its columns add up to 20+2+1+0+1+1 = 25: the row total
 *       is wrong ({@code opengov.row_total_mismatch} at {@code cells[disclosed][total]}), and so is the
 *       results' sum in the 总计 column, 26+4+1+12+2+1 = 46 ≠ （七）总计 45
 *       ({@code opengov.results_total_mismatch} at {@code cells[results_total][total]});</li>
 *   <li>Table B, （三）不予公开 / 自然人 filled with 2 where its sub-rows add up to 1
 *       ({@code opengov.group_mismatch} at {@code cells[not_disclosed][natural_person]}), and the results of
 *       that column, with the group taken as stated, 20+3+2+10+2+1 = 38 ≠ （七）总计 37
 *       ({@code opengov.results_total_mismatch} at {@code cells[results_total][natural_person]});</li>
 *   <li>Table C, 行政复议 / 总计 written 3 where 1+0+0+1 = 2 ({@code opengov.disputes_total_mismatch});</li>
 *   <li>the overview states 2 lawsuits where Table C's two litigation totals are 1 + 0
 *       ({@code opengov.overview_mismatch} at {@code openGovInfo.overview.litigations}).</li>
 * </ol>
 * It also leaves out section 六 ({@code opengov.missing_section}, a warning). Three cells are unknown (not
 * stated), so the relations that need them are not checked: Table B (五)4 / 科研机构, Table C 复议后起诉 /
 * 结果纠正, Table A 行政强制 / 本年处理决定数量.
 */
final class BrokenOpenGovReport {
  /** Errors: 4 in Table B, 1 in Table C, 1 in the overview. */
  static final int ERRORS = 6;
  /** Warnings: section 六 missing. */
  static final int WARNINGS = 1;

  private BrokenOpenGovReport() {}

  static Report report() {
    return Report.builder()
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(Jurisdiction.builder().name("测试区").level(JurisdictionLevel.COUNTY).build())
        .issuer("测试区人民政府")
        .year(Year.of(2021))
        .published(LocalDate.of(2022, 3, 20))
        .openGovInfo(OpenGovInfo.builder()
            .layout(OpenGovLayout.FORMAT_2021)
            .putSection(OpenGovSection.OVERVIEW, "2021年，测试区共收到政府信息公开申请50件，上年结转4件；"
                + "发生政府信息公开行政复议3件、行政诉讼2件。")
            .putSection(OpenGovSection.PROACTIVE_DISCLOSURE, "全年主动公开政府信息情况见下表。")
            .putSection(OpenGovSection.APPLICATIONS, "收到和处理政府信息公开申请情况见下表。")
            .putSection(OpenGovSection.DISPUTES, "政府信息公开行政复议、行政诉讼情况见下表。")
            .putSection(OpenGovSection.PROBLEMS_AND_IMPROVEMENTS, "公开内容的及时性仍需提高。")
            .putOverview(OverviewFigure.APPLICATIONS_RECEIVED, 50L)
            .putOverview(OverviewFigure.APPLICATIONS_CARRIED_OVER, 4L)
            .putOverview(OverviewFigure.RECONSIDERATIONS, 3L)
            .putOverview(OverviewFigure.LITIGATIONS, 2L)
            .proactive(proactive())
            .applications(applications())
            .disputes(disputes())
            .build())
        .build();
  }

  private static ProactiveDisclosureTable proactive() {
    return ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.RULES, ProactiveColumn.ISSUED, 0)
        .cell(ProactiveItem.RULES, ProactiveColumn.REPEALED, 0)
        .cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE, 2)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.ISSUED, 3)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.REPEALED, 1)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE, 15)
        .cell(ProactiveItem.LICENSING, ProactiveColumn.DECISIONS, 120)
        .cell(ProactiveItem.PENALTIES, ProactiveColumn.DECISIONS, 35)
        .cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT, new BigDecimal("1.25"))
        .build();
  }

  private static ApplicationTable applications() {
    ApplicationTable.Builder table = ApplicationTable.builder();
    row(table, ApplicationRow.NEW_RECEIVED, 40L, 5L, 1L, 0L, 2L, 2L, 50L);
    row(table, ApplicationRow.CARRIED_OVER, 3L, 1L, 0L, 0L, 0L, 0L, 4L);
    row(table, ApplicationRow.DISCLOSED, 20L, 2L, 1L, 0L, 1L, 1L, 26L); // typo: 25
    row(table, ApplicationRow.PARTLY_DISCLOSED, 3L, 1L, 0L, 0L, 0L, 0L, 4L);
    row(table, ApplicationRow.NOT_DISCLOSED, 2L, null, null, null, null, null, null); // typo: its sub-rows add up to 1
    for (ApplicationRow sub : ApplicationRow.NOT_DISCLOSED.children(OpenGovLayout.FORMAT_2021)) {
      if (sub == ApplicationRow.NOT_DISCLOSED_THIRD_PARTY) {
        row(table, sub, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
      } else {
        row(table, sub, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
      }
    }
    row(table, ApplicationRow.UNAVAILABLE_NOT_HELD, 10L, 1L, 0L, 0L, 1L, 0L, 12L);
    row(table, ApplicationRow.UNAVAILABLE_NEEDS_CREATING, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(table, ApplicationRow.UNAVAILABLE_STILL_UNCLEAR, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(table, ApplicationRow.NOT_PROCESSED_PETITION, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(table, ApplicationRow.NOT_PROCESSED_REPEATED, 2L, 0L, 0L, 0L, 0L, 0L, 2L);
    row(table, ApplicationRow.NOT_PROCESSED_PUBLICATION, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(table, ApplicationRow.NOT_PROCESSED_MASS_REPEATED, 0L, 0L, null, 0L, 0L, 0L, 0L); // 科研机构 not stated
    row(table, ApplicationRow.NOT_PROCESSED_CONFIRMATION, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(table, ApplicationRow.OTHER_NOT_COMPLETED, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    row(table, ApplicationRow.OTHER_FEE_NOT_PAID, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(table, ApplicationRow.OTHER_OTHER, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(table, ApplicationRow.RESULTS_TOTAL, 37L, 4L, 1L, 0L, 2L, 1L, 45L);
    row(table, ApplicationRow.CARRIED_FORWARD, 6L, 2L, 0L, 0L, 0L, 1L, 9L);
    return table.build();
  }

  private static DisputeTable disputes() {
    return DisputeTable.builder()
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, 1)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED, 0)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.OTHER, 0)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.PENDING, 1)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, 3) // typo: 2
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.UPHELD, 1)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.CORRECTED, 0)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.OTHER, 0)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.PENDING, 0)
        .cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.TOTAL, 1)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.UPHELD, 0)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.OTHER, 0)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.PENDING, 0)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.TOTAL, 0)
        .build();
  }
}
