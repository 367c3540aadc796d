package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The Jackson (de)serializers of the module: thin adapters over {@link Readers} and {@link Writers}. */
final class Binding {
  private Binding() {}

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** Reads one value, the parser on its first token. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonParser p) throws IOException;
  }

  static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<T> writer;

    Serializer(Class<T> type, Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writer.write(value, g);
    }
  }

  static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Reader<T> reader;

    Deserializer(Class<T> type, Reader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.read(p);
    }

    /** A document that is just {@code null} is not a value; a null inside a user's bean stays null. */
    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
        throw MismatchedInputException.from(p, handledType(),
            "Expected " + handledType().getSimpleName() + " at the top level, found null");
      }
      return null;
    }
  }

  static final class EnumSerializer<E extends Enum<E>> extends StdSerializer<E> {
    private static final long serialVersionUID = 1L;
    private final transient EnumNames<E> names;
    private final boolean key;

    EnumSerializer(EnumNames<E> names, boolean key) {
      super(names.type());
      this.names = names;
      this.key = key;
    }

    @Override
    public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
      if (key) {
        g.writeFieldName(names.name(value));
      } else {
        g.writeString(names.name(value));
      }
    }
  }

  static final class EnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
    private static final long serialVersionUID = 1L;
    private final transient EnumNames<E> names;

    EnumDeserializer(EnumNames<E> names) {
      super(names.type());
      this.names = names;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Values.constant(p, names);
    }
  }

  static final class EnumKeyDeserializer<E extends Enum<E>> extends KeyDeserializer {
    private final EnumNames<E> names;

    EnumKeyDeserializer(EnumNames<E> names) {
      this.names = names;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      E constant = names.find(key);
      if (constant == null) {
        return ctxt.handleWeirdKey(names.type(), key, "not one of the valid values %s",
            names.validNames());
      }
      return constant;
    }
  }
}
