package io.github.fazhi.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.fazhi.Report;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.testing.SeedReport;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ReportsTest {
  /** Reports are equal when they hold the same reports in the same order over the same catalogue. */
  @Test
  public void testEquals() {
    Report seed = SeedReport.report();
    Report jinghai = FactReports.jinghai2020();
    new EqualsTester()
        .addEqualityGroup(Reports.of(List.of(seed, jinghai)), Reports.of(List.of(seed, jinghai),
            IndicatorCatalog.standard()))
        .addEqualityGroup(Reports.of(List.of(jinghai, seed)))
        .addEqualityGroup(Reports.of(List.of(seed)))
        .addEqualityGroup(Reports.of(List.of(seed), IndicatorCatalog.empty()))
        .testEquals();
  }

  /** Nulls are refused (read by PackageSanityTests). */
  @Test
  public void testNulls() {
    NullPointerTester nulls = new NullPointerTester()
        .setDefault(Year.class, Year.of(2019))
        .setDefault(IndicatorCatalog.class, IndicatorCatalog.standard());
    nulls.testAllPublicStaticMethods(Reports.class);
    nulls.testAllPublicInstanceMethods(Reports.of(List.of(SeedReport.report())));
  }

  @Test
  void reports_keepTheirOrder_andGiveTheirStatistics() {
    Reports reports = Reports.of(List.of(FactReports.jinghai2020(), SeedReport.report()));
    assertThat(reports.reports()).containsExactly(FactReports.jinghai2020(), SeedReport.report());
    assertThat(reports.catalog()).isSameAs(IndicatorCatalog.standard());
    assertThat(reports.statistics()).isEqualTo(ReportStatistics.of(reports.reports()));
    assertThat(reports.years()).containsExactly(Year.of(2019), Year.of(2020));
    assertThat(reports.toString()).isEqualTo("Reports{2 reports}");
  }
}
