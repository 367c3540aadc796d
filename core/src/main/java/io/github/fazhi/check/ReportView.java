package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Breakdown;
import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.opengov.OpenGovSection;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
  /** The catalogue entries of the indicators for the catalogue last asked; see {@link #entries}. */
  private volatile @Nullable Entries entries;

  private record Entries(IndicatorCatalog catalog, @Nullable CatalogEntry[] byPosition) {}

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
    Walk walk = new Walk();
    List<Indicator> headline = report.headlineIndicators();
    for (int i = 0; i < headline.size(); i++) {
      walk.add(headline.get(i), null, null, -1, -1, i, -1);
    }
    List<WorkArea> areas = report.workAreas();
    for (int a = 0; a < areas.size(); a++) {
      List<Indicator> own = areas.get(a).indicators();
      for (int i = 0; i < own.size(); i++) {
        walk.add(own.get(i), null, null, a, -1, i, -1);
      }
      List<Measure> measures = areas.get(a).measures();
      for (int m = 0; m < measures.size(); m++) {
        List<Indicator> stated = measures.get(m).indicators();
        for (int i = 0; i < stated.size(); i++) {
          walk.add(stated.get(i), null, null, a, m, i, -1);
        }
      }
    }
    report.openGovInfo().ifPresent(info -> {
      for (OpenGovSection section : info.sectionIndicators().keySet()) {
        List<Indicator> stated = info.sectionIndicators().get(section);
        for (int i = 0; i < stated.size(); i++) {
          walk.add(stated.get(i), null, section, -1, -1, i, -1);
        }
      }
    });
    return new ReportView(report, walk.all.build());
  }

  /** The walk over a report's indicators, each whole followed by its parts, depth first. */
  private static final class Walk {
    final ImmutableList.Builder<LocatedIndicator> all = ImmutableList.builder();
    int size;

    void add(Indicator indicator, @Nullable LocatedIndicator whole, @Nullable OpenGovSection section, int area,
        int measure, int index, int breakdown) {
      LocatedIndicator located =
          new LocatedIndicator(indicator, whole, section, area, measure, index, breakdown, size++);
      all.add(located);
      List<Indicator> parts = indicator.parts();
      for (int p = 0; p < parts.size(); p++) {
        add(parts.get(p), located, section, area, measure, p, -1);
      }
      List<Breakdown> breakdowns = indicator.breakdowns();
      for (int b = 0; b < breakdowns.size(); b++) {
        List<Indicator> named = breakdowns.get(b).parts();
        for (int p = 0; p < named.size(); p++) {
          add(named.get(p), located, section, area, measure, p, b);
        }
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
   * headline numbers, then each work area's own numbers and its measures', then the numbers of the
   * sections of a 政府信息公开工作年度报告 ({@link io.github.fazhi.opengov.OpenGovInfo#sectionIndicators()}); each
   * breakdown's parts follow
   * their whole, depth first. Plan areas state next year's aims and are not included.
   *
   * @return the indicators, never null
   */
  public ImmutableList<LocatedIndicator> indicators() {
    return indicators;
  }

  /**
   * Returns the catalogue entry of each indicator, by its {@link LocatedIndicator#position()}: null where
   * the indicator has no code or the catalogue does not have it. The four catalogue rules each read every
   * indicator's entry, so the entries are looked up once per report and catalogue, and kept for the
   * catalogue last asked. The caller must not change the array.
   */
  @Nullable CatalogEntry[] entries(IndicatorCatalog catalog) {
    Entries last = entries;
    if (last != null && last.catalog() == catalog) {
      return last.byPosition();
    }
    @Nullable CatalogEntry[] byPosition = new CatalogEntry[indicators.size()];
    for (int i = 0; i < byPosition.length; i++) {
      String code = indicators.get(i).code();
      byPosition[i] = code == null ? null : catalog.entry(code).orElse(null);
    }
    entries = new Entries(catalog, byPosition);
    return byPosition;
  }

  /** Returns {@code ReportView{jurisdiction year, n indicators}}. */
  @Override
  public String toString() {
    return "ReportView{" + report.reporterName() + " " + report.year() + ", " + indicators.size()
        + " indicators}";
  }
}
