package io.github.fazhi.examples.cli;

/**
 * How many terminal columns text takes: two for an East Asian Wide or Fullwidth character (Unicode
 * Standard Annex #11: CJK ideographs, kana, hangul, fullwidth forms, CJK punctuation), one for any other.
 * Ambiguous characters such as {@code —} and {@code “} count one, as most terminals show them outside East
 * Asian locales; combining marks are not treated apart (report text has none).
 *
 * <p>This class is immutable and thread-safe.
 */
final class DisplayWidth {
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
    {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
    {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
  };

  private DisplayWidth() {}

  /**
   * Returns the columns a code point takes.
   *
   * @param codePoint  the code point
   * @return 2 for East Asian Wide or Fullwidth, else 1
   */
  static int of(int codePoint) {
    for (int[] range : WIDE) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return 2;
      }
    }
    return 1;
  }

  /**
   * Returns the columns a text takes.
   *
   * @param text  the text, not null
   * @return the width, at least 0
   */
  static int of(String text) {
    return text.codePoints().map(DisplayWidth::of).sum();
  }

  /**
   * Pads a text with spaces to a width.
   *
   * @param text  the text, not null
   * @param width  the columns wanted
   * @param right  true to align right
   * @return the padded text; the text itself when it is already as wide
   */
  static String pad(String text, int width, boolean right) {
    int missing = width - of(text);
    if (missing <= 0) {
      return text;
    }
    String spaces = " ".repeat(missing);
    return right ? spaces + text : text + spaces;
  }
}
