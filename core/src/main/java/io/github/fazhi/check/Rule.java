package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Report;
import java.util.List;
import java.util.function.Function;

/**
 * A consistency rule over one report (检查规则). Implement it to add a check of your own and give it to
 * {@link ReportChecker#with(Rule)}.
 *
 * <p>A rule should return its findings rather than throw; when it does throw (or returns null), the
 * checker turns that into a {@link ReportChecker#RULE_FAILED} finding, so one faulty rule never hides the
 * others.
 *
 * <h2>Reading the report</h2>
 * The checker calls {@link #check(ReportView)}, which by default reads {@link ReportView#report()} and
 * calls {@link #check(Report)}. A rule that walks the indicators overrides {@link #check(ReportView)} to
 * use {@link ReportView#indicators()}, built once per report for every rule, and reports each finding at
 * {@link LocatedIndicator#path()}, the path the standard rules use; its {@link #check(Report)} then reads
 * {@code return check(ReportView.of(report));}.
 *
 * <h2>Which reports</h2>
 * {@link #applicability()} says which reports the rule is for (kinds of report and years); the checker
 * runs it on those only. By default a rule applies to every report.
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

  /**
   * Checks one report through its view, which {@link ReportChecker} builds once for every rule. By
   * default this is {@link #check(Report) check(view.report())}.
   *
   * @param view  the report's view, not null
   * @return the findings, possibly none; never null
   */
  default List<Finding> check(ReportView view) {
    return check(view.report());
  }

  /**
   * Returns which reports this rule applies to; the checker skips the others.
   *
   * @return the applicability; by default {@link Applicability#everyReport()}; never null
   */
  default Applicability applicability() {
    return Applicability.everyReport();
  }

  /**
   * Returns a rule made of its id, the reports it applies to and its body over a report's view: the way the
   * standard rules are made.
   *
   * @param id  the stable id, not blank
   * @param applicability  which reports it is for, not null
   * @param body  what it finds in a report's view; returns a list, never null
   * @return the rule, printing as its id; never null
   * @throws IllegalArgumentException if the id is blank
   */
  static Rule of(String id, Applicability applicability, Function<ReportView, List<Finding>> body) {
    requireNonNull(id, "id");
    requireNonNull(applicability, "applicability");
    requireNonNull(body, "body");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a rule's id must not be blank");
    }
    return new StandardRule(id, applicability, body);
  }
}
