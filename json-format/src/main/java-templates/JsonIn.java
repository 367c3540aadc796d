package ${fazhi.format.package};

import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON parser as the format reads it: each binding adapts its Jackson's parser, and turns the format's
 * refusals into its Jackson's exceptions. The failure methods always throw; they return an exception type
 * only so that a caller can write {@code throw in.mismatch(...)}.
 */
interface JsonIn {
  /** Returns the token the parser stands on. */
  Token token();

  /** Moves to the next token and returns it. */
  Token nextToken() throws IOException;

  /** Returns the text of the current string or number token. */
  String text() throws IOException;

  /** Returns the name of the current field. */
  String fieldName() throws IOException;

  /** Whether the current token is a whole number written without fraction or exponent that fits an int. */
  boolean fitsInt() throws IOException;

  /** Whether the current token is a whole number written without fraction or exponent that fits a long. */
  boolean fitsLong() throws IOException;

  int intValue() throws IOException;

  long longValue() throws IOException;

  BigInteger bigIntegerValue() throws IOException;

  /** Returns the current number exactly; may throw {@link NumberFormatException}. */
  BigDecimal decimalValue() throws IOException;

  boolean isNaN() throws IOException;

  /**
   * Returns the location of the value the parser is on ({@code reviews[0].accepted}, the root for the
   * document): the object or array it has just opened or closed, or the scalar or field name it is on.
   * Each element of an array is an {@linkplain Path#index(int) index}, each member of an object a
   * {@linkplain Path#member(String) member}, so that a key of the caller's own map may be any string.
   */
  Path here();

  /** Returns the location of the object whose fields the parser is reading. */
  Path enclosingObject();

  /** Throws a refusal of a value of the wrong JSON type, or of a wrong structure. */
  RuntimeException mismatch(@Nullable Class<?> type, String message) throws IOException;

  /** Throws a refusal of a value of the right JSON type but the wrong form. */
  RuntimeException invalidFormat(String message, Object value, Class<?> type) throws IOException;

  /**
   * Throws the refusal of a field or key met twice in one object. A binding whose parser refuses
   * duplicate keys itself, and which has the parser leave them to the format while it reads (no set of
   * names per object), throws the exception its parser would have thrown; otherwise the format's own.
   *
   * @param name  the key, as decoded
   * @param message  the format's message
   */
  RuntimeException duplicate(@Nullable Class<?> type, String name, String message) throws IOException;

  /** Throws a refusal of an unknown field. */
  RuntimeException unknownField(String message, Class<?> type, String name, List<String> known)
      throws IOException;

  /** Throws the model's refusal of a value read at {@code path}. */
  RuntimeException invalidValue(Class<?> type, Path path, ValidationException refusal)
      throws IOException;
}
