package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Jackson 2's parser as the format reads it. */
final class JacksonIn implements JsonIn {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = switch (token) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case FIELD_NAME -> Token.FIELD_NAME;
        case VALUE_STRING -> Token.STRING;
        case VALUE_NUMBER_INT -> Token.INT;
        case VALUE_NUMBER_FLOAT -> Token.FLOAT;
        case VALUE_TRUE -> Token.TRUE;
        case VALUE_FALSE -> Token.FALSE;
        case VALUE_NULL -> Token.NULL;
        case VALUE_EMBEDDED_OBJECT -> Token.EMBEDDED_OBJECT;
        case NOT_AVAILABLE -> Token.NOT_AVAILABLE;
      };
    }
  }

  private final JsonParser p;
  /** Whether the caller turned the parser's strict duplicate detection off for the format to do it. */
  private final boolean duplicatesAsTheParser;

  JacksonIn(JsonParser p) {
    this(p, false);
  }

  /**
   * @param duplicatesAsTheParser  whether a duplicate key is refused with the exception the parser's
   *     strict duplicate detection throws, which the caller turned off while the format reads
   */
  JacksonIn(JsonParser p, boolean duplicatesAsTheParser) {
    this.p = p;
    this.duplicatesAsTheParser = duplicatesAsTheParser;
  }

  private static Token token(@Nullable JsonToken token) {
    return token == null ? Token.END : TOKENS[token.ordinal()];
  }

  /** Returns how messages name a token ({@code "]"}, {@code "the end of the input"} for null). */
  static String describe(@Nullable JsonToken token) {
    return token(token).describe();
  }

  @Override
  public Token token() {
    return token(p.currentToken());
  }

  @Override
  public Token nextToken() throws IOException {
    return token(p.nextToken());
  }

  @Override
  public String text() throws IOException {
    return p.getText();
  }

  @Override
  public String fieldName() throws IOException {
    return p.currentName();
  }

  @Override
  public boolean fitsInt() throws IOException {
    return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public boolean fitsLong() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return false;
    }
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  @Override
  public int intValue() throws IOException {
    return p.getIntValue();
  }

  @Override
  public long longValue() throws IOException {
    return p.getLongValue();
  }

  @Override
  public BigInteger bigIntegerValue() throws IOException {
    return p.getBigIntegerValue();
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    return p.getDecimalValue();
  }

  @Override
  public boolean isNaN() throws IOException {
    return p.isNaN();
  }

  @Override
  public Path here() {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context != null) {
      context = context.getParent();
    }
    return pointedAt(context);
  }

  @Override
  public Path enclosingObject() {
    JsonStreamContext context = p.getParsingContext();
    return pointedAt(context == null ? null : context.getParent());
  }

  /** Returns the location of the value the context currently points at (its field or element). */
  private static Path pointedAt(@Nullable JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    Path path = Path.root();
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        path = path.index(Math.max(c.getCurrentIndex(), 0));
      } else {
        String name = c.getCurrentName();
        if (name != null) {
          path = path.member(name);
        }
      }
    }
    return path;
  }

  @Override
  public RuntimeException mismatch(@Nullable Class<?> type, String message) throws IOException {
    throw MismatchedInputException.from(p, type, message);
  }

  /**
   * Refuses a duplicate key. In place of the parser's strict duplicate detection, it throws what the
   * parser throws, at the place it throws it: a {@link JsonParseException} {@code Duplicate field 'name'},
   * located just after the name's closing quote (the parser stands on the name, whose token begins at its
   * opening quote). The name is taken to be written without escapes, as every field and key of the
   * format is; one written with escapes is located a few columns off.
   */
  @Override
  public RuntimeException duplicate(@Nullable Class<?> type, String name, String message)
      throws IOException {
    if (!duplicatesAsTheParser) {
      throw mismatch(type, message);
    }
    JsonLocation start = p.currentTokenLocation();
    boolean bytes = start.getByteOffset() >= 0;
    int written = bytes ? name.getBytes(StandardCharsets.UTF_8).length : name.length();
    int past = written + 2; // the name and its two quotes
    JsonLocation after = new JsonLocation(start.contentReference(),
        bytes ? start.getByteOffset() + past : -1L,
        start.getCharOffset() >= 0 ? start.getCharOffset() + past : -1L,
        start.getLineNr(), start.getColumnNr() + past);
    throw new JsonParseException(p, "Duplicate field '" + name + "'", after);
  }

  @Override
  public RuntimeException invalidFormat(String message, Object value, Class<?> type) throws IOException {
    throw InvalidFormatException.from(p, message, value, type);
  }

  @Override
  public RuntimeException unknownField(String message, Class<?> type, String name, List<String> known)
      throws IOException {
    throw new UnrecognizedPropertyException(p, message, p.currentLocation(), type, name,
        new ArrayList<>(known));
  }

  @Override
  public RuntimeException invalidValue(Class<?> type, Path path, ValidationException refusal)
      throws IOException {
    throw InvalidValueException.of(p, type, path, refusal);
  }
}
