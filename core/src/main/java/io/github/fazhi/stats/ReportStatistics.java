package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.Total;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Statistics across reports (跨报告统计), the immutable snapshot of a
 * {@link ReportStatisticsAccumulator}, as Guava's {@code Stats} is of its accumulator: it holds sums, not
 * reports.
 *
 * <pre>{@code
 * ReportStatistics stats = ReportStatistics.of(reports);
 * IndicatorTotal disputes = stats.total("mediation.disputes");      // total and coverage
 * IndicatorTotal accepted = stats.count(Procedure.RECONSIDERATION, ReviewCount.ACCEPTED);
 * Optional<Rate> acceptance = stats.rate(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE);
 * }</pre>
 * Grouping and year-over-year change need the reports themselves: see {@link Reports}.
 *
 * <h2>What it holds</h2>
 * Per code (a SUM code of the catalogue, or a review count such as {@code reconsideration.accepted}):
 * the total and its coverage, the number of reports that stated it. Per ratio code (a RATIO code of the
 * catalogue, or a review rate such as {@code reconsideration.correction_rate}): the summed numerator and
 * denominator and their coverage. And the number of reports and the years they cover. A review count or
 * rate that is also a catalogue code is one quantity with one total (see
 * {@link ReportStatisticsAccumulator}).
 *
 * <h2>Honest numbers</h2>
 * Totals are unit-safe and qualifier-honest ({@link Total}) and carry their coverage, count by count:
 * when 5 reports state the cases received and 2 the cases accepted, accepted is the sum of those 2, with
 * coverage 2. Rates are ratios of sums over the reports that state both counts, never averages of
 * percentages; nothing uses {@code double}. Unknown is not zero: a code no report states has an empty
 * total and coverage 0, and a rate no report gives is empty.
 *
 * <h2>Kinds of report</h2>
 * Reports of different kinds count different things: the reconsideration tally of an
 * open-government-information report (政府信息公开工作年度报告) counts disclosure cases only. Group by
 * kind ({@code Reports.groupBy(Report::kind)}) before reading totals of a mixed collection.
 *
 * <h2>Merging and serialization</h2>
 * Statistics of parts merge into the statistics of the whole ({@link #plus(ReportStatistics)},
 * {@link #toStatistics()}), whatever the split, at the cost of the size of their sums, not of the number
 * of reports. A snapshot is {@link Serializable}, so it can be sent to another machine and merged there
 * (the combine step of Spark, Beam or Flink). Two statistics are equal when their sums, report counts,
 * years and catalogues are.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // immutable collections of immutable values
public final class ReportStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The codes of every review count and review rate of every procedure (行政复议、行政诉讼的案件数与比率:
   * {@link ReviewCount#code(Procedure)}, {@link TallyRate#code(Procedure)}). Each is one quantity, shown
   * with the reviews ({@link #count(Procedure, ReviewCount)}, {@link #rate(Procedure, TallyRate)}), not
   * among the indicators, even where the catalogue has an entry of the same code.
   */
  public static final ImmutableSet<String> REVIEW_CODES = reviewCodes();

  /** The total of one code and how many reports it covers. */
  @SuppressWarnings("Immutable")
  record Summed(Total total, long coverage) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The sums of a ratio's numerators and denominators and how many reports they cover. */
  record RatioSum(long numerator, long denominator, long coverage) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final transient @Nullable Quantities quantities;
  private final IndicatorCatalog catalog;
  private final long reportCount;
  private final ImmutableSortedSet<Year> years;
  private final ImmutableMap<String, Summed> sums;
  private final ImmutableMap<String, RatioSum> ratioSums;

  ReportStatistics(Quantities quantities, long reportCount, ImmutableSortedSet<Year> years,
      ImmutableMap<String, Summed> sums, ImmutableMap<String, RatioSum> ratioSums) {
    this.quantities = quantities;
    this.catalog = quantities.catalog;
    this.reportCount = reportCount;
    this.years = years;
    this.sums = sums;
    this.ratioSums = ratioSums;
  }

  private static ImmutableSet<String> reviewCodes() {
    ImmutableSet.Builder<String> codes = ImmutableSet.builder();
    for (Procedure procedure : Procedure.values()) {
      for (ReviewCount count : ReviewCount.values()) {
        codes.add(count.code(procedure));
      }
      for (TallyRate rate : TallyRate.values()) {
        codes.add(rate.code(procedure));
      }
    }
    return codes.build();
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
   * @throws ArithmeticException if a sum overflows
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
   * Returns the statistics of the reports behind both, as if computed over all of them at once. This
   * costs the size of the sums, not the number of reports.
   *
   * @param other  statistics over an equal catalogue, not null
   * @return the merged statistics, never null
   * @throws IllegalArgumentException if the catalogues differ
   * @throws io.github.fazhi.UnitMismatchException if a code's totals count different things
   * @throws ArithmeticException if a sum overflows
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
   * Returns the number of reports.
   *
   * @return the count, at least 0
   */
  public long reportCount() {
    return reportCount;
  }

  /**
   * Returns the years the reports cover.
   *
   * @return the years, ascending; never null
   */
  public ImmutableSortedSet<Year> years() {
    return years;
  }

  /**
   * Returns the totals of the codes at least one report stated: SUM codes of the catalogue in catalogue
   * order, then the review counts that are not catalogue codes.
   *
   * @return the totals by code, never null
   */
  public ImmutableMap<String, IndicatorTotal> totals() {
    ImmutableMap.Builder<String, IndicatorTotal> out = ImmutableMap.builder();
    sums.forEach((code, summed) -> out.put(code, indicatorTotal(code, summed)));
    return out.buildOrThrow();
  }

  /**
   * Returns the total of a SUM code of the catalogue or of a review count, with its coverage.
   *
   * @param code  a code whose catalogue entry aggregates by SUM, or a review count's code such as
   *     {@code litigation.received}; not null
   * @return the total, with an empty total and coverage 0 when no report stated it; never null
   * @throws IllegalArgumentException if the code is neither
   */
  public IndicatorTotal total(String code) {
    requireNonNull(code, "code");
    if (!quantities().isSum(code)) {
      throw new IllegalArgumentException("code (\"" + code + "\") is not a SUM code of the catalogue"
          + " nor a review count" + catalog.entry(code).map(e -> " (it aggregates by " + e.aggregation() + ")")
              .orElse(""));
    }
    Summed summed = sums.get(code);
    return summed != null ? indicatorTotal(code, summed) : IndicatorTotal.of(code, Total.empty(), 0, reportCount);
  }

  /**
   * Returns the total of a review count of a procedure, over the reports that state it (in a tally or
   * as a coded indicator), with its coverage.
   *
   * @param procedure  the procedure, not null
   * @param count  the count, not null
   * @return the total, never null; its code is {@link ReviewCount#code(Procedure)}
   */
  public IndicatorTotal count(Procedure procedure, ReviewCount count) {
    return total(requireNonNull(count, "count").code(procedure));
  }

  /**
   * Returns the rate of a RATIO code of the catalogue or of a review rate as a ratio of sums over the
   * reports that state both counts (or the rate's basis): the mediation success rate of all reports is
   * their successful mediations over their disputes.
   *
   * @param code  a code whose catalogue entry aggregates by RATIO, or a review rate's code such as
   *     {@code litigation.acceptance_rate}; not null
   * @return the rate, or empty when no report gives it or the denominators sum to 0
   * @throws IllegalArgumentException if the code is neither
   */
  public Optional<Rate> ratio(String code) {
    RatioSum sum = ratioSum(code);
    return sum == null ? Optional.empty() : Rate.tryOf(sum.numerator(), sum.denominator());
  }

  /**
   * Returns how many reports contributed to {@link #ratio(String)}.
   *
   * @param code  a code whose catalogue entry aggregates by RATIO, or a review rate's code; not null
   * @return the coverage, from 0 to {@link #reportCount()}
   * @throws IllegalArgumentException if the code is neither
   */
  public long ratioCoverage(String code) {
    RatioSum sum = ratioSum(code);
    return sum == null ? 0 : sum.coverage();
  }

  /**
   * Returns a rate of the review counts of a procedure: a ratio of sums over the reports that state
   * both its counts.
   *
   * @param procedure  the procedure, not null
   * @param rate  which rate, not null
   * @return the rate, or empty when no report gives both counts or the denominator is 0
   */
  public Optional<Rate> rate(Procedure procedure, TallyRate rate) {
    return ratio(requireNonNull(rate, "rate").code(procedure));
  }

  /**
   * Returns how many reports contributed to {@link #rate(Procedure, TallyRate)}.
   *
   * @param procedure  the procedure, not null
   * @param rate  which rate, not null
   * @return the coverage, from 0 to {@link #reportCount()}
   */
  public long rateCoverage(Procedure procedure, TallyRate rate) {
    return ratioCoverage(requireNonNull(rate, "rate").code(procedure));
  }

  ImmutableMap<String, Summed> sums() {
    return sums;
  }

  ImmutableMap<String, RatioSum> ratioSums() {
    return ratioSums;
  }

  private @Nullable RatioSum ratioSum(String code) {
    requireNonNull(code, "code");
    if (!quantities().ratios.containsKey(code)) {
      throw new IllegalArgumentException("code (\"" + code + "\") is not a RATIO code of the catalogue"
          + " nor a review rate" + catalog.entry(code).map(e -> " (it aggregates by " + e.aggregation() + ")")
              .orElse(""));
    }
    return ratioSums.get(code);
  }

  private IndicatorTotal indicatorTotal(String code, Summed summed) {
    return IndicatorTotal.of(code, summed.total(), summed.coverage(), reportCount);
  }

  // Not serialized: rebuilt from the catalogue on first use after deserialization.
  private Quantities quantities() {
    Quantities q = quantities;
    return q != null ? q : Quantities.of(catalog);
  }

  private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (reportCount < 0 || catalog == null || years == null || sums == null || ratioSums == null) {
      throw new InvalidObjectException("incomplete statistics");
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ReportStatistics other
        && reportCount == other.reportCount
        && catalog.equals(other.catalog)
        && years.equals(other.years)
        && sums.equals(other.sums)
        && ratioSums.equals(other.ratioSums);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog, reportCount, years, sums, ratioSums);
  }

  /** Returns a summary: the number of reports, totals and ratios. */
  @Override
  public String toString() {
    return "ReportStatistics{" + reportCount + " reports, totals=" + totals().values() + ", ratios=" + ratioSums
        + "}";
  }
}
