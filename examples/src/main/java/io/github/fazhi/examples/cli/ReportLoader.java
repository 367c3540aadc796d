package io.github.fazhi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.fazhi.Report;
import io.github.fazhi.examples.BundledReports;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.json.ReportFile;
import io.github.fazhi.json.ReportStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the reports named on the command line: fazhi JSON files with {@link FazhiJson#readAll(Path)} (one
 * report, an array of reports, or one report per line), reports as published ({@code .txt}, {@code .html},
 * {@code .htm}, {@code .pdf}, {@code .docx}, {@code .doc}, {@code .md}) through the reader ({@link ReportSources}),
 * folders (every file of those kinds and every {@code *.json} inside, in name order, sub-folders included; a
 * folder with none is an error), or with none the bundled reports. A file that cannot be read, is not JSON or holds
 * something that is not a valid report contributes nothing and gives one error line naming the file and
 * the JSON location; the other files are still read. With {@code threads} above 1, documents are read that
 * many at a time ({@link InOrderPool}) while everything is handed on in the files' order, so what is loaded,
 * printed and counted is the same as on one thread.
 */
final class ReportLoader {
  /** A report and where it came from. */
  record Source(String name, Report report) {}

  /** What was read: the reports, and one line per file that could not be. */
  record Loaded(List<Source> reports, List<String> errors) {
    List<Report> values() {
      return reports.stream().map(Source::report).toList();
    }
  }

  private ReportLoader() {}

  static Loaded load(List<Path> paths) {
    return load(paths, Progress.silent(), 1);
  }

  /**
   * Loads, counting each file read on a progress bar, reading up to {@code threads} files at once
   * ({@link InOrderPool}): what is loaded, and in what order, is the same whatever the number of threads.
   */
  static Loaded load(List<Path> paths, Progress progress, int threads) {
    List<ReportFile> read = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<Source> drafted = new ArrayList<>();
    if (paths.isEmpty()) {
      progress.expect(BundledReports.NAMES.size());
      for (String name : BundledReports.NAMES) {
        read.add(FazhiJson.readAll("bundled:" + name, BundledReports.open(name)));
        progress.step(name);
      }
    } else {
      // Folders are listed here, not by readAll, so that the progress bar can count files.
      List<Path> files = files(paths, errors);
      progress.expect(files.size());
      run(files, threads, file -> ReportSources.isDocument(file) // a report as published: read it first
          ? Read.document(file) : new Read(false, List.of(), List.of(), FazhiJson.readAll(file)), (file, result) -> {
            result.reports().forEach(report -> drafted.add(new Source(file.toString(), report)));
            errors.addAll(result.errors());
            read.addAll(result.json());
            progress.step(file.toString());
          });
    }
    List<Source> reports = new ArrayList<>(drafted);
    for (ReportFile file : read) {
      file.reports().forEach(report -> reports.add(new Source(file.source(), report)));
      file.error().ifPresent(error -> errors.add(named(file.source(), error)));
    }
    return new Loaded(List.copyOf(reports), List.copyOf(errors));
  }

  /**
   * What reading one file gave, made on a reading thread: the report of a document or its error line, or the
   * reports of a JSON file read whole ({@link #load}). Empty for a JSON file that {@link #forEach} streams on
   * the calling thread.
   */
  private record Read(boolean streamed, List<Report> reports, List<String> errors, List<ReportFile> json) {
    /** A JSON file, to be streamed on the calling thread. */
    static final Read STREAMED = new Read(true, List.of(), List.of(), List.of());

    static Read document(Path file) {
      List<Report> reports = new ArrayList<>(1);
      List<String> errors = new ArrayList<>(1);
      ReportSources.read(file, reports::add, errors::add);
      return new Read(false, reports, errors, List.of());
    }
  }

  /** {@link InOrderPool#run}, for a command whose output cannot fail to be written. */
  private static <R> void run(List<Path> files, int threads, java.util.function.Function<Path, R> work,
      java.util.function.BiConsumer<Path, R> then) {
    try {
      InOrderPool.run(files, threads, work, then::accept);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // only an interruption: then writes nothing
    }
  }

  /**
   * The files named, each folder replaced by the readable files inside it (reports as published and
   * {@code *.json}), in name order, sub-folders included. A folder with none gives an error line.
   *
   * @param paths  files and folders
   * @param errors  receives one line per folder that cannot be listed or holds nothing readable
   * @return the files, never null
   */
  static List<Path> files(List<Path> paths, List<String> errors) {
    return expandAll(paths, ReportLoader::isReadable, ".txt, .html, .htm, .pdf, .docx, .doc, .md or .json", errors);
  }

  /**
   * The files named, each folder replaced by the reports as published inside it ({@code fazhi read} does
   * not read JSON), in name order, sub-folders included. A folder with none gives an error line.
   *
   * @param paths  files and folders
   * @param errors  receives one line per folder that cannot be listed or holds no document
   * @return the files, never null
   */
  static List<Path> documents(List<Path> paths, List<String> errors) {
    return expandAll(paths, ReportSources::isDocument, ".txt, .html, .htm, .pdf, .docx, .doc or .md", errors);
  }

