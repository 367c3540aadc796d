package ${fazhi.format.package};

import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one scalar or array, strictly, and words every refusal: the parser stands on the value's first
 * token, {@code what} names the value in messages.
 */
final class Values {
  /** The largest exponent a decimal may have either way: beyond it a value is not a report's number. */
  static final int MAX_SCALE = 1000;

  private Values() {}

  static String string(JsonIn in, String what) throws IOException {
    expect(in, Token.STRING, what, "a string");
    return in.text();
  }

  static boolean bool(JsonIn in, String what) throws IOException {
    Token token = in.token();
    if (token == Token.TRUE || token == Token.FALSE) {
      return token == Token.TRUE;
    }
    throw mismatch(in, what, "true or false");
  }

  /**
   * Reads a whole number that fits a {@code long}. A number with a zero fraction or an exponent
   * ({@code 9.0}, {@code 1e3}) is whole, as in JSON Schema; {@code 9.5} and strings are refused.
   */
  static long count(JsonIn in, String what) throws IOException {
    if (in.fitsLong()) {
      return in.longValue();
    }
    try {
      return whole(in, what).longValueExact();
    } catch (ArithmeticException e) {
      throw outOfRange(in, what, Long.MAX_VALUE, Long.class);
    }
  }

  /** Reads a whole number that fits an {@code int}, as {@link #count} does. */
  static int integer(JsonIn in, String what) throws IOException {
    if (in.fitsInt()) {
      return in.intValue();
    }
    try {
      return whole(in, what).intValueExact();
    } catch (ArithmeticException e) {
      throw outOfRange(in, what, Integer.MAX_VALUE, Integer.class);
    }
  }

