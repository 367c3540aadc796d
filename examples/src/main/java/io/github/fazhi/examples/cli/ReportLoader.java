package io.github.fazhi.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.fazhi.Report;
import io.github.fazhi.examples.BundledReports;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.json.ReportStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the reports named on the command line: files (one report, an array of reports, or one report per
 * line), folders (every {@code *.json} inside, in name order, sub-folders included), or with none the
 * bundled reports. A file that cannot be read, is not JSON or holds something that is not a valid report
 * contributes nothing and gives one error line naming the file and the JSON location; the other files are
 * still read.
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
    List<Source> reports = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (paths.isEmpty()) {
      for (String name : BundledReports.NAMES) {
        readInto("bundled:" + name, () -> BundledReports.open(name), reports, errors);
      }
      return new Loaded(List.copyOf(reports), List.copyOf(errors));
    }
    for (Path path : paths) {
      for (Path file : expand(path, errors)) {
        if (ReportSources.isDocument(file)) { // a report as published: read it first (fazhi read)
          ReportSources.read(file, report -> reports.add(new Source(file.toString(), report)), errors::add);
          continue;
        }
        readInto(file.toString(), () -> Files.newInputStream(file), reports, errors);
      }
    }
    return new Loaded(List.copyOf(reports), List.copyOf(errors));
  }

  private static List<Path> expand(Path path, List<String> errors) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      errors.add(path + ": cannot list the folder: " + e.getMessage());
      return List.of();
    }
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  private static void readInto(String name, Opener opener, List<Source> reports, List<String> errors) {
    List<Source> read = new ArrayList<>();
    try (InputStream in = opener.open(); ReportStreamReader reader = FazhiJson.readReports(in)) {
      while (reader.hasNext()) {
        read.add(new Source(name, reader.next()));
      }
      if (read.isEmpty()) {
        errors.add(name + ": holds no report");
        return;
      }
      reports.addAll(read);
    } catch (NoSuchFileException e) {
      errors.add(name + ": no such file");
    } catch (UncheckedIOException e) {
      // The stream reader says which report of the file failed: "report 0: <Jackson's message>".
      errors.add(name + ": " + oneLine(String.valueOf(e.getMessage())) + location(e.getCause()));
    } catch (IOException e) {
      errors.add(name + ": " + describe(e));
    } catch (RuntimeException e) {
      // A reader must never throw anything else on bad input; if it does, still name the file.
      errors.add(name + ": " + e);
    }
  }

  /**
   * One line: the JSON location and the problem, as Jackson words them with fazhi's paths
   * ({@code at reviews[0].accepted: accepted (-1) must be >= 0}), then the line and column.
   */
  private static String describe(IOException error) {
    if (error instanceof JsonProcessingException json) {
      return oneLine(String.valueOf(json.getOriginalMessage())) + location(json);
    }
    return "cannot be read (" + error.getClass().getSimpleName() + ": " + error.getMessage() + ")";
  }

  private static String location(@Nullable Throwable error) {
    if (error instanceof JsonProcessingException json) {
      JsonLocation where = json.getLocation();
      if (where != null && where.getLineNr() > 0) {
        return " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
      }
    }
    return "";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
