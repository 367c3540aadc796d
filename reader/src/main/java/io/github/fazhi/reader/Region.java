package io.github.fazhi.reader;

/**
 * A half-open range {@code [start, end)} of the source that a step of the reader hands to the next.
 */
record Region(int start, int end) {
  Region {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("region [" + start + ", " + end + ")");
    }
  }

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  boolean isEmpty() {
    return end == start;
  }

  Region to(int newEnd) {
    return new Region(start, Math.max(start, newEnd));
  }

  /** The text of this region, each line stripped, blank lines dropped, lines joined by {@code \n}. */
  String text(String source) {
    StringBuilder out = new StringBuilder(end - start);
    int lineStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || source.charAt(i) == '\n') {
        // the line stripped, copied straight from the source
        int from = lineStart;
        int to = i;
        while (from < to && isBlank(source.charAt(from))) {
          from++;
        }
        while (to > from && isBlank(source.charAt(to - 1))) {
          to--;
        }
        if (from < to) {
          if (out.length() > 0) {
            out.append('\n');
          }
          out.append(source, from, to);
        }
        lineStart = i + 1;
      }
    }
    return out.toString();
  }

  /** Strips white space, including the ideographic space and no-break space. */
  static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
  }
}
