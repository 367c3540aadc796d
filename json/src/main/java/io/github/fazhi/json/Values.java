package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

/** Reads one scalar or array, strictly: the parser stands on the value's first token. */
final class Values {
  /** The largest exponent a decimal may have either way: beyond it a value is not a report's number. */
  static final int MAX_SCALE = 1000;

  private Values() {}

  /** Reads the elements of an array, each with {@code element} standing on its first token. */
  static void array(JsonParser p, String what, Element element) throws IOException {
    expect(p, JsonToken.START_ARRAY, what, "an array");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      element.read();
    }
  }

  static String string(JsonParser p, String what) throws IOException {
    expect(p, JsonToken.VALUE_STRING, what, "a string");
    return p.getText();
  }

  static boolean bool(JsonParser p, String what) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    throw mismatch(p, what, "true or false");
  }

  /**
   * Reads a whole number that fits a {@code long}. A number with a zero fraction or an exponent
   * ({@code 9.0}, {@code 1e3}) is whole, as in JSON Schema; {@code 9.5} and strings are refused.
   */
  static long count(JsonParser p, String what) throws IOException {
    if (fitsLong(p)) {
      return p.getLongValue();
    }
    try {
      return whole(p, what).longValueExact();
    } catch (ArithmeticException e) {
      throw outOfRange(p, what, Long.MAX_VALUE, Long.class);
    }
  }

  /** Reads a whole number that fits an {@code int}, as {@link #count} does. */
  static int integer(JsonParser p, String what) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    try {
      return whole(p, what).intValueExact();
    } catch (ArithmeticException e) {
      throw outOfRange(p, what, Integer.MAX_VALUE, Integer.class);
    }
  }

  /** Whether the parser stands on a whole number written without fraction or exponent that fits a long. */
  private static boolean fitsLong(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return false;
    }
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  private static BigDecimal whole(JsonParser p, String what) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return new BigDecimal(p.getBigIntegerValue());
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT || p.isNaN()) {
      throw mismatch(p, what, "a whole number");
    }
    BigDecimal value = decimal(p, what);
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": " + p.getText()
          + " is not a whole number", p.getText(), Long.class);
    }
    return value;
  }

  private static InvalidFormatException outOfRange(
      JsonParser p, String what, long max, Class<?> type) throws IOException {
    return InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": " + p.getText()
        + " is out of range (at most " + max + ")", p.getText(), type);
  }

  /** Reads a number exactly, as written: {@code 98.8} is 98.8 with scale 1, never a double. */
  static BigDecimal decimal(JsonParser p, String what) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": " + p.getText()
          + " is not a number", p.getText(), BigDecimal.class);
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw mismatch(p, what, "a number");
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException e) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": " + p.getText()
          + " is not a decimal number", p.getText(), BigDecimal.class);
    }
    if (Math.abs((long) value.scale()) > MAX_SCALE) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": " + p.getText()
          + " is out of range (its exponent must be within " + MAX_SCALE + " either way)",
          p.getText(), BigDecimal.class);
    }
    return value;
  }

  /** Reads an ISO-8601 calendar date, {@code 2019-12-06}; {@code 2019-02-30} is refused. */
  static LocalDate date(JsonParser p, String what) throws IOException {
    String text = string(p, what);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": \"" + text
          + "\" is not an ISO-8601 date (yyyy-mm-dd): " + e.getMessage(), text, LocalDate.class);
    }
  }

  /** Reads a year as a whole number, {@code 2019}. */
  static Year year(JsonParser p, String what) throws IOException {
    int year = integer(p, what);
    try {
      return Year.of(year);
    } catch (DateTimeException e) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": " + year
          + " is not a year: " + e.getMessage(), year, Year.class);
    }
  }

  /** Reads a unit as written, {@code "万元"}. */
  static Unit unit(JsonParser p, String what) throws IOException {
    String text = string(p, what);
    if (!text.equals(text.strip())) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": unit (\"" + text
          + "\") must not begin or end with white space", text, Unit.class);
    }
    try {
      return Unit.of(text);
    } catch (ValidationException e) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": "
          + e.violations().get(0).message(), text, Unit.class);
    }
  }

  /** Reads an enum constant by its lower_snake name. */
  static <E extends Enum<E>> E constant(JsonParser p, EnumNames<E> names) throws IOException {
    String what = names.type().getSimpleName();
    String text = string(p, what);
    E constant = names.find(text);
    if (constant == null) {
      throw InvalidFormatException.from(p, what + Paths.at(Paths.here(p)) + ": \"" + text
          + "\" is not one of the valid values " + names.validNames(), text, names.type());
    }
    return constant;
  }

  static void expect(JsonParser p, JsonToken expected, String what, String description)
      throws IOException {
    if (p.currentToken() != expected) {
      throw mismatch(p, what, description);
    }
  }

  static MismatchedInputException mismatch(JsonParser p, String what, String expected) {
    return MismatchedInputException.from(p, (Class<?>) null, what + Paths.at(Paths.here(p))
        + ": expected " + expected + ", found " + describe(p.currentToken()));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null (omit absent values instead)";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** Reads one element of an array. */
  @FunctionalInterface
  interface Element {
    void read() throws IOException;
  }
}
