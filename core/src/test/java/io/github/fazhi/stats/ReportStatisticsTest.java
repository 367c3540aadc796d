package io.github.fazhi.stats;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Decision;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.UnitMismatchException;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ReportStatisticsTest {
  /** Statistics are equal when made from the same reports, whichever way (read by PackageSanityTests). */
  @Test
  public void testEquals() {
    io.github.fazhi.Report seed = io.github.fazhi.testing.SeedReport.report();
    io.github.fazhi.Report jinghai = FactReports.jinghai2020();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(ReportStatistics.of(List.of(seed, jinghai)),
            ReportStatistics.of(List.of(seed)).plus(ReportStatistics.of(List.of(jinghai))),
            java.util.stream.Stream.of(seed, jinghai).collect(ReportStatistics.toStatistics()))
        .addEqualityGroup(ReportStatistics.of(List.of(seed)))
        .addEqualityGroup(ReportStatistics.of(List.of()))
        .testEquals();
  }

  /** Nulls are refused (read by PackageSanityTests). */
  @Test
  public void testNulls() {
    com.google.common.testing.NullPointerTester nulls = new com.google.common.testing.NullPointerTester()
        .setDefault(java.time.Year.class, java.time.Year.of(2019))
        .setDefault(io.github.fazhi.catalog.IndicatorCatalog.class, io.github.fazhi.catalog.IndicatorCatalog.standard());
    nulls.testAllPublicStaticMethods(ReportStatistics.class);
    nulls.testAllPublicInstanceMethods(ReportStatistics.of(List.of(io.github.fazhi.testing.SeedReport.report())));
  }

  private static final Jurisdiction QUJIANG = SeedReport.jurisdiction();
  private static final Jurisdiction DIANJIANG = jurisdiction("垫江县", "重庆市", JurisdictionLevel.COUNTY);

  /** The seed plus three reports transcribed from shared/domain/facts. */
  private final List<Report> reports =
      List.of(SeedReport.report(), FactReports.jinghai2020(), FactReports.miyun2022(), FactReports.wendeng2020());

  private final ReportStatistics stats = ReportStatistics.of(reports);

  @Test
  void totals_comeWithTheirCoverage() {
    assertThat(stats.reportCount()).isEqualTo(4);
    // only the seed states people's-mediation disputes: 1338宗, counted in 件
    IndicatorTotal disputes = stats.total("mediation.disputes");
    assertThat(disputes.total().sum()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1338"));
    assertThat(disputes.total().unit()).hasValue(Unit.of("件"));
    assertThat(disputes.total().qualifier()).hasValue(Qualifier.EXACT);
    assertThat(disputes.coverage()).isEqualTo(1);
    assertThat(disputes.reports()).isEqualTo(4);
    assertThat(disputes.isComplete()).isFalse();
    // 静海: 515 items, and its breakdown parts 218 and 297 are totalled under their own codes
    assertThat(stats.total("service.items").total().sum()).hasValue(BigDecimal.valueOf(515));
    assertThat(stats.total("service.items_licensing").total().sum()).hasValue(BigDecimal.valueOf(218));
    assertThat(stats.total("service.items_other").total().sum()).hasValue(BigDecimal.valueOf(297));
    // 密云 "100余次": the total is honest, more than 100
    assertThat(stats.total("study.sessions").total().qualifier()).hasValue(Qualifier.MORE_THAN);
    // nobody states legal-aid cases: unknown, not zero
    assertThat(stats.total("legal_aid.cases").total().sum()).isEmpty();
    assertThat(stats.total("legal_aid.cases").coverage()).isZero();
    assertThat(stats.totals()).containsKeys("mediation.disputes", "service.items", "legal_adviser.services")
        .doesNotContainKey("legal_aid.cases");
    assertThat(disputes.toString()).isEqualTo("mediation.disputes: Total{EXACT 1338 件, 1 value} (1/4 reports)");
  }

  @Test
  void reviewCounts_areSummedCountByCount_eachWithItsCoverage() {
    // seed: received 11, accepted 9, withdrawn 3, concluded 6 (withdrawals apart), pending 0;
    // 文登: received 0, pending 0, accepted and concluded not stated
    IndicatorTotal received = stats.count(Procedure.RECONSIDERATION, ReviewCount.RECEIVED);
    assertThat(received.total().sum()).hasValue(BigDecimal.valueOf(11)); // 11 + 0
    assertThat(received.coverage()).isEqualTo(2);
    IndicatorTotal accepted = stats.count(Procedure.RECONSIDERATION, ReviewCount.ACCEPTED);
    assertThat(accepted.total().sum()).hasValue(BigDecimal.valueOf(9)); // the seed alone states it
    assertThat(accepted.coverage()).isEqualTo(1);
    assertThat(accepted.reports()).isEqualTo(4);
    assertThat(stats.count(Procedure.RECONSIDERATION, ReviewCount.PENDING).coverage()).isEqualTo(2);
    // the acceptance rate is 9/11 over the one report that states both counts (文登 has no accepted)
    assertThat(stats.rate(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE)).hasValue(Rate.of(9, 11));
    assertThat(stats.rateCoverage(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE)).isEqualTo(1);
    // closure: (6 + 3 withdrawn) / (9 + carried over unknown) is unknown
    assertThat(stats.rate(Procedure.RECONSIDERATION, TallyRate.CLOSURE)).isEmpty();
    assertThat(stats.rateCoverage(Procedure.RECONSIDERATION, TallyRate.CLOSURE)).isZero();
    // litigation: only 文登's all-routes tally counts, not its DIRECT one
    assertThat(stats.count(Procedure.LITIGATION, ReviewCount.RECEIVED).coverage()).isEqualTo(1);
    assertThat(stats.total("litigation.received").total().sum()).hasValue(BigDecimal.ZERO);
  }

  @Test
  void aCountStatedInTheTallyAndAsACodedIndicator_isOneQuantity() {
    // the seed states 11 received both in its tally and as reconsideration.received (11宗): one total of
    // 11, not 22; it counts the 3 withdrawn apart from the 6 concluded, so concluded is 9 in the official
    // sense, under the catalogue code too
    ReportStatistics seed = ReportStatistics.of(List.of(SeedReport.report()));
    assertThat(seed.total("reconsideration.received").total().sum()).hasValue(BigDecimal.valueOf(11));
    assertThat(seed.total("reconsideration.received"))
        .isEqualTo(seed.count(Procedure.RECONSIDERATION, ReviewCount.RECEIVED));
    assertThat(seed.total("reconsideration.concluded").total().sum()).hasValue(BigDecimal.valueOf(9));
    // a report that states the count only as a coded indicator adds to the same total
    Report coded = complete(DIANJIANG, 2019, count("reconsideration.received", "4", "宗").build(),
        count("reconsideration.accepted", "3", "件").build()).build();
    ReportStatistics both = ReportStatistics.of(List.of(SeedReport.report(), coded));
    IndicatorTotal received = both.count(Procedure.RECONSIDERATION, ReviewCount.RECEIVED);
    assertThat(received.total().sum()).hasValue(BigDecimal.valueOf(15));
    assertThat(received.coverage()).isEqualTo(2);
    // and so to the rate of the same name: (9 + 3) / (11 + 4)
    assertThat(both.rate(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE)).hasValue(Rate.of(12, 15));
    assertThat(both.ratio("reconsideration.acceptance_rate")).hasValue(Rate.of(12, 15));
  }

  @Test
  void aCatalogueRatioThatIsAReviewRate_isComputedFromTalliesToo() {
    // corrected 2 of 8 concluded in a tally: reconsideration.correction_rate is the tally's rate
    ReviewTally tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(10).accepted(8)
        .concluded(8).putDecision(Decision.REVOKED, 2).putDecision(Decision.UPHELD, 6).outcomesComplete(true)
        .build();
    ReportStatistics one = ReportStatistics.of(List.of(complete(QUJIANG, 2020).addReview(tally).build()));
    assertThat(one.ratio("reconsideration.correction_rate")).hasValue(Rate.of(2, 8));
    assertThat(one.rate(Procedure.RECONSIDERATION, TallyRate.CORRECTION)).hasValue(Rate.of(2, 8));
    assertThat(one.ratioCoverage("reconsideration.correction_rate")).isEqualTo(1);
    assertThat(one.total("reconsideration.corrected").total().sum()).hasValue(BigDecimal.valueOf(2));
    assertThat(one.rate(Procedure.LITIGATION, TallyRate.CORRECTION)).isEmpty();
  }

  @Test
  void groups_byYearParentLevelAndJurisdiction() {
    Reports stats = Reports.of(reports);
    assertThat(stats.groupBy(Grouping.YEAR)).containsOnlyKeys("2019", "2020", "2022");
    assertThat(stats.groupBy(Grouping.YEAR).get("2020").reportCount()).isEqualTo(2); // 静海 and 文登
    assertThat(stats.groupBy(Grouping.PARENT)).containsOnlyKeys("韶关市", "天津市", "北京市", "威海市");
    assertThat(stats.groupBy(Grouping.LEVEL)).containsOnlyKeys("COUNTY");
    assertThat(stats.groupBy(Grouping.JURISDICTION).keySet()).containsExactly("密云区", "文登区", "曲江区", "静海区");
    assertThat(stats.groupBy(Report::kind)).hasSize(2);
    assertThat(stats.years()).containsExactly(Year.of(2019), Year.of(2020), Year.of(2022));
    assertThat(this.stats.years()).containsExactly(Year.of(2019), Year.of(2020), Year.of(2022));
    assertThat(Grouping.PARENT.chinese()).isEqualTo("上级");
    // a report without a parent is left out of the PARENT grouping
    Reports province = Reports.of(List.of(FactReports.guizhou()));
    assertThat(province.groupBy(Grouping.PARENT)).isEmpty();
  }

  @Test
  void ratesAcrossReports_areRatiosOfSums_neverAveragesOfPercentages() {
    // 贵州 410,942 / 417,242 (98.49%) and 垫江 8,693 / 8,710 (99.8%):
    // (410,942 + 8,693) / (417,242 + 8,710) = 419,635 / 425,952 = 98.5170%; an average would be 99.145%.
    ReportStatistics both = ReportStatistics.of(List.of(FactReports.guizhou(), FactReports.dianjiang()));
    assertThat(both.ratio("mediation.success_rate")).hasValue(Rate.of(419_635, 425_952));
    assertThat(both.ratio("mediation.success_rate").orElseThrow().percent(2)).isEqualByComparingTo("98.52");
    assertThat(both.ratioCoverage("mediation.success_rate")).isEqualTo(2);
    // the seed states a 99% success rate but no basis and no success count: it does not contribute
    assertThat(stats.ratio("mediation.success_rate")).isEmpty();
    assertThat(stats.ratioCoverage("mediation.success_rate")).isZero();
  }

  @Test
  void aStatedBasis_contributesWhenTheCountsAreNotStated() {
    Report withBasis = complete(QUJIANG, 2020, io.github.fazhi.testing.TestReports.percent("mediation.success_rate", "99")
        .basis(Rate.of(99, 100)).build()).build();
    assertThat(ReportStatistics.of(List.of(withBasis)).ratio("mediation.success_rate")).hasValue(Rate.of(99, 100));
  }

  @Test
  void codesMustBeOfTheRightAggregation() {
    assertThatThrownBy(() -> stats.total("mediation.success_rate"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RATIO(");
    assertThatThrownBy(() -> stats.ratio("mediation.disputes")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stats.total("no.such")).hasMessageContaining("no.such");
  }

  @Test
  void unitsThatFitTheEntryButCountDifferentThings_failLoudly() {
    // legal_adviser.services takes 件(次), 件 or 次; 件 and 次 do not add
    Report a = complete(QUJIANG, 2019, count("legal_adviser.services", "995", "件").build()).build();
    Report b = complete(QUJIANG, 2020, count("legal_adviser.services", "5", "次").build()).build();
    assertThatThrownBy(() -> ReportStatistics.of(List.of(a, b))).isInstanceOf(UnitMismatchException.class);
    // a unit that does not fit the entry is left out (the checker warns about it)
    Report people = complete(QUJIANG, 2020, count("mediation.disputes", "5", "人").build()).build();
    assertThat(ReportStatistics.of(List.of(people)).total("mediation.disputes").coverage()).isZero();
  }

  @Test
  void yearOverYear_isPercentForCountsAndPointsForRates_likeForLike() {
    // Illustrative numbers (not from a source): 曲江区 2020 with 1,472 disputes and 16 of 20 accepted.
    Report y2020 = complete(QUJIANG, 2020, count("mediation.disputes", "1472", "宗").build())
        .addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(20).accepted(16).build())
        .build();
    Report otherCounty = complete(jurisdiction("垫江县", "重庆市", JurisdictionLevel.COUNTY), 2020,
        count("mediation.disputes", "8710", "件").build()).build();
    Reports series = Reports.of(List.of(SeedReport.report(), y2020, otherCounty));
    CountChange change = series.change("mediation.disputes", Year.of(2019), Year.of(2020));
    // like for like: only 曲江区 states it in both years (垫江 only in 2020)
    assertThat(change.jurisdictions()).isEqualTo(1);
    // 1,472 − 1,338 = 134; 134 / 1,338 = 10.0149…% → 10.01
    assertThat(change.difference()).hasValue(BigDecimal.valueOf(134));
    assertThat(change.percent(2, RoundingMode.HALF_UP)).hasValue(new BigDecimal("10.01"));
    // acceptance 9/11 = 81.818…% → 16/20 = 80%: −1.818… points → −1.82
    RateChange acceptance = series.rateChange(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE, Year.of(2019),
        Year.of(2020));
    assertThat(acceptance.from()).hasValue(Rate.of(9, 11));
    assertThat(acceptance.to()).hasValue(Rate.of(16, 20));
    assertThat(acceptance.points(2, RoundingMode.HALF_UP)).hasValue(new BigDecimal("-1.82"));
    assertThat(acceptance.jurisdictions()).isEqualTo(1);
  }

  @Test
  void yearOverYear_betweenDifferentJurisdictions_isUnknown() {
    // the seed (曲江 2019) and 静海 (2020) share no jurisdiction
    CountChange change = Reports.of(reports).change("mediation.disputes", Year.of(2019), Year.of(2020));
    assertThat(change.jurisdictions()).isZero();
    assertThat(change.isComparable()).isFalse();
    assertThat(change.difference()).isEmpty();
    assertThat(change.percent(1, RoundingMode.HALF_UP)).isEmpty();
    RateChange rate = Reports.of(reports).rateChange("mediation.success_rate", Year.of(2019), Year.of(2020));
    assertThat(rate.points(1, RoundingMode.HALF_UP)).isEmpty();
    assertThat(rate.from()).isEmpty();
  }

  @Test
  void yearOverYear_ofApproximateTotals_orFromZero_hasNoPercentage() {
    Report y2019 = complete(QUJIANG, 2019, count("legal_aid.cases", "0", "件").build(),
        count("mediation.disputes", "100", "件").qualifier(Qualifier.APPROXIMATELY).build()).build();
    Report y2020 = complete(QUJIANG, 2020, count("legal_aid.cases", "5", "件").build(),
        count("mediation.disputes", "120", "件").build()).build();
    Reports series = Reports.of(List.of(y2019, y2020));
    CountChange fromZero = series.change("legal_aid.cases", Year.of(2019), Year.of(2020));
    assertThat(fromZero.difference()).hasValue(BigDecimal.valueOf(5));
    assertThat(fromZero.percent(1, RoundingMode.HALF_UP)).isEmpty();
    CountChange approximate = series.change("mediation.disputes", Year.of(2019), Year.of(2020));
    assertThat(approximate.isComparable()).isFalse();
    assertThat(approximate.difference()).isEmpty();
    assertThatThrownBy(() -> approximate.percent(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rateChangeOfACatalogueRatio_isInPercentagePoints() {
    // 垫江 8,693 / 8,710 in 2022 (docs/domain.md, 'The indicator catalogue'); illustrative 2021: 8,000 / 8,100 = 98.765…%
    // 99.8048…% − 98.7654…% = 1.0394… points → 1.04
    Report y2021 = complete(jurisdiction("垫江县", "重庆市", JurisdictionLevel.COUNTY), 2021,
        count("mediation.disputes", "8100", "件").build(), count("mediation.succeeded", "8000", "件").build())
        .build();
    Reports series = Reports.of(List.of(y2021, FactReports.dianjiang()));
    RateChange change = series.rateChange("mediation.success_rate", Year.of(2021), Year.of(2022));
    assertThat(change.points(2, RoundingMode.HALF_UP)).hasValue(new BigDecimal("1.04"));
    assertThatThrownBy(() -> change.points(-1, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
    assertThat(change.toString()).isEqualTo("RateChange{8000/8100 -> 8693/8710, 1 jurisdictions}");
  }

  @Test
  void statisticsMerge_andCollect_toTheStatisticsOfTheWhole() {
    ReportStatistics first = ReportStatistics.of(reports.subList(0, 2));
    ReportStatistics second = ReportStatistics.of(reports.subList(2, 4));
    assertThat(first.plus(second)).isEqualTo(stats);
    assertThat(reports.parallelStream().collect(ReportStatistics.toStatistics())).isEqualTo(stats);
    assertThat(stats.hashCode()).isEqualTo(first.plus(second).hashCode());
    assertThat(stats.toString()).startsWith("ReportStatistics{4 reports");
    ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator();
    accumulator.addAll(first);
    accumulator.addAll(new ReportStatisticsAccumulator());
    assertThat(accumulator.count()).isEqualTo(2);
    assertThat(accumulator.catalog()).isEqualTo(IndicatorCatalog.standard());
    assertThatThrownBy(() -> accumulator.addAll(new ReportStatisticsAccumulator(IndicatorCatalog.empty())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statisticsOverAnotherCatalogue_totalOnlyItsCodes() {
    ReportStatistics none = ReportStatistics.of(reports, IndicatorCatalog.empty());
    // no catalogue code is totalled; the review counts of the tallies still are, under their own codes
    assertThat(none.totals()).doesNotContainKey("mediation.disputes")
        .containsKey("reconsideration.received")
        .allSatisfy((code, total) -> assertThat(code).isEqualTo(total.code()).matches("(reconsideration|litigation)\\..*"));
    assertThatThrownBy(() -> none.total("mediation.disputes")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mediation.disputes");
    assertThatThrownBy(() -> none.ratio("mediation.success_rate")).isInstanceOf(IllegalArgumentException.class);
    assertThat(none.rate(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE)).hasValue(Rate.of(9, 11));
    assertThat(none.catalog()).isEqualTo(IndicatorCatalog.empty());
    assertThat(none).isNotEqualTo(stats);
    assertThat(reports.stream().collect(ReportStatistics.toStatistics(IndicatorCatalog.empty()))).isEqualTo(none);
  }

  @Test
  void tallyRates_haveTheirBasesAndChineseNames() {
    ReviewTally tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(10).accepted(8)
        .carriedOver(2).concluded(8).putDecision(Decision.REVOKED, 2).putDecision(Decision.MEDIATED, 1)
        .putDecision(Decision.UPHELD, 5).outcomesComplete(true).build();
    assertThat(TallyRate.ACCEPTANCE.of(tally)).hasValue(Rate.of(8, 10));
    assertThat(TallyRate.CLOSURE.of(tally)).hasValue(Rate.of(8, 10));
    assertThat(TallyRate.CORRECTION.of(tally)).hasValue(Rate.of(2, 8));
    assertThat(TallyRate.MEDIATION.of(tally)).hasValue(Rate.of(1, 8));
    assertThat(TallyRate.CORRECTION.chinese()).isEqualTo("纠错率");
    assertThat(TallyRate.CORRECTION.code(Procedure.RECONSIDERATION)).isEqualTo("reconsideration.correction_rate");
    assertThat(TallyRate.MEDIATION.numerator()).isEqualTo(ReviewCount.MEDIATED);
    assertThat(TallyRate.MEDIATION.denominator()).isEqualTo(ReviewCount.CONCLUDED);
    // a rate with an unknown count is empty
    ReviewTally noAccepted = ReviewTally.builder().procedure(Procedure.LITIGATION).received(3).build();
    assertThat(TallyRate.ACCEPTANCE.of(noAccepted)).isEmpty();
    assertThat(ReviewCount.MEDIATED.of(noAccepted)).isEmpty();
    assertThat(ReviewCount.CARRIED_OVER.of(tally)).hasValue(2);
    assertThat(ReviewCount.UNDER_REVIEW.of(tally)).hasValue(10);
    assertThat(ReviewCount.NOT_ACCEPTED.of(tally)).isEmpty();
    assertThat(ReviewCount.WITHDRAWN.code(Procedure.LITIGATION)).isEqualTo("litigation.withdrawn");
    assertThat(ReviewCount.PENDING.chinese()).isEqualTo("尚未审结");
  }

  @Test
  void changesAndTotalsAreValues() {
    io.github.fazhi.TotalAccumulator accumulator = new io.github.fazhi.TotalAccumulator();
    accumulator.add(BigDecimal.TEN, Unit.of("件"), Qualifier.EXACT);
    io.github.fazhi.Total ten = accumulator.snapshot();
    io.github.fazhi.Total empty = io.github.fazhi.Total.empty();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(CountChange.of(ten, ten, 1), CountChange.of(ten, ten, 1))
        .addEqualityGroup(CountChange.of(empty, ten, 1))
        .addEqualityGroup(CountChange.of(ten, empty, 1))
        .addEqualityGroup(CountChange.of(ten, ten, 2))
        .testEquals();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(RateChange.of(java.util.Optional.of(Rate.of(1, 2)), java.util.Optional.empty(), 1),
            RateChange.of(java.util.Optional.of(Rate.of(1, 2)), java.util.Optional.empty(), 1))
        .addEqualityGroup(RateChange.of(java.util.Optional.of(Rate.of(2, 4)), java.util.Optional.empty(), 1))
        .addEqualityGroup(RateChange.of(java.util.Optional.of(Rate.of(1, 2)), java.util.Optional.of(Rate.of(1, 2)), 1))
        .addEqualityGroup(RateChange.of(java.util.Optional.of(Rate.of(1, 2)), java.util.Optional.empty(), 0))
        .testEquals();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(IndicatorTotal.of("a.b", ten, 1, 2), IndicatorTotal.of("a.b", ten, 1, 2))
        .addEqualityGroup(IndicatorTotal.of("a.c", ten, 1, 2))
        .addEqualityGroup(IndicatorTotal.of("a.b", empty, 1, 2))
        .addEqualityGroup(IndicatorTotal.of("a.b", ten, 2, 2))
        .addEqualityGroup(IndicatorTotal.of("a.b", ten, 1, 3))
        .testEquals();
    assertThat(IndicatorTotal.of("a.b", ten, 2, 2).isComplete()).isTrue();
    CountChange change = CountChange.of(ten, ten, 1);
    assertThat(change.from()).isEqualTo(ten);
    assertThat(change.to()).isEqualTo(ten);
    assertThat(change.percent(0, RoundingMode.UNNECESSARY)).hasValue(BigDecimal.ZERO);
    assertThat(change.toString()).isEqualTo("CountChange{Total{EXACT 10 件, 1 value} -> Total{EXACT 10 件, 1 value}, 1 jurisdictions}");
  }

  @Test
  void totalsAndChanges_refuseBadInput_listingEveryProblem() {
    io.github.fazhi.TotalAccumulator accumulator = new io.github.fazhi.TotalAccumulator();
    accumulator.add(BigDecimal.TEN, Unit.of("件"), Qualifier.EXACT);
    io.github.fazhi.Total ten = accumulator.snapshot();
    assertThatThrownBy(() -> IndicatorTotal.of(" ", ten, 3, 2))
        .isInstanceOfSatisfying(io.github.fazhi.ValidationException.class, e ->
            assertThat(e.violations()).extracting(io.github.fazhi.Violation::path).containsExactly("code", "coverage"))
        .hasMessageContaining("coverage (3) must be >= 0 and <= reports (2)");
    assertThatThrownBy(() -> IndicatorTotal.of("a.b", ten, -1, -1))
        .isInstanceOfSatisfying(io.github.fazhi.ValidationException.class, e ->
            assertThat(e.violations()).extracting(io.github.fazhi.Violation::path).containsExactly("reports", "coverage"));
    assertThatThrownBy(() -> IndicatorTotal.of("a.b", ten, 1, 0)).isInstanceOf(io.github.fazhi.ValidationException.class);
    assertThat(IndicatorTotal.of("a.b", ten, 0, 0).coverage()).isZero();
    assertThat(IndicatorTotal.of("a.b", ten, 2, 2).coverage()).isEqualTo(2);
    assertThatThrownBy(() -> CountChange.of(ten, ten, -1)).isInstanceOf(io.github.fazhi.ValidationException.class)
        .hasMessageContaining("jurisdictions (-1) must be >= 0");
    assertThatThrownBy(() -> RateChange.of(java.util.Optional.empty(), java.util.Optional.empty(), -1))
        .isInstanceOf(io.github.fazhi.ValidationException.class).hasMessageContaining("jurisdictions (-1)");
    assertThat(CountChange.of(ten, ten, 0).jurisdictions()).isZero();
    assertThat(RateChange.of(java.util.Optional.empty(), java.util.Optional.empty(), 0).toString())
        .isEqualTo("RateChange{null -> null, 0 jurisdictions}");
  }

  @Test
  void aChangeOfRoundedTotals_isComparedAsStated() {
    // 1.5万件 (± 500) → 1.6万件 (± 500): +1,000, +6.7%, though each total is only approximate
    io.github.fazhi.TotalAccumulator before = new io.github.fazhi.TotalAccumulator();
    before.add(new BigDecimal("1.5"), Unit.of("万件"), Qualifier.EXACT);
    io.github.fazhi.TotalAccumulator after = new io.github.fazhi.TotalAccumulator();
    after.add(new BigDecimal("1.6"), Unit.of("万件"), Qualifier.EXACT);
    CountChange change = CountChange.of(before.snapshot(), after.snapshot(), 1);
    assertThat(change.isComparable()).isTrue();
    assertThat(change.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1000"));
    assertThat(change.percent(1, RoundingMode.HALF_UP)).hasValue(new BigDecimal("6.7"));
    // an upper bound is not comparable
    io.github.fazhi.TotalAccumulator bound = new io.github.fazhi.TotalAccumulator();
    bound.add(new BigDecimal("16000"), Unit.of("件"), Qualifier.AT_MOST);
    assertThat(CountChange.of(before.snapshot(), bound.snapshot(), 1).isComparable()).isFalse();
    assertThat(CountChange.of(bound.snapshot(), after.snapshot(), 1).isComparable()).isFalse();
    // nor are totals in units that count different things
    io.github.fazhi.TotalAccumulator people = new io.github.fazhi.TotalAccumulator();
    people.add(new BigDecimal("16000"), Unit.of("人"), Qualifier.EXACT);
    assertThat(CountChange.of(before.snapshot(), people.snapshot(), 1).isComparable()).isFalse();
  }

  @Test
  void groupByAFunction_keepsEachGroupsReports() {
    // the four reports: the seed (2019), 静海 and 文登 (2020), 密云 (2022)
    var byYear = Reports.of(reports).groupBy(Report::year);
    assertThat(byYear.keySet()).containsExactly(Year.of(2019), Year.of(2020), Year.of(2022));
    assertThat(byYear.get(Year.of(2020)).reportCount()).isEqualTo(2);
    assertThat(byYear.get(Year.of(2019))).isEqualTo(ReportStatistics.of(List.of(SeedReport.report())));
    // the seed's 1338 disputes land in its year's group
    assertThat(byYear.get(Year.of(2019)).total("mediation.disputes").coverage()).isEqualTo(1);
  }

  @Test
  void changesRefuseCodesOfAnotherAggregation() {
    Reports stats = Reports.of(reports);
    assertThatThrownBy(() -> stats.change("mediation.success_rate", Year.of(2019), Year.of(2020)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a SUM code");
    assertThatThrownBy(() -> stats.rateChange("mediation.disputes", Year.of(2019), Year.of(2020)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a RATIO code");
  }

  @Test
  void change_leavesOutAJurisdictionThatStatesTheCodeInOneYearOnly() {
    // 曲江 100 → 120; 垫江 reports in both years but states disputes only in 2020 (50): like for like is
    // 曲江 alone, 100 → 120 over 1 jurisdiction (with 垫江 it would be 100 → 170 over 2).
    Report q2019 = complete(QUJIANG, 2019, count("mediation.disputes", "100", "件").build()).build();
    Report q2020 = complete(QUJIANG, 2020, count("mediation.disputes", "120", "件").build()).build();
    Report d2019 = complete(DIANJIANG, 2019, count("legal_aid.cases", "7", "件").build()).build();
    Report d2020 = complete(DIANJIANG, 2020, count("mediation.disputes", "50", "件").build()).build();
    CountChange change = Reports.of(List.of(q2019, q2020, d2019, d2020))
        .change("mediation.disputes", Year.of(2019), Year.of(2020));
    assertThat(change.jurisdictions()).isEqualTo(1);
    assertThat(change.to().sum()).hasValue(BigDecimal.valueOf(120));
    assertThat(change.difference()).hasValue(BigDecimal.valueOf(20));
  }

  @Test
  void rateChange_leavesOutAJurisdictionThatStatesTheRateInOneYearOnly() {
    // 曲江 80/100 → 90/100; 垫江 reports in both years but states a success rate only in 2022 (50/100):
    // like for like is 曲江 alone, +10 points (with 垫江 the later rate would be 140/200).
    Report q2021 = complete(QUJIANG, 2021, io.github.fazhi.testing.TestReports.percent("mediation.success_rate", "80")
        .basis(Rate.of(80, 100)).build()).build();
    Report q2022 = complete(QUJIANG, 2022, io.github.fazhi.testing.TestReports.percent("mediation.success_rate", "90")
        .basis(Rate.of(90, 100)).build()).build();
    Report d2021 = complete(DIANJIANG, 2021, count("legal_aid.cases", "7", "件").build()).build();
    Report d2022 = complete(DIANJIANG, 2022, io.github.fazhi.testing.TestReports.percent("mediation.success_rate", "50")
        .basis(Rate.of(50, 100)).build()).build();
    RateChange change = Reports.of(List.of(q2021, q2022, d2021, d2022))
        .rateChange("mediation.success_rate", Year.of(2021), Year.of(2022));
    assertThat(change.jurisdictions()).isEqualTo(1);
    assertThat(change.from()).hasValue(Rate.of(80, 100));
    assertThat(change.to()).hasValue(Rate.of(90, 100));
    assertThat(change.points(0, RoundingMode.UNNECESSARY)).hasValue(BigDecimal.valueOf(10));
  }

  @Test
  void tallyRateChange_leavesOutAJurisdictionWithoutThatRateInOneYear() {
    // 曲江 8/10 → 16/20 accepted; 垫江 states no accepted count in 2019 and 5 of 10 in 2020: like for like
    // is 曲江 alone (with 垫江 the later rate would be 21/30).
    ReviewTally.Builder tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION);
    Report q2019 = complete(QUJIANG, 2019).addReview(tally.received(10).accepted(8).build()).build();
    Report q2020 = complete(QUJIANG, 2020)
        .addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(20).accepted(16).build())
        .build();
    Report d2019 = complete(DIANJIANG, 2019)
        .addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(4).build()).build();
    Report d2020 = complete(DIANJIANG, 2020)
        .addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(10).accepted(5).build())
        .build();
    RateChange change = Reports.of(List.of(q2019, q2020, d2019, d2020))
        .rateChange(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE, Year.of(2019), Year.of(2020));
    assertThat(change.jurisdictions()).isEqualTo(1);
    assertThat(change.from()).hasValue(Rate.of(8, 10));
    assertThat(change.to()).hasValue(Rate.of(16, 20));
  }

  @Test
  void aReportWithRouteTalliesOnly_countsTheirSum_butAWholeTallyWins() {
    // litigation per route only: 3 direct + 2 after reconsideration = 5 received
    Report routes = complete(QUJIANG, 2020)
        .addReview(ReviewTally.builder().procedure(Procedure.LITIGATION)
            .route(io.github.fazhi.LitigationRoute.DIRECT).received(3).build())
        .addReview(ReviewTally.builder().procedure(Procedure.LITIGATION)
            .route(io.github.fazhi.LitigationRoute.AFTER_RECONSIDERATION).received(2).build())
        .build();
    ReportStatistics perRoute = ReportStatistics.of(List.of(routes));
    assertThat(perRoute.count(Procedure.LITIGATION, ReviewCount.RECEIVED).total().sum())
        .hasValue(BigDecimal.valueOf(5));
    assertThat(perRoute.count(Procedure.LITIGATION, ReviewCount.RECEIVED).coverage()).isEqualTo(1);
    // a whole tally (10) next to a route tally (3): the whole one alone, 10, not 13
    Report both = complete(QUJIANG, 2020)
        .addReview(ReviewTally.builder().procedure(Procedure.LITIGATION).received(10).build())
        .addReview(ReviewTally.builder().procedure(Procedure.LITIGATION)
            .route(io.github.fazhi.LitigationRoute.DIRECT).received(3).build())
        .build();
    assertThat(ReportStatistics.of(List.of(both)).count(Procedure.LITIGATION, ReviewCount.RECEIVED).total().sum())
        .hasValue(BigDecimal.valueOf(10));
  }

  @Test
  void indicatorTotals_nameTheirCode_andNoReportsIsNotComplete() {
    assertThat(stats.total("mediation.disputes").code()).isEqualTo("mediation.disputes");
    IndicatorTotal none = ReportStatistics.of(List.of()).total("mediation.disputes");
    assertThat(none.reports()).isZero();
    assertThat(none.coverage()).isZero();
    assertThat(none.isComplete()).isFalse();
  }

  @Test
  void pointsAtScaleZero_areWholePoints() {
    // 1/2 = 50% → 3/4 = 75%: (3·2 − 1·4)·100 / (2·4) = 200 / 8 = 25 points exactly
    RateChange change = RateChange.of(java.util.Optional.of(Rate.of(1, 2)), java.util.Optional.of(Rate.of(3, 4)), 1);
    assertThat(change.points(0, RoundingMode.UNNECESSARY)).hasValue(BigDecimal.valueOf(25));
  }
}
