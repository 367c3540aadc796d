package io.github.fazhi.examples;

import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.stats.CountChange;
import io.github.fazhi.stats.RateChange;
import io.github.fazhi.stats.Reports;
import io.github.fazhi.stats.TallyRate;
import java.time.Year;
import java.util.List;

/**
 * Shows a trend over years: year-over-year change of a count (as %) and of a rate (in percentage points),
 * like for like (only jurisdictions that state the number in both years). The district is
 * {@linkplain Illustrative made up}: no bundled jurisdiction has reports for several years.
 */
public final class TrendExample {
  private TrendExample() {}

  /**
   * Prints the trend.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    List<Report> years = List.of(
        Illustrative.district("甲区", 2019, 1000, 8, 6, 1, 6),
        Illustrative.district("甲区", 2020, 1200, 10, 8, 2, 8),
        Illustrative.district("甲区", 2021, 900, 12, 12, 3, 11));
    Reports stats = Reports.of(years);
    for (int year = 2019; year < 2021; year++) {
      Year from = Year.of(year);
      Year to = Year.of(year + 1);
      CountChange disputes = stats.change("mediation.disputes", from, to);
      RateChange correction = stats.rateChange(Procedure.RECONSIDERATION, TallyRate.CORRECTION, from, to);
      System.out.println(from + "→" + to + " (illustrative 甲区): 人民调解调处纠纷 " + disputes
          + "; 行政复议纠错率 " + correction);
    }
  }
}
