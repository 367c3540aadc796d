package io.github.fazhi.jackson3;

import io.github.fazhi.Report;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads many reports with Jackson 3, one at a time, from a JSON array of reports or from reports one after
 * another (newline-delimited JSON), so that a large corpus never sits in memory whole: fazhi-json's
 * {@code ReportStreamReader} for Jackson 3, reading the same inputs to the same reports.
 *
 * <p>A bad report stops the reading. Where fazhi-json throws an {@code UncheckedIOException}, this reader
 * throws, as Jackson 3 does, an unchecked {@link JacksonException}: a {@link StreamReadException} whose
 * original message names the report's number, counted from 0, followed by the refusal's own message
 * (fazhi-json's words, such as {@code report 1: Invalid ReviewTally at [1].reviews[0]: …}), whose location
 * is the refusal's, and whose cause is the refusal (an {@link InvalidValueException}, a
 * {@link MismatchedInputException} …). Nothing after it is read.
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
    } catch (JacksonException e) {
      throw fail(e);
    } catch (IOException e) {
      throw fail(JacksonIOException.construct(e)); // Jackson 3's parser throws no checked exception
    }
  }

  @Override
  public Report next() {
    try {
      return reports.next();
    } catch (JacksonException e) {
      throw fail(e);
    } catch (IOException e) {
      throw fail(JacksonIOException.construct(e));
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
        .onClose(this::close);
  }

  private StreamReadException fail(JacksonException e) {
    reports.stop();
    return new StreamReadException(parser, "report " + reports.index() + ": " + e.getOriginalMessage(),
        e.getLocation(), e);
  }

  /**
   * Closes the reader and its input.
   *
   * @throws JacksonException if the input cannot be closed
   */
  @Override
  public void close() {
    reports.stop();
    parser.close();
  }
}
