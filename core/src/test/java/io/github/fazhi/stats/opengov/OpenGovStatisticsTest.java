package io.github.fazhi.stats.opengov;

import static io.github.fazhi.testing.OpenGovReports.consistent;
import static io.github.fazhi.testing.OpenGovReports.consistentDisputes;
import static io.github.fazhi.testing.OpenGovReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.testing.SeedReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class OpenGovStatisticsTest {
  private static Report department(long received, long natural, Long disclosed, long results, long upheld,
      long corrected, long other) {
    ApplicationTable.Builder table = ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, received)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, natural)
        .cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL, results)
        .cell(ApplicationRow.PARTLY_DISCLOSED, ApplicantColumn.TOTAL, 1)
        .cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, 2)
        .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 1);
    if (disclosed != null) {
      table.cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL, disclosed);
    }
    DisputeTable disputes = DisputeTable.builder()
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, upheld)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED, corrected)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.OTHER, other)
        .build();
    return report(OpenGovInfo.builder().applications(table.build()).disputes(disputes).build());
  }

  @Test
  void sumsAndShares_areRatiosOfSums_withCoverage() {
    List<Report> reports = List.of(
        department(10, 8, 6L, 10, 3, 1, 0),
        department(5, 5, null, 4, 0, 0, 0),
        department(2, 1, 1L, 2, 1, 1, 2),
        SeedReport.report());
    OpenGovStatistics stats = OpenGovStatistics.of(reports);
    assertThat(stats.reports()).isEqualTo(3);
    assertThat(stats.received(ApplicantColumn.TOTAL)).isEqualTo(new OpenGovStatistics.Count(17, 3));
    assertThat(stats.received(ApplicantColumn.NATURAL_PERSON)).isEqualTo(new OpenGovStatistics.Count(14, 3));
    assertThat(stats.received(ApplicantColumn.RESEARCH_INSTITUTION)).isEqualTo(new OpenGovStatistics.Count(0, 0));
    assertThat(stats.carriedOver()).isEqualTo(new OpenGovStatistics.Count(6, 3));
    assertThat(stats.carriedForward()).isEqualTo(new OpenGovStatistics.Count(3, 3));
    // the second report does not state 予以公开: its 4 results stay out of the denominator
    assertThat(stats.disclosed()).isEqualTo(new OpenGovStatistics.Share(7, 12, 2));
    assertThat(stats.disclosed().rate()).contains(Rate.of(7, 12));
    assertThat(stats.partlyDisclosed()).isEqualTo(new OpenGovStatistics.Share(3, 16, 3));
    // 纠正 ÷ (维持 + 纠正 + 其他): (1 + 0 + 1) ÷ (4 + 0 + 4)
    assertThat(stats.correction(DisputeBlock.RECONSIDERATION)).isEqualTo(new OpenGovStatistics.Share(2, 8, 3));
    assertThat(stats.correction(DisputeBlock.LITIGATION_DIRECT).rate()).isEmpty();
    assertThat(stats.correction(DisputeBlock.LITIGATION_DIRECT).reports()).isZero();
    assertThat(stats.toString()).contains("reports=3");
  }

  @Test
  void zeroDenominator_isEmpty() {
    OpenGovStatistics stats = OpenGovStatistics.of(List.of(department(0, 0, 0L, 0, 0, 0, 0)));
    assertThat(stats.disclosed()).isEqualTo(new OpenGovStatistics.Share(0, 0, 1));
    assertThat(stats.disclosed().rate()).isEmpty();
  }

  @Test
  public void testEquals() {
    Report a = department(10, 8, 6L, 10, 3, 1, 0);
    new EqualsTester()
        .addEqualityGroup(OpenGovStatistics.of(List.of(a)), OpenGovStatistics.of(List.of(a, SeedReport.report())))
        .addEqualityGroup(OpenGovStatistics.of(List.of(a, a)))
        .addEqualityGroup(OpenGovStatistics.of(List.of()))
        .testEquals();
  }

  @Test
  void merging_inAnyWay_isAddingOneByOne() {
    qt().forAll(lists().of(integers().between(0, 30)).ofSizeBetween(1, 30), integers().between(0, 30))
        .checkAssert((values, split) -> {
          List<Report> reports = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            OpenGovLayout layout = i % 2 == 0 ? OpenGovLayout.FORMAT_2021 : OpenGovLayout.TRIAL_2019;
            List<Integer> rotated = new ArrayList<>(values.subList(i, values.size()));
            rotated.addAll(values.subList(0, i));
            reports.add(report(OpenGovInfo.builder().layout(layout)
                .applications(consistent(layout, rotated, i % 3 == 0))
                .disputes(consistentDisputes(rotated)).build()));
          }
          OpenGovStatistics sequential = OpenGovStatistics.of(reports);
          int cut = Math.min(split, reports.size());
          OpenGovStatisticsAccumulator left = new OpenGovStatisticsAccumulator();
          OpenGovStatisticsAccumulator right = new OpenGovStatisticsAccumulator();
          reports.subList(0, cut).forEach(left::add);
          reports.subList(cut, reports.size()).forEach(right::add);
          right.addAll(left);
          assertThat(right.snapshot()).isEqualTo(sequential);
          assertThat(reports.parallelStream().collect(OpenGovStatistics.toStatistics())).isEqualTo(sequential);
          long received = reports.stream().mapToLong(r -> r.openGovInfo().orElseThrow().applications().orElseThrow()
              .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).orElseThrow()).sum();
          assertThat(sequential.received(ApplicantColumn.TOTAL).sum()).isEqualTo(received);
        });
  }
}
