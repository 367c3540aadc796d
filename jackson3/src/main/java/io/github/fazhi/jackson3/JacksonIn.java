package io.github.fazhi.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.type.TypeFactory;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Jackson 3's parser as the format reads it. */
final class JacksonIn implements JsonIn {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = switch (token) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case PROPERTY_NAME -> Token.FIELD_NAME;
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

  /** The types of refused values when no deserialization context is at hand (the stream reader's). */
  private static final TypeFactory TYPES = TypeFactory.createDefaultInstance();

  private final JsonParser p;
  private final @Nullable DeserializationContext ctxt;

  JacksonIn(JsonParser p, DeserializationContext ctxt) {
    this.p = p;
    this.ctxt = ctxt;
  }

  /** Reads from a bare parser, as {@link ReportStreamReader} does. */
  JacksonIn(JsonParser p) {
    this.p = p;
    this.ctxt = null;
  }

  private static Token token(@Nullable JsonToken token) {
    return token == null ? Token.END : TOKENS[token.ordinal()];
  }

  @Override
  public Token token() {
    return token(p.currentToken());
  }

  @Override
  public Token nextToken() {
    return token(p.nextToken());
  }

  @Override
  public String text() {
    return p.getString();
  }

  @Override
  public String fieldName() {
    return p.currentName();
  }

  @Override
  public boolean fitsInt() {
    return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public boolean fitsLong() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return false;
    }
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  @Override
  public int intValue() {
    return p.getIntValue();
  }

  @Override
  public long longValue() {
    return p.getLongValue();
  }

  @Override
  public BigInteger bigIntegerValue() {
    return p.getBigIntegerValue();
  }

  @Override
  public BigDecimal decimalValue() {
    return p.getDecimalValue();
  }

  @Override
  public boolean isNaN() {
    return p.isNaN();
  }

  @Override
  public Path here() {
    TokenStreamContext context = p.streamReadContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context != null) {
      context = context.getParent();
    }
    return pointedAt(context);
  }

  @Override
  public Path enclosingObject() {
    TokenStreamContext context = p.streamReadContext();
    return pointedAt(context == null ? null : context.getParent());
  }

  /** Returns the location of the value the context currently points at (its field or element). */
  private static Path pointedAt(@Nullable TokenStreamContext context) {
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    Path path = Path.root();
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        path = path.index(Math.max(c.getCurrentIndex(), 0));
      } else {
        String name = c.currentName();
        if (name != null) {
          path = path.member(name);
        }
      }
    }
    return path;
  }

  @Override
  public RuntimeException mismatch(@Nullable Class<?> type, String message) {
    throw MismatchedInputException.from(p, type, message);
  }

  /** Jackson 3's parser keeps its duplicate detection throughout: a duplicate it lets through is the format's. */
  @Override
  public RuntimeException duplicate(@Nullable Class<?> type, String name, String message) {
    throw mismatch(type, message);
  }

  @Override
  public RuntimeException invalidFormat(String message, Object value, Class<?> type) {
    throw InvalidFormatException.from(p, message, value, type);
  }

  @Override
  public RuntimeException unknownField(String message, Class<?> type, String name, List<String> known) {
    throw new UnrecognizedPropertyException(p, message, p.currentLocation(), type, name,
        new ArrayList<>(known));
  }

  @Override
  public RuntimeException invalidValue(Class<?> type, Path path, ValidationException refusal) {
    throw InvalidValueException.of(p, ctxt == null ? TYPES.constructType(type) : ctxt.constructType(type), path,
        refusal);
  }
}
