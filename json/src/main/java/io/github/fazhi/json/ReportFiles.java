package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.fazhi.Report;
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

/** Reads every report of a file or a folder, one {@link ReportFile} per file. */
final class ReportFiles {
  private ReportFiles() {}

  static List<ReportFile> readAll(Path fileOrFolder) {
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(readFile(fileOrFolder));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(fileOrFolder)) {
      files = walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(ReportFile.failed(fileOrFolder.toString(), "cannot list the folder: " + e.getMessage()));
    }
    return files.stream().map(ReportFiles::readFile).toList();
  }

  private static ReportFile readFile(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(source, in);
    } catch (NoSuchFileException e) {
      return ReportFile.failed(source, "no such file");
    } catch (IOException e) {
      return ReportFile.failed(source, describe(e));
    }
  }

  static ReportFile read(String source, InputStream in) {
    List<Report> reports = new ArrayList<>();
    try (ReportStreamReader reader = FazhiJson.readReports(in)) {
      while (reader.hasNext()) {
        reports.add(reader.next());
      }
    } catch (UncheckedIOException e) {
      // The stream reader says which report failed: "report 0: <the refusal>".
      return ReportFile.failed(source, oneLine(String.valueOf(e.getMessage())) + location(e.getCause()));
    } catch (IOException e) {
      return ReportFile.failed(source, describe(e));
    }
    return reports.isEmpty() ? ReportFile.failed(source, "holds no report") : ReportFile.read(source, reports);
  }

  /**
   * One line: the JSON location and the problem, as Jackson words them with fazhi's paths, then the
   * line and column.
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
