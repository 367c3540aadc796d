package ${fazhi.format.package};

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one JSON object strictly: every field known, none twice, none null, every required
 * one present (all missing ones named at once), then builds the value and turns the model's refusal into
 * an exception located in the document.
 */
final class Fields {
  private final JsonIn in;
  private final Shape shape;
  /** The fields read so far, one bit per field of the shape. */
  private long seen;
  /** Whether the parser already stands on the token {@link #next()} must look at first. */
  private boolean onFirstToken;
  /** Whether the parser stands on this object's END_OBJECT. */
  private boolean closed;

  private Fields(JsonIn in, Shape shape, boolean onFirstToken) {
    this.in = in;
    this.shape = shape;
    this.onFirstToken = onFirstToken;
  }

  /** Starts reading an object of the given shape; the parser stands on its START_OBJECT. */
  static Fields open(JsonIn in, Shape shape) throws IOException {
    Token token = in.token();
    if (token == Token.START_OBJECT) {
      return new Fields(in, shape, false);
    }
    if (token == Token.FIELD_NAME || token == Token.END_OBJECT) {
      // Jackson may hand over an object whose START_OBJECT it has already consumed.
      return new Fields(in, shape, true);
    }
    throw Values.mismatch(in, shape.type().getSimpleName(), "an object");
  }

  /**
   * Returns the object's JSON location. It is worked out from the parser only when an error needs it, so
   * reading a valid document builds no path.
   */
  private Path path() {
    // Inside the object, the parser's context is the object's own; after its END_OBJECT, the parent's.
    return closed ? in.here() : in.enclosingObject();
  }

  /**
   * Moves to the next field's value and returns the field's position in the shape, or -1 after the last
   * field.
   */
  int next() throws IOException {
    Token token = onFirstToken ? in.token() : in.nextToken();
    onFirstToken = false;
    if (token == Token.END_OBJECT) {
      closed = true;
      checkRequired();
      return -1;
    }
    if (token != Token.FIELD_NAME) {
      throw Values.mismatch(in, shape.type().getSimpleName(), "a field name");
    }
    String name = in.fieldName();
    // Looked for first after the last field of the shape read so far: no field more per object to keep.
    int index = shape.indexOf(name, Long.SIZE - Long.numberOfLeadingZeros(seen));
    if (index < 0) {
      throw in.unknownField(
          "Unknown field \"" + name + "\" in " + shape.type().getSimpleName() + Paths.at(path()),
          shape.type(), name, shape.fields());
    }
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw in.duplicate(shape.type(), name, "Duplicate field \"" + name + "\" in "
          + shape.type().getSimpleName() + Paths.at(path()));
    }
    seen |= bit;
    if (in.nextToken() == Token.NULL) {
      throw in.mismatch(shape.type(), "Field \"" + name + "\" of " + shape.type().getSimpleName()
          + Paths.at(path().member(name)) + " is null: omit an absent value instead");
    }
    return index;
  }

  private void checkRequired() throws IOException {
    if ((seen & shape.requiredBits()) == shape.requiredBits()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String name : shape.required()) {
      if ((seen & (1L << shape.indexOf(name))) == 0) {
        missing.add(name);
      }
    }
    throw in.mismatch(shape.type(), "Missing required " + (missing.size() == 1 ? "field " : "fields ")
        + missing + " in " + shape.type().getSimpleName() + Paths.at(path()));
  }

  /**
   * Builds the value, turning the model's refusal into an exception located in the document; called
   * once {@link #next()} has returned -1.
   */
  <T, B> T build(Format.Build<T, B> build, B builder) throws IOException {
    try {
      return build.build(builder);
    } catch (ValidationException e) {
      throw in.invalidValue(shape.type(), path(), e);
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

    /**
     * Returns the field's position, or -1 if the shape has no such field, looking first at the fields from
     * {@code from} on for this very string. Documents written by the format have their fields in the
     * shape's order, and the parser hands over each name as the one interned string (Jackson 2 interns
     * field names by default; the Jackson 3 binding's factory turns interning on), which is the shape's own
     * constant: such a name is found by a few
     * reference comparisons, without hashing it and comparing its characters (issue 26). Any other name,
     * out of order or not interned, is looked up by its characters.
     */
    int indexOf(String name, int from) {
      for (int i = from; i < fields.size(); i++) {
        if (fields.get(i) == name) { // the same string, so surely the same name
          return i;
        }
      }
      return indexOf(name);
    }
  }
}
