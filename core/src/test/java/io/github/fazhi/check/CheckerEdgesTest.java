package io.github.fazhi.check;

import static io.github.fazhi.check.CheckFixtures.tally;
import static io.github.fazhi.check.CheckFixtures.withIndicators;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of the checker's plumbing: a rule across reports that returns null or a null finding, a ninth
 * tally (the paths of the first eight are made once), and a count whose written value ends in zeros.
 */
class CheckerEdgesTest {
  private static SeriesRule returning(List<Finding> findings) {
    return new SeriesRule() {
      @Override
      public String id() {
        return "mine.series";
      }

      @Override
      public List<Finding> check(Collection<Report> reports) {
        return findings;
      }
    };
  }

  @Test
  void aSeriesRuleReturningNullOrANullFinding_becomesOneFinding() {
    List<Report> reports = List.of(SeedReport.report());
    assertThat(ReportChecker.empty().with(returning(null)).checkSeries(reports)).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo(ReportChecker.RULE_FAILED);
          assertThat(f.message()).isEqualTo("rule mine.series returned null");
        });
    List<Finding> withNull = new ArrayList<>(Arrays.asList(Finding.of("a.b", Severity.INFO, Path.root(), "m"), null));
    assertThat(ReportChecker.empty().with(returning(withNull)).checkSeries(reports)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("rule mine.series returned a null finding"));
  }

  @Test
  void aNinthTally_isFoundAtItsOwnPath() {
    Report.Builder report = Report.builder().from(withIndicators());
    for (int i = 0; i < 8; i++) {
      report.addReview(tally().received(5).accepted(4).build());
    }
    ReviewTally wrong = tally().received(5).accepted(6).build();
    List<Finding> found = ReportChecker.standard().check(report.addReview(wrong).build()).stream()
        .filter(f -> f.ruleId().equals(StandardRules.ACCEPTED_EXCEEDS_RECEIVED)).toList();
    assertThat(found).extracting(Finding::path).containsExactly("reviews[8].accepted");
  }

  @Test
  void aCountWrittenWithTrailingZeros_isWhole() {
    Indicator cases = Indicator.builder().label("法律援助案件").code("legal_aid.cases").kind(IndicatorKind.COUNT)
        .value(new BigDecimal("393.0")).unit(Unit.of("件")).written("393.0件").build();
    assertThat(ReportChecker.standard().check(withIndicators(cases)))
        .noneMatch(f -> f.ruleId().equals(StandardRules.COUNT_NOT_WHOLE));
  }
}
