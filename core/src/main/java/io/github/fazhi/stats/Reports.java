package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.stats.opengov.OpenGovStatistics;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * A collection of reports and what needs the reports themselves, not only their sums: grouping
 * (分组), and year-over-year change like for like (同比), which compares the same reporting bodies in
 * both years. {@link ReportStatistics} holds the sums.
 *
 * <pre>{@code
 * Reports reports = Reports.of(list);
 * Map<String, ReportStatistics> byCity = reports.groupBy(Grouping.PARENT);
 * CountChange change = reports.change("mediation.disputes", Year.of(2019), Year.of(2020));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // an immutable list of immutable values
public final class Reports {
  private final IndicatorCatalog catalog;
  private final ImmutableList<Report> reports;

  private Reports(IndicatorCatalog catalog, ImmutableList<Report> reports) {
    this.catalog = catalog;
    this.reports = reports;
  }

  /**
   * Obtains reports whose statistics are over {@link IndicatorCatalog#standard()}.
   *
   * @param reports  the reports, none null; not null
   * @return the reports, never null
   */
  public static Reports of(Collection<Report> reports) {
    return of(reports, IndicatorCatalog.standard());
  }

  /**
   * Obtains reports whose statistics are over a catalogue.
   *
   * @param reports  the reports, none null; not null
   * @param catalog  the catalogue, not null
   * @return the reports, never null
   */
  public static Reports of(Collection<Report> reports, IndicatorCatalog catalog) {
    return new Reports(requireNonNull(catalog, "catalog"), ImmutableList.copyOf(requireNonNull(reports, "reports")));
  }

  /**
   * Returns the reports, in the order given.
   *
   * @return the reports, never null
   */
  public ImmutableList<Report> reports() {
    return reports;
  }

  /**
   * Returns the catalogue statistics are over.
   *
   * @return the catalogue, never null
   */
  public IndicatorCatalog catalog() {
    return catalog;
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
   * Returns the statistics of all the reports.
   *
   * @return the statistics, never null
   * @throws io.github.fazhi.UnitMismatchException see {@link ReportStatisticsAccumulator#add(Report)}
   */
  public ReportStatistics statistics() {
    return ReportStatistics.of(reports, catalog);
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
   * Returns the 政府信息公开 statistics of all the reports: the tables of those of kind OPEN_GOV_INFO_ANNUAL.
   *
   * @return the statistics, never null
   */
  public OpenGovStatistics openGovStatistics() {
    return OpenGovStatistics.of(reports);
  }

  /**
   * Returns statistics of each group of reports, collected by the caller's collector, by key in ascending
   * order: {@code groupBy(Grouping.PARENT, OpenGovStatistics.toStatistics())} gives the 政府信息公开
   * statistics of each group, keyed as {@link #groupBy(Grouping)} keys the others.
   *
   * @param <S>  the type of statistics
   * @param grouping  how to group, not null
   * @param statistics  the collector of one group's reports, not null
   * @return the statistics by group key; reports without a key are left out; never null
   */
  public <S> ImmutableSortedMap<String, S> groupBy(Grouping grouping, Collector<? super Report, ?, S> statistics) {
    requireNonNull(grouping, "grouping");
    requireNonNull(statistics, "statistics");
    Map<String, List<Report>> groups = new TreeMap<>();
    for (Report report : reports) {
      grouping.keyOf(report).ifPresent(key -> groups.computeIfAbsent(key, k -> new ArrayList<>()).add(report));
    }
    ImmutableSortedMap.Builder<String, S> out = ImmutableSortedMap.naturalOrder();
    groups.forEach((key, members) -> out.put(key, members.stream().collect(statistics)));
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
   * Returns the change of a total from one year to another, like for like: over the reporting bodies
   * that state the code in both years.
   *
   * @param code  a code whose catalogue entry aggregates by SUM, or a review count's code; not null
   * @param from  the earlier year, not null
   * @param to  the later year, not null
   * @return the change, never null; its numbers are empty where unknown
   * @throws IllegalArgumentException if the code is neither
   */
  public CountChange change(String code, Year from, Year to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    statistics(List.of()).total(code); // refuses a code of another aggregation
    LikeForLike pair = likeForLike(r -> single(r).total(code).coverage() > 0, from, to);
    return CountChange.of(pair.from.total(code).total(), pair.to.total(code).total(), pair.jurisdictions);
  }

  /**
   * Returns the change of a rate in percentage points, like for like.
   *
   * @param code  a code whose catalogue entry aggregates by RATIO, or a review rate's code; not null
   * @param from  the earlier year, not null
   * @param to  the later year, not null
   * @return the change, never null; its numbers are empty where unknown
   * @throws IllegalArgumentException if the code is neither
   */
  public RateChange rateChange(String code, Year from, Year to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    statistics(List.of()).ratio(code); // refuses a code of another aggregation
    LikeForLike pair = likeForLike(r -> single(r).ratio(code).isPresent(), from, to);
    return RateChange.of(pair.from.ratio(code), pair.to.ratio(code), pair.jurisdictions);
  }

  /**
   * Returns the change of a review rate in percentage points, like for like: over the reporting bodies
   * whose reports give that rate in both years.
   *
   * @param procedure  the procedure, not null
   * @param rate  which rate, not null
   * @param from  the earlier year, not null
   * @param to  the later year, not null
   * @return the change, never null; its numbers are empty where unknown
   */
  public RateChange rateChange(Procedure procedure, TallyRate rate, Year from, Year to) {
    requireNonNull(rate, "rate");
    return rateChange(rate.code(procedure), from, to);
  }

  private record LikeForLike(ReportStatistics from, ReportStatistics to, long jurisdictions) {}

  private LikeForLike likeForLike(Predicate<Report> states, Year from, Year to) {
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
    return statistics(List.of(report));
  }

  private ReportStatistics statistics(List<Report> some) {
    return ReportStatistics.of(some, catalog);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Reports other && catalog.equals(other.catalog) && reports.equals(other.reports);
  }

  @Override
  public int hashCode() {
    return 31 * catalog.hashCode() + reports.hashCode();
  }

  /** Returns {@code Reports{n reports}}. */
  @Override
  public String toString() {
    return "Reports{" + reports.size() + " reports}";
  }
}
