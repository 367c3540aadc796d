package io.github.fazhi.benchmarks;

import io.github.fazhi.ColumnarTotals;
import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.ReviewTallyAccumulator;
import io.github.fazhi.ReviewTallyColumn;
import io.github.fazhi.Total;
import io.github.fazhi.TotalAccumulator;
import io.github.fazhi.TotalColumn;
import io.github.fazhi.benchmarks.Raw.RawIndicator;
import io.github.fazhi.benchmarks.Raw.RawTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Summing review tallies and case-count indicators across {@link #entries} reports: fazhi's accumulators
 * (a loop, the sequential collector and the parallel collector) against hand-written loops over
 * {@code long[]} columns holding the same numbers, and, for tallies, a loop over records.
 *
 * <p>Each tally states all seven counts and complete decisions, so every sum is known and the {@code long[]}
 * loop computes the same figures as fazhi: seven counts and thirteen decision counts (outcome groups
 * follow from the decisions). Case counts are in 宗, 件 and 万件 with some lower bounds; the loop sums their
 * values in 件.
 *
 * <p>Goals (issue 6): fazhi at least 0.5× the speed of the loop; the parallel collector on two cores at
 * least 1.5× the sequential one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SumBenchmark {
  /** The seven counts a tally states, as columns of the {@code long[]} alternative. */
  static final int COUNTS = 7;

  /** How many tallies and how many indicators are summed. */
  @Param("1000000")
  public int entries;

  List<ReviewTally> tallies;
  List<TallyRecord> tallyRecords;
  /** The same tallies as a fazhi column, built (and read) once. */
  ReviewTallyColumn tallyColumn;
  /** Columns: received, accepted, notAccepted, carriedOver, concluded, withdrawn, pending, then decisions. */
  long[][] tallyColumns;
  List<Indicator> caseCounts;
  /** The case counts' values in 件. */
  long[] caseValues;
  /** The same case counts as a fazhi column, built (and checked) once. */
  TotalColumn caseColumn;

  /** Generates the entries and lays the same numbers out as columns. */
  @SuppressWarnings("EnumOrdinal") // the long[] alternative keeps one column per decision, by ordinal
  @Setup(Level.Trial)
  public void setUp() {
    CorpusGenerator generator = new CorpusGenerator(2020);
    tallies = new ArrayList<>(entries);
    tallyRecords = new ArrayList<>(entries);
    tallyColumns = new long[COUNTS + Decision.values().length][entries];
    for (int i = 0; i < entries; i++) {
      RawTally raw = generator.summableTally();
      tallies.add(FazhiValues.tally(raw));
      tallyRecords.add(Records.tally(raw));
      long[] counts = {raw.received(), raw.accepted(), 0, 0, raw.concluded(), raw.withdrawn(), raw.pending()};
      for (int c = 0; c < COUNTS; c++) {
        tallyColumns[c][i] = counts[c];
      }
      for (var decision : raw.decisions().entrySet()) {
        tallyColumns[COUNTS + decision.getKey().ordinal()][i] = decision.getValue();
      }
    }
    tallyColumn = tallyColumn(tallies);
    caseCounts = new ArrayList<>(entries);
    caseValues = new long[entries];
    for (int i = 0; i < entries; i++) {
      RawIndicator raw = generator.caseCount();
      Indicator indicator = FazhiValues.indicator(raw);
      caseCounts.add(indicator);
      caseValues[i] = indicator.baseValue().longValueExact();
    }
    caseColumn = column(caseCounts);
  }

  private static ReviewTallyColumn tallyColumn(List<ReviewTally> tallies) {
    ReviewTallyColumn.Builder builder = ReviewTallyColumn.builder();
    for (ReviewTally tally : tallies) {
      builder.add(tally);
    }
    return builder.build();
  }

  private static TotalColumn column(List<Indicator> indicators) {
    TotalColumn.Builder builder = TotalColumn.builder();
    for (Indicator indicator : indicators) {
      builder.add(indicator);
    }
    return builder.build();
  }

  /**
   * fazhi: a loop over a {@link ReviewTallyAccumulator}.
   *
   * @return the sum
   */
  @Benchmark
  public Optional<ReviewTally> talliesFazhiLoop() {
    ReviewTallyAccumulator accumulator = new ReviewTallyAccumulator();
    for (ReviewTally tally : tallies) {
      accumulator.add(tally);
    }
    return accumulator.snapshot();
  }

  /**
   * fazhi, columnar (issue 26): the sum of the same tallies held as a {@link ReviewTallyColumn}, built
   * once in the set-up.
   *
   * @return the sum
   */
  @Benchmark
  public Optional<ReviewTally> talliesColumnSum() {
    return tallyColumn.sum();
  }

  /**
   * fazhi, columnar: building the column from the tallies and then summing it, the cost of a column used
   * once.
   *
   * @return the sum
   */
  @Benchmark
  public Optional<ReviewTally> talliesColumnBuildAndSum() {
    return tallyColumn(tallies).sum();
  }

  /**
   * fazhi: the sequential collector {@link ReviewTally#summing()}.
   *
   * @return the sum
   */
  @Benchmark
  public Optional<ReviewTally> talliesFazhiCollector() {
    return tallies.stream().collect(ReviewTally.summing());
  }

  /**
   * fazhi: the same collector on a parallel stream.
   *
   * @return the sum
   */
  @Benchmark
  public Optional<ReviewTally> talliesFazhiParallel() {
    return tallies.parallelStream().collect(ReviewTally.summing());
  }

  /**
   * The alternative: a loop over {@code long[]} columns, one sum per count and per decision.
   *
   * @return the sums, by column
   */
  @Benchmark
  public long[] talliesLongArrayLoop() {
    long[][] columns = tallyColumns;
    long[] sums = new long[columns.length];
    for (int c = 0; c < columns.length; c++) {
      long[] column = columns[c];
      long sum = 0;
      for (int i = 0; i < column.length; i++) {
        sum += column[i];
      }
      sums[c] = sum;
    }
    return sums;
  }

  /**
   * Another alternative: a loop over records with boxed counts, as a user holding records would write.
   *
   * @return the sums of the seven counts
   */
  @Benchmark
  public long[] talliesRecordLoop() {
    long[] sums = new long[COUNTS];
    for (TallyRecord tally : tallyRecords) {
      sums[0] += tally.received() == null ? 0 : tally.received();
      sums[1] += tally.accepted() == null ? 0 : tally.accepted();
      sums[2] += tally.notAccepted() == null ? 0 : tally.notAccepted();
      sums[3] += tally.carriedOver() == null ? 0 : tally.carriedOver();
      sums[4] += tally.concluded() == null ? 0 : tally.concluded();
      sums[5] += tally.withdrawn() == null ? 0 : tally.withdrawn();
      sums[6] += tally.pending() == null ? 0 : tally.pending();
    }
    return sums;
  }

  /**
   * fazhi: a loop over a {@link TotalAccumulator}.
   *
   * @return the total
   */
  @Benchmark
  public Total totalsFazhiLoop() {
    TotalAccumulator accumulator = new TotalAccumulator();
    for (Indicator indicator : caseCounts) {
      accumulator.add(indicator);
    }
    return accumulator.snapshot();
  }

  /**
   * fazhi, columnar (issue 26): the same loop into one slot of {@link ColumnarTotals}, which adds a value
   * stated without decimals as a {@code long} and makes no {@code BigDecimal} for it.
   *
   * @return the total
   */
  @Benchmark
  public Total totalsColumnarLoop() {
    ColumnarTotals totals = new ColumnarTotals(1);
    for (Indicator indicator : caseCounts) {
      totals.add(0, indicator);
    }
    return totals.snapshot(0);
  }

  /**
   * fazhi, columnar (issue 26): the total of the same values held as a {@link TotalColumn}, built once in
   * the set-up; what the {@code long[]} loop is to an array, this is to fazhi's column.
   *
   * @return the total
   */
  @Benchmark
  public Total totalsColumnSum() {
    return caseColumn.total();
  }

  /**
   * fazhi, columnar: building the column from the indicators (every value checked and scaled) and then
   * totalling it, the cost of a column used once.
   *
   * @return the total
   */
  @Benchmark
  public Total totalsColumnBuildAndSum() {
    return column(caseCounts).total();
  }

  /**
   * fazhi: the sequential collector {@link Total#toTotal()}.
   *
   * @return the total
   */
  @Benchmark
  public Total totalsFazhiCollector() {
    return caseCounts.stream().collect(Total.toTotal());
  }

  /**
   * fazhi: the same collector on a parallel stream.
   *
   * @return the total
   */
  @Benchmark
  public Total totalsFazhiParallel() {
    return caseCounts.parallelStream().collect(Total.toTotal());
  }

  /**
   * The alternative: a loop over the values in 件.
   *
   * @return the sum
   */
  @Benchmark
  public long totalsLongArrayLoop() {
    long[] values = caseValues;
    long sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i];
    }
    return sum;
  }
}
