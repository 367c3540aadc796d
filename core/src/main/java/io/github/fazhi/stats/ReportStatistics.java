package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Total;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Statistics across reports (跨报告统计), the immutable snapshot of a
 * {@link ReportStatisticsAccumulator}:
 *
 * <pre>{@code
 * ReportStatistics stats = ReportStatistics.of(reports);
 * IndicatorTotal disputes = stats.total("mediation.disputes");      // total and coverage
 * Optional<Rate> acceptance = stats.rate(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE);
 * Map<String, ReportStatistics> byYear = stats.groupBy(Grouping.YEAR);
 * CountChange change = stats.change("mediation.disputes", Year.of(2019), Year.of(2020));
 * }</pre>
 *
 * <h2>Honest numbers</h2>
 * Totals are unit-safe and qualifier-honest ({@link Total}) and carry their coverage; rates are ratios of
 * sums, never averages of percentages; nothing uses {@code double}. Unknown is not zero: a code no report
 * states has an empty total and coverage 0, and a rate with an unknown count is empty.
 *
 * <h2>Kinds of report</h2>
 * Reports of different kinds count different things: the reconsideration tally of an
 * open-government-information report (政府信息公开工作年度报告) counts disclosure cases only. Group by
 * kind ({@code groupBy(Report::kind)}) before reading totals of a mixed collection.
 *
 * <h2>Merging</h2>
 * Statistics of parts merge into the statistics of the whole ({@link #plus(ReportStatistics)},
 * {@link #toStatistics()}), whatever the split. Two statistics are equal when they cover the same
 * reports (in any order) over the same catalogue.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // immutable collections of immutable values
public final class ReportStatistics {
  private final IndicatorCatalog catalog;
  private final ImmutableList<Report> reports;
  private final ImmutableMap<String, IndicatorTotal> totals;
  private final ImmutableMap<String, Rate> ratios;
  private final ImmutableMap<String, Long> ratioCoverage;
  private final ImmutableMap<Procedure, ReviewTally> tallies;
  private final ImmutableMap<Procedure, Long> tallyCoverage;

  ReportStatistics(
      IndicatorCatalog catalog,
      ImmutableList<Report> reports,
      ImmutableMap<String, IndicatorTotal> totals,
      ImmutableMap<String, Rate> ratios,
      ImmutableMap<String, Long> ratioCoverage,
      ImmutableMap<Procedure, ReviewTally> tallies,
      ImmutableMap<Procedure, Long> tallyCoverage) {
    this.catalog = catalog;
    this.reports = reports;
    this.totals = totals;
    this.ratios = ratios;
    this.ratioCoverage = ratioCoverage;
    this.tallies = tallies;
    this.tallyCoverage = tallyCoverage;
  }

  /**
   * Computes the statistics of reports over {@link IndicatorCatalog#standard()}.
   *
   * @param reports  the reports, not null
   * @return the statistics, never null
   * @throws io.github.fazhi.UnitMismatchException see {@link ReportStatisticsAccumulator#add(Report)}
   */
  public static ReportStatistics of(Collection<Report> reports) {
    return of(reports, IndicatorCatalog.standard());
  }

  /**
   * Computes the statistics of reports over a catalogue.
   *
   * @param reports  the reports, not null
   * @param catalog  the catalogue whose codes are totalled, not null
   * @return the statistics, never null
   * @throws io.github.fazhi.UnitMismatchException see {@link ReportStatisticsAccumulator#add(Report)}
   */
  public static ReportStatistics of(Collection<Report> reports, IndicatorCatalog catalog) {
    ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator(catalog);
    accumulator.addAll(requireNonNull(reports, "reports"));
    return accumulator.snapshot();
  }

  /**
   * Returns an unordered collector of statistics over {@link IndicatorCatalog#standard()}; a parallel
   * stream gives exactly the sequential result.
   *
   * @return the collector, never null
   */
  public static Collector<Report, ReportStatisticsAccumulator, ReportStatistics> toStatistics() {
    return toStatistics(IndicatorCatalog.standard());
  }

  /**
   * Returns an unordered collector of statistics over a catalogue.
   *
   * @param catalog  the catalogue, not null
   * @return the collector, never null
   */
  public static Collector<Report, ReportStatisticsAccumulator, ReportStatistics> toStatistics(
      IndicatorCatalog catalog) {
    requireNonNull(catalog, "catalog");
    return Collector.of(
        () -> new ReportStatisticsAccumulator(catalog),
        ReportStatisticsAccumulator::add,
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        ReportStatisticsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the statistics of the reports of both, as if computed over all of them at once.
   *
   * @param other  statistics over an equal catalogue, not null
   * @return the merged statistics, never null
   * @throws IllegalArgumentException if the catalogues differ
   */
  public ReportStatistics plus(ReportStatistics other) {
    ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator(catalog);
    accumulator.addAll(this);
    accumulator.addAll(other);
    return accumulator.snapshot();
  }

  /**
   * Returns the catalogue whose codes are totalled.
   *
   * @return the catalogue, never null
   */
  public IndicatorCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the reports, in the order they were added.
   *
   * @return the reports, never null
   */
  public ImmutableList<Report> reports() {
    return reports;
  }

  /**
   * Returns the number of reports.
   *
   * @return the count, at least 0
   */
  public long reportCount() {
    return reports.size();
  }

  /**
   * Returns the years the reports cover.
   *
   * @return the years, ascending; never null
   */
  public ImmutableSortedSet<Year> years() {
    return reports.stream().map(Report::year).collect(ImmutableSortedSet.toImmutableSortedSet(Year::compareTo));
  }

  /**
   * Returns the totals of the SUM codes at least one report stated, in catalogue order.
   *
   * @return the totals by code, never null
   */
  public ImmutableMap<String, IndicatorTotal> totals() {
    return totals;
  }

  /**
   * Returns the total of a SUM code of the catalogue, with its coverage.
   *
   * @param code  a code whose catalogue entry aggregates by SUM, not null
   * @return the total, with an empty total and coverage 0 when no report stated it; never null
   * @throws IllegalArgumentException if the catalogue has no such SUM code
   */
  public IndicatorTotal total(String code) {
    requireAggregation(code, Aggregation.Type.SUM);
    IndicatorTotal total = totals.get(code);
    return total != null ? total : IndicatorTotal.of(code, Total.empty(), 0, reports.size());
  }

  /**
   * Returns the rate of a RATIO code of the catalogue as a ratio of sums over the reports that state
   * both counts (or the rate's basis): the mediation success rate of all reports is their successful
   * mediations over their disputes.
   *
   * @param code  a code whose catalogue entry aggregates by RATIO, not null
   * @return the rate, or empty when no report states it or the denominators sum to 0
   * @throws IllegalArgumentException if the catalogue has no such RATIO code
   */
  public Optional<Rate> ratio(String code) {
    requireAggregation(code, Aggregation.Type.RATIO);
    return Optional.ofNullable(ratios.get(code));
  }

  /**
   * Returns how many reports contributed to {@link #ratio(String)}.
   *
   * @param code  a code whose catalogue entry aggregates by RATIO, not null
   * @return the coverage, from 0 to {@link #reportCount()}
   * @throws IllegalArgumentException if the catalogue has no such RATIO code
   */
  public long ratioCoverage(String code) {
    requireAggregation(code, Aggregation.Type.RATIO);
    return ratioCoverage.getOrDefault(code, 0L);
  }

  /**
   * Returns the review tallies of a procedure summed over the reports that state one
   * ({@link ReviewTally#summing()}): a count is known only when every such report states it.
   *
   * @param procedure  the procedure, not null
   * @return the sum, or empty when no report states a tally of it
   */
  public Optional<ReviewTally> tally(Procedure procedure) {
    return Optional.ofNullable(tallies.get(requireNonNull(procedure, "procedure")));
  }

  /**
   * Returns how many reports state a tally of a procedure.
   *
   * @param procedure  the procedure, not null
   * @return the coverage, from 0 to {@link #reportCount()}
   */
  public long tallyCoverage(Procedure procedure) {
    return tallyCoverage.getOrDefault(requireNonNull(procedure, "procedure"), 0L);
  }

  /**
   * Returns a rate of the summed tally of a procedure: a ratio of sums.
   *
   * @param procedure  the procedure, not null
   * @param rate  which rate, not null
   * @return the rate, or empty when a count is unknown or the denominator is 0
   */
  public Optional<Rate> rate(Procedure procedure, TallyRate rate) {
    requireNonNull(rate, "rate");
    return tally(procedure).flatMap(rate::of);
  }

  /**
   * Returns the statistics of each group of reports, by key in ascending order.
   *
   * @param grouping  how to group, not null
   * @return the statistics by group key; reports without a key are left out; never null
   */
  public ImmutableSortedMap<String, ReportStatistics> groupBy(Grouping grouping) {
    requireNonNull(grouping, "grouping");
    Map<String, ReportStatisticsAccumulator> groups = new TreeMap<>();
    for (Report report : reports) {
      grouping.keyOf(report).ifPresent(key ->
          groups.computeIfAbsent(key, k -> new ReportStatisticsAccumulator(catalog)).add(report));
    }
    ImmutableSortedMap.Builder<String, ReportStatistics> out = ImmutableSortedMap.naturalOrder();
    groups.forEach((key, accumulator) -> out.put(key, accumulator.snapshot()));
    return out.build();
  }

  /**
   * Returns the statistics of each group of reports, by a key of the caller's, in order of first
   * appearance.
   *
   * @param <K>  the type of key
   * @param key  the key of a report, never returning null; not null
   * @return the statistics by key, never null
   */
  public <K> ImmutableMap<K, ReportStatistics> groupBy(Function<? super Report, ? extends K> key) {
    requireNonNull(key, "key");
    Map<K, ReportStatisticsAccumulator> groups = new LinkedHashMap<>();
    for (Report report : reports) {
      K k = requireNonNull(key.apply(report), "key");
      groups.computeIfAbsent(k, x -> new ReportStatisticsAccumulator(catalog)).add(report);
    }
    ImmutableMap.Builder<K, ReportStatistics> out = ImmutableMap.builder();
    groups.forEach((k, accumulator) -> out.put(k, accumulator.snapshot()));
    return out.buildOrThrow();
  }

  /**
   * Returns the change of a SUM code's total from one year to another, like for like: over the
   * jurisdictions that state the code in both years.
   *
   * @param code  a code whose catalogue entry aggregates by SUM, not null
   * @param from  the earlier year, not null
   * @param to  the later year, not null
   * @return the change, never null; its numbers are empty where unknown
   * @throws IllegalArgumentException if the catalogue has no such SUM code
   */
  public CountChange change(String code, Year from, Year to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireAggregation(code, Aggregation.Type.SUM);
    LikeForLike pair = likeForLike(r -> single(r).total(code).coverage() > 0, from, to);
    return new CountChange(pair.from.total(code).total(), pair.to.total(code).total(), pair.jurisdictions);
  }

  /**
   * Returns the change of a RATIO code's rate in percentage points, like for like.
   *
   * @param code  a code whose catalogue entry aggregates by RATIO, not null
   * @param from  the earlier year, not null
   * @param to  the later year, not null
   * @return the change, never null; its numbers are empty where unknown
   * @throws IllegalArgumentException if the catalogue has no such RATIO code
   */
  public RateChange rateChange(String code, Year from, Year to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireAggregation(code, Aggregation.Type.RATIO);
    LikeForLike pair = likeForLike(r -> single(r).ratio(code).isPresent(), from, to);
    return new RateChange(pair.from.ratio(code), pair.to.ratio(code), pair.jurisdictions);
  }

  /**
   * Returns the change of a tally rate in percentage points, like for like: over the jurisdictions whose
   * reports give that rate in both years.
   *
   * @param procedure  the procedure, not null
   * @param rate  which rate, not null
   * @param from  the earlier year, not null
   * @param to  the later year, not null
   * @return the change, never null; its numbers are empty where unknown
   */
  public RateChange rateChange(Procedure procedure, TallyRate rate, Year from, Year to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(procedure, "procedure");
    requireNonNull(rate, "rate");
    LikeForLike pair = likeForLike(r -> r.review(procedure).flatMap(rate::of).isPresent(), from, to);
    return new RateChange(pair.from.rate(procedure, rate), pair.to.rate(procedure, rate), pair.jurisdictions);
  }

  private record LikeForLike(ReportStatistics from, ReportStatistics to, long jurisdictions) {}

  private LikeForLike likeForLike(Predicate<Report> states, Year from, Year to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    // Like for like: the same reporting bodies (a jurisdiction, or a department of it) in both years.
    Set<String> before = new HashSet<>();
    Set<String> after = new HashSet<>();
    for (Report report : reports) {
      if (states.test(report)) {
        if (report.year().equals(from)) {
          before.add(report.reportingBody());
        }
        if (report.year().equals(to)) {
          after.add(report.reportingBody());
        }
      }
    }
    before.retainAll(after);
    ReportStatisticsAccumulator earlier = new ReportStatisticsAccumulator(catalog);
    ReportStatisticsAccumulator later = new ReportStatisticsAccumulator(catalog);
    for (Report report : reports) {
      if (before.contains(report.reportingBody()) && states.test(report)) {
        if (report.year().equals(from)) {
          earlier.add(report);
        }
        if (report.year().equals(to)) {
          later.add(report);
        }
      }
    }
    return new LikeForLike(earlier.snapshot(), later.snapshot(), before.size());
  }

  private ReportStatistics single(Report report) {
    return of(List.of(report), catalog);
  }

  private void requireAggregation(String code, Aggregation.Type type) {
    requireNonNull(code, "code");
    Optional<CatalogEntry> entry = catalog.entry(code);
    if (entry.isEmpty() || entry.get().aggregation().type() != type) {
      throw new IllegalArgumentException(
          "code (\"" + code + "\") is not a " + type + " code of the catalogue"
              + entry.map(e -> " (it aggregates by " + e.aggregation() + ")").orElse(""));
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ReportStatistics other
        && catalog.equals(other.catalog)
        && totals.equals(other.totals)
        && ratios.equals(other.ratios)
        && ratioCoverage.equals(other.ratioCoverage)
        && tallies.equals(other.tallies)
        && tallyCoverage.equals(other.tallyCoverage)
        && ImmutableMultiset.copyOf(reports).equals(ImmutableMultiset.copyOf(other.reports));
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog, totals, ratios, tallies, reports.size());
  }

  /** Returns a summary: the number of reports, totals, ratios and tallies. */
  @Override
  public String toString() {
    return "ReportStatistics{" + reports.size() + " reports, totals=" + totals.values() + ", ratios=" + ratios
        + ", tallies=" + tallies + "}";
  }
}
