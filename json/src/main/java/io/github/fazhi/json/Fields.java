package io.github.fazhi.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
  /** The fields read so far, one bit per field of the shape. */
  private long seen;
  /** Whether the parser already stands on the token {@link #next()} must look at first. */
  private boolean onFirstToken;
  /** Whether the parser stands on this object's END_OBJECT. */
  private boolean closed;

  private Fields(JsonParser p, Shape shape, boolean onFirstToken) {
    this.p = p;
    this.shape = shape;
    this.onFirstToken = onFirstToken;
  }

  /** Starts reading an object of the given shape; the parser stands on its START_OBJECT. */
  static Fields open(JsonParser p, Shape shape) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return new Fields(p, shape, false);
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      // Jackson may hand over an object whose START_OBJECT it has already consumed.
      return new Fields(p, shape, true);
    }
    throw Values.mismatch(p, shape.type().getSimpleName(), "an object");
  }

  /**
   * Returns the object's JSON location. It is worked out from the parser only when an error needs it, so
   * reading a valid document builds no path; the parser stands inside the object (on a field name, a
   * field's value, or the end of a field's object or array) or on the object's own end.
   */
  private String path() {
    // Inside the object, the parser's context is the object's own, whose parent points at the object;
    // after the object's END_OBJECT, the context is the parent already.
    return closed ? Paths.here(p) : Paths.enclosingObject(p);
  }

  /**
   * Moves to the next field's value and returns the field's name, or null after the last field.
   */
  @Nullable String next() throws IOException {
    JsonToken token = onFirstToken ? p.currentToken() : p.nextToken();
    onFirstToken = false;
    if (token == JsonToken.END_OBJECT) {
      closed = true;
      checkRequired();
      return null;
    }
    if (token != JsonToken.FIELD_NAME) {
      throw Values.mismatch(p, shape.type().getSimpleName(), "a field name");
    }
    String name = p.currentName();
    int index = shape.indexOf(name);
    if (index < 0) {
      throw new UnrecognizedPropertyException(p,
          "Unknown field \"" + name + "\" in " + shape.type().getSimpleName() + Paths.at(path()),
          p.currentLocation(), shape.type(), name, new ArrayList<>(shape.fields()));
    }
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw MismatchedInputException.from(p, shape.type(), "Duplicate field \"" + name + "\" in "
          + shape.type().getSimpleName() + Paths.at(path()));
    }
    seen |= bit;
    if (p.nextToken() == JsonToken.VALUE_NULL) {
      throw MismatchedInputException.from(p, shape.type(), "Field \"" + name + "\" of "
          + shape.type().getSimpleName() + Paths.at(Paths.child(path(), name))
          + " is null: omit an absent value instead");
    }
    return name;
  }

  private void checkRequired() throws MismatchedInputException {
    if ((seen & shape.requiredBits()) == shape.requiredBits()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String name : shape.required()) {
      if ((seen & (1L << shape.indexOf(name))) == 0) {
        missing.add(name);
      }
    }
    throw MismatchedInputException.from(p, shape.type(), "Missing required "
        + (missing.size() == 1 ? "field " : "fields ") + missing + " in "
        + shape.type().getSimpleName() + Paths.at(path()));
  }

  /**
   * Builds the value, turning the model's refusal into an exception located in the document; called
   * once {@link #next()} has returned null.
   */
  <T> T build(Supplier<T> builder) throws InvalidValueException {
    try {
      return builder.get();
    } catch (ValidationException e) {
      throw InvalidValueException.of(p, shape.type(), path(), e);
    }
  }

  /**
   * The fields of one JSON object type, in the order they are written.
   *
   * @param type  the model type
   * @param fields  every field, in accessor order
   * @param required  the fields without which the value cannot be built
   */
  record Shape(Class<?> type, ImmutableList<String> fields, ImmutableSet<String> required,
      ImmutableMap<String, Integer> indexes, long requiredBits) {
    static Shape of(Class<?> type, List<String> fields, String... required) {
      checkArgument(fields.size() <= Long.SIZE, "at most 64 fields: %s", fields);
      ImmutableMap.Builder<String, Integer> indexes = ImmutableMap.builder();
      for (int i = 0; i < fields.size(); i++) {
        indexes.put(fields.get(i), i);
      }
      ImmutableMap<String, Integer> byName = indexes.buildOrThrow();
      long requiredBits = 0;
      for (String name : required) {
        Integer index = byName.get(name);
        checkArgument(index != null, "required field %s is not a field", name);
        requiredBits |= 1L << index;
      }
      return new Shape(type, ImmutableList.copyOf(fields), ImmutableSet.copyOf(required), byName,
          requiredBits);
    }

    /** Returns the field's position, or -1 if the shape has no such field. */
    int indexOf(String name) {
      Integer index = indexes.get(name);
      return index == null ? -1 : index;
    }
  }
}
