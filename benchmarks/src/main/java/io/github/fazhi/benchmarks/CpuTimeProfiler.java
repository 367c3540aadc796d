package io.github.fazhi.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the CPU time the benchmark's JVM spent per operation, in the benchmark's time unit, as the
 * secondary result {@code ·cpu}: {@code -prof io.github.fazhi.benchmarks.CpuTimeProfiler}.
 *
 * <p>On a machine shared with other work, wall-clock time per operation grows with the others' load,
 * while the CPU time a JVM spends per operation barely moves; ratios of CPU times are the steadier
 * comparison there. CPU time counts every thread of the JVM, the garbage collector's and the compiler's
 * included, so it is a cost, not a latency: a parallel stream spends more CPU time than it takes.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark's JVM (all threads) per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    start = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result type
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - start;
    long ops = Math.max(1, result.getMetadata().getAllOps());
    TimeUnit unit = benchmark.getTimeUnit();
    double perOp = (double) cpuNanos / ops / TimeUnit.NANOSECONDS.convert(1, unit);
    return List.of(new ScalarResult("cpu", perOp, unit.toString().toLowerCase(java.util.Locale.ROOT).replace(
        "microseconds", "us").replace("milliseconds", "ms").replace("nanoseconds", "ns") + "/op",
        AggregationPolicy.AVG));
  }
}
