package io.github.fazhi.check;

import io.github.fazhi.Report;
import java.util.List;

/**
 * A consistency rule over one report (检查规则). Implement it to add a check of your own and give it to
 * {@link ReportChecker#with(Rule)}.
 *
 * <p>A rule should return its findings rather than throw; when it does throw (or returns null), the
 * checker turns that into a {@link ReportChecker#RULE_FAILED} finding, so one faulty rule never hides the
 * others.
 *
 * <p>Implementations should be immutable and thread-safe.
 */
public interface Rule {
  /**
   * Returns the stable id of this rule, lower-case words joined by dots and underscores
   * ({@code review.accepted_exceeds_received}); every finding it returns carries it.
   *
   * @return the id, never blank
   */
  String id();

  /**
   * Checks one report.
   *
   * @param report  the report, not null
   * @return the findings, possibly none; never null
   */
  List<Finding> check(Report report);
}
