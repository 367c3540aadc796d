package io.github.fazhi.benchmarks;

import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import java.util.ArrayList;
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
 * Checking a corpus of {@link #reports} seed-shaped reports with the standard rules: every report on its
 * own and the reports against each other ({@link ReportChecker#checkAll}), and, to split the cost, every
 * report on its own only ({@link ReportChecker#check}). The corpus holds series of {@value #YEARS} years
 * per jurisdiction (2015–2024), as a collection over a province or the country does, so the rules across
 * reports have years to compare. With {@link #kinds} {@code mixed} (the default, issue 26), half of the
 * corpus is 政府信息公开工作年度报告: after each 法治政府 report of the first half of the series comes the same
 * government's 政府信息公开 report of the same year, with Tables A, B and C ({@link OpenGovCorpus}), so that the
 * 政府信息公开 rules run as on a real collection; {@code rule_of_law} is the corpus of issue 6, 法治政府 reports
 * only, kept to compare with earlier figures.
 *
 * <p>Each operation checks the whole corpus: the time per report is the score divided by {@link #reports}.
 * Goal (issue 6): that cost per report flat within 20% from 1,000 to 100,000 reports.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Xmx10g") // 100,000 reports and their raw inputs take about 4 GB while set up
public class CheckBenchmark {
  /** The length of each jurisdiction's series. */
  static final int YEARS = 10;

  /** How many reports the corpus holds. */
  @Param({"1000", "10000", "100000"})
  public int reports;

  /**
   * What the corpus holds: {@code mixed}, half 法治政府 and half 政府信息公开 reports, or {@code rule_of_law},
   * 法治政府 reports only.
   */
  @Param({"mixed", "rule_of_law"})
  public String kinds = "mixed";

  List<Report> corpus;
  ReportChecker checker;

  /** Generates the corpus. */
  @Setup(Level.Trial)
  public void setUp() {
    if (kinds.equals("rule_of_law")) {
      corpus = new CorpusGenerator(2022).series(reports, YEARS).stream().map(FazhiValues::report).toList();
    } else if (kinds.equals("mixed")) {
      int twins = reports / 2;
      List<Report> law = new CorpusGenerator(2022).series(reports - twins, YEARS).stream().map(FazhiValues::report)
          .toList();
      corpus = OpenGovCorpus.interleave(law, twins, 2022);
    } else {
      throw new IllegalArgumentException("kinds: mixed or rule_of_law, not " + kinds);
    }
    checker = ReportChecker.standard();
  }

  /**
   * Checks every report and then the reports against each other.
   *
   * @return every finding
   */
  @Benchmark
  public List<Finding> checkAll() {
    return checker.checkAll(corpus);
  }

  /**
   * Checks every report on its own, without the rules across reports.
   *
   * @return every finding
   */
  @Benchmark
  public List<Finding> checkEach() {
    List<Finding> findings = new ArrayList<>();
    for (Report report : corpus) {
      findings.addAll(checker.check(report));
    }
    return findings;
  }
}
