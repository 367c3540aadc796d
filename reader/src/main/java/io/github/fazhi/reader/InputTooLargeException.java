package io.github.fazhi.reader;

import java.util.Locale;

/**
 * Thrown when a text or page is longer than the reader's {@link ReaderLimits} allow (输入超过上限): nothing has
 * been read. The message names both lengths in one line, such as
 * {@code input of 52,428,800 characters is over the reader's limit of 8,388,608 characters
 * (ReaderLimits.ofMaxChars raises it)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  InputTooLargeException(int length, int limit) {
    super(String.format(Locale.ROOT,
        "input of %,d characters is over the reader's limit of %,d characters (ReaderLimits.ofMaxChars raises it)",
        length, limit));
    this.length = length;
    this.limit = limit;
  }

  /**
   * Returns the length of the input refused, in characters.
   *
   * @return the length, above {@link #limit()}
   */
  public int length() {
    return length;
  }

  /**
   * Returns the limit the input is over, in characters.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }
}
