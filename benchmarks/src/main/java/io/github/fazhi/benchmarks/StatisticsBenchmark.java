package io.github.fazhi.benchmarks;

import io.github.fazhi.Report;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.stats.ReportStatisticsAccumulator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Statistics of a corpus of {@link #reports} generated reports (issue 26) through
 * {@link ReportStatisticsAccumulator}, whose sums are primitive columns, one slot per code. Until issue 26
 * it summed into a map of {@code TotalAccumulator}s (one {@code BigDecimal} addition per value); that form
 * is now the reference in core's tests, and its figures beside the columns' are in docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Xmx4g")
public class StatisticsBenchmark {
  /** How many reports are summed. */
  @Param("10000")
  public int reports;

  List<Report> corpus;

  /** Generates the corpus. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = new CorpusGenerator(2026).reports(reports).stream().map(FazhiValues::report).toList();
  }

  /**
   * The accumulator.
   *
   * @return the statistics
   */
  @Benchmark
  public ReportStatistics columnarAccumulator() {
    ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator();
    accumulator.addAll(corpus);
    return accumulator.snapshot();
  }
}
