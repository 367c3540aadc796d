package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Report;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A consistency rule across several reports (跨报告检查), such as this year's carried-over cases against
 * last year's pending ones. Give it to {@link ReportChecker#with(SeriesRule)}.
 *
 * <p>As with {@link Rule}, a series rule that throws becomes a {@link ReportChecker#RULE_FAILED} finding,
 * and {@link #applicability()} says which reports it is for: the checker hands it only those.
 *
 * <p>Implementations should be immutable and thread-safe.
 */
public interface SeriesRule {
  /**
   * Returns the stable id of this rule ({@code series.carried_over_mismatch}).
   *
   * @return the id, never blank
   */
  String id();

  /**
   * Checks reports against each other.
   *
   * @param reports  the reports, in any order; not null
   * @return the findings, possibly none; never null
   */
  List<Finding> check(Collection<Report> reports);

  /**
   * Returns which reports this rule applies to; the checker leaves the others out of the collection it
   * hands to {@link #check(Collection)}.
   *
   * @return the applicability; by default {@link Applicability#everyReport()}; never null
   */
  default Applicability applicability() {
    return Applicability.everyReport();
  }

  /**
   * Returns a series rule made of its id, the reports it applies to and its body: the way the standard
   * series rules are made.
   *
   * @param id  the stable id, not blank
   * @param applicability  which reports it is for, not null
   * @param body  what it finds across reports; returns a list, never null
   * @return the rule, printing as its id; never null
   * @throws IllegalArgumentException if the id is blank
   */
  static SeriesRule of(String id, Applicability applicability, Function<Collection<Report>, List<Finding>> body) {
    requireNonNull(id, "id");
    requireNonNull(applicability, "applicability");
    requireNonNull(body, "body");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a series rule's id must not be blank");
    }
    return new StandardSeriesRule(id, applicability, body);
  }
}
