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

  @Test
  void groupBy_withACollector_givesEachGroupsOpenGovStatistics_keyedLikeTheOthers() {
    Report openGov2021 = io.github.fazhi.testing.OpenGovReports.report(2021, io.github.fazhi.opengov.OpenGovInfo
        .builder().applications(io.github.fazhi.opengov.ApplicationTable.builder()
            .cell(io.github.fazhi.opengov.ApplicationRow.NEW_RECEIVED, io.github.fazhi.opengov.ApplicantColumn.TOTAL, 4)
            .build()).build());
    Reports reports = Reports.of(List.of(SeedReport.report(), openGov2021, FactReports.jinghai2020()));
    var byYear = reports.groupBy(Grouping.YEAR, io.github.fazhi.stats.opengov.OpenGovStatistics.toStatistics());
    assertThat(byYear.keySet()).containsExactlyElementsOf(reports.groupBy(Grouping.YEAR).keySet());
    assertThat(byYear.keySet()).containsExactly("2019", "2020", "2021");
    assertThat(byYear.get("2019").reports()).isZero();
    assertThat(byYear.get("2021").reports()).isEqualTo(1);
    assertThat(byYear.get("2021").received(io.github.fazhi.opengov.ApplicantColumn.TOTAL).sum()).isEqualTo(4);
    assertThat(reports.openGovStatistics().reports()).isEqualTo(1);
  }
}
