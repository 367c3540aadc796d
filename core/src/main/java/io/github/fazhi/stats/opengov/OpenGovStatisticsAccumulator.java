package io.github.fazhi.stats.opengov;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Report;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import java.util.OptionalLong;

/**
 * A mutable aggregate of open-government-information annual reports, mergeable with another as if every
 * report had been added to one: {@code add}, {@code addAll} and {@link #snapshot()}.
 * {@link OpenGovStatistics#toStatistics()} is its collector. Sums fail with an
 * {@link ArithmeticException} on overflow.
 *
 * <p>This class is not thread-safe: use one per thread and merge them.
 */
public final class OpenGovStatisticsAccumulator {
  // slots: 7 received columns, carried over, carried forward, then pairs (numerator, denominator)
  static final int CARRIED_OVER = ApplicantColumn.values().length;
  static final int CARRIED_FORWARD = CARRIED_OVER + 1;
  static final int DISCLOSED = CARRIED_FORWARD + 1;
  static final int PARTLY_DISCLOSED = DISCLOSED + 2;
  private static final int CORRECTION = PARTLY_DISCLOSED + 2;
  static final int SLOTS = CORRECTION + 2 * DisputeBlock.values().length;

  private long reports;
  private final long[] sums = new long[SLOTS];
  private final long[] coverage = new long[SLOTS];

  /** Creates an empty accumulator. */
  public OpenGovStatisticsAccumulator() {}

  static int received(ApplicantColumn column) {
    return column.ordinal();
  }

  static int correction(DisputeBlock block) {
    return CORRECTION + 2 * block.ordinal();
  }

  /**
   * Adds one report; a report without open-government-information content adds nothing.
   *
   * @param report  the report, not null
   */
  public void add(Report report) {
    requireNonNull(report, "report");
    if (report.openGovInfo().isEmpty()) {
      return;
    }
    OpenGovInfo info = report.openGovInfo().get();
    reports = Math.addExact(reports, 1);
    info.applications().ifPresent(this::addApplications);
    info.disputes().ifPresent(this::addDisputes);
  }

  private void addApplications(ApplicationTable table) {
    for (ApplicantColumn column : ApplicantColumn.values()) {
      count(received(column), table.cell(ApplicationRow.NEW_RECEIVED, column));
    }
    count(CARRIED_OVER, table.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL));
    count(CARRIED_FORWARD, table.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL));
    OptionalLong results = table.cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL);
    pair(DISCLOSED, table.cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL), results);
    pair(PARTLY_DISCLOSED, table.cell(ApplicationRow.PARTLY_DISCLOSED, ApplicantColumn.TOTAL), results);
  }

  private void addDisputes(DisputeTable table) {
    for (DisputeBlock block : DisputeBlock.values()) {
      OptionalLong upheld = table.cell(block, DisputeColumn.UPHELD);
      OptionalLong corrected = table.cell(block, DisputeColumn.CORRECTED);
      OptionalLong other = table.cell(block, DisputeColumn.OTHER);
      if (upheld.isPresent() && corrected.isPresent() && other.isPresent()) {
        long concluded = Math.addExact(Math.addExact(upheld.getAsLong(), corrected.getAsLong()), other.getAsLong());
        pair(correction(block), corrected, OptionalLong.of(concluded));
      }
    }
  }

  private void count(int slot, OptionalLong value) {
    if (value.isPresent()) {
      sums[slot] = Math.addExact(sums[slot], value.getAsLong());
      coverage[slot]++;
    }
  }

  private void pair(int slot, OptionalLong numerator, OptionalLong denominator) {
    if (numerator.isPresent() && denominator.isPresent()) {
      sums[slot] = Math.addExact(sums[slot], numerator.getAsLong());
      sums[slot + 1] = Math.addExact(sums[slot + 1], denominator.getAsLong());
      coverage[slot]++;
    }
  }

  /**
   * Adds everything another accumulator has added, as if its reports had been added to this one.
   *
   * @param other  the other accumulator, not null
   */
  public void addAll(OpenGovStatisticsAccumulator other) {
    requireNonNull(other, "other");
    add(other.reports, other.sums, other.coverage);
  }

  /**
   * Adds the statistics of other reports, as if those reports had been added to this accumulator.
   *
   * @param statistics  the statistics, not null
   */
  public void addAll(OpenGovStatistics statistics) {
    requireNonNull(statistics, "statistics");
    add(statistics.reports(), statistics.sums(), statistics.coverage());
  }

  private void add(long otherReports, long[] otherSums, long[] otherCoverage) {
    reports = Math.addExact(reports, otherReports);
    for (int i = 0; i < SLOTS; i++) {
      sums[i] = Math.addExact(sums[i], otherSums[i]);
      coverage[i] = Math.addExact(coverage[i], otherCoverage[i]);
    }
  }

  /**
   * Returns the statistics of the reports added so far.
   *
   * @return an immutable snapshot, never null
   */
  public OpenGovStatistics snapshot() {
    return new OpenGovStatistics(this);
  }

  long reports() {
    return reports;
  }

  long[] sums() {
    return sums.clone();
  }

  long[] coverage() {
    return coverage.clone();
  }
}
