package ${fazhi.format.package};

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * How one JSON value is read and written: a scalar, an enum's name or an object of the format.
 *
 * @param <V> the value's type
 */
interface Codec<V> {
  /** A string. */
  Codec<String> STRING = of(Values::string, (value, out) -> out.string(value));
  /** A decimal number, read exactly as written. */
  Codec<BigDecimal> DECIMAL = of(Values::decimal, (value, out) -> out.decimal(value));
  /** A whole number that fits an int. */
  Codec<Integer> INTEGER = of(Values::integer, (value, out) -> out.number(value));
  /** A whole number that fits a long. */
  Codec<Long> COUNT = of(Values::count, (value, out) -> out.number(value));
  /** {@code true} or {@code false}. */
  Codec<Boolean> BOOLEAN = of(Values::bool, (value, out) -> out.bool(value));
  /** An ISO-8601 calendar date, named "date" in messages. */
  Codec<LocalDate> DATE =
      Codec.<LocalDate>of(Values::date, (value, out) -> out.string(value.toString())).as("date");
  /** A year, as a whole number. */
  Codec<Year> YEAR = of(Values::year, (value, out) -> out.number(value.getValue()));
  /** A unit as written, {@code "万元"}. */
  Codec<Unit> UNIT = of(Values::unit, (value, out) -> out.string(value.written()));

  /**
   * Reads the value, the parser on its first token, and leaves the parser on its last token.
   *
   * @param what  how messages name the value: the field's name unless the codec has a name of its own
   */
  V read(JsonIn in, String what) throws IOException;

  void write(V value, JsonOut out) throws IOException;

  /** Returns this codec, naming its values {@code label} in messages whatever the field. */
  default Codec<V> as(String label) {
    Codec<V> codec = this;
    return of((in, what) -> codec.read(in, label), codec::write);
  }

  /** Reads one value. */
  @FunctionalInterface
  interface Reader<V> {
    V read(JsonIn in, String what) throws IOException;
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<V> {
    void write(V value, JsonOut out) throws IOException;
  }

  /**
   * Returns the codec of an array of values, read into an immutable list and written in its order.
   *
   * @param element  the codec of one element
   */
  static <V> Codec<List<V>> listOf(Codec<V> element) {
    return of((in, what) -> {
      Values.expect(in, Token.START_ARRAY, what, "an array");
      ImmutableList.Builder<V> list = ImmutableList.builder();
      while (in.nextToken() != Token.END_ARRAY) {
        list.add(element.read(in, what));
      }
      return list.build();
    }, (values, out) -> {
      out.startArray();
      for (V value : values) {
        element.write(value, out);
      }
      out.endArray();
    });
  }

  static <V> Codec<V> of(Reader<V> reader, Writer<V> writer) {
    return new Codec<>() {
      @Override
      public V read(JsonIn in, String what) throws IOException {
        return reader.read(in, what);
      }

      @Override
      public void write(V value, JsonOut out) throws IOException {
        writer.write(value, out);
      }
    };
  }
}
