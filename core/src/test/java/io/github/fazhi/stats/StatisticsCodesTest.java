package io.github.fazhi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.testing.SeedReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The codes the statistics answer to: the review counts' and tally rates' own codes, the reason given
 * when a code is asked for the wrong way, and a snapshot that answers by code after deserialization.
 */
class StatisticsCodesTest {
  @Test
  void reviewCountsAndTallyRates_haveTheirDocumentedCodes() {
    assertThat(ReviewCount.RECEIVED.code()).isEqualTo("received");
    assertThat(ReviewCount.NOT_ACCEPTED.code()).isEqualTo("not_accepted");
    assertThat(ReviewCount.MEDIATED.code()).isEqualTo("mediated");
    assertThat(TallyRate.CORRECTION.code()).isEqualTo("correction_rate");
    assertThat(TallyRate.CLOSURE.code()).isEqualTo("closure_rate");
  }

  @Test
  void theReviewCodes_areEveryCountAndRateOfBothProcedures() {
    // 2 procedures × (10 counts + 4 rates)
    assertThat(ReportStatistics.REVIEW_CODES).hasSize(28)
        .contains("reconsideration.received", "litigation.mediated", "reconsideration.acceptance_rate",
            "litigation.mediation_rate")
        .doesNotContain("received", "legal_aid.cases", "mediation.success_rate");
  }

  @Test
  void aSumCodeAskedForAsARatio_saysHowItAggregates() {
    ReportStatistics stats = ReportStatistics.of(List.of(SeedReport.report()));
    assertThatThrownBy(() -> stats.ratio("legal_aid.cases"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code (\"legal_aid.cases\") is not a RATIO code of the catalogue nor a review rate"
            + " (it aggregates by SUM)");
    assertThatThrownBy(() -> stats.total("mediation.success_rate"))
        .hasMessageEndingWith(" (it aggregates by RATIO(mediation.succeeded/mediation.disputes))");
  }

  @Test
  void aDeserializedSnapshot_answersByCode() throws Exception {
    ReportStatistics stats = ReportStatistics.of(List.of(SeedReport.report()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(stats);
    }
    ReportStatistics copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ReportStatistics) in.readObject();
    }
    assertThat(copy.total("mediation.disputes")).isEqualTo(stats.total("mediation.disputes"));
    assertThat(copy.ratio("mediation.success_rate")).isEqualTo(stats.ratio("mediation.success_rate"));
  }
}
