package io.github.fazhi.documents;

/**
 * Where something is in a document's text (文中位置): the characters from {@code start} (inclusive) to
 * {@code end} (exclusive) of {@link Document#text()}. An empty span marks a place, such as an empty table
 * cell.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start  the first character's offset, at least 0
 * @param end  the offset after the last character, at least {@code start}
 */
public record TextSpan(int start, int end) {
  /**
   * Checks the offsets.
   *
   * @param start  see the record's description
   * @param end  see the record's description
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
   */
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") must have 0 <= start <= end");
    }
  }

  /**
   * Returns the number of characters covered.
   *
   * @return {@code end - start}, at least 0
   */
  public int length() {
    return end - start;
  }

  /**
   * Returns whether this span lies within another.
   *
   * @param other  the other span, not null
   * @return true when {@code other.start <= start} and {@code end <= other.end}
   */
  public boolean within(TextSpan other) {
    return other.start <= start && end <= other.end;
  }
}
