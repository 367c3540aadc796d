package io.github.fazhi.stats.opengov;

import static io.github.fazhi.testing.OpenGovReports.consistent;
import static io.github.fazhi.testing.OpenGovReports.consistentDisputes;
import static io.github.fazhi.testing.OpenGovReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fazhi.Report;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.testing.SeedReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 政府信息公开 statistics over a random split of reports merge to the statistics of the whole, in either
 * order, through {@code plus}, the accumulator and a parallel collector alike, and survive Java
 * serialization unchanged (the same properties as {@code StatisticsMergeProperties} for
 * {@code ReportStatistics}).
 */
class OpenGovStatisticsMergeProperties {
  private static final List<Report> POOL = pool();

  private static List<Report> pool() {
    List<Report> pool = new ArrayList<>();
    pool.add(SeedReport.report()); // no tables: adds nothing
    pool.add(report(OpenGovInfo.builder().applications(consistent(OpenGovLayout.FORMAT_2021, List.of(1, 3, 5), false))
        .disputes(consistentDisputes(List.of(2, 0, 1))).build()));
    pool.add(report(OpenGovInfo.builder().layout(OpenGovLayout.TRIAL_2019)
        .applications(consistent(OpenGovLayout.TRIAL_2019, List.of(4, 0, 7), true)).build()));
    pool.add(report(OpenGovInfo.builder().disputes(consistentDisputes(List.of(9, 1, 3, 4))).build()));
    // a table with gaps: unknown cells stay out of sums and coverage
    pool.add(report(OpenGovInfo.builder().applications(ApplicationTable.builder()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 12)
        .cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL, 5).build()).build()));
    pool.add(report(OpenGovInfo.builder().build()));
    return pool;
  }

  private static List<Report> picked(List<Integer> picks) {
    List<Report> reports = new ArrayList<>();
    picks.forEach(i -> reports.add(POOL.get(i)));
    return reports;
  }

  @Test
  void statisticsOfARandomSplit_mergeToTheStatisticsOfTheWhole() {
    qt().forAll(lists().of(integers().between(0, POOL.size() - 1)).ofSizeBetween(0, 12), integers().between(0, 12))
        .checkAssert((picks, cut) -> {
          List<Report> reports = picked(picks);
          int split = Math.min(cut, reports.size());
          OpenGovStatistics whole = OpenGovStatistics.of(reports);
          OpenGovStatistics left = OpenGovStatistics.of(reports.subList(0, split));
          OpenGovStatistics right = OpenGovStatistics.of(reports.subList(split, reports.size()));
          assertThat(left.plus(right)).isEqualTo(whole);
          assertThat(right.plus(left)).isEqualTo(whole);
          assertThat(reports.parallelStream().collect(OpenGovStatistics.toStatistics())).isEqualTo(whole);
          OpenGovStatisticsAccumulator accumulator = new OpenGovStatisticsAccumulator();
          accumulator.addAll(left);
          accumulator.addAll(right);
          assertThat(accumulator.snapshot()).isEqualTo(whole);
        });
  }

  @Test
  void aSerializedSnapshot_deserializesEqual_andMergesThere() {
    qt().forAll(lists().of(integers().between(0, POOL.size() - 1)).ofSizeBetween(0, 12), integers().between(0, 12))
        .checkAssert((picks, cut) -> {
          List<Report> reports = picked(picks);
          int split = Math.min(cut, reports.size());
          OpenGovStatistics left = OpenGovStatistics.of(reports.subList(0, split));
          OpenGovStatistics right = OpenGovStatistics.of(reports.subList(split, reports.size()));
          OpenGovStatistics copy = roundTrip(left);
          assertThat(copy).isEqualTo(left).hasSameHashCodeAs(left);
          assertThat(copy.plus(roundTrip(right))).isEqualTo(OpenGovStatistics.of(reports));
          assertThat(copy.correction(DisputeBlock.RECONSIDERATION)).isEqualTo(left.correction(DisputeBlock.RECONSIDERATION));
        });
  }

  @Test
  void plus_addsByHand() {
    // the report with gaps twice: 一 总计 12 + 12 over two reports; 自然人 stated by neither
    OpenGovStatistics one = OpenGovStatistics.of(List.of(POOL.get(4)));
    OpenGovStatistics two = one.plus(one);
    assertThat(two.reports()).isEqualTo(2);
    assertThat(two.received(ApplicantColumn.TOTAL)).isEqualTo(new OpenGovStatistics.Count(24, 2));
    assertThat(two.received(ApplicantColumn.NATURAL_PERSON)).isEqualTo(new OpenGovStatistics.Count(0, 0));
    // 予以公开 is stated but (七)总计 is not: no share
    assertThat(two.disclosed()).isEqualTo(new OpenGovStatistics.Share(0, 0, 0));
  }

  @Test
  void aTamperedStream_isRefused() throws Exception {
    byte[] bytes = serialize(OpenGovStatistics.of(List.of(POOL.get(1))));
    // a stream whose report count is negative, written from a snapshot broken through reflection
    java.lang.reflect.Field reports = OpenGovStatistics.class.getDeclaredField("reports");
    reports.setAccessible(true);
    OpenGovStatistics broken = OpenGovStatistics.of(List.of(POOL.get(1)));
    reports.setLong(broken, -1);
    assertThatThrownBy(() -> deserialize(serialize(broken))).isInstanceOf(InvalidObjectException.class);
    assertThat(deserialize(bytes)).isEqualTo(OpenGovStatistics.of(List.of(POOL.get(1))));
  }

  static OpenGovStatistics roundTrip(OpenGovStatistics statistics) {
    try {
      return deserialize(serialize(statistics));
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] serialize(OpenGovStatistics statistics) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(statistics);
    }
    return bytes.toByteArray();
  }

  private static OpenGovStatistics deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (OpenGovStatistics) in.readObject();
    }
  }
}
