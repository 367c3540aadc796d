package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.fazhi.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads every report of one input with Jackson 2's {@link ReportStreamReader}, for {@link ReportFiles}. */
final class ReportInputs {
  private ReportInputs() {}

  static ReportFile read(String source, InputStream in) {
    List<Report> reports = new ArrayList<>();
    try (ReportStreamReader reader = FazhiJson.readReports(in)) {
      while (reader.hasNext()) {
        reports.add(reader.next());
      }
    } catch (UncheckedIOException e) {
      // The stream reader says which report failed: "report 0: <the refusal>".
      return ReportFile.failed(source, ReportFiles.oneLine(String.valueOf(e.getMessage())) + location(e.getCause()));
    } catch (IOException e) {
      return ReportFile.failed(source, describe(e));
    }
    return ReportFiles.result(source, reports);
  }

  /**
   * One line: the JSON location and the problem, as Jackson words them with fazhi's paths, then the
   * line and column.
   */
  private static String describe(IOException error) {
    if (error instanceof JsonProcessingException json) {
      return ReportFiles.oneLine(String.valueOf(json.getOriginalMessage())) + location(json);
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
}
