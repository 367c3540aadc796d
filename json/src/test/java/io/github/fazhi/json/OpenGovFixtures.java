package io.github.fazhi.json;

import static io.github.fazhi.testing.OpenGovReports.block;
import static io.github.fazhi.testing.OpenGovReports.row;

import io.github.fazhi.IssuerKind;
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
 * 政府信息公开工作年度报告 values built by hand, the same as the documents in {@code opengov/}: the numbers
 * are written twice, once here and once in JSON, so that a test of one against the other checks both.
 * The tables are made up (the texts too), in the shape of real reports: the full 2021 table adds up
 * (一 + 二 = 三(七) + 四 in every column, each row's 总计 the sum of its columns).
 */
final class OpenGovFixtures {
  private OpenGovFixtures() {}

  private static Report.Builder report(int year) {
    return Report.builder()
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(Jurisdiction.builder().name("某某区").level(JurisdictionLevel.COUNTY).build())
        .issuer("某某区人民政府办公室")
        .year(Year.of(year));
  }

  /** A 2021-layout report with every numeric cell of the three tables stated. */
  static Report full2021() {
    ProactiveDisclosureTable proactive = ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.RULES, ProactiveColumn.ISSUED, 1)
        .cell(ProactiveItem.RULES, ProactiveColumn.REPEALED, 0)
        .cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE, 12)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.ISSUED, 23)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.REPEALED, 4)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE, 156)
        .cell(ProactiveItem.LICENSING, ProactiveColumn.DECISIONS, 18234)
        .cell(ProactiveItem.PENALTIES, ProactiveColumn.DECISIONS, 2650)
        .cell(ProactiveItem.COMPULSION, ProactiveColumn.DECISIONS, 37)
        .cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT, new BigDecimal("1234.56"))
        .build();
    ApplicationTable.Builder applications = ApplicationTable.builder();
    row(applications, ApplicationRow.NEW_RECEIVED, 120L, 15L, 2L, 1L, 3L, 4L, 145L);
    row(applications, ApplicationRow.CARRIED_OVER, 6L, 1L, 0L, 0L, 0L, 0L, 7L);
    row(applications, ApplicationRow.DISCLOSED, 50L, 6L, 1L, 0L, 1L, 2L, 60L);
    row(applications, ApplicationRow.PARTLY_DISCLOSED, 10L, 2L, 0L, 0L, 1L, 0L, 13L);
    row(applications, ApplicationRow.NOT_DISCLOSED_STATE_SECRET, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(applications, ApplicationRow.NOT_DISCLOSED_PROHIBITED_BY_LAW, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    row(applications, ApplicationRow.NOT_DISCLOSED_THREE_SAFETIES, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(applications, ApplicationRow.NOT_DISCLOSED_THIRD_PARTY, 2L, 0L, 0L, 0L, 0L, 0L, 2L);
    row(applications, ApplicationRow.NOT_DISCLOSED_INTERNAL_AFFAIRS, 3L, 0L, 0L, 0L, 0L, 0L, 3L);
    row(applications, ApplicationRow.NOT_DISCLOSED_PROCESS_INFORMATION, 4L, 1L, 0L, 0L, 0L, 0L, 5L);
    row(applications, ApplicationRow.NOT_DISCLOSED_ENFORCEMENT_FILE, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    row(applications, ApplicationRow.NOT_DISCLOSED_INQUIRY, 2L, 0L, 0L, 0L, 0L, 0L, 2L);
    row(applications, ApplicationRow.UNAVAILABLE_NOT_HELD, 20L, 3L, 1L, 1L, 0L, 1L, 26L);
    row(applications, ApplicationRow.UNAVAILABLE_NEEDS_CREATING, 5L, 0L, 0L, 0L, 0L, 0L, 5L);
    row(applications, ApplicationRow.UNAVAILABLE_STILL_UNCLEAR, 2L, 0L, 0L, 0L, 0L, 0L, 2L);
    row(applications, ApplicationRow.NOT_PROCESSED_PETITION, 4L, 0L, 0L, 0L, 0L, 0L, 4L);
    row(applications, ApplicationRow.NOT_PROCESSED_REPEATED, 3L, 1L, 0L, 0L, 0L, 0L, 4L);
    row(applications, ApplicationRow.NOT_PROCESSED_PUBLICATION, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    row(applications, ApplicationRow.NOT_PROCESSED_MASS_REPEATED, 2L, 0L, 0L, 0L, 0L, 0L, 2L);
    row(applications, ApplicationRow.NOT_PROCESSED_CONFIRMATION, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    row(applications, ApplicationRow.OTHER_NOT_COMPLETED, 3L, 0L, 0L, 0L, 0L, 0L, 3L);
    row(applications, ApplicationRow.OTHER_FEE_NOT_PAID, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(applications, ApplicationRow.OTHER_OTHER, 2L, 1L, 0L, 0L, 0L, 0L, 3L);
    row(applications, ApplicationRow.RESULTS_TOTAL, 116L, 14L, 2L, 1L, 2L, 3L, 138L);
    row(applications, ApplicationRow.CARRIED_FORWARD, 10L, 2L, 0L, 0L, 1L, 1L, 14L);
    DisputeTable.Builder disputes = DisputeTable.builder();
    block(disputes, DisputeBlock.RECONSIDERATION, 3, 1, 0, 1, 5);
    block(disputes, DisputeBlock.LITIGATION_DIRECT, 2, 0, 1, 1, 4);
    block(disputes, DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, 1, 0, 0, 0, 1);
    return report(2023)
        .published(LocalDate.of(2024, 1, 26))
        .openGovInfo(OpenGovInfo.builder()
            .layout(OpenGovLayout.FORMAT_2021)
            .putSection(OpenGovSection.OVERVIEW, "本年度共收到政府信息公开申请145件，上年结转7件。")
            .putSection(OpenGovSection.PROBLEMS_AND_IMPROVEMENTS, "依申请公开答复质量有待提高。")
            .putOverview(OverviewFigure.APPLICATIONS_RECEIVED, 145)
            .putOverview(OverviewFigure.APPLICATIONS_CARRIED_OVER, 7)
            .putOverview(OverviewFigure.PROACTIVE_ITEMS, 8265)
            .proactive(proactive)
            .applications(applications.build())
            .disputes(disputes.build())
            .build())
        .build();
  }

  /**
   * A report on 2019 in the trial layout: Table A's 2019 columns, with a negative 本年增/减 and a
   * procurement amount in 万元; Table B with the single (六)其他处理 row.
   */
  static Report trial2019() {
    ProactiveDisclosureTable proactive = ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.RULES, ProactiveColumn.NEWLY_MADE, 0)
        .cell(ProactiveItem.RULES, ProactiveColumn.NEWLY_PUBLISHED, 0)
        .cell(ProactiveItem.RULES, ProactiveColumn.PUBLISHED_TOTAL, 3)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.NEWLY_MADE, 6)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.NEWLY_PUBLISHED, 6)
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.PUBLISHED_TOTAL, 41)
        .cell(ProactiveItem.LICENSING, ProactiveColumn.PREVIOUS_YEAR_ITEMS, 215)
        .cell(ProactiveItem.LICENSING, ProactiveColumn.CHANGE, -12)
        .cell(ProactiveItem.LICENSING, ProactiveColumn.DECISIONS, 3021)
        .cell(ProactiveItem.FEES, ProactiveColumn.PREVIOUS_YEAR_ITEMS, 9)
        .cell(ProactiveItem.FEES, ProactiveColumn.CHANGE, 0)
        .cell(ProactiveItem.PROCUREMENT, ProactiveColumn.PROCUREMENT_ITEMS, 57)
        .cell(ProactiveItem.PROCUREMENT, ProactiveColumn.PROCUREMENT_AMOUNT, new BigDecimal("2380.4"))
        .build();
    ApplicationTable.Builder applications = ApplicationTable.builder();
    row(applications, ApplicationRow.NEW_RECEIVED, 30L, 2L, 0L, 0L, 0L, 1L, 33L);
    row(applications, ApplicationRow.CARRIED_OVER, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(applications, ApplicationRow.DISCLOSED, 12L, 1L, 0L, 0L, 0L, 1L, 14L);
    row(applications, ApplicationRow.PARTLY_DISCLOSED, 3L, 0L, 0L, 0L, 0L, 0L, 3L);
    row(applications, ApplicationRow.UNAVAILABLE_NOT_HELD, 10L, 1L, 0L, 0L, 0L, 0L, 11L);
    row(applications, ApplicationRow.OTHER_HANDLING, 4L, 0L, 0L, 0L, 0L, 0L, 4L);
    row(applications, ApplicationRow.RESULTS_TOTAL, 29L, 2L, 0L, 0L, 0L, 1L, 32L);
    row(applications, ApplicationRow.CARRIED_FORWARD, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    DisputeTable.Builder disputes = DisputeTable.builder();
    block(disputes, DisputeBlock.RECONSIDERATION, 0, 0, 0, 0, 0);
    return report(2019)
        .openGovInfo(OpenGovInfo.builder()
            .layout(OpenGovLayout.TRIAL_2019)
            .proactive(proactive)
            .applications(applications.build())
            .disputes(disputes.build())
            .build())
        .build();
  }

  /**
   * A table cut off and left blank: only some cells stated, the others unknown (absent, not 0), and a
   * department's report with its Table C only partly legible.
   */
  static Report unknownCells() {
    ApplicationTable.Builder applications = ApplicationTable.builder();
    row(applications, ApplicationRow.NEW_RECEIVED, 8L, null, null, null, null, null, 8L);
    row(applications, ApplicationRow.DISCLOSED, 5L, null, null, null, null, null, null);
    row(applications, ApplicationRow.CARRIED_FORWARD, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    DisputeTable disputes = DisputeTable.builder()
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, 0)
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.PENDING, 1)
        .build();
    return Report.builder()
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .issuer("审计局")
        .issuerKind(IssuerKind.DEPARTMENT)
        .year(Year.of(2022))
        .openGovInfo(OpenGovInfo.builder()
            .layout(OpenGovLayout.FORMAT_2021)
            .putOverview(OverviewFigure.RECONSIDERATIONS, 0)
            .applications(applications.build())
            .disputes(disputes)
            .build())
        .build();
  }

  /**
   * A table that does not add up, as printed: 一 + 二 = 9 + 0 but 三(七) + 四 = 7 + 1 in the 总计 column, and
   * the 行政诉讼 total is not the sum of its block. The format holds it as stated: adding up is for the
   * checker.
   */
  static Report doesNotAddUp() {
    ApplicationTable.Builder applications = ApplicationTable.builder();
    row(applications, ApplicationRow.NEW_RECEIVED, 9L, 0L, 0L, 0L, 0L, 0L, 9L);
    row(applications, ApplicationRow.CARRIED_OVER, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    row(applications, ApplicationRow.DISCLOSED, 7L, 0L, 0L, 0L, 0L, 0L, 7L);
    row(applications, ApplicationRow.RESULTS_TOTAL, 7L, 0L, 0L, 0L, 0L, 0L, 7L);
    row(applications, ApplicationRow.CARRIED_FORWARD, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    DisputeTable.Builder disputes = DisputeTable.builder();
    block(disputes, DisputeBlock.LITIGATION_DIRECT, 1, 1, 0, 0, 3);
    return report(2022)
        .openGovInfo(OpenGovInfo.builder()
            .layout(OpenGovLayout.FORMAT_2021)
            .putOverview(OverviewFigure.APPLICATIONS_RECEIVED, 9)
            .applications(applications.build())
            .disputes(disputes.build())
            .build())
        .build();
  }
}
