package io.github.fazhi.jackson3;

import io.github.fazhi.Report;
import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
  private boolean inArray;
  private boolean started;
  private boolean positioned;
  private boolean done;
  private long index;

  ReportStreamReader(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public boolean hasNext() {
    if (done) {
      return false;
    }
    try {
      if (!positioned) {
        JsonToken token = parser.nextToken();
        if (!started) {
          started = true;
          if (token == JsonToken.START_ARRAY) {
            inArray = true;
            parser.nextToken();
          }
        }
        positioned = true;
      }
      JsonToken token = parser.currentToken();
      if (token == null) {
        return finish();
      }
      if (inArray && token == JsonToken.END_ARRAY) {
        if (parser.nextToken() != null) {
          throw MismatchedInputException.from(parser, Report.class,
              "Trailing token after the array of reports: "
                  + JacksonIn.describe(parser.currentToken()));
        }
        return finish();
      }
      return true;
    } catch (JacksonException e) {
      throw fail(e);
    }
  }

  @Override
  public Report next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more reports");
    }
    try {
      Report report = Binding.readReport(parser);
      positioned = false;
      index++;
      return report;
    } catch (JacksonException e) {
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
        .onClose(this::close);
  }

  private boolean finish() {
    done = true;
    return false;
  }

  private StreamReadException fail(JacksonException e) {
    done = true;
    return new StreamReadException(parser, "report " + index + ": " + e.getOriginalMessage(), e.getLocation(), e);
  }

  /**
   * Closes the reader and its input.
   *
   * @throws JacksonException if the input cannot be closed
   */
  @Override
  public void close() {
    done = true;
    parser.close();
  }
}
