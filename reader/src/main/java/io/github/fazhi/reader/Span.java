package io.github.fazhi.reader;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A span of a source text (原文位置): the half-open range {@code [start, end)} of character offsets and the
 * text as written there. For every span a reader hands out, {@code source.substring(start(), end())}
 * equals {@link #written()}.
 */
public final class Span implements Comparable<Span> {
  private final int start;
  private final int end;
  private final String written;

  private Span(int start, int end, String written) {
    this.start = start;
    this.end = end;
    this.written = written;
  }

  /**
   * The span of {@code source} from {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code source}
   */
  public static Span of(String source, int start, int end) {
    checkNotNull(source, "source");
    if (start < 0 || end < start || end > source.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + start + ", " + end + ") is not inside a text of length " + source.length());
    }
    return new Span(start, end, source.substring(start, end));
  }

  /** The first offset, inclusive. */
  public int start() {
    return start;
  }

  /** The last offset, exclusive. */
  public int end() {
    return end;
  }

  /** The source's text between {@link #start()} and {@link #end()}, exactly as written. */
  public String written() {
    return written;
  }

  /** Whether {@code source} holds exactly {@link #written()} at this span. */
  public boolean isIn(String source) {
    checkNotNull(source, "source");
    return end <= source.length() && source.regionMatches(start, written, 0, written.length());
  }

  /** Orders spans by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Span
        && ((Span) other).start == start
        && ((Span) other).end == end
        && ((Span) other).written.equals(written);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * start + end) + written.hashCode();
  }

  /** {@code [start, end) "written"}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ") \"" + written + "\"";
  }
}
