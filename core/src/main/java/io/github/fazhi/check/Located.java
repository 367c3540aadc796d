package io.github.fazhi.check;

import io.github.fazhi.Breakdown;
import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * An indicator with its place in a report, in the order of {@link Report#indicators()}: headline
 * numbers, then each work area's own numbers and its measures'; breakdown parts follow their whole.
 *
 * <p>The place is kept as indexes and written out as an attribute path only by {@link #path()}, which the
 * rules call when they report a finding: most indicators have none, and every rule walks every indicator.
 *
 * @param indicator  the indicator
 * @param whole  the indicator this one is a breakdown part of, or null
 * @param area  the work area's index, or -1 for a headline number
 * @param measure  the measure's index in its area, or -1 for a headline number or an area's own number
 * @param index  the index in its list (headline numbers, the area's or the measure's numbers, the parts)
 * @param breakdown  for a part, the index of its named breakdown in {@link Indicator#breakdowns()}, or -1
 *     for a part of {@link Indicator#parts()} and for a number that is no part
 */
record Located(Indicator indicator, @Nullable Located whole, int area, int measure, int index, int breakdown) {
  /**
   * The last report's indicators: the checker runs every rule on one report before the next, and most
   * rules walk every indicator, so they share one list instead of making one each. Reports are immutable,
   * so the same instance has the same indicators; threads that check reports in parallel only replace
   * each other's entry.
   */
  private static final AtomicReference<@Nullable Walked> LAST = new AtomicReference<>();

  private record Walked(Report report, List<Located> all) {}

  /**
   * Returns every indicator of the report with its place, in the order of {@link Report#indicators()}.
   *
   * @param report  the report
   * @return an unmodifiable list
   */
  static List<Located> all(Report report) {
    Walked last = LAST.get();
    if (last != null && last.report() == report) {
      return last.all();
    }
    List<Located> all = walk(report);
    LAST.set(new Walked(report, all));
    return all;
  }

  private static List<Located> walk(Report report) {
    List<Located> all = new ArrayList<>();
    List<Indicator> headline = report.headlineIndicators();
    for (int i = 0; i < headline.size(); i++) {
      add(all, new Located(headline.get(i), null, -1, -1, i, -1));
    }
    List<WorkArea> areas = report.workAreas();
    for (int a = 0; a < areas.size(); a++) {
      List<Indicator> own = areas.get(a).indicators();
      for (int i = 0; i < own.size(); i++) {
        add(all, new Located(own.get(i), null, a, -1, i, -1));
      }
      List<Measure> measures = areas.get(a).measures();
      for (int m = 0; m < measures.size(); m++) {
        List<Indicator> indicators = measures.get(m).indicators();
        for (int i = 0; i < indicators.size(); i++) {
          add(all, new Located(indicators.get(i), null, a, m, i, -1));
        }
      }
    }
    return Collections.unmodifiableList(all);
  }

  private static void add(List<Located> all, Located located) {
    all.add(located);
    List<Indicator> parts = located.indicator().parts();
    for (int p = 0; p < parts.size(); p++) {
      add(all, new Located(parts.get(p), located, located.area(), located.measure(), p, -1));
    }
    List<Breakdown> breakdowns = located.indicator().breakdowns();
    for (int b = 0; b < breakdowns.size(); b++) {
      List<Indicator> named = breakdowns.get(b).parts();
      for (int p = 0; p < named.size(); p++) {
        add(all, new Located(named.get(p), located, located.area(), located.measure(), p, b));
      }
    }
  }

  /**
   * Returns the attribute path: {@code headlineIndicators[0]}, {@code workAreas[1].indicators[0]},
   * {@code workAreas[1].measures[2].indicators[0].parts[1]}.
   *
   * @return the path, never null
   */
  String path() {
    StringBuilder path = new StringBuilder(48);
    appendPath(path);
    return path.toString();
  }

  private void appendPath(StringBuilder path) {
    if (whole != null) {
      whole.appendPath(path);
      if (breakdown >= 0) {
        path.append(".breakdowns[").append(breakdown).append(']');
      }
      path.append(".parts[").append(index).append(']');
    } else if (area < 0) {
      path.append("headlineIndicators[").append(index).append(']');
    } else if (measure < 0) {
      path.append("workAreas[").append(area).append("].indicators[").append(index).append(']');
    } else {
      path.append("workAreas[").append(area).append("].measures[").append(measure).append("].indicators[")
          .append(index).append(']');
    }
  }
}
