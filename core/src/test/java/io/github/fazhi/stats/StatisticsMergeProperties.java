package io.github.fazhi.stats;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fazhi.Decision;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.testing.SeedReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statistics over a random split of reports merge to the statistics of the whole, and survive Java
 * serialization unchanged.
 */
class StatisticsMergeProperties {
  private static final List<Report> POOL = pool();

  private static List<Report> pool() {
    List<Report> pool = new ArrayList<>(List.of(
        SeedReport.report(), FactReports.jinghai2020(), FactReports.miyun2022(), FactReports.wendeng2020(),
        FactReports.guizhou(), FactReports.dianjiang()));
    // tallies counting withdrawals both ways, qualifiers of all kinds
    pool.add(complete(jurisdiction("浈江区", "韶关市", JurisdictionLevel.COUNTY), 2019,
            count("mediation.disputes", "40", "件").qualifier(Qualifier.AT_LEAST).build(),
            count("study.sessions", "3", "次").build())
        .addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(5).accepted(4)
            .carriedOver(1).concluded(4).withdrawn(1).pending(1).putDecision(Decision.WITHDRAWN, 1)
            .putDecision(Decision.UPHELD, 3).outcomesComplete(true).build())
        .build());
    pool.add(complete(jurisdiction("武江区", "韶关市", JurisdictionLevel.COUNTY), 2020,
            count("mediation.disputes", "12", "件").qualifier(Qualifier.AT_MOST).build(),
            count("mediation.amount", "1.5", "万元").build())
        .addReview(ReviewTally.builder().procedure(Procedure.LITIGATION).received(7).accepted(7).build())
        .build());
    return pool;
  }

  @Test
  void statisticsOfARandomSplit_mergeToTheStatisticsOfTheWhole() {
    qt().forAll(lists().of(integers().between(0, POOL.size() - 1)).ofSizeBetween(0, 12), integers().between(0, 12))
        .checkAssert((picks, cut) -> {
          List<Report> reports = new ArrayList<>();
          picks.forEach(i -> reports.add(POOL.get(i)));
          int split = Math.min(cut, reports.size());
          ReportStatistics whole = ReportStatistics.of(reports);
          ReportStatistics left = ReportStatistics.of(reports.subList(0, split));
          ReportStatistics right = ReportStatistics.of(reports.subList(split, reports.size()));
          assertThat(left.plus(right)).isEqualTo(whole);
          assertThat(right.plus(left)).isEqualTo(whole);
          assertThat(reports.parallelStream().collect(ReportStatistics.toStatistics())).isEqualTo(whole);
          ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator();
          accumulator.addAll(left);
          accumulator.addAll(right);
          assertThat(accumulator.snapshot()).isEqualTo(whole);
          assertThat(accumulator.count()).isEqualTo(reports.size());
        });
  }

  @Test
  void aSerializedSnapshot_deserializesEqual_andMergesThere() {
    qt().forAll(lists().of(integers().between(0, POOL.size() - 1)).ofSizeBetween(0, 12), integers().between(0, 12))
        .checkAssert((picks, cut) -> {
          List<Report> reports = new ArrayList<>();
          picks.forEach(i -> reports.add(POOL.get(i)));
          int split = Math.min(cut, reports.size());
          ReportStatistics left = ReportStatistics.of(reports.subList(0, split));
          ReportStatistics right = ReportStatistics.of(reports.subList(split, reports.size()));
          ReportStatistics copy = roundTrip(left);
          assertThat(copy).isEqualTo(left).hasSameHashCodeAs(left);
          assertThat(copy.plus(roundTrip(right))).isEqualTo(ReportStatistics.of(reports));
          assertThat(copy.totals()).isEqualTo(left.totals());
        });
  }

  static ReportStatistics roundTrip(ReportStatistics statistics) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(statistics);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (ReportStatistics) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
