package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Report;
import java.io.IOException;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson 2 (de)serializers of {@link FazhiModule}: each interprets one entry of the format
 * ({@link Formats}) with Jackson 2's parser and generator. The lookups hold no state, so a mapper with
 * the module registered can still be serialized.
 */
final class Binding {
  private static final ImmutableMap<Class<?>, JsonSerializer<?>> SERIALIZERS = serializers(false);
  private static final ImmutableMap<Class<?>, JsonSerializer<?>> KEY_SERIALIZERS = serializers(true);
  private static final ImmutableMap<Class<?>, JsonDeserializer<?>> DESERIALIZERS = deserializers();

  private Binding() {}

  private static ImmutableMap<Class<?>, JsonSerializer<?>> serializers(boolean keys) {
    ImmutableMap.Builder<Class<?>, JsonSerializer<?>> serializers = ImmutableMap.builder();
    if (keys) {
      for (EnumNames<?> names : Formats.ENUMS) {
        serializers.put(names.type(), new KeySerializer<>(names));
      }
    } else {
      Formats.BOUND.forEach((type, codec) -> serializers.put(type, serializer(type, codec)));
    }
    return serializers.buildOrThrow();
  }

  private static <T> Serializer<T> serializer(Class<T> type, Codec<?> codec) {
    @SuppressWarnings("unchecked") // Formats.BOUND maps each type to its own codec
    Codec<T> typed = (Codec<T>) codec;
    return new Serializer<>(type, typed);
  }

  private static ImmutableMap<Class<?>, JsonDeserializer<?>> deserializers() {
    ImmutableMap.Builder<Class<?>, JsonDeserializer<?>> deserializers = ImmutableMap.builder();
    Formats.BOUND.forEach((type, codec) -> deserializers.put(type, deserializer(type, codec)));
    return deserializers.buildOrThrow();
  }

  private static <T> Deserializer<T> deserializer(Class<T> type, Codec<?> codec) {
    @SuppressWarnings("unchecked") // Formats.BOUND maps each type to its own codec
    Codec<T> typed = (Codec<T>) codec;
    return new Deserializer<>(type, typed);
  }

  /** Returns the entry of the type or of its nearest superclass: values are the model's Immutable subclasses. */
  private static <V> @Nullable V find(ImmutableMap<Class<?>, V> entries, Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      V entry = entries.get(c);
      if (entry != null) {
        return entry;
      }
    }
    return null;
  }

  /**
   * Reads a report, the parser on its first token: a report at the top level of the input or in the
   * top-level array of reports, as {@link ReportStreamReader} reads them.
   */
  static Report readReport(JsonParser p) throws IOException {
    return read(p, Formats.REPORT, true);
  }

  /**
   * Reads one value with its codec. When the parser refuses duplicate keys itself (the safe factory's
   * strict duplicate detection, which keeps a set of names per object), that is turned off while the
   * format reads the value, whose every object the format checks for duplicates with a bit per field,
   * refusing them with the parser's own exception ({@link JacksonIn#duplicate}); and turned on again.
   * Only for a value at the top level, or in a top-level array of values read by this codec: turning it
   * off leaves the parser's contexts below the value without detection, which later objects at that
   * depth reuse.
   */
  private static <T> T read(JsonParser p, Codec<T> codec, boolean inTopLevelArray) throws IOException {
    if (!p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION) || !atTopLevel(p, inTopLevelArray)) {
      return codec.read(new JacksonIn(p), "");
    }
    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try {
      return codec.read(new JacksonIn(p, true), "");
    } finally {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
  }

  /**
   * Whether the value the parser is on (an object opened, or its first field) is at the top level. A scalar
   * (an enum's name, a unit) never is: on it, the parser's context is the enclosing object's, whose names
   * seen so far the parser's detection would forget.
   */
  private static boolean atTopLevel(JsonParser p, boolean orInTopLevelArray) {
    if (!p.hasToken(JsonToken.START_OBJECT) && !p.hasToken(JsonToken.FIELD_NAME)) {
      return false;
    }
    JsonStreamContext value = p.getParsingContext();
    if (value == null || !value.inObject()) {
      return false;
    }
    JsonStreamContext parent = value.getParent();
    return parent != null && (parent.inRoot()
        || orInTopLevelArray && parent.inArray() && parent.getParent() != null
            && parent.getParent().inRoot());
  }

  /** Finds the serializer of a bound type. */
  static final class FormatSerializers extends Serializers.Base implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return find(SERIALIZERS, type.getRawClass());
    }
  }

  /** Finds the key serializer of a bound enum. */
  static final class KeySerializers extends Serializers.Base implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return find(KEY_SERIALIZERS, type.getRawClass());
    }
  }

  /** Finds the deserializer of a bound type. */
  static final class FormatDeserializers extends Deserializers.Base implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      return DESERIALIZERS.get(type.getRawClass());
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return DESERIALIZERS.get(type);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return DESERIALIZERS.containsKey(valueType);
    }
  }

  /** Finds the key deserializer of a bound enum. */
  static final class EnumKeyDeserializers implements KeyDeserializers, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Codec<?> codec = Formats.BOUND.get(type.getRawClass());
      return codec instanceof EnumNames<?> names ? new EnumKeyDeserializer<>(names) : null;
    }
  }

  private static final class Serializer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    Serializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      codec.write(value, new JacksonOut(g));
    }
  }

  private static final class Deserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    Deserializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, codec, false);
    }

    /** A document that is just {@code null} is not a value; a null inside a user's bean stays null. */
    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
        throw MismatchedInputException.from(p, type,
            "Expected " + type.getSimpleName() + " at the top level, found null");
      }
      return null;
    }
  }

  private static final class KeySerializer<E extends Enum<E>> extends JsonSerializer<E> {
    private final EnumNames<E> names;

    KeySerializer(EnumNames<E> names) {
      this.names = names;
    }

    @Override
    public Class<E> handledType() {
      return names.type();
    }

    @Override
    public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeFieldName(names.name(value));
    }
  }

  private static final class EnumKeyDeserializer<E extends Enum<E>> extends KeyDeserializer {
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
