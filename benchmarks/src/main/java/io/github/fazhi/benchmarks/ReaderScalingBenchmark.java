package io.github.fazhi.benchmarks;

import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.ReportReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How reading grows with the text (issue 23): one generated report of 20 KB, 1 MB and 4 MB of UTF-8
 * ({@link ReaderBenchmark#report(int)}: work areas with measures, review sentences with 其中 breakdowns,
 * percentages and changes) read into a draft on one thread. Reading is linear when the time per operation
 * grows as the size does (50× from 20 KB to 1 MB, 4× from 1 MB to 4 MB); the goal is a 4 MB text in under
 * 4 s on one core after warm-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReaderScalingBenchmark {
  /** The size of the report, in bytes of UTF-8. */
  @Param({"20000", "1000000", "4000000"})
  public int bytes;

  String report;

  /** Generates the report. */
  @Setup
  public void setUp() {
    report = ReaderBenchmark.report(bytes);
  }

  /**
   * Reads the report into a draft.
   *
   * @return the draft
   */
  @Benchmark
  public Draft read() {
    return ReportReader.standard().read(report, Hints.none());
  }
}
