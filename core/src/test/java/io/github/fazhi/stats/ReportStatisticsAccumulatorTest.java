package io.github.fazhi.stats;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportStatisticsAccumulator}, with expected values worked out by hand. */
class ReportStatisticsAccumulatorTest {
  private static Report report(int year, String disputes, long received) {
    return report(year, disputes, "件", received);
  }

  private static Report report(int year, String disputes, String unit, long received) {
    return complete(jurisdiction("浈江区", "韶关市", JurisdictionLevel.COUNTY), year,
            count("mediation.disputes", disputes, unit).build())
        .addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(received).build())
        .build();
  }

  @Test
  void twoReports_giveTheirSums_coverage_andYears() {
    ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator();
    accumulator.addAll(List.of(report(2019, "40", 5), report(2020, "1.2", "万件", 7)));
    ReportStatistics statistics = accumulator.snapshot();
    // 40 + 12,000 disputes; 5 + 7 cases received
    assertThat(statistics.total("mediation.disputes").total().sum()).contains(new BigDecimal("12040"));
    assertThat(statistics.total("mediation.disputes").coverage()).isEqualTo(2);
    // 1.2万 is rounded to a thousand: ± 500
    assertThat(statistics.total("mediation.disputes").total().margin()).isEqualTo(new BigDecimal("500"));
    assertThat(statistics.count(Procedure.RECONSIDERATION, ReviewCount.RECEIVED).total().sum())
        .contains(new BigDecimal("12"));
    assertThat(statistics.count(Procedure.LITIGATION, ReviewCount.RECEIVED).coverage()).isZero();
    assertThat(statistics.years()).containsExactly(Year.of(2019), Year.of(2020));
    assertThat(accumulator.count()).isEqualTo(2);
  }

  @Test
  void statisticsOverAnotherCatalogue_areRefused() {
    IndicatorCatalog smaller = IndicatorCatalog.standard().without("mediation.success_rate");
    ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator(smaller);
    assertThat(accumulator.catalog()).isEqualTo(smaller);
    assertThatThrownBy(() -> accumulator.addAll(ReportStatistics.of(List.of(report(2019, "40", 5)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge statistics over different catalogues");
  }

  @Test
  void anotherCatalogue_hasItsOwnLayout_andGivesTheReferenceSums() {
    IndicatorCatalog smaller = IndicatorCatalog.standard().without("mediation.success_rate");
    List<Report> reports = List.of(report(2019, "40", 5), report(2020, "12", 7));
    ReportStatisticsAccumulator columnar = new ReportStatisticsAccumulator(smaller);
    columnar.addAll(reports);
    ReferenceStatisticsAccumulator reference = new ReferenceStatisticsAccumulator(smaller);
    reference.addAll(reports);
    assertThat(columnar.snapshot()).isEqualTo(reference.snapshot());
    assertThat(columnar.snapshot().totals()).containsKey("mediation.disputes");
    assertThatThrownBy(() -> columnar.snapshot().ratio("mediation.success_rate"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRatioTheLayoutDoesNotKnow_isRefused() {
    ReportStatisticsAccumulator.Layout layout =
        ReportStatisticsAccumulator.Layout.of(Quantities.of(IndicatorCatalog.standard()));
    assertThatThrownBy(() -> layout.ratio("mediation.disputes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code (\"mediation.disputes\") is not a ratio of this catalogue");
    assertThat(layout.ratio(layout.ratioCodes[layout.ratioCodes.length - 1]))
        .isEqualTo(layout.ratioCodes.length - 1);
    assertThat(layout.slot(layout.codes.get(0))).isZero();
  }
}
