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

/**
 * The reference for {@link ReportStatisticsAccumulator}: the same rules (see there) written plainly, a map
 * from code to {@link TotalAccumulator} (one {@code BigDecimal} addition per value) and maps of the
 * report's first indicator per code and of its tallies. It was the library's accumulator until issue 26
 * put the sums in columns; the properties hold the columns to it.
 */
final class ReferenceStatisticsAccumulator {
  private final Quantities quantities;
  private long count;
  private final TreeSet<Year> years = new TreeSet<>();
  private final Map<String, TotalAccumulator> totals = new HashMap<>();
  private final Map<String, Long> coverage = new HashMap<>();
  private final Map<String, long[]> ratios = new HashMap<>();

  ReferenceStatisticsAccumulator() {
    this(IndicatorCatalog.standard());
  }

  ReferenceStatisticsAccumulator(IndicatorCatalog catalog) {
    this.quantities = Quantities.of(requireNonNull(catalog, "catalog"));
  }

  void add(Report report) {
    Map<String, Indicator> first = new LinkedHashMap<>();
    for (Indicator indicator : report.indicators()) {
      collect(indicator, first);
    }
    Map<Procedure, ReviewTally> tallies = new EnumMap<>(Procedure.class);
    for (Procedure procedure : Procedure.values()) {
      ReportStatisticsAccumulator.tallyOf(report, procedure).ifPresent(tally -> tallies.put(procedure, tally));
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

  void addAll(Iterable<Report> reports) {
    reports.forEach(this::add);
  }

  void addAll(ReportStatistics statistics) {
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

  ReportStatistics snapshot() {
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

  private OptionalLong counted(String code, Map<Procedure, ReviewTally> tallies) {
    Quantities.Review review = quantities.reviews.get(code);
    ReviewTally tally = review == null ? null : tallies.get(review.procedure());
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
    return counted.isPresent() ? counted : ReportStatisticsAccumulator.exactWhole(first.get(code));
  }

  private static void collect(Indicator indicator, Map<String, Indicator> first) {
    indicator.code().ifPresent(code -> first.putIfAbsent(code, indicator));
    for (Indicator part : indicator.parts()) {
      collect(part, first);
    }
  }
}
