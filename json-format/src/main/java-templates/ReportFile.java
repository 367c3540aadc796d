package ${fazhi.format.package};

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Report;
import java.util.List;
import java.util.Optional;

/**
 * What one file gave: its reports, or the one error that stopped its reading. A file holds one report, an
 * array of reports or reports one per line; a file with an error contributes no report, so that nothing
 * half-read is used.
 *
 * @param source  where the reports came from: the file's path as given, or a name such as
 *     {@code bundled:qujiang-2019}
 * @param reports  the reports, in the file's order; empty when there is an error
 * @param error  one line naming the file, the report's number, the JSON location and, where known, the
 *     line and column: {@code a.json: report 0: Missing required field [year] in Report at the top level
 *     (line 1, column 80)}
 */
public record ReportFile(String source, List<Report> reports, Optional<String> error) {
  /**
   * Checks and copies the components.
   *
   * @param source  where the reports came from, not null
   * @param reports  the reports, not null; empty when there is an error
   * @param error  the error, not null; empty when there are reports
   * @throws IllegalArgumentException if there are both reports and an error, or neither
   */
  public ReportFile {
    requireNonNull(source, "source");
    reports = ImmutableList.copyOf(reports);
    requireNonNull(error, "error");
    if (reports.isEmpty() == error.isEmpty()) {
      throw new IllegalArgumentException("a file gives reports or an error: " + source);
    }
  }

  static ReportFile read(String source, List<Report> reports) {
    return new ReportFile(source, reports, Optional.empty());
  }

  static ReportFile failed(String source, String problem) {
    return new ReportFile(source, List.of(), Optional.of(source + ": " + problem));
  }

  /**
   * Whether the file was read without error.
   *
   * @return true if it gave its reports
   */
  public boolean isRead() {
    return error.isEmpty();
  }
}
