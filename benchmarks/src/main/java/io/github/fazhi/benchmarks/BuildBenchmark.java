package io.github.fazhi.benchmarks;

import io.github.fazhi.Report;
import io.github.fazhi.benchmarks.Raw.RawReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Building and validating one seed-shaped report from a parser's raw inputs (about 28 measures and 20
 * numbers): fazhi's builders, whose {@code build()} checks every invariant, against records checked by
 * Hibernate Validator. Both take turns over the same {@value #INPUTS} generated inputs.
 *
 * <p>Goal (issue 6): fazhi at least 10× faster than records + {@code validator.validate(record)}.
 * {@link #recordsBuildOnly()} and {@link #recordsValidateOnly()} split the alternative's time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class BuildBenchmark {
  /** How many distinct inputs the benchmarks cycle through (a power of two). */
  static final int INPUTS = 64;

  List<RawReport> inputs;
  List<ReportRecord> builtRecords;
  ValidatorFactory factory;
  Validator validator;
  private int next;

  /** Generates the inputs and bootstraps the validator. */
  @Setup(Level.Trial)
  public void setUp() {
    inputs = new CorpusGenerator(2019).reports(INPUTS);
    builtRecords = inputs.stream().map(Records::report).toList();
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  private int nextIndex() {
    int index = next;
    next = (index + 1) & (INPUTS - 1);
    return index;
  }

  /**
   * fazhi: builds the report through its builders; every value checks its invariants.
   *
   * @return the report
   */
  @Benchmark
  public Report fazhiBuild() {
    return FazhiValues.report(inputs.get(nextIndex()));
  }

  /**
   * The alternative: builds the records and validates them with Hibernate Validator.
   *
   * @return the violations (none for these inputs)
   */
  @Benchmark
  public Set<ConstraintViolation<ReportRecord>> recordsBuildAndValidate() {
    return validator.validate(Records.report(inputs.get(nextIndex())));
  }

  /**
   * Part of the alternative: builds the records only, with no check at all.
   *
   * @return the record
   */
  @Benchmark
  public ReportRecord recordsBuildOnly() {
    return Records.report(inputs.get(nextIndex()));
  }

  /**
   * Part of the alternative: validates records built beforehand.
   *
   * @return the violations (none for these inputs)
   */
  @Benchmark
  public Set<ConstraintViolation<ReportRecord>> recordsValidateOnly() {
    return validator.validate(builtRecords.get(nextIndex()));
  }
}
