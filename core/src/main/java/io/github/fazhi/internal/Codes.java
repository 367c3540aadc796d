package io.github.fazhi.internal;

/**
 * The syntax of a catalogue code (指标代码): lower-case words joined by dots,
 * {@code [a-z][a-z0-9_]*(\.[a-z0-9_]+)*}, such as {@code reconsideration.received}. Indicators and
 * catalogue entries check their codes with it.
 */
public final class Codes {
  private Codes() {}

  /**
   * Returns whether a code is lower-case words joined by dots, {@code [a-z][a-z0-9_]*(\.[a-z0-9_]+)*}:
   * checked by hand, as every indicator built checks its code, and that regular expression allocates a
   * matcher and a set for its repeated group on every match. The characters are compared by range, with no
   * table to look up (issue 26: a {@code CharMatcher}'s bit set took an eighth of building a report).
   *
   * @param code  the code, not null
   * @return true when the code has that syntax
   */
  public static boolean isCode(String code) {
    if (code.isEmpty() || code.charAt(0) < 'a' || code.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!isWordCharacter(c) && !(c == '.' && i + 1 < code.length() && isWordCharacter(code.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a character is one of {@code [a-z0-9_]}. */
  private static boolean isWordCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }
}
