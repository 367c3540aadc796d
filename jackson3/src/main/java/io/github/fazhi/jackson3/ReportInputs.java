package io.github.fazhi.jackson3;

import io.github.fazhi.Report;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/** Reads every report of one input with Jackson 3's {@link ReportStreamReader}, for {@link ReportFiles}. */
final class ReportInputs {
  private ReportInputs() {}

  static ReportFile read(String source, InputStream in) {
    List<Report> reports = new ArrayList<>();
    try (ReportStreamReader reader = FazhiJson.readReports(in)) {
      while (reader.hasNext()) {
        reports.add(reader.next());
      }
    } catch (StreamReadException e) {
      // The stream reader says which report failed: "report 0: <the refusal>".
      return ReportFile.failed(source, ReportFiles.oneLine(String.valueOf(e.getOriginalMessage())) + location(e));
    } catch (JacksonException e) {
      // Closing the input failed after its last report, as fazhi-json words an IOException then.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return ReportFile.failed(source,
          "cannot be read (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
    }
    return ReportFiles.result(source, reports);
  }

  /** The line and column where the problem lies, as fazhi-json gives them. */
  private static String location(JacksonException error) {
    TokenStreamLocation where = error.getLocation();
    if (where != null && where.getLineNr() > 0) {
      return " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
    return "";
  }
}
