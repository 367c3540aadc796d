package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.jurisdiction;

import io.github.fazhi.Indicator;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import java.util.List;
import java.util.stream.Collectors;

/** What the rule families' tests share: a jurisdiction, the standard checker and report builders. */
final class CheckFixtures {
  static final Jurisdiction QUJIANG = jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY);
  static final ReportChecker CHECKER = ReportChecker.standard();

  private CheckFixtures() {}

  /** The findings of one rule of the standard checker. */
  static List<Finding> findings(Report report, String ruleId) {
    return CHECKER.check(report).stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /** A complete 2020 report with one tally. */
  static Report withTally(ReviewTally tally) {
    return complete(QUJIANG, 2020).addReview(tally).build();
  }

  /** A reconsideration tally to fill in. */
  static ReviewTally.Builder tally() {
    return ReviewTally.builder().procedure(Procedure.RECONSIDERATION);
  }

  /** A complete 2020 report stating the indicators in one measure. */
  static Report withIndicators(Indicator... indicators) {
    return complete(QUJIANG, 2020, indicators).build();
  }
}
