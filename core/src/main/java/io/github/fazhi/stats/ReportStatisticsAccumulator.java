package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.fazhi.ColumnarTotals;
import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A mutable aggregate of reports (跨报告统计), mergeable with another as if every report had been added to
 * one: {@code add}, {@code addAll} and {@link #snapshot()}, in the shape of Guava's {@code StatsAccumulator}.
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
 * <h2>Columns</h2>
 * Every quantity totalled (the catalogue's SUM codes and the review counts) has one slot of a
 * {@link ColumnarTotals}: counts and whole sums in {@code long}s added with {@link Math#addExact},
 * qualifier and rounding flags as bits beside them, {@link java.math.BigDecimal} only for a value that is
 * not whole once scaled. Every ratio has three {@code long} columns: its numerators, denominators and
 * coverage. A report's coded indicators are found through one table from code to slot, built once per
 * catalogue, so adding a report makes no map and no {@code BigDecimal} for a value stated without
 * decimals. (Until issue 26 the sums were a map of {@link io.github.fazhi.TotalAccumulator}s; that form is
 * kept in the tests as the reference these columns are held to, snapshot for snapshot and exception for
 * exception.)
 *
 * <p>This class is not thread-safe: use one per thread and merge them.
 */
public final class ReportStatisticsAccumulator {
  private final Quantities quantities;
  private final Layout layout;
  private final ColumnarTotals totals;
  private final long[] coverage;
  private final boolean[] present;
  private final long[] ratioNumerators;
  private final long[] ratioDenominators;
  private final long[] ratioCoverage;
  private final boolean[] ratioPresent;
  private final TreeSet<Year> years = new TreeSet<>();
  private long count;
  // Reused by add(): the first indicator of each code in the report being added.
  private final @Nullable Indicator[] first;
  private final @Nullable ReviewTally[] tallies = new ReviewTally[Procedure.values().length];

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
    this.layout = Layout.of(quantities);
    int sums = quantities.sumCodes.size();
    int ratios = quantities.ratios.size();
    this.totals = new ColumnarTotals(sums);
    this.coverage = new long[sums];
    this.present = new boolean[sums];
    this.ratioNumerators = new long[ratios];
    this.ratioDenominators = new long[ratios];
    this.ratioCoverage = new long[ratios];
    this.ratioPresent = new boolean[ratios];
    this.first = new Indicator[layout.codes.size()];
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
  @SuppressWarnings("EnumOrdinal") // tallies of the report being added, by procedure
  public void add(Report report) {
    requireNonNull(report, "report");
    Arrays.fill(first, null);
    collect(report.headlineIndicators());
    for (WorkArea area : report.workAreas()) {
      collect(area.indicators());
      for (Measure measure : area.measures()) {
        collect(measure.indicators());
      }
    }
    // The same indicators as Report.indicators(), in its order, without building that list.
    report.openGovInfo().ifPresent(info -> collect(info.indicators()));
    for (Procedure procedure : Procedure.values()) {
      tallies[procedure.ordinal()] = tallyOf(report, procedure).orElse(null);
    }
    for (int slot = 0; slot < layout.sumCount; slot++) {
      OptionalLong counted = counted(slot);
      if (counted.isPresent()) {
        present[slot] = true;
        totals.addExact(slot, counted.getAsLong(), layout.units[slot]);
        coverage[slot] = Math.addExact(coverage[slot], 1);
        continue;
      }
      Indicator indicator = first[slot];
      CatalogEntry entry = layout.entries[slot];
      if (indicator != null && entry != null && indicator.kind().isAdditive() && entry.fits(indicator.unit())) {
        present[slot] = true;
        totals.add(slot, indicator);
        coverage[slot] = Math.addExact(coverage[slot], 1);
      }
    }
    for (int r = 0; r < layout.ratioCodes.length; r++) {
      Optional<Rate> rate = ratioOf(r);
      if (rate.isPresent()) {
        addRatio(r, rate.get().numerator(), rate.get().denominator(), 1);
      }
    }
    Arrays.fill(tallies, null);
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
      int slot = layout.slot(code);
      present[slot] = true;
      totals.addAll(slot, summed.total());
      coverage[slot] = Math.addExact(coverage[slot], summed.coverage());
    });
    statistics.ratioSums().forEach((code, sums) ->
        addRatio(layout.ratio(code), sums.numerator(), sums.denominator(), sums.coverage()));
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
    for (int slot = 0; slot < layout.sumCount; slot++) {
      if (present[slot]) {
        sums.put(layout.codes.get(slot), new ReportStatistics.Summed(totals.snapshot(slot), coverage[slot]));
      }
    }
    ImmutableMap.Builder<String, ReportStatistics.RatioSum> ratioSums = ImmutableMap.builder();
    for (int r = 0; r < layout.ratioCodes.length; r++) {
      if (ratioPresent[r]) {
        ratioSums.put(layout.ratioCodes[r],
            new ReportStatistics.RatioSum(ratioNumerators[r], ratioDenominators[r], ratioCoverage[r]));
      }
    }
    return new ReportStatistics(quantities, count, ImmutableSortedSet.copyOf(years), sums.buildOrThrow(),
        ratioSums.buildOrThrow());
  }

  private void collect(List<Indicator> indicators) {
    for (int i = 0; i < indicators.size(); i++) {
      collect(indicators.get(i));
    }
  }

  private void collect(Indicator indicator) {
    Optional<String> code = indicator.code();
    if (code.isPresent()) {
      Integer index = layout.index.get(code.get());
      if (index != null && first[index] == null) {
        first[index] = indicator;
      }
    }
    List<Indicator> parts = indicator.parts();
    for (int i = 0; i < parts.size(); i++) {
      collect(parts.get(i));
    }
  }

  private void addRatio(int r, long numerator, long denominator, long reports) {
    ratioPresent[r] = true;
    ratioNumerators[r] = Math.addExact(ratioNumerators[r], numerator);
    ratioDenominators[r] = Math.addExact(ratioDenominators[r], denominator);
    ratioCoverage[r] = Math.addExact(ratioCoverage[r], reports);
  }

  /** Returns a review count as the report's tally states it, or empty when the code is not one. */
  @SuppressWarnings("EnumOrdinal")
  private OptionalLong counted(int index) {
    Quantities.Review review = layout.reviews[index];
    if (review == null) {
      return OptionalLong.empty();
    }
    ReviewTally tally = tallies[review.procedure().ordinal()];
    return tally == null ? OptionalLong.empty() : review.count().of(tally);
  }

  private Optional<Rate> ratioOf(int r) {
    OptionalLong n = exact(layout.numerators[r]);
    OptionalLong d = exact(layout.denominators[r]);
    if (n.isPresent() && d.isPresent()) {
      return Rate.tryOf(n.getAsLong(), d.getAsLong());
    }
    Indicator rate = first[layout.ratioIndices[r]];
    return rate == null ? Optional.empty() : rate.basis();
  }

  private OptionalLong exact(int index) {
    OptionalLong counted = counted(index);
    return counted.isPresent() ? counted : exactWhole(first[index]);
  }

  static OptionalLong exactWhole(@Nullable Indicator indicator) {
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

  /**
   * Where each code lives, worked out once per catalogue: the SUM codes and review counts first (their
   * index is their slot), then every other code a ratio names.
   */
  static final class Layout {
    private static final Layout STANDARD = new Layout(Quantities.of(IndicatorCatalog.standard()));

    final Quantities quantities;
    final List<String> codes;
    final ImmutableMap<String, Integer> index;
    final int sumCount;
    final @Nullable Unit[] units;
    final @Nullable CatalogEntry[] entries;
    final Quantities.@Nullable Review[] reviews;
    final String[] ratioCodes;
    final int[] ratioIndices;
    final int[] numerators;
    final int[] denominators;

    private Layout(Quantities quantities) {
      this.quantities = quantities;
      Map<String, Integer> indices = new HashMap<>();
      List<String> all = new ArrayList<>(quantities.sumCodes);
      for (int i = 0; i < all.size(); i++) {
        indices.put(all.get(i), i);
      }
      sumCount = all.size();
      units = new Unit[all.size()];
      entries = new CatalogEntry[all.size()];
      for (int slot = 0; slot < sumCount; slot++) {
        String code = all.get(slot);
        units[slot] = quantities.unitOf(code);
        entries[slot] = quantities.sumEntry(code).orElse(null);
      }
      int ratios = quantities.ratios.size();
      ratioCodes = new String[ratios];
      ratioIndices = new int[ratios];
      numerators = new int[ratios];
      denominators = new int[ratios];
      int r = 0;
      for (Map.Entry<String, Quantities.Ratio> ratio : quantities.ratios.entrySet()) {
        ratioCodes[r] = ratio.getKey();
        ratioIndices[r] = indexOf(ratio.getKey(), indices, all);
        numerators[r] = indexOf(ratio.getValue().numerator(), indices, all);
        denominators[r] = indexOf(ratio.getValue().denominator(), indices, all);
        r++;
      }
      reviews = new Quantities.Review[all.size()];
      for (int i = 0; i < all.size(); i++) {
        reviews[i] = quantities.reviews.get(all.get(i));
      }
      codes = List.copyOf(all);
      index = ImmutableMap.copyOf(indices);
    }

    static Layout of(Quantities quantities) {
      return quantities == STANDARD.quantities ? STANDARD : new Layout(quantities);
    }

    private static int indexOf(String code, Map<String, Integer> indices, List<String> all) {
      return indices.computeIfAbsent(code, c -> {
        all.add(c);
        return all.size() - 1;
      });
    }

    int slot(String code) {
      Integer slot = index.get(code);
      if (slot == null || slot >= sumCount) {
        throw new IllegalArgumentException("code (\"" + code + "\") is not totalled by this catalogue");
      }
      return slot;
    }

    int ratio(String code) {
      for (int r = 0; r < ratioCodes.length; r++) {
        if (ratioCodes[r].equals(code)) {
          return r;
        }
      }
      throw new IllegalArgumentException("code (\"" + code + "\") is not a ratio of this catalogue");
    }
  }
}
