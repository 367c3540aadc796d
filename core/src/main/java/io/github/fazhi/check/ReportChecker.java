package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.check.opengov.OpenGovRules;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs consistency rules over reports (报告检查器) and returns every finding; it never throws for a
 * report, however inconsistent.
 *
 * <pre>{@code
 * ReportChecker checker = ReportChecker.standard().with(myRule);
 * List<Finding> findings = checker.check(report);
 * }</pre>
 *
 * <h2>Which reports</h2>
 * Each rule runs on the reports its {@link Rule#applicability()} names: {@link #check(Report)} skips a
 * rule that does not apply to the report, and {@link #checkSeries(Collection)} hands a series rule only
 * the reports it applies to. Every rule over one report reads one {@link ReportView}, built once.
 *
 * <h2>Failing rules</h2>
 * A rule that throws, or returns null, does not stop the others: the checker reports it as a
 * {@link #RULE_FAILED} ERROR finding naming the rule and the exception.
 *
 * <p>This class is immutable and thread-safe when its rules are.
 */
@Immutable
public final class ReportChecker {
  /**
   * ERROR: a rule threw an exception or returned null; the message names the rule and the exception.
   */
  public static final String RULE_FAILED = "checker.rule_failed";

  private static final ReportChecker STANDARD = standard(IndicatorCatalog.standard());

  @SuppressWarnings("Immutable") // rules are documented to be immutable
  private final ImmutableList<Rule> rules;

  @SuppressWarnings("Immutable")
  private final ImmutableList<SeriesRule> seriesRules;

  private ReportChecker(ImmutableList<Rule> rules, ImmutableList<SeriesRule> seriesRules) {
    this.rules = rules;
    this.seriesRules = seriesRules;
  }

  /**
   * Returns the checker of the standard rules ({@link StandardRules}), checking indicators against
   * {@link IndicatorCatalog#standard()}.
   *
   * @return the checker, never null
   */
  public static ReportChecker standard() {
    return STANDARD;
  }

  /**
   * Returns the checker of the standard rules, checking indicators against the given catalogue.
   *
   * @param catalog  the catalogue, not null
   * @return the checker, never null
   */
  public static ReportChecker standard(IndicatorCatalog catalog) {
    return new ReportChecker(StandardRules.rules(catalog), StandardRules.seriesRules());
  }

  /**
   * Returns a checker without rules, to build up with {@link #with(Rule)}.
   *
   * @return the checker, never null
   */
  public static ReportChecker empty() {
    return new ReportChecker(ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Returns a checker that also runs the given rule; a rule of the same id is replaced in place.
   *
   * @param rule  the rule, not null
   * @return the new checker, never null
   */
  public ReportChecker with(Rule rule) {
    requireNonNull(rule, "rule");
    return new ReportChecker(replace(rules, rule, safeId(rule::id), r -> safeId(r::id)), seriesRules);
  }

  /**
   * Returns a checker that also runs the given series rule; a series rule of the same id is replaced in
   * place.
   *
   * @param rule  the rule, not null
   * @return the new checker, never null
   */
  public ReportChecker with(SeriesRule rule) {
    requireNonNull(rule, "rule");
    return new ReportChecker(rules, replace(seriesRules, rule, safeId(rule::id), r -> safeId(r::id)));
  }

  /**
   * Returns a checker without the rule (or series rule) of the given id.
   *
   * @param ruleId  the id, not null
   * @return the new checker, never null
   */
  public ReportChecker without(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    return new ReportChecker(
        rules.stream().filter(r -> !safeId(r::id).equals(ruleId)).collect(ImmutableList.toImmutableList()),
        seriesRules.stream().filter(r -> !safeId(r::id).equals(ruleId)).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the rules over one report, in the order they run.
   *
   * @return the rules, never null
   */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * Returns the rules across reports, in the order they run.
   *
   * @return the rules, never null
   */
  public ImmutableList<SeriesRule> seriesRules() {
    return seriesRules;
  }

  /**
   * Checks one report with every rule that applies to it.
   *
   * @param report  the report, not null
   * @return every finding, rule by rule in order; never null
   */
  public ImmutableList<Finding> check(Report report) {
    requireNonNull(report, "report");
    ReportView view = ReportView.of(report);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Rule rule : rules) {
      runOn(rule, report, view, findings);
    }
    return findings.build();
  }

  /**
   * Checks a 政府信息公开 report's Table B (收到和处理政府信息公开申请情况) held apart from a report, by the four
   * standard rules over it: 一 + 二 = 三(七) + 四 in every column
   * ({@link StandardRules.OpenGov#APPLICATIONS_BALANCE}), (七)总计 as the sum of the results
   * ({@link StandardRules.OpenGov#RESULTS_TOTAL_MISMATCH}), each stated group as the sum of its sub-rows
   * ({@link StandardRules.OpenGov#GROUP_MISMATCH}) and each row's 总计 as the sum of its columns
   * ({@link StandardRules.OpenGov#ROW_TOTAL_MISMATCH}). As in {@link #check(Report)}, a relation is checked
   * only when every cell it needs is stated. For a reader choosing between readings of a printed table, say.
   *
   * @param table  the table, not null
   * @param layout  the layout it is printed in, not null
   * @return the findings, in the order of those rules; empty when every stated relation holds
   */
  public static ImmutableList<Finding> checkApplications(ApplicationTable table, OpenGovLayout layout) {
    requireNonNull(table, "table");
    requireNonNull(layout, "layout");
    return OpenGovRules.checkApplications(table, layout);
  }

  /**
   * Checks reports against each other with every series rule (carried-over against last year's
   * pending, duplicate reports). The reports' own findings come from {@link #check(Report)} or
   * {@link #checkAll(Collection)}.
   *
   * @param reports  the reports, in any order; not null
   * @return every finding of the series rules; never null
   */
  public ImmutableList<Finding> checkSeries(Collection<Report> reports) {
    requireNonNull(reports, "reports");
    List<Report> copy = List.copyOf(reports);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (SeriesRule rule : seriesRules) {
      findings.addAll(run(safeId(rule::id), () -> rule.check(applicable(rule.applicability(), copy))));
    }
    return findings.build();
  }

  /**
   * Checks every report on its own, with paths under {@code [jurisdiction year]}, and then the reports
   * against each other.
   *
   * @param reports  the reports, not null
   * @return every finding; never null
   */
  public ImmutableList<Finding> checkAll(Collection<Report> reports) {
    requireNonNull(reports, "reports");
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Report report : reports) {
      Path prefix = Path.inReport(report.reporterName(), report.year().getValue());
      for (Finding finding : check(report)) {
        findings.add(finding.under(prefix));
      }
    }
    return findings.addAll(checkSeries(reports)).build();
  }

  /** The reports a series rule applies to, in their order. */
  private static List<Report> applicable(Applicability applicability, List<Report> reports) {
    if (applicability.equals(Applicability.everyReport())) {
      return reports;
    }
    List<Report> applicable = new ArrayList<>(reports.size());
    for (Report report : reports) {
      if (applicability.appliesTo(report)) {
        applicable.add(report);
      }
    }
    return applicable;
  }

  private static String safeId(Supplier<String> id) {
    try {
      String value = id.get();
      return value == null ? "(unnamed rule)" : value;
    } catch (RuntimeException e) {
      return "(unnamed rule)";
    }
  }

  /**
   * Runs one rule on one report, adding its findings, or one {@link #RULE_FAILED} finding when it throws,
   * returns null or returns a null finding. Most rules find nothing in most reports, so nothing is
   * allocated for a rule that finds nothing, and the rule's id is only asked for when it fails.
   */
  private static void runOn(Rule rule, Report report, ReportView view, ImmutableList.Builder<Finding> findings) {
    List<Finding> result;
    try {
      Applicability applicability = rule.applicability();
      if (applicability != Applicability.everyReport() && !applicability.appliesTo(report)) {
        return;
      }
      result = rule.check(view);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      findings.add(Finding.of(RULE_FAILED, Severity.ERROR, Path.root(), "rule " + safeId(rule::id) + " failed: " + e));
      return;
    }
    if (result == null) {
      findings.add(Finding.of(RULE_FAILED, Severity.ERROR, Path.root(), "rule " + safeId(rule::id) + " returned null"));
      return;
    }
    if (result.isEmpty()) {
      return;
    }
    for (Finding finding : result) {
      if (finding == null) {
        findings.add(Finding.of(RULE_FAILED, Severity.ERROR, Path.root(),
            "rule " + safeId(rule::id) + " returned a null finding"));
        return;
      }
    }
    findings.addAll(result);
  }

  private static List<Finding> run(String ruleId, Supplier<List<Finding>> body) {
    List<Finding> result;
    try {
      result = body.get();
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      return List.of(Finding.of(RULE_FAILED, Severity.ERROR, Path.root(),
          "rule " + ruleId + " failed: " + e));
    }
    if (result == null) {
      return List.of(Finding.of(RULE_FAILED, Severity.ERROR, Path.root(), "rule " + ruleId + " returned null"));
    }
    List<Finding> copy = new ArrayList<>(result.size());
    for (Finding finding : result) {
      if (finding == null) {
        return List.of(Finding.of(RULE_FAILED, Severity.ERROR, Path.root(),
            "rule " + ruleId + " returned a null finding"));
      }
      copy.add(finding);
    }
    return copy;
  }

  private static <T> ImmutableList<T> replace(
      ImmutableList<T> list, T added, String id, java.util.function.Function<T, String> idOf) {
    List<T> copy = new ArrayList<>(list);
    for (int i = 0; i < copy.size(); i++) {
      if (id.equals(idOf.apply(copy.get(i)))) {
        copy.set(i, added);
        return ImmutableList.copyOf(copy);
      }
    }
    copy.add(added);
    return ImmutableList.copyOf(copy);
  }

  /** Returns {@code ReportChecker{rule ids…}}. */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(safeId(r::id)));
    seriesRules.forEach(r -> ids.add(safeId(r::id)));
    return "ReportChecker" + ids;
  }
}
