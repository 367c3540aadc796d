package io.github.fazhi.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.fazhi.Report;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.json.FazhiModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.ArrayList;
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
 * Reading and writing one seed-shaped report as JSON: fazhi-json ({@link FazhiJson#reader()} and
 * {@link FazhiJson#writer()}, which build every value through its validating builder) against the records
 * bound by a plain Jackson {@code JsonMapper}, as a user without fazhi would write it (with
 * {@code JavaTimeModule} for the date and {@code NON_NULL} inclusion, so that neither side writes absent
 * values). Each side reads the documents it writes itself, holding the same content; both take turns over
 * the same {@value #INPUTS} generated reports, kept as UTF-8 bytes.
 *
 * <p>Goals (issue 6): fazhi reading at least 0.8× the records' throughput (with fazhi's full validation,
 * against none), writing at least 0.9×. {@link #recordsReadAndValidate()} adds what the records need to
 * match fazhi's checks: Hibernate Validator on every record read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class JsonBenchmark {
  /** How many distinct reports the benchmarks cycle through (a power of two). */
  static final int INPUTS = 64;

  List<Report> reports;
  List<ReportRecord> records;
  List<byte[]> fazhiDocuments;
  List<byte[]> recordDocuments;
  ObjectReader fazhiReader;
  ObjectReader moduleReader;
  ObjectWriter fazhiWriter;
  ObjectReader recordReader;
  ObjectWriter recordWriter;
  ValidatorFactory factory;
  Validator validator;
  private int next;

  /**
   * Returns the mapper a user would configure for the records: plain databind, ISO dates, absent values
   * left out (empty lists are written, so that they read back as empty lists).
   *
   * @return a new mapper
   */
  static ObjectMapper recordMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  /**
   * Generates the reports, their records and both sides' documents, and bootstraps the validator.
   *
   * @throws IOException never, for these values
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    reports = new CorpusGenerator(2021).reports(INPUTS).stream().map(FazhiValues::report).toList();
    records = reports.stream().map(Records::of).toList();
    fazhiReader = FazhiJson.reader();
    fazhiWriter = FazhiJson.writer();
    moduleReader = JsonMapper.builder().addModule(new FazhiModule()).build().readerFor(Report.class);
    ObjectMapper mapper = recordMapper();
    recordReader = mapper.readerFor(ReportRecord.class);
    recordWriter = mapper.writerFor(ReportRecord.class);
    fazhiDocuments = new ArrayList<>(INPUTS);
    recordDocuments = new ArrayList<>(INPUTS);
    for (int i = 0; i < INPUTS; i++) {
      fazhiDocuments.add(fazhiWriter.writeValueAsBytes(reports.get(i)));
      recordDocuments.add(recordWriter.writeValueAsBytes(records.get(i)));
    }
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
   * fazhi: reads a report; every value is built through its builder and checked.
   *
   * @return the report
   * @throws IOException never, for these documents
   */
  @Benchmark
  public Report fazhiRead() throws IOException {
    return fazhiReader.readValue(fazhiDocuments.get(nextIndex()));
  }

  /**
   * fazhi's module alone on a plain {@code JsonMapper} (what {@code findAndRegisterModules()} gives): the
   * values are as fully checked, without the safe mapper's strict duplicate-key detection and limits.
   *
   * @return the report
   * @throws IOException never, for these documents
   */
  @Benchmark
  public Report fazhiModuleRead() throws IOException {
    return moduleReader.readValue(fazhiDocuments.get(nextIndex()));
  }

  /**
   * The alternative: reads the records with plain databind, checking nothing.
   *
   * @return the record
   * @throws IOException never, for these documents
   */
  @Benchmark
  public ReportRecord recordsRead() throws IOException {
    return recordReader.readValue(recordDocuments.get(nextIndex()));
  }

  /**
   * The alternative with fazhi's checks: reads the records and validates them with Hibernate Validator.
   *
   * @return the violations (none for these documents)
   * @throws IOException never, for these documents
   */
  @Benchmark
  public Set<ConstraintViolation<ReportRecord>> recordsReadAndValidate() throws IOException {
    ReportRecord record = recordReader.readValue(recordDocuments.get(nextIndex()));
    return validator.validate(record);
  }

  /**
   * fazhi: writes a report in the compact form.
   *
   * @return the UTF-8 bytes
   * @throws IOException never, for these values
   */
  @Benchmark
  public byte[] fazhiWrite() throws IOException {
    return fazhiWriter.writeValueAsBytes(reports.get(nextIndex()));
  }

  /**
   * The alternative: writes the records with plain databind.
   *
   * @return the UTF-8 bytes
   * @throws IOException never, for these values
   */
  @Benchmark
  public byte[] recordsWrite() throws IOException {
    return recordWriter.writeValueAsBytes(records.get(nextIndex()));
  }
}
