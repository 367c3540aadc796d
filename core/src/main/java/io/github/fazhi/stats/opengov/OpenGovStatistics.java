package io.github.fazhi.stats.opengov;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.DisputeBlock;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Statistics of open-government-information annual reports across bodies (a government and its
 * departments, a city over its districts): applications by applicant type, the shares of 予以公开 and 部分公开
 * among the concluded applications, carried-over applications, and Table C's correction rates. Every
 * share is a ratio of sums over the reports that state both its counts, with the number of those reports
 * (its coverage). Only reports with {@link Report#openGovInfo()} are counted.
 *
 * <h2>Unknown counts</h2>
 * A report that leaves a cell blank adds nothing to that sum and does not count in its coverage: unknown
 * is not zero.
 *
 * <h2>Zero denominator</h2>
 * A share whose denominator sums to 0 is empty.
 *
 * <p>Build one with {@link #of(Iterable)} or the collector {@link #toStatistics()}; both give the same
 * result as {@link OpenGovStatisticsAccumulator}, in any order and merged in any way. Statistics of parts
 * merge into the statistics of the whole ({@link #plus(OpenGovStatistics)}), and a snapshot is
 * {@link Serializable}, so it can be sent to another machine and merged there, like
 * {@link io.github.fazhi.stats.ReportStatistics}. This class is immutable and thread-safe.
 */
public final class OpenGovStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long reports;
  private final long[] sums;
  private final long[] coverage;

  OpenGovStatistics(OpenGovStatisticsAccumulator accumulator) {
    this.reports = accumulator.reports();
    this.sums = accumulator.sums();
    this.coverage = accumulator.coverage();
  }

  /**
   * A sum of one count over the reports that state it.
   *
   * @param sum  the sum
   * @param reports  how many reports state the count
   */
  public record Count(long sum, long reports) {}

  /**
   * A ratio of sums over the reports that state both its counts.
   *
   * @param numerator  the sum of the numerators
   * @param denominator  the sum of the denominators
   * @param reports  how many reports state both counts
   */
  public record Share(long numerator, long denominator, long reports) {
    /**
     * Returns the ratio.
     *
     * @return the exact ratio, or empty when the denominator is 0
     */
    public Optional<Rate> rate() {
      return Rate.tryOf(numerator, denominator);
    }
  }

  /**
   * Returns the statistics of some reports.
   *
   * @param reports  the reports, not null
   * @return the statistics, never null
   */
  public static OpenGovStatistics of(Iterable<Report> reports) {
    requireNonNull(reports, "reports");
    OpenGovStatisticsAccumulator accumulator = new OpenGovStatisticsAccumulator();
    reports.forEach(accumulator::add);
    return accumulator.snapshot();
  }

  /**
   * Returns a collector of reports into statistics; it may run in parallel.
   *
   * @return the collector, never null
   */
  public static Collector<Report, OpenGovStatisticsAccumulator, OpenGovStatistics> toStatistics() {
    return Collector.of(OpenGovStatisticsAccumulator::new, OpenGovStatisticsAccumulator::add,
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        OpenGovStatisticsAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the statistics of these reports and the other's together, as if every report had been added
   * to one accumulator.
   *
   * @param other  the other statistics, not null
   * @return the merged statistics, never null
   * @throws ArithmeticException if a sum overflows a long
   */
  public OpenGovStatistics plus(OpenGovStatistics other) {
    requireNonNull(other, "other");
    OpenGovStatisticsAccumulator accumulator = new OpenGovStatisticsAccumulator();
    accumulator.addAll(this);
    accumulator.addAll(other);
    return accumulator.snapshot();
  }

  /**
   * Returns how many reports with open-government-information content were added.
   *
   * @return the number of reports
   */
  public long reports() {
    return reports;
  }

  /**
   * Returns the applications received this year (一、本年新收) from one type of applicant.
   *
   * @param column  the applicant column, {@link ApplicantColumn#TOTAL} for all; not null
   * @return the sum and its coverage, never null
   */
  public Count received(ApplicantColumn column) {
    requireNonNull(column, "column");
    return count(OpenGovStatisticsAccumulator.received(column));
  }

  /**
   * Returns the applications carried over from the previous year (二、上年结转, 总计).
   *
   * @return the sum and its coverage, never null
   */
  public Count carriedOver() {
    return count(OpenGovStatisticsAccumulator.CARRIED_OVER);
  }

  /**
   * Returns the applications carried forward to the next year (四、结转下年度继续办理, 总计).
   *
   * @return the sum and its coverage, never null
   */
  public Count carriedForward() {
    return count(OpenGovStatisticsAccumulator.CARRIED_FORWARD);
  }

  /**
   * Returns the share of (一)予以公开 among all results ((七)总计), 总计 column.
   *
   * @return the share, never null
   */
  public Share disclosed() {
    return share(OpenGovStatisticsAccumulator.DISCLOSED);
  }

  /**
   * Returns the share of (二)部分公开 among all results ((七)总计), 总计 column.
   *
   * @return the share, never null
   */
  public Share partlyDisclosed() {
    return share(OpenGovStatisticsAccumulator.PARTLY_DISCLOSED);
  }

  /**
   * Returns the correction rate of a block of Table C: 结果纠正 ÷ (结果维持 + 结果纠正 + 其他结果), the concluded
   * cases.
   *
   * @param block  the block, not null
   * @return the share, never null
   */
  public Share correction(DisputeBlock block) {
    requireNonNull(block, "block");
    return share(OpenGovStatisticsAccumulator.correction(block));
  }

  private Count count(int index) {
    return new Count(sums[index], coverage[index]);
  }

  private Share share(int index) {
    return new Share(sums[index], sums[index + 1], coverage[index]);
  }

  long[] sums() {
    return sums.clone();
  }

  long[] coverage() {
    return coverage.clone();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (reports < 0 || sums == null || coverage == null || sums.length != OpenGovStatisticsAccumulator.SLOTS
        || coverage.length != OpenGovStatisticsAccumulator.SLOTS) {
      throw new InvalidObjectException("incomplete 政府信息公开 statistics");
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof OpenGovStatistics other && reports == other.reports
        && Arrays.equals(sums, other.sums) && Arrays.equals(coverage, other.coverage);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(reports) * 31 * 31 + Arrays.hashCode(sums) * 31 + Arrays.hashCode(coverage);
  }

  @Override
  public String toString() {
    return "OpenGovStatistics{reports=" + reports + ", received=" + received(ApplicantColumn.TOTAL)
        + ", disclosed=" + disclosed() + ", correction=" + correction(DisputeBlock.RECONSIDERATION) + "}";
  }
}
