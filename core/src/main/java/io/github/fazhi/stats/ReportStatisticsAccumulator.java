package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.fazhi.Indicator;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TotalAccumulator;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A mutable aggregate of reports, mergeable with another as if every report had been added to one:
 * {@code add}, {@code addAll} and {@link #snapshot()}, in the shape of Guava's {@code StatsAccumulator}.
 * {@link ReportStatistics#toStatistics()} is its collector. It keeps sums only, never the reports, so
 * merging costs the size of the sums.
 *
 * <h2>What is added</h2>
 * <ul>
 *   <li>for every review count of every procedure ({@link ReviewCount}, such as
 *       {@code reconsideration.received}), the report's tally of that procedure when it states the count
 *       (the tally over all routes, {@link Report#review(Procedure)}, or else the sum of its tallies per
 *       route), or else the value coded with the count's code, as below: one quantity, one total;
 *   <li>for every SUM code of the catalogue, the first value a report states with that code, among all
 *       its indicators ({@link Report#indicators()}: headline numbers, work areas' own numbers and their
 *       measures', breakdown parts included), when its kind is additive and its unit fits the catalogue
 *       entry; values in other units are left out (the checker reports them). A second value with the
 *       same code in one report is a restatement, not an addition (the checker reports a conflict);
 *   <li>for every RATIO code of the catalogue and every review rate ({@link TallyRate}), the report's
 *       exact counts of the numerator and the denominator when it states both, or else the basis of the
 *       stated rate: the sums make a ratio of sums over the reports that state both.
 * </ul>
 * Each total and ratio counts the reports that contributed to it (its coverage).
 *
 * <p>This class is not thread-safe: use one per thread and merge them.
 */
public final class ReportStatisticsAccumulator {
  private final Quantities quantities;
  private long count;
  private final TreeSet<Year> years = new TreeSet<>();
  private final Map<String, TotalAccumulator> totals = new HashMap<>();
  private final Map<String, Long> coverage = new HashMap<>();
  private final Map<String, long[]> ratios = new HashMap<>();

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
    this.quantities = Quantities.of(requireNonNull(catalog, "catalog"));
  }

  /**
   * Returns the catalogue whose codes are totalled.
   *
   * @return the catalogue, never null
   */
  public IndicatorCatalog catalog() {
    return quantities.catalog;
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
    Map<Procedure, ReviewTally> tallies = new EnumMap<>(Procedure.class);
    for (Procedure procedure : Procedure.values()) {
      tallyOf(report, procedure).ifPresent(tally -> tallies.put(procedure, tally));
    }
    for (String code : quantities.sumCodes) {
      OptionalLong counted = counted(code, tallies);
      if (counted.isPresent()) {
        total(code).add(BigDecimal.valueOf(counted.getAsLong()), quantities.unitOf(code), Qualifier.EXACT);
        coverage.merge(code, 1L, Long::sum);
        continue;
      }
      Indicator indicator = first.get(code);
      Optional<CatalogEntry> entry = quantities.sumEntry(code);
      if (indicator != null && entry.isPresent() && indicator.kind().isAdditive()
          && entry.get().fits(indicator.unit())) {
        total(code).add(indicator);
        coverage.merge(code, 1L, Long::sum);
      }
    }
    for (Map.Entry<String, Quantities.Ratio> ratio : quantities.ratios.entrySet()) {
      ratioOf(ratio.getKey(), ratio.getValue(), first, tallies)
          .ifPresent(rate -> addRatio(ratio.getKey(), rate.numerator(), rate.denominator(), 1));
    }
    years.add(report.year());
    count = Math.addExact(count, 1);
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
    addAll(requireNonNull(other, "other").snapshot());
  }

  /**
   * Adds everything a snapshot holds, as if each of the reports behind it had been added here. This
   * costs the size of its sums, not the number of its reports.
   *
   * @param statistics  statistics over an equal catalogue, not null
   * @throws IllegalArgumentException if the catalogues differ
   * @throws io.github.fazhi.UnitMismatchException as {@link #add(Report)}
   * @throws ArithmeticException as {@link #add(Report)}
   */
  public void addAll(ReportStatistics statistics) {
    requireNonNull(statistics, "statistics");
    if (!quantities.catalog.equals(statistics.catalog())) {
      throw new IllegalArgumentException("cannot merge statistics over different catalogues");
    }
    statistics.sums().forEach((code, summed) -> {
      total(code).addAll(summed.total());
      coverage.merge(code, summed.coverage(), Math::addExact);
    });
    statistics.ratioSums().forEach((code, sums) ->
        addRatio(code, sums.numerator(), sums.denominator(), sums.coverage()));
    years.addAll(statistics.years());
    count = Math.addExact(count, statistics.reportCount());
  }

  /**
   * Returns how many reports were added.
   *
   * @return the count, at least 0
   */
  public long count() {
    return count;
  }

  /**
   * Returns the statistics of the reports added so far.
   *
   * @return the statistics, never null
   */
  public ReportStatistics snapshot() {
    ImmutableMap.Builder<String, ReportStatistics.Summed> sums = ImmutableMap.builder();
    for (String code : quantities.sumCodes) {
      TotalAccumulator total = totals.get(code);
      if (total != null) {
        sums.put(code, new ReportStatistics.Summed(total.snapshot(), coverage.getOrDefault(code, 0L)));
      }
    }
    ImmutableMap.Builder<String, ReportStatistics.RatioSum> ratioSums = ImmutableMap.builder();
    for (String code : quantities.ratios.keySet()) {
      long[] sum = ratios.get(code);
      if (sum != null) {
        ratioSums.put(code, new ReportStatistics.RatioSum(sum[0], sum[1], sum[2]));
      }
    }
    return new ReportStatistics(quantities, count, ImmutableSortedSet.copyOf(years), sums.buildOrThrow(),
        ratioSums.buildOrThrow());
  }

  private TotalAccumulator total(String code) {
    return totals.computeIfAbsent(code, c -> new TotalAccumulator());
  }

  private void addRatio(String code, long numerator, long denominator, long reports) {
    long[] sums = ratios.computeIfAbsent(code, c -> new long[3]);
    sums[0] = Math.addExact(sums[0], numerator);
    sums[1] = Math.addExact(sums[1], denominator);
    sums[2] = Math.addExact(sums[2], reports);
  }

  /** Returns a review count as the report's tally states it, or empty when it is not a review count. */
  private OptionalLong counted(String code, Map<Procedure, ReviewTally> tallies) {
    Quantities.Review review = quantities.reviews.get(code);
    if (review == null) {
      return OptionalLong.empty();
    }
    ReviewTally tally = tallies.get(review.procedure());
    return tally == null ? OptionalLong.empty() : review.count().of(tally);
  }

  private Optional<Rate> ratioOf(String code, Quantities.Ratio ratio, Map<String, Indicator> first,
      Map<Procedure, ReviewTally> tallies) {
    OptionalLong n = exact(ratio.numerator(), first, tallies);
    OptionalLong d = exact(ratio.denominator(), first, tallies);
    if (n.isPresent() && d.isPresent()) {
      return Rate.tryOf(n.getAsLong(), d.getAsLong());
    }
    Indicator rate = first.get(code);
    return rate == null ? Optional.empty() : rate.basis();
  }

  private OptionalLong exact(String code, Map<String, Indicator> first, Map<Procedure, ReviewTally> tallies) {
    OptionalLong counted = counted(code, tallies);
    return counted.isPresent() ? counted : exactWhole(first.get(code));
  }

  private static OptionalLong exactWhole(@Nullable Indicator indicator) {
    if (indicator == null || !indicator.kind().isAdditive() || indicator.qualifier() != Qualifier.EXACT) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(indicator.baseValue().longValueExact());
    } catch (ArithmeticException notWhole) {
      return OptionalLong.empty();
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
