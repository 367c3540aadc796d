package io.github.fazhi.check;

import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A standard rule: its id, the reports it applies to and its body over a {@link ReportView}; and the
 * small helpers the rule families share. It prints as its id.
 */
record StandardRule(String id, Applicability applicability, Function<ReportView, List<Finding>> body)
    implements Rule {

  /** A check of one tally at its path ({@code reviews[0]}), adding what it finds. */
  interface TallyCheck {
    void check(Path path, ReviewTally tally, List<Finding> out);
  }

  /** A check of one indicator at its place, adding what it finds. */
  interface IndicatorCheck {
    void check(LocatedIndicator located, List<Finding> out);
  }

  static Rule of(String id, Function<ReportView, List<Finding>> body) {
    return new StandardRule(id, Applicability.everyReport(), body);
  }

  static Rule of(String id, Applicability applicability, Function<ReportView, List<Finding>> body) {
    return new StandardRule(id, applicability, body);
  }

  /** A rule that checks every tally of the report. */
  static Rule tallies(String id, TallyCheck check) {
    return of(id, view -> {
      List<ReviewTally> reviews = view.report().reviews();
      List<Finding> out = new ArrayList<>();
      for (int i = 0; i < reviews.size(); i++) {
        check.check(reviewPath(i), reviews.get(i), out);
      }
      return out;
    });
  }

  /** The path of the tallies, {@code reviews}. */
  static final Path REVIEWS = Path.root().field("reviews");

  /** The paths of the first tallies, made once: every tally rule passes its tally's path on every report. */
  private static final Path[] REVIEW_PATHS = IntStream.range(0, 8).mapToObj(i -> REVIEWS.index(i))
      .toArray(Path[]::new);

  /** Returns {@code reviews[i]}. */
  static Path reviewPath(int i) {
    return i < REVIEW_PATHS.length ? REVIEW_PATHS[i] : REVIEWS.index(i);
  }

  /** A rule that checks every indicator of the report, breakdown parts included. */
  static Rule indicators(String id, IndicatorCheck check) {
    return of(id, view -> {
      List<Finding> out = new ArrayList<>();
      for (LocatedIndicator located : view.indicators()) {
        check.check(located, out);
      }
      return out;
    });
  }

  @Override
  public List<Finding> check(Report report) {
    return body.apply(ReportView.of(report));
  }

  @Override
  public List<Finding> check(ReportView view) {
    return body.apply(view);
  }

  @Override
  public String toString() {
    return id;
  }

  /** The numbers of a finding from name, value pairs; values are BigDecimals or whole numbers. */
  static Map<String, BigDecimal> numbers(Object... nameValues) {
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      Object value = nameValues[i + 1];
      numbers.put((String) nameValues[i],
          value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }
    return numbers;
  }
}
