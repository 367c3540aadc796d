package io.github.fazhi.reader;

import java.util.Locale;

/**
 * How much text a {@link ReportReader} accepts (读取上限): an input longer than {@link #maxChars()} characters
 * is refused with an {@link InputTooLargeException} before any reading starts, instead of running the
 * machine out of memory half-way.
 *
 * <h2>The default</h2>
 *
 * <p>{@link #standard()} accepts up to {@value #STANDARD_MAX_CHARS} characters (8 × 2²⁰: about 24 MB of
 * Chinese text in UTF-8, 16 MB as a Java string). A published annual report is 5 to 200 thousand
 * characters; a whole year of a province's reports pasted into one text is a few million. Reading holds the
 * text, its numbers and their spans: on generated report text, 4,000,000 characters did not read in a
 * 128 MB heap and did in 192 MB, and 8,300,000 read in 384 MB (about 45 bytes of heap per character; see
 * docs/reader.md). So the largest accepted text reads within the default heap (a quarter of the memory) of
 * a machine with 2 GB, in a few seconds, since reading is linear in the text. Larger inputs are almost always
 * a mistake (a binary file, many files joined); a caller who means it raises the limit with
 * {@link #ofMaxChars(int)} and gives the JVM the heap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReaderLimits {
  /** The standard limit, in characters. */
  public static final int STANDARD_MAX_CHARS = 8 * 1024 * 1024;

  private static final ReaderLimits STANDARD = new ReaderLimits(STANDARD_MAX_CHARS);

  private final int maxChars;

  private ReaderLimits(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Returns the standard limits: {@value #STANDARD_MAX_CHARS} characters.
   *
   * @return the limits, never null
   */
  public static ReaderLimits standard() {
    return STANDARD;
  }

  /**
   * Returns limits that accept inputs of up to {@code maxChars} characters.
   *
   * @param maxChars  the longest input accepted, in characters ({@code String.length()}), at least 1
   * @return the limits, never null
   * @throws IllegalArgumentException if {@code maxChars} is less than 1
   */
  public static ReaderLimits ofMaxChars(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars (" + maxChars + ") must be >= 1");
    }
    return new ReaderLimits(maxChars);
  }

  /**
   * Returns the longest input accepted, in characters: of the text for {@link ReportReader#readText}, of
   * the page as given for {@link ReportReader#readHtml}.
   *
   * @return the limit, at least 1
   */
  public int maxChars() {
    return maxChars;
  }

  /** Throws when the input is over the limit. */
  void check(String input) {
    if (input.length() > maxChars) {
      throw new InputTooLargeException(input.length(), maxChars);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReaderLimits limits && limits.maxChars == maxChars;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(maxChars);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ReaderLimits{maxChars=%,d}", maxChars);
  }
}
