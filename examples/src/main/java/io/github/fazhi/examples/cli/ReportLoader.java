package io.github.fazhi.examples.cli;

import io.github.fazhi.Report;
import io.github.fazhi.examples.BundledReports;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.json.ReportFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

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
      file.error().ifPresent(errors::add);
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

  private static List<Path> expand(Path path, Predicate<Path> wanted, String kinds, List<String> errors) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      List<Path> readable = files.filter(f -> Files.isRegularFile(f) && wanted.test(f)).sorted().toList();
      if (readable.isEmpty()) {
        errors.add(path + ": nothing readable in the folder (no " + kinds + " file)");
      }
      return readable;
    } catch (IOException | UncheckedIOException e) {
      errors.add(path + ": cannot list the folder: " + e.getMessage());
      return List.of();
    }
  }

  private static boolean isReadable(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || ReportSources.isDocument(file);
  }
}
