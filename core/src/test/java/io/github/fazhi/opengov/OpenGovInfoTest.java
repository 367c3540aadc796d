package io.github.fazhi.opengov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

class OpenGovInfoTest {
  @Test
  void rowsOfTheLayouts_matchTheOfficialForm() {
    assertThat(ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)).hasSize(25)
        .doesNotContain(ApplicationRow.RESULTS, ApplicationRow.NOT_DISCLOSED, ApplicationRow.OTHER_HANDLING);
    assertThat(ApplicationRow.numericRows(OpenGovLayout.TRIAL_2019)).hasSize(23)
        .contains(ApplicationRow.OTHER_HANDLING).doesNotContain(ApplicationRow.OTHER_OTHER);
    assertThat(ApplicationRow.resultRows(OpenGovLayout.FORMAT_2021)).containsExactly(ApplicationRow.DISCLOSED,
        ApplicationRow.PARTLY_DISCLOSED, ApplicationRow.NOT_DISCLOSED, ApplicationRow.UNAVAILABLE,
        ApplicationRow.NOT_PROCESSED, ApplicationRow.OTHER_HANDLING);
    assertThat(ApplicationRow.NOT_DISCLOSED.children(OpenGovLayout.TRIAL_2019)).hasSize(8);
    assertThat(ApplicationRow.OTHER_HANDLING.children(OpenGovLayout.FORMAT_2021)).hasSize(3);
    assertThat(ApplicationRow.OTHER_HANDLING.children(OpenGovLayout.TRIAL_2019)).isEmpty();
    assertThat(ApplicationRow.DISCLOSED.children(OpenGovLayout.FORMAT_2021)).isEmpty();
    assertThat(ApplicationRow.NOT_PROCESSED_REPEATED.fullLabel()).isEqualTo("（五）2.重复申请");
    assertThat(ApplicationRow.DISCLOSED.fullLabel()).isEqualTo("（一）予以公开");
    assertThat(ApplicationRow.NEW_RECEIVED.fullLabel()).isEqualTo("一、本年新收政府信息公开申请数量");
    assertThat(ApplicationRow.NEW_RECEIVED.parent()).isEmpty();
    assertThat(ApplicationRow.OTHER_OTHER.parent()).contains(ApplicationRow.OTHER_HANDLING);
    assertThat(ApplicantColumn.values()).filteredOn(ApplicantColumn::isLegalPerson).hasSize(5);
    assertThat(OpenGovLayout.inForceFor(2020)).isEqualTo(OpenGovLayout.TRIAL_2019);
    assertThat(OpenGovLayout.inForceFor(2021)).isEqualTo(OpenGovLayout.FORMAT_2021);
    assertThat(OpenGovLayout.FORMAT_2021.document()).isEqualTo("国办公开办函〔2021〕30号");
  }

  @Test
  void tableACells_dependOnTheLayout() {
    assertThat(ProactiveColumn.columns(OpenGovLayout.FORMAT_2021, ProactiveItem.RULES))
        .containsExactly(ProactiveColumn.ISSUED, ProactiveColumn.REPEALED, ProactiveColumn.IN_FORCE);
    assertThat(ProactiveColumn.columns(OpenGovLayout.FORMAT_2021, ProactiveItem.FEES))
        .containsExactly(ProactiveColumn.FEE_AMOUNT);
    assertThat(ProactiveColumn.columns(OpenGovLayout.FORMAT_2021, ProactiveItem.PROCUREMENT)).isEmpty();
    assertThat(ProactiveColumn.columns(OpenGovLayout.TRIAL_2019, ProactiveItem.FEES))
        .containsExactly(ProactiveColumn.PREVIOUS_YEAR_ITEMS, ProactiveColumn.CHANGE);
    assertThat(ProactiveColumn.columns(OpenGovLayout.TRIAL_2019, ProactiveItem.PROCUREMENT))
        .containsExactly(ProactiveColumn.PROCUREMENT_ITEMS, ProactiveColumn.PROCUREMENT_AMOUNT);
    assertThat(ProactiveColumn.columns(OpenGovLayout.TRIAL_2019, ProactiveItem.PENALTIES)).contains(ProactiveColumn.DECISIONS);
    assertThat(ProactiveColumn.CHANGE.isSigned()).isTrue();
    assertThat(ProactiveColumn.IN_FORCE.isSigned()).isFalse();
    assertThat(ProactiveColumn.FEE_AMOUNT.isAmount()).isTrue();
  }

  @Test
  void cells_areReadBack_andUnknownIsEmpty() {
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 3).build();
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(3);
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEmpty();
    DisputeTable disputes = DisputeTable.builder().cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, 0).build();
    assertThat(disputes.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL)).hasValue(0);
    assertThat(disputes.cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.TOTAL)).isEmpty();
    ProactiveDisclosureTable proactive = ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT, new BigDecimal("12.5")).build();
    assertThat(proactive.cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT)).contains(new BigDecimal("12.5"));
    assertThat(proactive.cell(ProactiveItem.RULES, ProactiveColumn.ISSUED)).isEmpty();
    OpenGovInfo info = OpenGovInfo.builder().putOverview(OverviewFigure.LITIGATIONS, 2L).build();
    assertThat(info.overview(OverviewFigure.LITIGATIONS)).hasValue(2);
    assertThat(info.overview(OverviewFigure.RECONSIDERATIONS)).isEmpty();
    assertThat(info.layout()).isEqualTo(OpenGovLayout.FORMAT_2021);
    assertThat(new CellTable.Cell<>(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON).label())
        .isEqualTo("（一）予以公开 / 自然人");
    assertThat(new CellTable.Cell<>(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.PENDING).label())
        .isEqualTo("行政诉讼 未经复议直接起诉 / 尚未审结");
    assertThat(new CellTable.Cell<>(ProactiveItem.RULES, ProactiveColumn.IN_FORCE).label())
        .isEqualTo("规章 / 现行有效件数");
    assertThat(new CellTable.Cell<>(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)
        .compareTo(new CellTable.Cell<>(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON))).isPositive();
    assertThat(new CellTable.Cell<>(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL)
        .compareTo(new CellTable.Cell<>(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.UPHELD))).isNegative();
    assertThat(new CellTable.Cell<>(ProactiveItem.RULES, ProactiveColumn.REPEALED)
        .compareTo(new CellTable.Cell<>(ProactiveItem.RULES, ProactiveColumn.ISSUED))).isPositive();
  }

  @Test
  void brokenCells_areAllReportedWithTheirPaths() {
    assertThatThrownBy(() -> ApplicationTable.builder()
            .cell(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON, -1)
            .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, -2).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::toString).containsExactly(
                "cells[disclosed][natural_person]: cells[disclosed][natural_person] (-1) must be >= 0",
                "cells[carried_forward][total]: cells[carried_forward][total] (-2) must be >= 0"));
    assertThatThrownBy(() -> DisputeTable.builder()
            .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, -1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("cells[reconsideration][upheld]"));
    assertThatThrownBy(() -> ProactiveDisclosureTable.builder()
            .cell(ProactiveItem.RULES, ProactiveColumn.ISSUED, new BigDecimal("1.5"))
            .cell(ProactiveItem.RULES, ProactiveColumn.REPEALED, -1)
            .cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT, new BigDecimal("-0.5")).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::message).containsExactly(
                "cells[rules][issued] (1.5) must be a whole number",
                "cells[rules][repealed] (-1) must be >= 0",
                "cells[fees][fee_amount] (-0.5) must be >= 0"));
    // signed change, decimal amounts and whole numbers written with a scale are fine
    ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.LICENSING, ProactiveColumn.CHANGE, -3)
        .cell(ProactiveItem.PROCUREMENT, ProactiveColumn.PROCUREMENT_AMOUNT, new BigDecimal("0.25"))
        .cell(ProactiveItem.RULES, ProactiveColumn.NEWLY_MADE, new BigDecimal("2.00"))
        .cell(ProactiveItem.RULES, ProactiveColumn.PUBLISHED_TOTAL, new BigDecimal("0.00"))
        .build();
  }

  @Test
  void cellsOutsideTheLayout_andBlankSections_areRefused() {
    assertThatThrownBy(() -> OpenGovInfo.builder()
            .layout(OpenGovLayout.TRIAL_2019)
            .applications(ApplicationTable.builder()
                .cell(ApplicationRow.OTHER_HANDLING, ApplicantColumn.TOTAL, 1)
                .cell(ApplicationRow.OTHER_OTHER, ApplicantColumn.TOTAL, 1).build())
            .proactive(ProactiveDisclosureTable.builder()
                .cell(ProactiveItem.RULES, ProactiveColumn.NEWLY_MADE, 1)
                .cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE, 1).build())
            .putSection(OpenGovSection.OVERVIEW, " ")
            .putOverview(OverviewFigure.LITIGATIONS, -1L)
            .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::toString).containsExactly(
                "applications.cells[other_other][total]: applications.cells[other_other][total] "
                    + "(（六）3.其他) is not a row of the TRIAL_2019 layout",
                "proactive.cells[rules][in_force]: proactive.cells[rules][in_force] (规章 / 现行有效件数) is not a "
                    + "cell of the TRIAL_2019 layout",
                "sections.overview: sections.overview (\" \") must not be blank",
                "overview.litigations: overview.litigations (-1) must be >= 0"));
  }

  @Test
  void onlyOpenGovInfoReports_holdTables() {
    Report.Builder report = Report.builder()
        .jurisdiction(Jurisdiction.builder().name("曲江区").level(JurisdictionLevel.COUNTY).build())
        .issuer("韶关市曲江区人民政府").year(Year.of(2023))
        .openGovInfo(OpenGovInfo.builder().build());
    assertThatThrownBy(report::build).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
            "openGovInfo: openGovInfo is only for OPEN_GOV_INFO_ANNUAL reports, not RULE_OF_LAW_ANNUAL"));
    assertThat(report.kind(ReportKind.OPEN_GOV_INFO_ANNUAL).build().openGovInfo()).isPresent();
  }
}
