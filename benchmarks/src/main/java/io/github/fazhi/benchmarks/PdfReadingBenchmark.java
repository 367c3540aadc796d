package io.github.fazhi.benchmarks;

import io.github.fazhi.documents.Document;
import io.github.fazhi.documents.Documents;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one report PDF of {@link #pages} pages (issue 22: a 5-page and a 50-page report), from a file, on
 * one thread: {@link #extract} only turns the file into a {@link Document} ({@link Documents#read(Path)}:
 * PDFBox's text positions, lines joined, page numbers and running headers dropped), which is what
 * {@code pdftotext} does and the figure to set beside it; {@link #read} also reads the document's text into a
 * draft report ({@link ReportReader}), as {@code fazhi read} does. The PDF is drawn in the set-up
 * ({@link ReportFiles#pdf}) and written to a temporary file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PdfReadingBenchmark {
  /** The report's number of pages. */
  @Param({"5", "50"})
  public int pages = 5;

  Path file;

  /** Draws the PDF and writes it to a temporary file. */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("fazhi-report-" + pages + "-", ".pdf");
    Files.write(file, ReportFiles.pdf(pages, 0));
  }

  /** Deletes the file. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the PDF into a document.
   *
   * @return the document
   * @throws IOException if it cannot be read
   */
  @Benchmark
  public Document extract() throws IOException {
    return Documents.read(file);
  }

  /**
   * Reads the PDF into a document and the document's text into a draft report.
   *
   * @return the draft
   * @throws IOException if it cannot be read
   */
  @Benchmark
  public Draft read() throws IOException {
    return ReportReader.standard().readText(Documents.read(file).text(), Hints.none());
  }
}
