package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object strictly: every field known, none twice, none null, every required
 * one present (all missing ones named at once), then builds the value through the model's builder and
 * turns a refusal into an {@link InvalidValueException} located in the document.
 */
final class Fields {
  private final JsonParser p;
  private final Shape shape;
  private final String path;
  private final Set<String> seen = new HashSet<>();
  private boolean onFieldName;

  private Fields(JsonParser p, Shape shape, String path, boolean onFieldName) {
    this.p = p;
    this.shape = shape;
    this.path = path;
    this.onFieldName = onFieldName;
  }

  /** Starts reading an object of the given shape; the parser stands on its START_OBJECT. */
  static Fields open(JsonParser p, Shape shape) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return new Fields(p, shape, Paths.here(p), false);
    }
    // Jackson may hand over an object whose START_OBJECT it has already consumed (after a type id).
    if (token == JsonToken.FIELD_NAME) {
      return new Fields(p, shape, Paths.enclosingObject(p), true);
    }
    if (token == JsonToken.END_OBJECT) {
      // the object's context is closed: the parser already points at the object itself
      return new Fields(p, shape, Paths.here(p), false);
    }
    throw Values.mismatch(p, shape.type().getSimpleName(), "an object");
  }

  /**
   * Moves to the next field's value and returns the field's name, or null after the last field.
   */
  @Nullable String next() throws IOException {
    JsonToken token = onFieldName ? p.currentToken() : p.nextToken();
    onFieldName = false;
    if (token == JsonToken.END_OBJECT) {
      checkRequired();
      return null;
    }
    if (token != JsonToken.FIELD_NAME) {
      throw Values.mismatch(p, shape.type().getSimpleName(), "a field name");
    }
    String name = p.currentName();
    if (!shape.fields().contains(name)) {
      throw new UnrecognizedPropertyException(p,
          "Unknown field \"" + name + "\" in " + shape.type().getSimpleName() + Paths.at(path),
          p.currentLocation(), shape.type(), name, new ArrayList<>(shape.fields()));
    }
    if (!seen.add(name)) {
      throw MismatchedInputException.from(p, shape.type(), "Duplicate field \"" + name + "\" in "
          + shape.type().getSimpleName() + Paths.at(path));
    }
    if (p.nextToken() == JsonToken.VALUE_NULL) {
      throw MismatchedInputException.from(p, shape.type(), "Field \"" + name + "\" of "
          + shape.type().getSimpleName() + Paths.at(Paths.child(path, name))
          + " is null: omit an absent value instead");
    }
    return name;
  }

  private void checkRequired() throws MismatchedInputException {
    List<String> missing = new ArrayList<>();
    for (String name : shape.required()) {
      if (!seen.contains(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw MismatchedInputException.from(p, shape.type(), "Missing required "
          + (missing.size() == 1 ? "field " : "fields ") + missing + " in "
          + shape.type().getSimpleName() + Paths.at(path));
    }
  }

  /** Builds the value, turning the model's refusal into an exception located in the document. */
  <T> T build(Supplier<T> builder) throws InvalidValueException {
    try {
      return builder.get();
    } catch (ValidationException e) {
      throw InvalidValueException.of(p, shape.type(), path, e);
    }
  }

  /** Builds a value whose violations are located at a field of this object. */
  <T> T buildAt(String field, Supplier<T> builder) throws InvalidValueException {
    try {
      return builder.get();
    } catch (ValidationException e) {
      throw InvalidValueException.of(p, shape.type(), Paths.child(path, field), e);
    }
  }

  /**
   * The fields of one JSON object type, in the order they are written.
   *
   * @param type  the model type
   * @param fields  every field, in accessor order
   * @param required  the fields without which the value cannot be built
   */
  record Shape(Class<?> type, ImmutableList<String> fields, ImmutableSet<String> required) {
    static Shape of(Class<?> type, List<String> fields, String... required) {
      return new Shape(type, ImmutableList.copyOf(fields), ImmutableSet.copyOf(required));
    }
  }
}
