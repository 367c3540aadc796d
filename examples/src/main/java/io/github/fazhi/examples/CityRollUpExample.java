package io.github.fazhi.examples;

import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.stats.Grouping;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.stats.Reports;
import io.github.fazhi.stats.TallyRate;
import java.util.List;

/**
 * Shows a city roll-up over its districts: {@link ReportStatistics} sums the districts' catalogue
 * numbers and tallies, and computes the city's rates as ratios of sums (never an average of the districts'
 * percentages); {@link Reports#groupBy(Grouping)} with {@link Grouping#PARENT} groups reports under their city. The three districts are
 * {@linkplain Illustrative made up}; the second part groups the real bundled reports by parent.
 */
public final class CityRollUpExample {
  private CityRollUpExample() {}

  /**
   * Prints the roll-up.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    List<Report> districts = List.of(
        Illustrative.district("甲区", 2020, 1200, 10, 8, 2, 8),
        Illustrative.district("乙区", 2020, 800, 30, 27, 3, 25),
        Illustrative.district("丙区", 2020, 500, 5, 5, 1, 4));
    ReportStatistics city = Reports.of(districts).groupBy(Grouping.PARENT).get(Illustrative.CITY);
    if (city == null) {
      throw new IllegalStateException("no reports of " + Illustrative.CITY);
    }
    System.out.println(Illustrative.CITY + " (illustrative): " + city.reportCount() + " districts");
    System.out.println("  人民调解调处纠纷 " + city.total("mediation.disputes").total());
    for (TallyRate rate : TallyRate.values()) {
      System.out.println("  行政复议" + rate.chinese() + " "
          + city.rate(Procedure.RECONSIDERATION, rate).map(r -> r + " = " + r.percent(1) + "%").orElse("—"));
    }

    System.out.println("bundled reports by parent:");
    Reports.of(BundledReports.all()).groupBy(Grouping.PARENT).forEach((parent, stats) ->
        System.out.println("  " + parent + ": " + stats.reportCount() + " report(s), years " + stats.years()));
  }
}
