package io.github.fazhi.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Report;
import java.io.IOException;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ser.Serializers;

/**
 * The Jackson 3 (de)serializers of {@link FazhiModule}: each interprets one entry of the format
 * ({@link Formats}) with Jackson 3's parser and generator. The lookups hold no state, so a mapper with
 * the module registered can still be serialized.
 */
final class Binding {
  private static final ImmutableMap<Class<?>, ValueSerializer<?>> SERIALIZERS = serializers(false);
  private static final ImmutableMap<Class<?>, ValueSerializer<?>> KEY_SERIALIZERS = serializers(true);
  private static final ImmutableMap<Class<?>, ValueDeserializer<?>> DESERIALIZERS = deserializers();

  private Binding() {}

  private static ImmutableMap<Class<?>, ValueSerializer<?>> serializers(boolean keys) {
    ImmutableMap.Builder<Class<?>, ValueSerializer<?>> serializers = ImmutableMap.builder();
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

  private static ImmutableMap<Class<?>, ValueDeserializer<?>> deserializers() {
    ImmutableMap.Builder<Class<?>, ValueDeserializer<?>> deserializers = ImmutableMap.builder();
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

  /** Reads a report, the parser on its first token. */
  static Report readReport(JsonParser p) {
    try {
      return Formats.REPORT.read(new JacksonIn(p));
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // Jackson 3's parser throws no checked exception
    }
  }

  /** Finds the serializer of a bound type. */
  static final class FormatSerializers extends Serializers.Base implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable ValueSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
        JsonFormat.@Nullable Value formatOverrides) {
      return find(SERIALIZERS, type.getRawClass());
    }
  }

  /** Finds the key serializer of a bound enum. */
  static final class KeySerializers extends Serializers.Base implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable ValueSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
        JsonFormat.@Nullable Value formatOverrides) {
      return find(KEY_SERIALIZERS, type.getRawClass());
    }
  }

  /** Finds the deserializer of a bound type. */
  static final class FormatDeserializers extends Deserializers.Base implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
      return DESERIALIZERS.get(type.getRawClass());
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
      return DESERIALIZERS.get(type.getRawClass());
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
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
      Codec<?> codec = Formats.BOUND.get(type.getRawClass());
      return codec instanceof EnumNames<?> names ? new EnumKeyDeserializer<>(names) : null;
    }
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
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
    public void serialize(T value, JsonGenerator g, SerializationContext provider) {
      try {
        codec.write(value, new JacksonOut(g));
      } catch (IOException e) {
        throw JacksonIOException.construct(e); // Jackson 3's generator throws no checked exception
      }
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
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
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return codec.read(new JacksonIn(p, ctxt), "");
      } catch (IOException e) {
        throw JacksonIOException.construct(e); // Jackson 3's parser throws no checked exception
      }
    }

    /** A document that is just {@code null} is not a value; a null inside a user's bean stays null. */
    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
        throw MismatchedInputException.from(p, type,
            "Expected " + type.getSimpleName() + " at the top level, found null");
      }
      return null;
    }
  }

  private static final class KeySerializer<E extends Enum<E>> extends ValueSerializer<E> {
    private final EnumNames<E> names;

    KeySerializer(EnumNames<E> names) {
      this.names = names;
    }

    @Override
    public Class<E> handledType() {
      return names.type();
    }

    @Override
    public void serialize(E value, JsonGenerator g, SerializationContext provider) {
      g.writeName(names.name(value));
    }
  }

  private static final class EnumKeyDeserializer<E extends Enum<E>> extends KeyDeserializer {
    private final EnumNames<E> names;

    EnumKeyDeserializer(EnumNames<E> names) {
      this.names = names;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      E constant = names.find(key);
      if (constant == null) {
        return ctxt.handleWeirdKey(names.type(), key, "not one of the valid values %s",
            names.validNames());
      }
      return constant;
    }
  }
}
