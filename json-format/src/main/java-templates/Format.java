package ${fazhi.format.package};

import ${fazhi.format.jackson.core}.SerializableString;
import ${fazhi.format.jackson.core}.io.SerializedString;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of one model type, declared once as a table of fields: each field's name, how its value
 * is read and written, the accessor that gives it and the builder method that takes it. Reading, writing,
 * the unknown/duplicate/missing field checks and the order of the fields all follow from the table.
 *
 * <p>This source is shared by the Jackson 2 and Jackson 3 bindings (json-format/), each compiling it into
 * its own package and interpreting it with its own parser and generator.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class Format<T, B> implements Codec<T> {
  private final Fields.Shape shape;
  private final ImmutableList<Field<T, B>> fields;
  /** The fields' readers and writers, by position: looked up per field read or written. */
  private final FieldReader<B>[] readers;
  private final FieldWriter<T>[] writers;
  private final Supplier<B> builder;
  private final Build<T, B> build;

  private Format(Class<T> type, List<Field<T, B>> fields, Supplier<B> builder,
      Build<T, B> build) {
    this.fields = ImmutableList.copyOf(fields);
    @SuppressWarnings("unchecked") // arrays of a generic type, filled below with the fields' own
    FieldReader<B>[] readers = new FieldReader[fields.size()];
    @SuppressWarnings("unchecked")
    FieldWriter<T>[] writers = new FieldWriter[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      readers[i] = fields.get(i).reader();
      writers[i] = fields.get(i).writer();
    }
    this.readers = readers;
    this.writers = writers;
    this.builder = builder;
    this.build = build;
    List<String> names = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (Field<T, B> field : fields) {
      names.add(field.name());
      if (field.required()) {
        required.add(field.name());
      }
    }
    this.shape = Fields.Shape.of(type, names, required.toArray(String[]::new));
  }

  /**
   * Declares a type's JSON form.
   *
   * @param type  the model type
   * @param builder  gives a new builder
   * @param build  builds the value, throwing the model's {@code ValidationException} on a refusal
   * @param fields  every field, in the order they are written
   */
  @SafeVarargs
  static <T, B> Format<T, B> of(Class<T> type, Supplier<B> builder, Build<T, B> build,
      Field<T, B>... fields) {
    return new Format<>(type, List.of(fields), builder, build);
  }

  /** Returns the field names and the required ones. */
  Fields.Shape shape() {
    return shape;
  }

  /** Returns the type's field names, in the order they are written. */
  List<String> fieldNames() {
    return shape.fields();
  }

  /** Reads one object, the parser on its START_OBJECT (or its first field), leaving it on its END_OBJECT. */
  T read(JsonIn in) throws IOException {
    boolean onFirstToken = Fields.open(in, shape);
    B values = builder.get();
    long seen = 0; // one bit per field read, by position
    for (int index = Fields.next(in, shape, seen, onFirstToken); index >= 0;
        index = Fields.next(in, shape, seen, false)) {
      seen |= 1L << index;
      readers[index].read(in, values);
    }
    return Fields.build(in, shape, build, values);
  }

  @Override
  public T read(JsonIn in, String what) throws IOException {
    return read(in);
  }

  /** Writes one object: its fields in the table's order, leaving out absent values, empty lists and defaults. */
  @Override
  public void write(T value, JsonOut out) throws IOException {
    out.startObject();
    for (FieldWriter<T> writer : writers) {
      writer.write(value, out);
    }
    out.endObject();
  }

  /** Builds the value from its builder. */
  @FunctionalInterface
  interface Build<T, B> {
    T build(B builder);
  }

  /** Puts a value into a builder. */
  @FunctionalInterface
  interface Setter<B, V> {
    void set(B builder, V value);
  }

  /** Puts a value under a key into a builder. */
  @FunctionalInterface
  interface KeyedValueSetter<B, K, V> {
    void set(B builder, K key, V value);
  }

  /** Puts a whole number into a builder. */
  @FunctionalInterface
  interface LongSetter<B> {
    void set(B builder, long value);
  }

  /** Puts a count under a key into a builder. */
  @FunctionalInterface
  interface KeyedSetter<B, K> {
    void set(B builder, K key, long count);
  }

  /** Puts one cell of a table, by row and column, into a builder. */
  @FunctionalInterface
  interface CellSetter<B, R, C, V> {
    void set(B builder, R row, C column, V value);
  }

  /** Reads one cell's value, the parser on it: what a cell may hold can depend on its column. */
  @FunctionalInterface
  interface CellReader<C, V> {
    V read(JsonIn in, C column) throws IOException;
  }

  /** Writes one cell's value. */
  @FunctionalInterface
  interface CellWriter<V> {
    void write(V value, JsonOut out) throws IOException;
  }

  /** Reads a field's value (the parser on it) into the builder. */
  @FunctionalInterface
  interface FieldReader<B> {
    void read(JsonIn in, B builder) throws IOException;
  }

  /** Writes a field, name and value, unless it is left out. */
  @FunctionalInterface
  interface FieldWriter<T> {
    void write(T value, JsonOut out) throws IOException;
  }

  /**
   * One field of the table.
   *
   * @param name  the JSON name, which is the accessor's
   * @param required  whether a document must have it
   */
  record Field<T, B>(String name, boolean required, FieldReader<B> reader, FieldWriter<T> writer) {
    /** A field every value has. */
    static <T, B, V> Field<T, B> required(String name, Codec<V> codec, Function<T, V> get,
        Setter<B, V> set) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, true, (in, b) -> set.set(b, codec.read(in, name)), (value, out) -> {
        out.fieldName(key);
        codec.write(get.apply(value), out);
      });
    }

    /** A field that may be absent: left out when absent. */
    static <T, B, V> Field<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get,
        Setter<B, V> set) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> set.set(b, codec.read(in, name)), (value, out) -> {
        Optional<V> present = get.apply(value);
        if (present.isPresent()) {
          out.fieldName(key);
          codec.write(present.get(), out);
        }
      });
    }

    /** A field with a default value: left out when it has it. */
    static <T, B, V> Field<T, B> withDefault(String name, Codec<V> codec, V defaultValue,
        Function<T, V> get, Setter<B, V> set) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> set.set(b, codec.read(in, name)), (value, out) -> {
        V v = get.apply(value);
        if (!Objects.equals(v, defaultValue)) {
          out.fieldName(key);
          codec.write(v, out);
        }
      });
    }

    /** A whole number every value has. */
    static <T, B> Field<T, B> requiredCount(String name, ToLongFunction<T> get, LongSetter<B> set) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, true, (in, b) -> set.set(b, Values.count(in, name)), (value, out) -> {
        out.fieldName(key);
        out.number(get.applyAsLong(value));
      });
    }

    /** A count that may be unknown (named "count" in messages): left out when unknown. */
    static <T, B> Field<T, B> count(String name, Function<T, OptionalLong> get, LongSetter<B> set) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> set.set(b, Values.count(in, "count")), (value, out) -> {
        OptionalLong count = get.apply(value);
        if (count.isPresent()) {
          out.fieldName(key);
          out.number(count.getAsLong());
        }
      });
    }

    /** A list, written in its order: each element added to the builder; left out when empty. */
    static <T, B, V> Field<T, B> list(String name, Codec<V> element,
        Function<T, ? extends Collection<V>> get, Setter<B, V> add) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> {
        // The loop is written out here: a lambda per list read would be allocated.
        Values.expect(in, Token.START_ARRAY, name, "an array");
        while (in.nextToken() != Token.END_ARRAY) {
          add.set(b, element.read(in, name));
        }
      }, (value, out) -> {
        Collection<V> elements = get.apply(value);
        if (!elements.isEmpty()) {
          out.fieldName(key);
          out.startArray();
          for (V v : elements) {
            element.write(v, out);
          }
          out.endArray();
        }
      });
    }

    /**
     * Counts keyed by an enum's names, {@code {"withdrawn":3}}, each key once; written in the map's order
     * and left out when empty.
     */
    static <T, B, K extends Enum<K>> Field<T, B> counts(String name, EnumNames<K> keys,
        Function<T, Map<K, Long>> get, KeyedSetter<B, K> put) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> Values.counts(in, keys, b, put),
          (value, out) -> {
            Map<K, Long> counts = get.apply(value);
            if (!counts.isEmpty()) {
              out.fieldName(key);
              out.startObject();
              for (Map.Entry<K, Long> entry : counts.entrySet()) {
                out.fieldName(keys.encoded(entry.getKey()));
                out.number(entry.getValue().longValue());
              }
              out.endObject();
            }
          });
    }

    /**
     * A set of an enum's constants, each at most once; written in the enum's order, so that equal sets
     * give the same bytes, and left out when empty.
     *
     * @param element  how a duplicate is named in messages ("task area")
     */
    static <T, B, K extends Enum<K>> Field<T, B> enumSet(String name, EnumNames<K> constants,
        String element, Function<T, Set<K>> get, Setter<B, K> add) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> {
        long seen = 0; // one bit per constant read, by ordinal
        Values.expect(in, Token.START_ARRAY, name, "an array");
        while (in.nextToken() != Token.END_ARRAY) {
          K constant = Values.constant(in, constants);
          long bit = 1L << constant.ordinal();
          if ((seen & bit) != 0) {
            throw in.mismatch(constants.type(), "Duplicate " + element + " \""
                + constants.name(constant) + "\"" + Paths.at(in.here()));
          }
          seen |= bit;
          add.set(b, constant);
        }
      }, (value, out) -> {
        Set<K> set = get.apply(value);
        if (!set.isEmpty()) {
          long members = 0;
          for (K constant : set) {
            members |= 1L << constant.ordinal();
          }
          out.fieldName(key);
          out.startArray();
          for (long rest = members; rest != 0; rest &= rest - 1) {
            out.string(constants.encoded(Long.numberOfTrailingZeros(rest)));
          }
          out.endArray();
        }
      });
    }

    /**
     * Values keyed by an enum's names, {@code {"overview":"…"}}, each key once; written in the map's order
     * and left out when empty.
     *
     * @param element  how a value is named in messages ("text")
     */
    static <T, B, K extends Enum<K>, V> Field<T, B> keyed(String name, EnumNames<K> keys, String element,
        Codec<V> codec, Function<T, ? extends Map<K, V>> get, KeyedValueSetter<B, K, V> put) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> {
        Values.expect(in, Token.START_OBJECT, name, "an object");
        long seen = 0; // one bit per key read, by ordinal
        while (in.nextToken() == Token.FIELD_NAME) {
          K constant = Values.key(in, keys, seen);
          seen |= 1L << constant.ordinal();
          in.nextToken();
          put.set(b, constant, codec.read(in, element));
        }
      }, (value, out) -> {
        Map<K, V> entries = get.apply(value);
        if (!entries.isEmpty()) {
          out.fieldName(key);
          out.startObject();
          for (Map.Entry<K, V> entry : entries.entrySet()) {
            out.fieldName(keys.encoded(entry.getKey()));
            codec.write(entry.getValue(), out);
          }
          out.endObject();
        }
      });
    }

    /**
     * A table as its rows: an object of rows keyed by the row enum's names, each an object of cells keyed
     * by the column enum's names, {@code {"new_received":{"natural_person":3,"total":3}}}. A cell the
     * value does not hold is left out, never written as 0; rows and columns are written in the map's
     * order, a row once, with the cells it holds; the field is left out when the table has no cell.
     *
     * @param cells  the table's cells, sorted by row, then column
     * @param rowOf  a cell's row
     * @param columnOf  a cell's column
     */
    static <T, B, P, R extends Enum<R>, C extends Enum<C>, V> Field<T, B> rows(String name,
        EnumNames<R> rows, EnumNames<C> columns, CellReader<C, V> reader, CellWriter<V> writer,
        Function<T, ? extends Map<P, V>> cells, Function<P, R> rowOf, Function<P, C> columnOf,
        CellSetter<B, R, C, V> put) {
      SerializableString key = new SerializedString(name);
      return new Field<>(name, false, (in, b) -> {
        Values.expect(in, Token.START_OBJECT, name, "an object");
        long seenRows = 0; // one bit per row read, by ordinal
        while (in.nextToken() == Token.FIELD_NAME) {
          R row = Values.key(in, rows, seenRows);
          seenRows |= 1L << row.ordinal();
          in.nextToken();
          Values.expect(in, Token.START_OBJECT, "row", "an object");
          long seenColumns = 0;
          while (in.nextToken() == Token.FIELD_NAME) {
            C column = Values.key(in, columns, seenColumns);
            seenColumns |= 1L << column.ordinal();
            in.nextToken();
            put.set(b, row, column, reader.read(in, column));
          }
        }
      }, (value, out) -> {
        Map<P, V> table = cells.apply(value);
        if (table.isEmpty()) {
          return;
        }
        out.fieldName(key);
        out.startObject();
        @Nullable R open = null;
        for (Map.Entry<P, V> cell : table.entrySet()) {
          R row = rowOf.apply(cell.getKey());
          if (row != open) {
            if (open != null) {
              out.endObject();
            }
            out.fieldName(rows.encoded(row));
            out.startObject();
            open = row;
          }
          out.fieldName(columns.encoded(columnOf.apply(cell.getKey())));
          writer.write(cell.getValue(), out);
        }
        out.endObject();
        out.endObject();
      });
    }
  }
}
