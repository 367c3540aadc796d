package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fazhi.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
    } catch (IOException e) {
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

  private boolean finish() {
    done = true;
    return false;
  }

  private UncheckedIOException fail(IOException e) {
    done = true;
    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    return new UncheckedIOException("report " + index + ": " + message, e);
  }

  @Override
  public void close() throws IOException {
    done = true;
    parser.close();
  }
}
