package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.area;
import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static io.github.fazhi.testing.TestReports.measure;
import static io.github.fazhi.testing.TestReports.percent;
import static io.github.fazhi.check.CheckFixtures.CHECKER;
import static io.github.fazhi.check.CheckFixtures.QUJIANG;
import static io.github.fazhi.check.CheckFixtures.tally;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The standard list as a whole; each family of rules has its own test (TallyRulesTest, RateRulesTest …):
 * every rule fires on a report that breaks it and stays silent on one that keeps it.
 */
class StandardRulesTest {
  @Test
  void aCompleteConsistentReport_hasNoFinding() {
    Report report = complete(QUJIANG, 2020, count("mediation.disputes", "1338", "宗").build())
        .published(LocalDate.of(2021, 3, 29))
        .addReview(tally().received(11).accepted(9).notAccepted(2).carriedOver(1).concluded(8).pending(2).build())
        .build();
    assertThat(CHECKER.check(report)).isEmpty();
  }

  @Test
  void eachRule_isNamedByItsId() {
    // rules print as their ids (what ReportChecker and logs show)
    assertThat(StandardRules.rules(IndicatorCatalog.standard()))
        .allSatisfy(rule -> assertThat(rule.toString()).isEqualTo(rule.id()))
        .first().hasToString(StandardRules.ACCEPTED_EXCEEDS_RECEIVED);
    assertThat(StandardRules.seriesRules()).extracting(Object::toString)
        .containsExactly(StandardRules.CARRIED_OVER_MISMATCH, StandardRules.DUPLICATE_REPORT,
            StandardRules.OpenGov.CARRIED_OVER_MISMATCH, StandardRules.OpenGov.IN_FORCE_MISMATCH);
  }

  @Test
  void eachRule_returnsOnlyFindingsOfItsOwnId_onReportsThatBreakOrBendIt() {
    // rules that share a body (balance and its counting convention, rate and truncation) must each keep
    // to their own findings
    List<io.github.fazhi.ReviewTally> tallies = List.of(
        tally().withdrawn(3).concluded(9).putDecision(io.github.fazhi.Decision.WITHDRAWN, 2).build(),
        tally().received(11).accepted(9).withdrawn(3).concluded(6).pending(0).build(),
        tally().received(11).accepted(9).withdrawn(2).concluded(6).pending(0).build(),
        tally().withdrawn(4).concluded(3).build(),
        tally().withdrawn(3).concluded(6).putDecision(io.github.fazhi.Decision.UPHELD, 4)
            .putDecision(io.github.fazhi.Decision.MEDIATED, 2).putDecision(io.github.fazhi.Decision.WITHDRAWN, 3)
            .outcomesComplete(true).build(),
        tally().concluded(8).putDecision(io.github.fazhi.Decision.UPHELD, 5)
            .putDecision(io.github.fazhi.Decision.REJECTED, 2).putDecision(io.github.fazhi.Decision.REVOKED, 1)
            .outcomesComplete(true).putOutcomeGroup(io.github.fazhi.OutcomeGroup.UPHELD, 5).build(),
        tally().concluded(8).putDecision(io.github.fazhi.Decision.UPHELD, 5)
            .putDecision(io.github.fazhi.Decision.REJECTED, 2).putDecision(io.github.fazhi.Decision.REVOKED, 1)
            .outcomesComplete(true).putOutcomeGroup(io.github.fazhi.OutcomeGroup.UPHELD, 6).build());
    int findings = 0;
    for (io.github.fazhi.ReviewTally broken : tallies) {
      Report report = complete(QUJIANG, 2020).addReview(broken).build();
      for (Rule rule : StandardRules.rules(IndicatorCatalog.standard())) {
        List<Finding> found = rule.check(report);
        findings += found.size();
        assertThat(found).as(rule.id() + " on " + broken).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(rule.id()));
      }
    }
    assertThat(findings).isEqualTo(7);
  }
}
