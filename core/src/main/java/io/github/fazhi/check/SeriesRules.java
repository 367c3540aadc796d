package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules across reports: this year's carried-over cases against last year's pending ones, and one
 * report per reporting body, kind and year.
 */
final class SeriesRules {
  static final String CARRIED_OVER_MISMATCH = "series.carried_over_mismatch";
  static final String DUPLICATE_REPORT = "series.duplicate_report";

  private SeriesRules() {}

  static List<SeriesRule> rules() {
    return List.of(
        new StandardSeriesRule(CARRIED_OVER_MISMATCH, Applicability.everyReport(), SeriesRules::carriedOver),
        new StandardSeriesRule(DUPLICATE_REPORT, Applicability.everyReport(), SeriesRules::duplicates));
  }

  private static Path where(Report report) {
    return Path.inReport(report.reporterName(), report.year().getValue());
  }

  /** What makes reports one series: the same body and kind; with the year, one report of the series. */
  private record SeriesKey(String body, ReportKind kind, int year) {
    static SeriesKey of(Report report, int yearsBefore) {
      return new SeriesKey(report.reportingBody(), report.kind(), report.year().getValue() - yearsBefore);
    }
  }

  private static List<Finding> carriedOver(Collection<Report> reports) {
    // Indexed once, so that a corpus is checked in time linear in its size; each key keeps the reports'
    // order, so the findings come in the order of the reports.
    ListMultimap<SeriesKey, Report> byYear = ArrayListMultimap.create();
    for (Report report : reports) {
      byYear.put(SeriesKey.of(report, 0), report);
    }
    List<Finding> out = new ArrayList<>();
    for (Report later : reports) {
      for (Report earlier : byYear.get(SeriesKey.of(later, 1))) {
        for (int i = 0; i < later.reviews().size(); i++) {
          ReviewTally now = later.reviews().get(i);
          for (ReviewTally before : earlier.reviews()) {
            if (before.procedure() != now.procedure() || !before.route().equals(now.route())
                || now.carriedOver().isEmpty() || before.pending().isEmpty()) {
              continue;
            }
            long carried = now.carriedOver().getAsLong();
            long pending = before.pending().getAsLong();
            if (carried != pending) {
              out.add(Finding.of(CARRIED_OVER_MISMATCH, Severity.ERROR,
                  StandardRule.reviewPath(i).field("carriedOver").under(where(later)),
                  "carriedOver (" + carried + ") must be last year's pending (" + pending + ") of "
                      + now.procedure(),
                  numbers("carriedOver", carried, "previousPending", pending)));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Finding> duplicates(Collection<Report> reports) {
    List<Finding> out = new ArrayList<>();
    Map<SeriesKey, Report> seen = new HashMap<>();
    for (Report report : reports) {
      Report earlier = seen.putIfAbsent(SeriesKey.of(report, 0), report);
      if (earlier != null) {
        out.add(Finding.of(DUPLICATE_REPORT, Severity.ERROR, where(report),
            report.reporterName() + " has two " + report.kind() + " reports for " + report.year()
                + (earlier.equals(report) ? " (the same report twice)" : "")));
      }
    }
    return out;
  }
}