  private static List<Path> expandAll(List<Path> paths, Predicate<Path> wanted, String kinds, List<String> errors) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      files.addAll(expand(path, wanted, kinds, errors));
    }
    return files;
  }

  /**
   * Reads the reports one at a time (流式读取), handing each to {@code onReport} as soon as it is read, so
   * that memory does not grow with the number of reports: a JSON array or newline-delimited file through
   * the json module's streaming reader ({@link FazhiJson#readReports}), a report as published through
   * {@link ReportSources}. Unlike {@link #load(List, Progress)}, a file whose report N is bad has handed on
   * its reports before N; its error line names report N.
   *
   * @param paths  files and folders; none for the bundled reports
   * @param progress  counts each file read
   * @param onReport  receives each report, in the files' order
   * @param onError  receives one line per file that could not be read (naming it, quoted for a terminal)
   */
  static void forEach(List<Path> paths, Progress progress, Consumer<Source> onReport, Consumer<String> onError) {
    forEach(paths, 1, progress, onReport, onError);
  }

  /**
   * {@link #forEach(List, Progress, Consumer, Consumer)}, reading up to {@code threads} documents at once
   * ({@link InOrderPool}): {@code onReport} and {@code onError} are still called on the calling thread, in
   * the files' order, with the same arguments whatever the number of threads; at most
   * {@code 2 × threads} documents' reports are held ahead of the one handed on. JSON files are streamed on
   * the calling thread when their turn comes.
   *
   * @param paths  files and folders; none for the bundled reports
   * @param threads  how many documents may be read at once, at least 1
   * @param progress  counts each file read
   * @param onReport  receives each report, in the files' order
   * @param onError  receives one line per file that could not be read (naming it, quoted for a terminal)
   */
  static void forEach(List<Path> paths, int threads, Progress progress, Consumer<Source> onReport,
      Consumer<String> onError) {
    if (paths.isEmpty()) {
      progress.expect(BundledReports.NAMES.size());
      for (String name : BundledReports.NAMES) {
        stream("bundled:" + name, () -> BundledReports.open(name), onReport, onError);
        progress.step(name);
      }
      return;
    }
    List<String> listing = new ArrayList<>();
    List<Path> files = files(paths, listing);
    listing.forEach(onError);
    progress.expect(files.size());
    run(files, threads, file -> ReportSources.isDocument(file) ? Read.document(file) : Read.STREAMED, (file, result) -> {
      if (result.streamed()) {
        stream(file.toString(), () -> Files.newInputStream(file), onReport, onError);
      } else {
        result.reports().forEach(report -> onReport.accept(new Source(file.toString(), report)));
        result.errors().forEach(onError);
      }
      progress.step(file.toString());
    });
  }

  /** Opens an input. */
  private interface Opener {
    InputStream open() throws IOException;
  }

  private static void stream(String source, Opener opener, Consumer<Source> onReport, Consumer<String> onError) {
    long count = 0;
    try (InputStream in = opener.open(); ReportStreamReader reader = FazhiJson.readReports(in)) {
      while (reader.hasNext()) {
        onReport.accept(new Source(source, reader.next()));
        count++;
      }
      if (count == 0) {
        onError.accept(Terminal.quote(source) + ": holds no report");
      }
    } catch (UncheckedIOException e) {
      // "report 3: <the refusal>", located in the document
      onError.accept(Terminal.quote(source) + ": " + Terminal.safe(oneLine(String.valueOf(e.getMessage())))
          + location(e.getCause()));
    } catch (IOException e) {
      onError.accept(Terminal.quote(source) + ": " + (e instanceof java.nio.file.NoSuchFileException
          ? "no such file" : "cannot be read (" + Causes.of(e) + ")"));
    }
  }

  private static String location(@Nullable Throwable error) {
    if (error instanceof JsonProcessingException json && json.getLocation() != null
        && json.getLocation().getLineNr() > 0) {
      return " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
    }
    return "";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** An error line of the json module ({@code SOURCE: problem}) with its source quoted for a terminal. */
  private static String named(String source, String error) {
    String prefix = source + ": ";
    return error.startsWith(prefix) ? Terminal.quote(source) + ": " + error.substring(prefix.length()) : error;
  }

  private static List<Path> expand(Path path, Predicate<Path> wanted, String kinds, List<String> errors) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      List<Path> readable = files.filter(f -> Files.isRegularFile(f) && wanted.test(f)).sorted().toList();
      if (readable.isEmpty()) {
        errors.add(Terminal.quote(path.toString()) + ": nothing readable in the folder (no " + kinds + " file)");
      }
      return readable;
    } catch (IOException | UncheckedIOException e) {
      errors.add(Terminal.quote(path.toString()) + ": cannot list the folder (" + Causes.of(e) + ")");
      return List.of();
    }
  }

  private static boolean isReadable(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || ReportSources.isDocument(file);
  }
}
