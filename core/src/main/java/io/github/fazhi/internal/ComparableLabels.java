package io.github.fazhi.internal;

/**
 * Labels as they are compared (名称比较): two numbers of one report stated under labels that differ only in
 * spacing, quotation marks or full-width forms name one quantity
 * ({@link io.github.fazhi.Indicator#comparableLabel()}).
 */
public final class ComparableLabels {
  private ComparableLabels() {}

  /**
   * Returns a label as it is compared: without white space (full-width spaces included) and quotation
   * marks, full-width ASCII forms as their half-width ones, Latin letters in lower case. {@code “一窗”受理率}
   * and {@code 一窗 受理率} are one label.
   *
   * @param label  the label as written, not null
   * @return the label as compared; the same instance when nothing changes
   */
  public static String comparable(String label) {
    StringBuilder normal = null;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (isKept(c)) {
        if (normal != null) {
          normal.append(c);
        }
        continue;
      }
      char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
      boolean dropped = Character.isWhitespace(folded) || Character.isSpaceChar(folded) || isQuote(folded);
      char kept = folded >= 'A' && folded <= 'Z' ? (char) (folded + ('a' - 'A')) : folded;
      if (normal == null && (dropped || kept != c)) {
        normal = new StringBuilder(label.length()).append(label, 0, i);
      }
      if (normal != null && !dropped) {
        normal.append(kept);
      }
    }
    return normal == null ? label : normal.toString();
  }

  /**
   * Whether a character is surely kept as it is, without the look-ups of the general case: a small Latin
   * letter or a digit, or a character between U+3021 (after the last CJK quotation mark) and U+FF00
   * (before the full-width forms), where no character is white space, a space or a quotation mark. Every
   * Han character of a label lies there. ComparableLabelTest holds this to the general case for all 65,536
   * characters.
   */
  private static boolean isKept(char c) {
    return (c >= '\u3021' && c <= '\uFF00') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isQuote(char c) {
    return switch (c) {
      case '"', '\'', '`', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E', '\u201F',
          '\u300C', '\u300D', '\u300E', '\u300F', '\u301D', '\u301E', '\u301F', '\u00AB', '\u00BB',
          '\u2039', '\u203A' -> true;
      default -> false;
    };
  }
}
