package io.github.fazhi.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Path;
import io.github.fazhi.ReportKind;
import io.github.fazhi.testing.SeedReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Rule#of} and {@link SeriesRule#of}: the plumbing every standard family is made on. */
class RuleFactoriesTest {
  @Test
  void aRuleMadeOfItsParts_runsItsBody_andPrintsAsItsId() {
    Finding finding = Finding.of("my.rule", Severity.INFO, Path.root().field("year"), "seen");
    Rule rule = Rule.of("my.rule", Applicability.of(ReportKind.RULE_OF_LAW_ANNUAL), view -> List.of(finding));
    assertThat(rule.id()).isEqualTo("my.rule");
    assertThat(rule).hasToString("my.rule");
    assertThat(rule.applicability().kinds()).containsExactly(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(rule.check(SeedReport.report())).containsExactly(finding);
    assertThat(ReportChecker.empty().with(rule).check(SeedReport.report())).containsExactly(finding);
  }

  @Test
  void aSeriesRuleMadeOfItsParts_runsItsBody_andPrintsAsItsId() {
    SeriesRule rule = SeriesRule.of("my.series", Applicability.everyReport(),
        reports -> List.of(Finding.of("my.series", Severity.INFO, Path.root().field("year"), reports.size() + " reports")));
    assertThat(rule).hasToString("my.series");
    assertThat(rule.check(List.of(SeedReport.report(), SeedReport.report())))
        .extracting(Finding::message).containsExactly("2 reports");
  }

  @Test
  void aBlankId_isRefused() {
    assertThatThrownBy(() -> Rule.of(" ", Applicability.everyReport(), view -> List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> SeriesRule.of("", Applicability.everyReport(), reports -> List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
  }
}
