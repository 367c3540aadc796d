package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Breakdown;
import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import java.util.List;

/**
 * One report as the rules read it (检查视图): the report, and every indicator it states about its year
 * with its place ({@link LocatedIndicator}), breakdown parts included. {@link ReportChecker} builds it
 * once per report and hands it to every rule ({@link Rule#check(ReportView)}), so that rules walking the
 * indicators share one walk.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportView {
  private final Report report;
  private final ImmutableList<LocatedIndicator> indicators;

  private ReportView(Report report, ImmutableList<LocatedIndicator> indicators) {
    this.report = report;
    this.indicators = indicators;
  }

  /**
   * Obtains the view of a report.
   *
   * @param report  the report, not null
   * @return the view, never null
   */
  public static ReportView of(Report report) {
    requireNonNull(report, "report");
    ImmutableList.Builder<LocatedIndicator> all = ImmutableList.builder();
    List<Indicator> headline = report.headlineIndicators();
    for (int i = 0; i < headline.size(); i++) {
      add(all, new LocatedIndicator(headline.get(i), null, -1, -1, i, -1));
    }
    List<WorkArea> areas = report.workAreas();
    for (int a = 0; a < areas.size(); a++) {
      List<Indicator> own = areas.get(a).indicators();
      for (int i = 0; i < own.size(); i++) {
        add(all, new LocatedIndicator(own.get(i), null, a, -1, i, -1));
      }
      List<Measure> measures = areas.get(a).measures();
      for (int m = 0; m < measures.size(); m++) {
        List<Indicator> stated = measures.get(m).indicators();
        for (int i = 0; i < stated.size(); i++) {
          add(all, new LocatedIndicator(stated.get(i), null, a, m, i, -1));
        }
      }
    }
    return new ReportView(report, all.build());
  }

  private static void add(ImmutableList.Builder<LocatedIndicator> all, LocatedIndicator located) {
    all.add(located);
    List<Indicator> parts = located.indicator().parts();
    for (int p = 0; p < parts.size(); p++) {
      add(all, new LocatedIndicator(parts.get(p), located, located.area(), located.measure(), p, -1));
    }
    List<Breakdown> breakdowns = located.indicator().breakdowns();
    for (int b = 0; b < breakdowns.size(); b++) {
      List<Indicator> named = breakdowns.get(b).parts();
      for (int p = 0; p < named.size(); p++) {
        add(all, new LocatedIndicator(named.get(p), located, located.area(), located.measure(), p, b));
      }
    }
  }

  /**
   * Returns the report.
   *
   * @return the report, never null
   */
  public Report report() {
    return report;
  }

  /**
   * Returns every indicator of the report with its place, in the order of {@link Report#indicators()}:
   * headline numbers, then each work area's own numbers and its measures'; each breakdown's parts follow
   * their whole, depth first. Plan areas state next year's aims and are not included.
   *
   * @return the indicators, never null
   */
  public ImmutableList<LocatedIndicator> indicators() {
    return indicators;
  }

  /** Returns {@code ReportView{jurisdiction year, n indicators}}. */
  @Override
  public String toString() {
    return "ReportView{" + report.reporterName() + " " + report.year() + ", " + indicators.size()
        + " indicators}";
  }
}
