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
 * the JSON location; the other files are still read.
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
    return load(paths, Progress.silent());
  }

  /** Loads, counting each file read on a progress bar. */
  static Loaded load(List<Path> paths, Progress progress) {
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
      for (Path file : files) {
        if (ReportSources.isDocument(file)) { // a report as published: read it first (fazhi read)
          ReportSources.read(file, report -> drafted.add(new Source(file.toString(), report)), errors::add);
        } else {
          read.addAll(FazhiJson.readAll(file));
        }
        progress.step(file.toString());
      }
    }
    List<Source> reports = new ArrayList<>(drafted);
    for (ReportFile file : read) {
      file.reports().forEach(report -> reports.add(new Source(file.source(), report)));
      file.error().ifPresent(error -> errors.add(named(file.source(), error)));
    }
    return new Loaded(List.copyOf(reports), List.copyOf(errors));
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
    for (Path file : files) {
      if (ReportSources.isDocument(file)) {
        ReportSources.read(file, report -> onReport.accept(new Source(file.toString(), report)), onError);
      } else {
        stream(file.toString(), () -> Files.newInputStream(file), onReport, onError);
      }
      progress.step(file.toString());
    }
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
