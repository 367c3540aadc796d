package io.github.fazhi.check;

import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator with its attribute path in a report, in the order of {@link Report#indicators()}: headline
 * numbers, then each work area's own numbers and its measures'; breakdown parts follow their whole.
 */
record Located(String path, Indicator indicator) {
  static List<Located> all(Report report) {
    List<Located> all = new ArrayList<>();
    List<Indicator> headline = report.headlineIndicators();
    for (int i = 0; i < headline.size(); i++) {
      add(all, "headlineIndicators[" + i + "]", headline.get(i));
    }
    List<WorkArea> areas = report.workAreas();
    for (int a = 0; a < areas.size(); a++) {
      List<Indicator> own = areas.get(a).indicators();
      for (int i = 0; i < own.size(); i++) {
        add(all, "workAreas[" + a + "].indicators[" + i + "]", own.get(i));
      }
      List<Measure> measures = areas.get(a).measures();
      for (int m = 0; m < measures.size(); m++) {
        List<Indicator> indicators = measures.get(m).indicators();
        for (int i = 0; i < indicators.size(); i++) {
          add(all, "workAreas[" + a + "].measures[" + m + "].indicators[" + i + "]", indicators.get(i));
        }
      }
    }
    return all;
  }

  private static void add(List<Located> all, String path, Indicator indicator) {
    all.add(new Located(path, indicator));
    for (int p = 0; p < indicator.parts().size(); p++) {
      add(all, path + ".parts[" + p + "]", indicator.parts().get(p));
    }
  }
}
