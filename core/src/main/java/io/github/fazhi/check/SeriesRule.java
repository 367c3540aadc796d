package io.github.fazhi.check;

import io.github.fazhi.Report;
import java.util.Collection;
import java.util.List;

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
}
