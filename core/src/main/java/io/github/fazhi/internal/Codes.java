package io.github.fazhi.internal;

import com.google.common.base.CharMatcher;

/**
 * The syntax of a catalogue code (指标代码): lower-case words joined by dots,
 * {@code [a-z][a-z0-9_]*(\.[a-z0-9_]+)*}, such as {@code reconsideration.received}. Indicators and
 * catalogue entries check their codes with it.
 */
public final class Codes {
  private static final CharMatcher WORD_CHARACTER =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('_')).precomputed();

  private Codes() {}

  /**
   * Returns whether a code is lower-case words joined by dots, {@code [a-z][a-z0-9_]*(\.[a-z0-9_]+)*}:
   * checked by hand, as every indicator built checks its code, and that regular expression allocates a
   * matcher and a set for its repeated group on every match.
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
      boolean wordCharacter = WORD_CHARACTER.matches(c);
      boolean dotBeforeAWord = c == '.' && i + 1 < code.length() && WORD_CHARACTER.matches(code.charAt(i + 1));
      if (!wordCharacter && !dotBeforeAWord) {
        return false;
      }
    }
    return true;
  }
}
