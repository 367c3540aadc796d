package io.github.fazhi.benchmarks;

import io.github.fazhi.documents.Documents;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.ReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a folder of {@value #FILES} report files on {@link #threads} threads (issue 26): each file read
 * into a document ({@link Documents#read(Path)}) and its text into a draft report ({@link ReportReader}), the
 * drafts collected in the files' order, as {@code fazhi read DIR --threads N} does. The score is in
 * documents per second; two threads over one is how reading scales (goal: at least 1.8 on two idle cores).
 * {@link #kind} {@code txt}: the 20 KB report as UTF-8 text; {@code pdf}: the same report drawn on
 * {@value #PDF_PAGES} pages ({@link ReportFiles}).
 *
 * <p>Two shapes of the same work:
 * <ul>
 *   <li>{@link #readFolder}: all {@value #FILES} files submitted at once and waited for together, one
 *       operation a folder. Every operation ends at a barrier: the thread that finishes its last file first
 *       idles until the other one has finished its own, so on two threads up to one document's time in
 *       every {@value #FILES} is lost that a long run never loses.
 *   <li>{@link #readStream}: what the command line does with a folder of any size ({@code InOrderPool} of
 *       the examples): files read ahead on the pool through a window of {@code 2 × threads}, each draft
 *       taken in the files' order, the next file submitted as each is taken; the folder's files are read
 *       again and again, one operation a document, with no barrier. On one thread each file is read on
 *       the calling thread, as the command line does.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FolderReadingBenchmark {
  /** How many files the folder holds. */
  static final int FILES = 8;
  /** The pages of each PDF of the folder. */
  static final int PDF_PAGES = 5;

  /** The kind of file: {@code txt} or {@code pdf}. */
  @Param({"txt", "pdf"})
  public String kind = "txt";

  /** How many files are read at once. */
  @Param({"1", "2"})
  public int threads = 1;

  Path folder;
  List<Path> files;
  ExecutorService pool;
  /** The reads in flight of {@link #readStream}, oldest first: at most {@code 2 × threads}. */
  final Deque<Future<Draft>> window = new ArrayDeque<>();
  /** The index of the next file {@link #readStream} submits, counting round the folder. */
  int next;

  /** Writes the folder and starts the pool. */
  @Setup
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("fazhi-folder-" + kind + "-");
    files = ReportFiles.folder(folder, FILES, kind.equals("pdf") ? PDF_PAGES : 0);
    pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "fazhi-reading");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Stops the pool, once the reads in flight have ended, and deletes the folder.
   *
   * @throws IOException if the folder cannot be deleted
   * @throws InterruptedException if interrupted while the pool stops
   */
  @TearDown
  public void tearDown() throws IOException, InterruptedException {
    window.clear();
    pool.shutdownNow();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    ReportFiles.delete(folder);
  }

  /**
   * Reads every file of the folder; the score is per file.
   *
   * @return the drafts, in the files' order
   * @throws Exception if a file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(FILES)
  public List<Draft> readFolder() throws Exception {
    List<Draft> drafts = new ArrayList<>(FILES);
    if (threads == 1) {
      for (Path file : files) {
        drafts.add(read(file));
      }
      return drafts;
    }
    List<Future<Draft>> pending = new ArrayList<>(FILES);
    for (Path file : files) {
      pending.add(pool.submit(() -> read(file)));
    }
    for (Future<Draft> draft : pending) {
      try {
        drafts.add(draft.get());
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }
    return drafts;
  }

  /**
   * Takes the next draft of an endless stream of the folder's files, read ahead through a window of
   * {@code 2 × threads} as the command line reads a folder; the score is per file.
   *
   * @return the draft of the oldest file in flight
   * @throws Exception if a file cannot be read
   */
  @Benchmark
  public Draft readStream() throws Exception {
    if (threads == 1) {
      return read(nextFile());
    }
    while (window.size() < 2 * threads) {
      Path file = nextFile();
      window.add(pool.submit(() -> read(file)));
    }
    try {
      return window.remove().get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private Path nextFile() {
    Path file = files.get(next);
    next = (next + 1) % FILES;
    return file;
  }

  private static Draft read(Path file) {
    try {
      return ReportReader.standard().readText(Documents.read(file).text(), Hints.none());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
