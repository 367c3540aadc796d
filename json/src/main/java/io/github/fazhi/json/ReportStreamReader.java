package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.fazhi.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads many reports, one at a time, from a JSON array of reports or from reports one after another
 * (newline-delimited JSON), so that a large corpus never sits in memory whole.
 *
 * <p>A bad report stops the reading: {@link #next()} throws an {@link UncheckedIOException} whose cause is
 * the {@link JsonProcessingException} (located in the document, such as {@code [3].reviews[0].accepted})
 * and whose message names the report's number, counted from 0. Nothing after it is read.
 *
 * <p>This class is not thread-safe.
 */
public final class ReportStreamReader implements Iterator<Report>, Closeable {
  private final JsonParser parser;
  private final ReportSequence reports;

  ReportStreamReader(JsonParser parser) {
    this.parser = parser;
    this.reports = new ReportSequence(new JacksonIn(parser), () -> Binding.readReport(parser));
  }

  @Override
  public boolean hasNext() {
    try {
      return reports.hasNext();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public Report next() {
    try {
      return reports.next();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /**
   * Returns the remaining reports as a sequential stream; closing it closes this reader.
   *
   * @return the stream, never null
   */
  public Stream<Report> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private UncheckedIOException fail(IOException e) {
    reports.stop();
    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    return new UncheckedIOException("report " + reports.index() + ": " + message, e);
  }

  @Override
  public void close() throws IOException {
    reports.stop();
    parser.close();
  }
}
