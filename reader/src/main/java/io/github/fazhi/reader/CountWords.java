package io.github.fazhi.reader;

import java.util.OptionalLong;

/**
 * Whole counts as an overview writes them (计数): Arabic digits, full-width too, with thousands separators
 * ({@code 1,234}), or Chinese numerals ({@code 十二}, {@code 两}, {@code 一百零三}, {@code 三万五千}). A count
 * never starts with a unit character (十 aside), and ends before anything that is not part of it.
 */
final class CountWords {
  private static final String DIGITS = "零〇一二两兩三四五六七八九";
  private static final long LARGEST = 1_000_000_000_000L;

  private CountWords() {}

  static boolean isPart(char c) {
    return isArabic(c) || DIGITS.indexOf(c) >= 0 || unit(c) > 0 || isTenThousand(c);
  }

  private static boolean isTenThousand(char c) {
    return c == '万' || c == '萬';
  }

  private static boolean isArabic(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  private static int unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> 0;
    };
  }

  /** The end of the count that starts at {@code start}, or {@code start} when none starts there. */
  static int end(String source, int start, int limit) {
    char first = source.charAt(start);
    if (isArabic(first)) {
      int i = start;
      while (i < limit && isArabic(source.charAt(i))) {
        i++;
      }
      // thousands separators: a comma followed by exactly three digits
      while (i + 3 < limit && source.charAt(i) == ',' && isArabic(source.charAt(i + 1))
          && isArabic(source.charAt(i + 2)) && isArabic(source.charAt(i + 3))
          && (i + 4 >= limit || !isArabic(source.charAt(i + 4)))) {
        i += 4;
      }
      return i;
    }
    if (DIGITS.indexOf(first) < 0 && first != '十') {
      return start;
    }
    int i = start;
    while (i < limit && (DIGITS.indexOf(source.charAt(i)) >= 0 || unit(source.charAt(i)) > 0
        || isTenThousand(source.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** The value of a count's written form, or empty when it is none (or too large). */
  static OptionalLong value(String written) {
    if (written.isEmpty()) {
      return OptionalLong.empty();
    }
    if (isArabic(written.charAt(0))) {
      long value = 0;
      for (int i = 0; i < written.length(); i++) {
        char c = written.charAt(i);
        if (c == ',') {
          continue;
        }
        if (!isArabic(c) || value > LARGEST) {
          return OptionalLong.empty();
        }
        value = value * 10 + (c >= '０' ? c - '０' : c - '0');
      }
      return OptionalLong.of(value);
    }
    return chinese(written);
  }

  private static OptionalLong chinese(String written) {
    boolean hasUnit = false;
    for (int i = 0; i < written.length(); i++) {
      hasUnit |= unit(written.charAt(i)) > 0 || isTenThousand(written.charAt(i));
    }
    if (!hasUnit) {
      // 二〇二二: digit by digit; 三四 (three or four) is no count
      if (written.length() > 1 && written.indexOf('〇') < 0 && written.indexOf('零') < 0) {
        return OptionalLong.empty();
      }
      long value = 0;
      for (int i = 0; i < written.length(); i++) {
        int digit = digit(written.charAt(i));
        if (digit < 0 || value > LARGEST) {
          return OptionalLong.empty();
        }
        value = value * 10 + digit;
      }
      return OptionalLong.of(value);
    }
    long total = 0;
    long section = 0;
    long pending = -1;
    boolean sawWan = false;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      int digit = digit(c);
      if (digit >= 0) {
        if (pending >= 0 && digit != 0) {
          return OptionalLong.empty(); // two digits in a row: 三四
        }
        pending = digit == 0 ? -1 : digit;
      } else if (unit(c) > 0) {
        long times = pending < 0 ? 1 : pending;
        if (pending < 0 && !(c == '十' && section == 0)) {
          return OptionalLong.empty(); // 百 without its digit
        }
        section += times * unit(c);
        pending = -1;
      } else if (isTenThousand(c) && !sawWan) {
        section += Math.max(pending, 0);
        if (section == 0) {
          return OptionalLong.empty();
        }
        total = section * 10_000;
        section = 0;
        pending = -1;
        sawWan = true;
      } else {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(total + section + Math.max(pending, 0));
  }

  private static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两', '兩' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
