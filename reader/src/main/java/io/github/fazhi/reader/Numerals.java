package io.github.fazhi.reader;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads one numeral as written (数字的写法): Arabic digits, ASCII or full-width, with thousands separators
 * and a decimal point; Chinese numerals (十一, 二十三, 两, 一百二十, 〇/零); 大写 numerals (壹贰叁…拾佰仟);
 * traditional forms (萬, 億, 兩, 點); mixtures (5万4千6百); 万万 as 亿; digit strings (二〇一九). See
 * docs/domain.md, 'Numbers as written'.
 *
 * <p>The reading is exact ({@link BigDecimal}) and linear in the numeral's length.
 */
final class Numerals {
  /** Numerals longer than this are not read: no report states a count of more than 30 digits. */
  static final int MAX_LENGTH = 40;

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  private Numerals() {}

  /** The value of a Chinese or Arabic digit character, or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return switch (c) {
      case '〇', '零', '○' -> 0;
      case '一', '壹' -> 1;
      case '二', '两', '兩', '贰', '貳' -> 2;
      case '三', '叁', '參' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  /** Whether {@code c} is an Arabic digit, ASCII or full-width. */
  static boolean isArabic(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** The power of ten of a Chinese unit character below 万 (十 1, 百 2, 千 3), or 0. */
  static int smallUnit(char c) {
    return switch (c) {
      case '十', '拾' -> 1;
      case '百', '佰' -> 2;
      case '千', '仟' -> 3;
      default -> 0;
    };
  }

  /** Whether {@code c} is 万 or 亿 (or their traditional forms). */
  static boolean isLargeUnit(char c) {
    return c == '万' || c == '萬' || c == '亿' || c == '億';
  }

  static boolean isTenThousand(char c) {
    return c == '万' || c == '萬';
  }

  /** Whether {@code c} is a decimal point: {@code .}, {@code ．} or {@code 点}. */
  static boolean isPoint(char c) {
    return c == '.' || c == '．' || c == '点' || c == '點';
  }

  /** Whether {@code c} can be part of a numeral. */
  static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || smallUnit(c) > 0 || isLargeUnit(c);
  }

