package ${fazhi.format.package};

import io.github.fazhi.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every report of a file or a folder, one {@link ReportFile} per file; the same in both bindings.
 * Each binding reads one input in {@code ReportInputs}, with its Jackson's stream reader and exceptions.
 */
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
      return ReportInputs.read(source, in);
    } catch (NoSuchFileException e) {
      return ReportFile.failed(source, "no such file");
    } catch (IOException e) {
      return ReportFile.failed(source, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + ")");
    }
  }

  /** The result of an input read to its end: its reports, or an error when it holds none. */
  static ReportFile result(String source, List<Report> reports) {
    return reports.isEmpty() ? ReportFile.failed(source, "holds no report") : ReportFile.read(source, reports);
  }

  /** The problem on one line, as Jackson words it: its line breaks and their indentation become a space. */
  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
