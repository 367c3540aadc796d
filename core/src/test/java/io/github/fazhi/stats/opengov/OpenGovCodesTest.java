package io.github.fazhi.stats.opengov;

import static io.github.fazhi.testing.OpenGovReports.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Qualifier;
import io.github.fazhi.Total;
import io.github.fazhi.internal.Codes;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The open_gov.* codes: which there are, what each names in the statistics, and the total of a count. */
class OpenGovCodesTest {
  @Test
  void theCodes_areTheReleasedOnes_inTheirOrder() {
    assertThat(OpenGovCodes.CODES).extracting(OpenGovCodes.Code::code).containsExactly(
        "open_gov.received", "open_gov.received.natural_person", "open_gov.received.commercial_enterprise",
        "open_gov.received.research_institution", "open_gov.received.public_welfare_organisation",
        "open_gov.received.legal_service_institution", "open_gov.received.other_organisation",
        "open_gov.carried_over", "open_gov.carried_forward", "open_gov.disclosed_share",
        "open_gov.partly_disclosed_share", "open_gov.reconsideration.correction_rate",
        "open_gov.litigation_direct.correction_rate", "open_gov.litigation_after_reconsideration.correction_rate");
    assertThat(OpenGovCodes.CODES).allSatisfy(code -> assertThat(Codes.isCode(code.code())).isTrue());
    assertThat(OpenGovCodes.CODES).filteredOn(OpenGovCodes.Code::isShare).hasSize(5);
    assertThat(OpenGovCodes.find("open_gov.received.research_institution").orElseThrow().chinese())
        .isEqualTo("本年新收政府信息公开申请（法人或其他组织·科研机构）");
    assertThat(OpenGovCodes.find("open_gov.litigation_direct.correction_rate").orElseThrow().chinese())
        .isEqualTo("政府信息公开行政诉讼（未经复议直接起诉）纠错率");
    assertThat(OpenGovCodes.find("opengov.received")).isEmpty();
  }

  @Test
  void eachCode_readsItsNumberFromTheStatistics() {
    OpenGovStatistics statistics = OpenGovStatistics.of(List.of(report(OpenGovInfo.builder()
        .applications(ApplicationTable.builder()
            .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 9)
            .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 7).build())
        .disputes(DisputeTable.builder()
            .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, 3)
            .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED, 1)
            .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.OTHER, 0).build())
        .build())));
    OpenGovCodes.Code received = OpenGovCodes.find("open_gov.received.natural_person").orElseThrow();
    assertThat(received.isShare()).isFalse();
    assertThat(received.count().apply(statistics)).isEqualTo(new OpenGovStatistics.Count(7, 1));
    OpenGovCodes.Code correction = OpenGovCodes.find("open_gov.reconsideration.correction_rate").orElseThrow();
    assertThat(correction.share().apply(statistics)).isEqualTo(new OpenGovStatistics.Share(1, 4, 1));
    Total total = OpenGovCodes.total(new OpenGovStatistics.Count(9, 1));
    assertThat(total.sum().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(9));
    assertThat(total.unit()).contains(OpenGovCodes.APPLICATIONS);
    assertThat(total.qualifier()).contains(Qualifier.EXACT);
  }
}
