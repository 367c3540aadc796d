package io.github.fazhi.examples;

import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;

/**
 * Shows how to check a report for consistency (勾稽关系): the standard checker on the bundled seed report,
 * then on a copy whose tally says 12 cases were accepted out of 11 received — the checker reports it as
 * an ERROR and never throws.
 */
public final class CheckReportExample {
  private CheckReportExample() {}

  /**
   * Checks the seed and a broken copy.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    ReportChecker checker = ReportChecker.standard();
    Report seed = BundledReports.read("qujiang-2019.json");
    print("seed", checker.check(seed).stream().toList());

    ReviewTally tally = seed.review(Procedure.RECONSIDERATION).orElseThrow();
    Report broken = Report.builder().from(seed)
        .reviews(java.util.List.of(ReviewTally.builder().from(tally).accepted(12).build()))
        .build();
    var findings = checker.check(broken);
    print("accepted 12 of 11", findings);
    System.out.println("errors: " + findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
  }

  private static void print(String title, java.util.List<Finding> findings) {
    System.out.println(title + ": " + findings.size() + " findings");
    for (Finding finding : findings) {
      System.out.println("  " + finding.severity() + " " + finding.ruleId() + " at " + finding.path() + ": "
          + finding.message());
    }
  }
}