  private static BigDecimal whole(JsonIn in, String what) throws IOException {
    Token token = in.token();
    if (token == Token.INT) {
      return new BigDecimal(in.bigIntegerValue());
    }
    if (token != Token.FLOAT || in.isNaN()) {
      throw mismatch(in, what, "a whole number");
    }
    BigDecimal value = decimal(in, what);
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": " + in.text()
          + " is not a whole number", in.text(), Long.class);
    }
    return value;
  }

  private static RuntimeException outOfRange(JsonIn in, String what, long max, Class<?> type)
      throws IOException {
    throw in.invalidFormat(what + Paths.at(in.here()) + ": " + in.text()
        + " is out of range (at most " + max + ")", in.text(), type);
  }

  /** Reads a number exactly, as written: {@code 98.8} is 98.8 with scale 1, never a double. */
  static BigDecimal decimal(JsonIn in, String what) throws IOException {
    Token token = in.token();
    if (token == Token.FLOAT && in.isNaN()) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": " + in.text() + " is not a number",
          in.text(), BigDecimal.class);
    }
    if (token != Token.INT && token != Token.FLOAT) {
      throw mismatch(in, what, "a number");
    }
    BigDecimal value;
    try {
      value = in.decimalValue();
    } catch (NumberFormatException e) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": " + in.text()
          + " is not a decimal number", in.text(), BigDecimal.class);
    }
    if (Math.abs((long) value.scale()) > MAX_SCALE) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": " + in.text()
          + " is out of range (its exponent must be within " + MAX_SCALE + " either way)",
          in.text(), BigDecimal.class);
    }
    return value;
  }

  /** Reads an ISO-8601 calendar date, {@code 2019-12-06}; {@code 2019-02-30} is refused. */
  static LocalDate date(JsonIn in, String what) throws IOException {
    String text = string(in, what);
    LocalDate plain = plainDate(text);
    if (plain != null) {
      return plain;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": \"" + text
          + "\" is not an ISO-8601 date (yyyy-mm-dd): " + e.getMessage(), text, LocalDate.class);
    }
  }

  /**
   * Returns the date written as {@code yyyy-mm-dd} in ASCII digits, a day its month has, or null for any
   * other text, which {@link LocalDate#parse} then reads or refuses: the date every report has, read
   * without the formatter's machinery (issue 26), and the very date the formatter gives.
   */
  static @Nullable LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** Returns the number the ASCII digits from {@code start} to {@code end} write, or -1 if one is not. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Reads a year as a whole number, {@code 2019}. */
  static Year year(JsonIn in, String what) throws IOException {
    int year = integer(in, what);
    try {
      return Year.of(year);
    } catch (DateTimeException e) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": " + year
          + " is not a year: " + e.getMessage(), year, Year.class);
    }
  }

  /** Reads a unit as written, {@code "万元"}. */
  static Unit unit(JsonIn in, String what) throws IOException {
    String text = string(in, what);
    if (!text.equals(text.strip())) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": unit (\"" + text
          + "\") must not begin or end with white space", text, Unit.class);
    }
    try {
      return Unit.of(text);
    } catch (ValidationException e) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": "
          + e.violations().get(0).message(), text, Unit.class);
    }
  }

  /** Reads an enum constant by its lower_snake name. */
  static <E extends Enum<E>> E constant(JsonIn in, EnumNames<E> names) throws IOException {
    String what = names.type().getSimpleName();
    String text = string(in, what);
    E constant = names.find(text);
    if (constant == null) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": \"" + text
          + "\" is not one of the valid values " + names.validNames(), text, names.type());
    }
    return constant;
  }

  /** Reads an object of counts keyed by lower_snake enum names, such as {@code {"withdrawn":3}}. */
  static <B, E extends Enum<E>> void counts(JsonIn in, EnumNames<E> names, B builder,
      Format.KeyedSetter<B, E> put) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      throw mismatch(in, names.type().getSimpleName() + " counts", "an object");
    }
    long seen = 0; // one bit per key read, by ordinal
    while (in.nextToken() == Token.FIELD_NAME) {
      String key = in.fieldName();
      E constant = names.find(key);
      if (constant == null) {
        throw in.invalidFormat(names.type().getSimpleName() + " counts" + Paths.at(in.here()) + ": \""
            + key + "\" is not one of the valid keys " + names.validNames(), key, names.type());
      }
      long bit = 1L << constant.ordinal();
      if ((seen & bit) != 0) {
        throw in.duplicate(names.type(), key, "Duplicate key \"" + key + "\" in "
            + names.type().getSimpleName() + " counts" + Paths.at(in.here()));
      }
      seen |= bit;
      in.nextToken();
      put.set(builder, constant, count(in, "count"));
    }
  }

  /**
   * Reads the key the parser stands on as a constant of the enum, one not already {@code seen} (one bit
   * per ordinal); messages name the enum and the key's location.
   */
  static <E extends Enum<E>> E key(JsonIn in, EnumNames<E> names, long seen) throws IOException {
    String key = in.fieldName();
    E constant = names.find(key);
    if (constant == null) {
      throw in.invalidFormat(names.type().getSimpleName() + Paths.at(in.here()) + ": \"" + key
          + "\" is not one of the valid keys " + names.validNames(), key, names.type());
    }
    if ((seen & (1L << constant.ordinal())) != 0) {
      throw in.duplicate(names.type(), key, "Duplicate key \"" + key + "\"" + Paths.at(in.here()));
    }
    return constant;
  }

  /** Reads a count that is never negative, as {@link #count} does. */
  static long nonNegativeCount(JsonIn in, String what) throws IOException {
    long count = count(in, what);
    if (count < 0) {
      throw in.invalidFormat(what + Paths.at(in.here()) + ": " + in.text() + " is negative", in.text(),
          Long.class);
    }
    return count;
  }

  static void expect(JsonIn in, Token expected, String what, String description) throws IOException {
    if (in.token() != expected) {
      throw mismatch(in, what, description);
    }
  }

  static RuntimeException mismatch(JsonIn in, String what, String expected) throws IOException {
    throw in.mismatch(null, what + Paths.at(in.here()) + ": expected " + expected + ", found "
        + in.token().describe());
  }
}
