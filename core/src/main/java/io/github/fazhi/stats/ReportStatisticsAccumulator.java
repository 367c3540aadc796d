package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Indicator;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.ReviewTallyAccumulator;
import io.github.fazhi.TotalAccumulator;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A mutable aggregate of reports, mergeable with another as if every report had been added to one:
 * {@code add}, {@code addAll} and {@link #snapshot()}, in the shape of Guava's {@code StatsAccumulator}.
 * {@link ReportStatistics#toStatistics()} is its collector.
 *
 * <h2>What is added</h2>
 * <ul>
 *   <li>for every SUM code of the catalogue, the first value a report states with that code, among all
 *       its indicators ({@link Report#indicators()}: headline numbers, work areas' own numbers and their
 *       measures', breakdown parts included), when its kind is additive and its unit fits the catalogue
 *       entry; values in other units are left out (the checker reports them). A second value with the
 *       same code in one report is a restatement, not an addition (the checker reports a conflict);
 *   <li>for every RATIO code, the report's exact counts of the numerator and denominator codes when it
 *       states both, or else the basis of the stated rate: the sums make a ratio of sums;
 *   <li>for every procedure, the report's tally over all routes ({@link Report#review(Procedure)}), or
 *       else the sum of its tallies per route.
 * </ul>
 *
 * <p>This class is not thread-safe: use one per thread and merge them.
 */
public final class ReportStatisticsAccumulator {
  private final IndicatorCatalog catalog;
  private final List<Report> reports = new ArrayList<>();
  private final Map<String, TotalAccumulator> totals = new HashMap<>();
  private final Map<String, Long> coverage = new HashMap<>();
  private final Map<String, long[]> ratios = new HashMap<>();
  private final Map<Procedure, ReviewTallyAccumulator> tallies = new EnumMap<>(Procedure.class);

  /** Creates an empty accumulator over {@link IndicatorCatalog#standard()}. */
  public ReportStatisticsAccumulator() {
    this(IndicatorCatalog.standard());
  }

  /**
   * Creates an empty accumulator over a catalogue.
   *
   * @param catalog  the catalogue whose codes are totalled, not null
   */
  public ReportStatisticsAccumulator(IndicatorCatalog catalog) {
    this.catalog = requireNonNull(catalog, "catalog");
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
   * Adds one report.
   *
   * @param report  the report, not null
   * @throws io.github.fazhi.UnitMismatchException if a value's unit fits the catalogue entry but does not
   *     count the same thing as those added before (件 and 次 both fit 件(次) services); the accumulator
   *     is then unusable
   * @throws ArithmeticException if a sum overflows; the accumulator is then unusable
   */
  public void add(Report report) {
    requireNonNull(report, "report");
    Map<String, Indicator> first = firstByCode(report);
    for (Map.Entry<String, Indicator> stated : first.entrySet()) {
      Optional<CatalogEntry> entry = catalog.entry(stated.getKey());
      Indicator indicator = stated.getValue();
      if (entry.isPresent() && entry.get().aggregation().type() == Aggregation.Type.SUM
          && indicator.kind().isAdditive() && entry.get().fits(indicator.unit())) {
        totals.computeIfAbsent(stated.getKey(), code -> new TotalAccumulator()).add(indicator);
        coverage.merge(stated.getKey(), 1L, Math::addExact);
      }
    }
    for (CatalogEntry entry : catalog.entries()) {
      if (entry.aggregation().type() == Aggregation.Type.RATIO) {
        ratioOf(entry, first).ifPresent(rate -> addRatio(entry.code(), rate.numerator(), rate.denominator(), 1));
      }
    }
    for (Procedure procedure : Procedure.values()) {
      Optional<ReviewTally> tally = tallyOf(report, procedure);
      if (tally.isPresent()) {
        tallies.computeIfAbsent(procedure, p -> new ReviewTallyAccumulator()).add(tally.get());
      }
    }
    reports.add(report);
  }

  /**
   * Adds reports.
   *
   * @param reports  the reports, not null
   * @throws io.github.fazhi.UnitMismatchException as {@link #add(Report)}
   * @throws ArithmeticException as {@link #add(Report)}
   */
  public void addAll(Iterable<Report> reports) {
    for (Report report : reports) {
      add(report);
    }
  }

  /**
   * Adds everything another accumulator holds, as if each of its reports had been added here.
   *
   * @param other  an accumulator over an equal catalogue, not null
   * @throws IllegalArgumentException if the catalogues differ
   * @throws io.github.fazhi.UnitMismatchException as {@link #add(Report)}
   * @throws ArithmeticException as {@link #add(Report)}
   */
  public void addAll(ReportStatisticsAccumulator other) {
    requireNonNull(other, "other");
    if (!catalog.equals(other.catalog)) {
      throw new IllegalArgumentException("cannot merge statistics over different catalogues");
    }
    other.totals.forEach((code, total) ->
        totals.computeIfAbsent(code, c -> new TotalAccumulator()).addAll(total));
    other.coverage.forEach((code, count) -> coverage.merge(code, count, Math::addExact));
    other.ratios.forEach((code, sums) -> addRatio(code, sums[0], sums[1], sums[2]));
    other.tallies.forEach((procedure, tally) ->
        tallies.computeIfAbsent(procedure, p -> new ReviewTallyAccumulator()).addAll(tally));
    reports.addAll(other.reports);
  }

  /**
   * Adds everything a snapshot holds, as if each of its reports had been added here.
   *
   * @param statistics  statistics over an equal catalogue, not null
   * @throws IllegalArgumentException if the catalogues differ
   */
  public void addAll(ReportStatistics statistics) {
    requireNonNull(statistics, "statistics");
    ReportStatisticsAccumulator other = new ReportStatisticsAccumulator(statistics.catalog());
    other.addAll(statistics.reports());
    addAll(other);
  }

  /**
   * Returns how many reports were added.
   *
   * @return the count, at least 0
   */
  public long count() {
    return reports.size();
  }

  /**
   * Returns the statistics of the reports added so far.
   *
   * @return the statistics, never null
   */
  public ReportStatistics snapshot() {
    ImmutableMap.Builder<String, IndicatorTotal> totalsOut = ImmutableMap.builder();
    ImmutableMap.Builder<String, Rate> ratiosOut = ImmutableMap.builder();
    ImmutableMap.Builder<String, Long> ratioCoverage = ImmutableMap.builder();
    for (CatalogEntry entry : catalog.entries()) {
      String code = entry.code();
      TotalAccumulator total = totals.get(code);
      if (total != null) {
        totalsOut.put(code, IndicatorTotal.of(code, total.snapshot(), coverage.getOrDefault(code, 0L), reports.size()));
      }
      long[] sums = ratios.get(code);
      if (sums != null) {
        Rate.tryOf(sums[0], sums[1]).ifPresent(rate -> ratiosOut.put(code, rate));
        ratioCoverage.put(code, sums[2]);
      }
    }
    Map<Procedure, ReviewTally> tallySums = new EnumMap<>(Procedure.class);
    Map<Procedure, Long> tallyCoverage = new EnumMap<>(Procedure.class);
    tallies.forEach((procedure, accumulator) -> {
      accumulator.snapshot().ifPresent(tally -> tallySums.put(procedure, tally));
      tallyCoverage.put(procedure, accumulator.count());
    });
    return new ReportStatistics(
        catalog, ImmutableList.copyOf(reports), totalsOut.buildOrThrow(), ratiosOut.buildOrThrow(),
        ratioCoverage.buildOrThrow(), ImmutableMap.copyOf(tallySums), ImmutableMap.copyOf(tallyCoverage));
  }

  private void addRatio(String code, long numerator, long denominator, long count) {
    long[] sums = ratios.computeIfAbsent(code, c -> new long[3]);
    sums[0] = Math.addExact(sums[0], numerator);
    sums[1] = Math.addExact(sums[1], denominator);
    sums[2] = Math.addExact(sums[2], count);
  }

  private static Optional<Rate> ratioOf(CatalogEntry entry, Map<String, Indicator> first) {
    Indicator numerator = first.get(entry.aggregation().numerator().orElseThrow());
    Indicator denominator = first.get(entry.aggregation().denominator().orElseThrow());
    Optional<Long> n = exactWhole(numerator);
    Optional<Long> d = exactWhole(denominator);
    if (n.isPresent() && d.isPresent()) {
      return Rate.tryOf(n.get(), d.get());
    }
    Indicator rate = first.get(entry.code());
    return rate == null ? Optional.empty() : rate.basis();
  }

  private static Optional<Long> exactWhole(@Nullable Indicator indicator) {
    if (indicator == null || !indicator.kind().isAdditive() || indicator.qualifier() != Qualifier.EXACT) {
      return Optional.empty();
    }
    try {
      return Optional.of(indicator.baseValue().longValueExact());
    } catch (ArithmeticException notWhole) {
      return Optional.empty();
    }
  }

  /**
   * Returns a report's tally of a procedure: the one that covers all routes, or else the sum of the
   * tallies of each route (an open-government-information report states litigation per route).
   */
  static Optional<ReviewTally> tallyOf(Report report, Procedure procedure) {
    Optional<ReviewTally> whole = report.review(procedure);
    if (whole.isPresent()) {
      return whole;
    }
    return report.reviews().stream()
        .filter(tally -> tally.procedure() == procedure)
        .collect(ReviewTally.summing());
  }

  static Map<String, Indicator> firstByCode(Report report) {
    Map<String, Indicator> first = new LinkedHashMap<>();
    for (Indicator indicator : report.indicators()) {
      collect(indicator, first);
    }
    return first;
  }

  private static void collect(Indicator indicator, Map<String, Indicator> first) {
    indicator.code().ifPresent(code -> first.putIfAbsent(code, indicator));
    for (Indicator part : indicator.parts()) {
      collect(part, first);
    }
  }
}
