package io.github.fazhi.examples.cli;

import java.nio.charset.StandardCharsets;

/**
 * Text made safe for a terminal (终端安全): what a report, a JSON string or a file name holds reaches the
 * terminal only as visible characters, so that {@code ESC[2J} cannot clear the screen, a right-to-left
 * override cannot reverse what follows, and a newline in a file name cannot forge a second {@code fazhi:}
 * line on stderr. JSON output is never passed through here: it stays exact.
 *
 * <p>Escaped: the C0 controls (U+0000..U+001F), DEL (U+007F), the C1 controls (U+0080..U+009F), and the
 * bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Terminal {
  /** The characters outside a name's quotes that a POSIX shell would read specially (coreutils' list). */
  private static final String SHELL_SPECIAL = " \t\n!\"$&'()*;<=>?[\\]^`{|}";

  private Terminal() {}

  /** Whether {@code c} is a control character or a bidirectional formatting character. */
  static boolean isUnsafe(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Returns text with every unsafe character written as an escape: {@code \n}, {@code \t}, {@code \r},
   * {@code \x1b} for the others up to U+00FF, {@code \u005Cu202e} above. Everything else, a backslash included,
   * is kept as it is.
   *
   * @param text  the text, not null
   * @return the text on one line, with no control or bidirectional character; the same string when it has none
   */
  static String safe(String text) {
    return escape(text, false);
  }

  /**
   * Returns text whose lines are each made {@link #safe(String)}, keeping the line breaks ({@code \n}):
   * for a whole table or outline.
   *
   * @param text  the text, not null
   * @return the text with its line breaks and no other control or bidirectional character
   */
  static String safeLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepNewlines) {
    int first = 0;
    while (first < text.length() && !(isUnsafe(text.charAt(first)) && !(keepNewlines && text.charAt(first) == '\n'))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c) || (keepNewlines && c == '\n')) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c <= 0xFF) {
        out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * Quotes a file name as coreutils' {@code ls --quoting-style=shell-escape} does (its default on a
   * terminal): a name of ordinary characters is shown as it is; one with a shell metacharacter, or
   * starting with {@code #} or {@code ~}, in single quotes (a single quote inside as {@code '\''}); an
   * unsafe character as {@code $'\n'}, {@code $'\033'} or the octal bytes of its UTF-8, between quoted runs,
   * so that the result pasted into a shell names the same file. Unlike {@code ls}, bidirectional formatting
   * characters are escaped too, and a name with a single quote is single-quoted rather than double-quoted.
   *
   * @param name  the name, not null
   * @return the name, quoted where needed; never containing a control or bidirectional character
   */
  static String quote(String name) {
    boolean plain = !name.isEmpty() && name.charAt(0) != '#' && name.charAt(0) != '~';
    boolean unsafe = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      unsafe |= isUnsafe(c);
      plain &= !isUnsafe(c) && SHELL_SPECIAL.indexOf(c) < 0;
    }
    if (plain) {
      return name;
    }
    StringBuilder out = new StringBuilder("'");
    boolean open = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (unsafe && isUnsafe(c)) {
        if (open) {
          out.append('\'');
          open = false;
        }
        out.append("$'").append(shellEscape(c)).append('\'');
        continue;
      }
      if (!open) {
        out.append('\'');
        open = true;
      }
      out.append(c == '\'' ? "'\\''" : String.valueOf(c));
    }
    if (open) {
      out.append('\'');
    }
    return out.toString();
  }

  private static String shellEscape(char c) {
    return switch (c) {
      case 0x07 -> "\\a";
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case 0x0B -> "\\v";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      default -> {
        StringBuilder octal = new StringBuilder();
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          octal.append(String.format(java.util.Locale.ROOT, "\\%03o", b & 0xFF));
        }
        yield octal.toString();
      }
    };
  }
}
