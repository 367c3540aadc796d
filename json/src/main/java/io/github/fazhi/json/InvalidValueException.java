package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.google.common.collect.ImmutableList;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.util.List;

/**
 * A JSON document describes a value that breaks the model's invariants: the builder refused it. The
 * message names the JSON location and every violation; {@link #violations()} gives them with paths from
 * the document's root ({@code reviews[0].accepted}).
 *
 * <p>Nothing half-built escapes: the value was never created.
 */
public final class InvalidValueException extends ValueInstantiationException {
  private static final long serialVersionUID = 1L;

  /** Every broken invariant of the value, with paths from the document's root. */
  @SuppressWarnings("serial") // an ImmutableList of immutable Violations; serialization is not supported
  private final ImmutableList<Violation> violations;

  private InvalidValueException(
      JsonParser p, String message, JavaType type, ValidationException cause) {
    super(p, message, type, cause);
    this.violations = cause.violations();
  }

  /**
   * Wraps the model's refusal of a value read at {@code path}.
   *
   * @param p  the parser, positioned at the end of the value
   * @param type  the type refused
   * @param path  the value's JSON location, the root for the document
   * @param refusal  the model's exception
   * @return the exception, with every violation prefixed by {@code path}
   */
  static InvalidValueException of(
      JsonParser p, Class<?> type, Path path, ValidationException refusal) {
    ValidationException located = refusal.under(path);
    String message = "Invalid " + type.getSimpleName() + Paths.at(path) + ": " + located.getMessage();
    return new InvalidValueException(
        p, message, TypeFactory.defaultInstance().constructType(type), located);
  }

  /**
   * Returns every invariant the document broke, each with its path from the document's root.
   *
   * @return the violations, never empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
