package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules across reports index the reports by body, kind and year, so that a corpus is checked in time
 * linear in its size. Their findings must be those of the plain definition, which compares every pair of
 * reports: the same findings in the same order, for reports of a few bodies and years in any order, with
 * duplicates.
 */
class SeriesRulesProperties {
  private static final List<Jurisdiction> BODIES = List.of(
      jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY),
      jurisdiction("武江区", "韶关市", JurisdictionLevel.COUNTY),
      jurisdiction("韶关市", "广东省", JurisdictionLevel.PREFECTURE));

  /** A report from four small numbers: body, year (2018-2021), carried over and pending (or unstated). */
  private static Report report(int body, int year, int carried, int pending) {
    ReviewTally.Builder tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION);
    if (carried < 4) {
      tally.carriedOver(carried);
    }
    if (pending < 4) {
      tally.pending(pending);
    }
    return complete(BODIES.get(body % BODIES.size()), 2018 + year % 4).addReview(tally.build()).build();
  }

  /** The carried-over rule as defined: every later report against every report of the year before. */
  private static List<String> carriedOverByDefinition(List<Report> reports) {
    List<String> out = new ArrayList<>();
    for (Report later : reports) {
      for (Report earlier : reports) {
        if (earlier.reportingBody().equals(later.reportingBody()) && earlier.kind() == later.kind()
            && earlier.year().getValue() + 1 == later.year().getValue()) {
          ReviewTally now = later.reviews().get(0);
          ReviewTally before = earlier.reviews().get(0);
          if (now.carriedOver().isPresent() && before.pending().isPresent()
              && now.carriedOver().getAsLong() != before.pending().getAsLong()) {
            out.add("[" + later.reporterName() + " " + later.year() + "] "
                + now.carriedOver().getAsLong() + "/" + before.pending().getAsLong());
          }
        }
      }
    }
    return out;
  }

  /** The duplicate rule as defined: a report whose body, kind and year an earlier report has. */
  private static List<String> duplicatesByDefinition(List<Report> reports) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      for (int j = 0; j < i; j++) {
        Report a = reports.get(j);
        Report b = reports.get(i);
        if (a.reportingBody().equals(b.reportingBody()) && a.kind() == b.kind() && a.year().equals(b.year())) {
          out.add("[" + b.reporterName() + " " + b.year() + "]");
          break;
        }
      }
    }
    return out;
  }

  @Test
  void indexedSeriesRules_findWhatThePairwiseDefinitionFinds_inTheSameOrder() {
    qt().forAll(lists().of(lists().of(integers().between(0, 5)).ofSize(4)).ofSizeBetween(0, 14))
        .checkAssert(seeds -> {
          List<Report> reports = seeds.stream().map(s -> report(s.get(0), s.get(1), s.get(2), s.get(3))).toList();
          List<Finding> findings = ReportChecker.standard().checkSeries(reports);
          assertThat(findings.stream().filter(f -> f.ruleId().equals(StandardRules.CARRIED_OVER_MISMATCH))
              .map(f -> f.path().replace(" reviews[0].carriedOver", "") + " "
                  + f.numbers().get("carriedOver").longValueExact() + "/"
                  + f.numbers().get("previousPending").longValueExact())
              .toList())
              .isEqualTo(carriedOverByDefinition(reports));
          assertThat(findings.stream().filter(f -> f.ruleId().equals(StandardRules.DUPLICATE_REPORT))
              .map(Finding::path).toList())
              .isEqualTo(duplicatesByDefinition(reports));
        });
  }
}
