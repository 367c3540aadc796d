package io.github.fazhi.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.WorkArea;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Coverage-guided fuzz test (Jazzer) of the checker and the statistics: on any valid report built from
 * the fuzzer's bytes, {@code check} and {@code checkSeries} never throw (a finding is how they speak),
 * and statistics either compute or refuse with the documented exceptions.
 */
class CheckerFuzzTest {
  private static final String[] UNITS = {"件", "宗", "个", "万件", "人", "%", "﹪", "元", "万元", "个百分点", "名"};

  @FuzzTest(maxDuration = "5m")
  void checker_neverThrows_onAnyValidReport(FuzzedDataProvider data) {
    Report report;
    try {
      report = report(data);
    } catch (ValidationException invalid) {
      // Not a valid report, so nothing to check. A decision put twice into a tally is one of these too
      // (found by this test's first run as Guava's IllegalArgumentException, now a ValidationException).
      return;
    }
    List<Finding> findings = ReportChecker.standard().check(report);
    assertThat(findings).doesNotContainNull();
    assertThat(ReportChecker.standard().checkAll(List.of(report, report, SeedReport.report())))
        .doesNotContainNull();
    try {
      ReportStatistics.of(List.of(report, SeedReport.report()));
    } catch (IllegalArgumentException | ArithmeticException refused) {
      // units that count different things under one code, or sums beyond a long: documented refusals
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  private static Report report(FuzzedDataProvider data) {
    int year = data.consumeInt(2000, 2030);
    Report.Builder report = Report.builder()
        .jurisdiction(SeedReport.jurisdiction())
        .issuer("韶关市曲江区人民政府")
        .year(Year.of(year));
    if (data.consumeBoolean()) {
      report.published(LocalDate.of(year, 1, 1).plusDays(data.consumeInt(0, 800)));
    }
    for (int a = 1, areas = data.consumeInt(0, 3); a <= areas; a++) {
      Measure.Builder measure = Measure.builder().ordinal(data.consumeInt(0, 4)).text("举措");
      for (int i = 0, n = data.consumeInt(0, 4); i < n; i++) {
        measure.addIndicator(indicator(data, 2));
      }
      report.addWorkArea(WorkArea.builder().ordinal(data.consumeInt(1, 4)).title("工作").addMeasure(measure.build())
          .build());
    }
    for (int t = 0, tallies = data.consumeInt(0, 2); t < tallies; t++) {
      ReviewTally.Builder tally = ReviewTally.builder().procedure(data.pickValue(Procedure.values()));
      if (data.consumeBoolean()) {
        tally.received(count(data));
      }
      if (data.consumeBoolean()) {
        tally.accepted(count(data));
      }
      if (data.consumeBoolean()) {
        tally.notAccepted(count(data));
      }
      if (data.consumeBoolean()) {
        tally.carriedOver(count(data));
      }
      if (data.consumeBoolean()) {
        tally.concluded(count(data));
      }
      if (data.consumeBoolean()) {
        tally.withdrawn(count(data));
      }
      if (data.consumeBoolean()) {
        tally.pending(count(data));
      }
      for (int d = 0, n = data.consumeInt(0, 4); d < n; d++) {
        tally.putDecision(data.pickValue(Decision.values()), count(data));
      }
      if (data.consumeBoolean()) {
        tally.putOutcomeGroup(data.pickValue(OutcomeGroup.values()), count(data));
      }
      report.addReview(tally.withdrawalsCountedApart(data.consumeBoolean())
          .outcomesComplete(data.consumeBoolean()).build());
    }
    return report.build();
  }

  private static long count(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.consumeLong(0, 1_000) : data.consumeLong(0, Long.MAX_VALUE);
  }

  private static Indicator indicator(FuzzedDataProvider data, int depth) {
    Indicator.Builder indicator = Indicator.builder()
        .label("指标")
        .code(data.pickValue(new String[] {"mediation.disputes", "mediation.success_rate", "service.windows",
            "reconsideration.received", "no.such_code"}))
        .kind(data.pickValue(IndicatorKind.values()))
        .value(BigDecimal.valueOf(data.consumeLong(-5, 100_000), data.consumeInt(-3, 3)))
        .unit(Unit.of(data.pickValue(UNITS)))
        .qualifier(data.pickValue(Qualifier.values()));
    if (data.consumeBoolean()) {
      indicator.basis(Rate.of(data.consumeLong(0, 10_000), data.consumeLong(1, 10_000)));
    }
    if (depth > 0) {
      for (int i = 0, n = data.consumeInt(0, 3); i < n; i++) {
        indicator.addPart(indicator(data, depth - 1));
      }
      indicator.partsComplete(data.consumeInt(0, 3) == 0);
    }
    return indicator.build();
  }
}
