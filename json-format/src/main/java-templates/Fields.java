package ${fazhi.format.package};

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.fazhi.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one JSON object strictly: every field known, none twice, none null, every required
 * one present (all missing ones named at once), then builds the value and turns the model's refusal into
 * an exception located in the document.
 *
 * <p>The reading's state (the fields seen so far) is the caller's, kept in locals: one object is read per
 * JSON object of a document, and an object per object read was most of what reading allocated beside the
 * model's values (issue 26).
 */
final class Fields {
  private Fields() {}

  /**
   * Starts reading an object of the given shape; the parser stands on its START_OBJECT, or on its first
   * field or END_OBJECT when Jackson has already consumed the START_OBJECT.
   *
   * @return whether the parser already stands on the token {@link #next} must look at first
   */
  static boolean open(JsonIn in, Shape shape) throws IOException {
    Token token = in.token();
    if (token == Token.START_OBJECT) {
      return false;
    }
    if (token == Token.FIELD_NAME || token == Token.END_OBJECT) {
      // Jackson may hand over an object whose START_OBJECT it has already consumed.
      return true;
    }
    throw Values.mismatch(in, shape.type().getSimpleName(), "an object");
  }

  /**
   * Moves to the next field's value and returns the field's position in the shape, or -1 after the last
   * field, once every required field is known to be there. Errors inside the object name the object's
   * location; it is worked out from the parser only when an error needs it, so reading a valid document
   * builds no path.
   *
   * @param seen  the fields read so far, one bit per field of the shape
   * @param onFirstToken  whether the parser already stands on the token to look at (see {@link #open})
   */
  static int next(JsonIn in, Shape shape, long seen, boolean onFirstToken) throws IOException {
    Token token = onFirstToken ? in.token() : in.nextToken();
    if (token == Token.END_OBJECT) {
      checkRequired(in, shape, seen);
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
          "Unknown field \"" + name + "\" in " + shape.type().getSimpleName()
              + Paths.at(in.enclosingObject()), shape.type(), name, shape.fields());
    }
    if ((seen & (1L << index)) != 0) {
      throw in.duplicate(shape.type(), name, "Duplicate field \"" + name + "\" in "
          + shape.type().getSimpleName() + Paths.at(in.enclosingObject()));
    }
    if (in.nextToken() == Token.NULL) {
      throw in.mismatch(shape.type(), "Field \"" + name + "\" of " + shape.type().getSimpleName()
          + Paths.at(in.enclosingObject().member(name)) + " is null: omit an absent value instead");
    }
    return index;
  }

  /** Checks every required field was read; the parser stands on the object's END_OBJECT. */
  private static void checkRequired(JsonIn in, Shape shape, long seen) throws IOException {
    if ((seen & shape.requiredBits()) == shape.requiredBits()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String name : shape.required()) {
      if ((seen & (1L << shape.indexOf(name))) == 0) {
        missing.add(name);
      }
    }
    // After its END_OBJECT, the parser's context is the parent's, pointing at the object itself.
    throw in.mismatch(shape.type(), "Missing required " + (missing.size() == 1 ? "field " : "fields ")
        + missing + " in " + shape.type().getSimpleName() + Paths.at(in.here()));
  }

  /**
   * Builds the value, turning the model's refusal into an exception located in the document; called
   * once {@link #next} has returned -1.
   */
  static <T, B> T build(JsonIn in, Shape shape, Format.Build<T, B> build, B builder)
      throws IOException {
    try {
      return build.build(builder);
    } catch (ValidationException e) {
      throw in.invalidValue(shape.type(), in.here(), e);
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
