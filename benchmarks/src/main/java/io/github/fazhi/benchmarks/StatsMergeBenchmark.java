package io.github.fazhi.benchmarks;

import io.github.fazhi.Report;
import io.github.fazhi.stats.ReportStatistics;
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
 * Merging two statistics snapshots ({@link ReportStatistics#plus}), each over half of a corpus of
 * {@link #reports} generated reports, as the combine step of a distributed job does. A snapshot holds
 * sums only, so the cost of a merge is the size of the sums, whatever the number of reports behind them.
 *
 * <p>Goal (issue 12): the score flat from 1,000 to 100,000 reports.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Xmx4g")
public class StatsMergeBenchmark {
  /** How many reports are behind the two snapshots together. */
  @Param({"1000", "10000", "100000"})
  public int reports;

  ReportStatistics left;
  ReportStatistics right;

  /** Generates the corpus and the snapshots of its two halves; the reports are then dropped. */
  @Setup(Level.Trial)
  public void setUp() {
    List<Report> corpus = new CorpusGenerator(2012).reports(reports).stream().map(FazhiValues::report).toList();
    int half = corpus.size() / 2;
    left = ReportStatistics.of(corpus.subList(0, half));
    right = ReportStatistics.of(corpus.subList(half, corpus.size()));
  }

  /**
   * Merges the two snapshots.
   *
   * @return the statistics of the whole corpus
   */
  @Benchmark
  public ReportStatistics merge() {
    return left.plus(right);
  }
}