  /**
   * Reads {@code text[start, end)} as one numeral, thousands separators (ASCII commas between groups of
   * three Arabic digits) allowed.
   *
   * @return the value, or empty when the text is not one well-formed numeral
   */
  static Optional<BigDecimal> read(CharSequence text, int start, int end) {
    if (end <= start || end - start > MAX_LENGTH) {
      return Optional.empty();
    }
    boolean hasUnit = false;
    boolean hasArabic = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      hasUnit |= smallUnit(c) > 0 || isLargeUnit(c);
      hasArabic |= isArabic(c);
    }
    if (!hasUnit) {
      return hasArabic ? plain(text, start, end) : digitString(text, start, end);
    }
    return structured(text, start, end);
  }

  /** An Arabic number such as 1,338 or 98.8 (a Chinese digit mixed in is refused). */
  private static Optional<BigDecimal> plain(CharSequence text, int start, int end) {
    char[] digits = new char[end - start];
    int length = 0;
    boolean point = false;
    int sinceComma = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isArabic(c)) {
        digits[length++] = (char) ('0' + digit(c));
        if (sinceComma >= 0) {
          sinceComma++;
        }
      } else if (c == ',' && !point && length > 0 && (sinceComma < 0 || sinceComma == 3)) {
        sinceComma = 0;
      } else if (isPoint(c) && c != '点' && c != '點' && !point && length > 0 && i + 1 < end) {
        if (sinceComma >= 0 && sinceComma != 3) {
          return Optional.empty();
        }
        sinceComma = -1;
        point = true;
        digits[length++] = '.';
      } else {
        return Optional.empty();
      }
    }
    if (sinceComma >= 0 && sinceComma != 3) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(digits, 0, length));
  }

  /** Chinese digits without units, read digit by digit (二〇一九 is 2019); a decimal point is allowed. */
  private static Optional<BigDecimal> digitString(CharSequence text, int start, int end) {
    StringBuilder digits = new StringBuilder(end - start);
    boolean point = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        digits.append((char) ('0' + d));
      } else if (isPoint(c) && !point && digits.length() > 0 && i + 1 < end) {
        point = true;
        digits.append('.');
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new BigDecimal(digits.toString()));
  }

  /**
   * A numeral with units: 一百二十, 二十三, 5万4千6百, 三万万, 九十五点五, 4.78万. Each group of digits
   * (Arabic digits with a decimal point, or one Chinese digit) is multiplied by the unit that follows it.
   */
  private static Optional<BigDecimal> structured(CharSequence text, int start, int end) {
    BigDecimal total = BigDecimal.ZERO; // whole 亿 groups
    BigDecimal section = BigDecimal.ZERO; // below 亿
    BigDecimal small = BigDecimal.ZERO; // below 万
    BigDecimal number = null;
    int lastSmallUnit = 4;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (isArabic(c) || digit(c) >= 0) {
        if (number != null) {
          return Optional.empty();
        }
        if (!isArabic(c)) {
          int d = digit(c);
          if (d != 0) { // 零 marks a gap (一百零五): it adds nothing
            number = BigDecimal.valueOf(d);
          }
          i++;
          continue;
        }
        int j = i;
        while (j < end && (isArabic(text.charAt(j)) || isDecimalPointAt(text, j, end))) {
          j++;
        }
        Optional<BigDecimal> arabicValue = plain(text, i, j);
        if (arabicValue.isEmpty()) {
          return Optional.empty();
        }
        number = arabicValue.get();
        i = j;
      } else if (smallUnit(c) > 0) {
        int power = smallUnit(c);
        if (power >= lastSmallUnit) {
          return Optional.empty();
        }
        BigDecimal n = number == null ? (power == 1 && small.signum() == 0 ? BigDecimal.ONE : null) : number;
        if (n == null) {
          return Optional.empty();
        }
        small = small.add(n.scaleByPowerOfTen(power));
        lastSmallUnit = power;
        number = null;
        i++;
      } else if (isTenThousand(c)) {
        BigDecimal below = small.add(number == null ? BigDecimal.ZERO : number);
        if (below.signum() == 0 && section.signum() == 0) {
          return Optional.empty();
        }
        // 万万 multiplies again: 三万万 is 3亿
        section = below.signum() == 0 ? section.multiply(TEN_THOUSAND) : section.add(below.multiply(TEN_THOUSAND));
        small = BigDecimal.ZERO;
        number = null;
        lastSmallUnit = 4;
        i++;
      } else if (isLargeUnit(c)) { // 亿
        BigDecimal below = section.add(small).add(number == null ? BigDecimal.ZERO : number);
        if (below.signum() == 0) {
          return Optional.empty();
        }
        total = total.add(below).multiply(HUNDRED_MILLION);
        section = BigDecimal.ZERO;
        small = BigDecimal.ZERO;
        number = null;
        lastSmallUnit = 4;
        i++;
      } else if (isPoint(c) && (number != null || small.signum() > 0) && i + 1 < end
          && digit(text.charAt(i + 1)) >= 0 && !isArabic(text.charAt(i + 1))) {
        if (number == null) { // 四十点五: the tens are the whole part
          number = small;
          small = BigDecimal.ZERO;
        }
        // Chinese decimal digits after 点: read them one by one up to the next unit
        int j = i + 1;
        StringBuilder fraction = new StringBuilder();
        while (j < end && digit(text.charAt(j)) >= 0) {
          fraction.append((char) ('0' + digit(text.charAt(j))));
          j++;
        }
        number = new BigDecimal(number.toBigInteger() + "." + fraction);
        i = j;
      } else {
        return Optional.empty();
      }
    }
    BigDecimal value = total.add(section).add(small).add(number == null ? BigDecimal.ZERO : number);
    return Optional.of(value);
  }

  private static boolean isDecimalPointAt(CharSequence text, int j, int end) {
    char c = text.charAt(j);
    return (c == '.' || c == '．' || c == ',') && j + 1 < end && isArabic(text.charAt(j + 1));
  }
}
