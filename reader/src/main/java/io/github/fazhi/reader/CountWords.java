package io.github.fazhi.reader;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whole counts as an overview writes them (计数): Arabic digits, full-width too, with thousands separators
 * ({@code 1,234}), or Chinese numerals ({@code 十二}, {@code 两}, {@code 一百零三}, {@code 三万五千}). A count
 * never starts with a unit character (十 aside), has no decimal point, and ends before anything that is not
 * part of it. The characters and the reading are {@link Numerals}'; what is a count's extent, and that
 * {@code 三四} (three or four) is none, is said here.
 */
final class CountWords {
  private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000_000L);

  private CountWords() {}

  /** Whether {@code c} can be part of a count. */
  static boolean isPart(char c) {
    return Numerals.digit(c) >= 0 || Numerals.smallUnit(c) > 0 || Numerals.isTenThousand(c);
  }

  /** The end of the count that starts at {@code start}, or {@code start} when none starts there. */
  static int end(String source, int start, int limit) {
    char first = source.charAt(start);
    if (Numerals.isArabic(first)) {
      int i = start;
      while (i < limit && Numerals.isArabic(source.charAt(i))) {
        i++;
      }
      // thousands separators: a comma followed by exactly three digits
      while (i + 3 < limit && source.charAt(i) == ',' && Numerals.isArabic(source.charAt(i + 1))
          && Numerals.isArabic(source.charAt(i + 2)) && Numerals.isArabic(source.charAt(i + 3))
          && (i + 4 >= limit || !Numerals.isArabic(source.charAt(i + 4)))) {
        i += 4;
      }
      return i;
    }
    if (Numerals.digit(first) < 0 && first != '十') {
      return start;
    }
    int i = start;
    while (i < limit && !Numerals.isArabic(source.charAt(i)) && isPart(source.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The value of a count's written form ({@link Numerals#read}), or empty when it is none: Chinese digits
   * without a unit are a count only one at a time or as a digit string with 〇 or 零 ({@code 二〇二二});
   * {@code 三四} is "three or four". Empty too for a count above 10<sup>12</sup>.
   */
  static OptionalLong value(String written) {
    if (written.isEmpty() || isRangeOfDigits(written)) {
      return OptionalLong.empty();
    }
    Optional<BigDecimal> value = Numerals.read(written, 0, written.length());
    if (value.isEmpty() || value.get().compareTo(LARGEST) > 0 || value.get().stripTrailingZeros().scale() > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(value.get().longValueExact());
  }

  /** Whether the text is two or more Chinese digits with neither a unit nor a zero: 三四, 五六. */
  private static boolean isRangeOfDigits(String written) {
    if (written.length() < 2) {
      return false;
    }
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Numerals.isArabic(c) || Numerals.digit(c) <= 0) {
        return false;
      }
    }
    return true;
  }
}
