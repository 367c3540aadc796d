package ${fazhi.format.package};

import io.github.fazhi.Report;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The reports of one input, one at a time, as both bindings' {@code ReportStreamReader}s read them: a JSON
 * array of reports, or reports one after another (newline-delimited JSON). It keeps where the reading
 * stands; the reader around it turns a failure into its Jackson's exception, naming the report's number
 * ({@link #index()}), and stops the sequence.
 */
final class ReportSequence {
  /** Reads the report whose first token the parser stands on, leaving the parser on its last token. */
  @FunctionalInterface
  interface ReportRead {
    Report read() throws IOException;
  }

  private final JsonIn in;
  private final ReportRead read;
  /** Whether the input is an array of reports, rather than reports one after another. */
  private boolean inArray;
  /** Whether the first token has been read. */
  private boolean started;
  /** Whether the parser stands on the next report's first token (or the end). */
  private boolean positioned;
  private boolean done;
  /** The number of the next report, counted from 0. */
  private long index;

  ReportSequence(JsonIn in, ReportRead read) {
    this.in = in;
    this.read = read;
  }

  /** Whether another report follows; refuses a token after the array of reports. */
  boolean hasNext() throws IOException {
    if (done) {
      return false;
    }
    if (!positioned) {
      Token token = in.nextToken();
      if (!started) {
        started = true;
        if (token == Token.START_ARRAY) {
          inArray = true;
          in.nextToken();
        }
      }
      positioned = true;
    }
    Token token = in.token();
    if (token == Token.END) {
      return stop();
    }
    if (inArray && token == Token.END_ARRAY) {
      if (in.nextToken() != Token.END) {
        throw in.mismatch(Report.class, "Trailing token after the array of reports: " + in.token().describe());
      }
      return stop();
    }
    return true;
  }

  /**
   * Reads the next report.
   *
   * @throws NoSuchElementException if no report follows
   */
  Report next() throws IOException {
    if (!hasNext()) {
      throw new NoSuchElementException("no more reports");
    }
    Report report = read.read();
    positioned = false;
    index++;
    return report;
  }

  /** The number of the report being read (or next to be), counted from 0. */
  long index() {
    return index;
  }

  /** Ends the sequence: after a failure, or when the input is closed. Returns false, for hasNext. */
  boolean stop() {
    done = true;
    return false;
  }
}
