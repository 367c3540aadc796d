package io.github.fazhi.examples.cli;

import io.github.fazhi.Report;
import io.github.fazhi.examples.BundledReports;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.json.ReportFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reports named on the command line with {@link FazhiJson#readAll(Path)}: files (one report, an
 * array of reports, or one report per line), folders (every {@code *.json} inside, in name order,
 * sub-folders included), or with none the bundled reports. A file that cannot be read, is not JSON or holds
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
    List<ReportFile> files = new ArrayList<>();
    if (paths.isEmpty()) {
      for (String name : BundledReports.NAMES) {
        files.add(FazhiJson.readAll("bundled:" + name, BundledReports.open(name)));
      }
    }
    for (Path path : paths) {
      files.addAll(FazhiJson.readAll(path));
    }
    List<Source> reports = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (ReportFile file : files) {
      file.reports().forEach(report -> reports.add(new Source(file.source(), report)));
      file.error().ifPresent(errors::add);
    }
    return new Loaded(List.copyOf(reports), List.copyOf(errors));
  }
}
