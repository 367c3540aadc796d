package ${fazhi.format.package};

import com.google.common.collect.ImmutableList;
import static com.google.common.base.Preconditions.checkArgument;

import ${fazhi.format.jackson.core}.SerializableString;
import ${fazhi.format.jackson.core}.io.SerializedString;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON names of an enum's constants: lower_snake_case ({@code at_least} for {@code AT_LEAST}).
 *
 * @param <E> the enum
 */
final class EnumNames<E extends Enum<E>> implements Codec<E> {
  private final Class<E> type;
  private final ImmutableMap<String, E> byName;
  /** The names by ordinal, and the same encoded once for writing. */
  private final String[] names;
  private final SerializableString[] encoded;

  private EnumNames(Class<E> type) {
    this.type = type;
    ImmutableMap.Builder<String, E> byName = ImmutableMap.builder();
    E[] constants = type.getEnumConstants();
    // Sets and counts of constants are read and written as one bit per constant.
    checkArgument(constants.length <= Long.SIZE, "at most 64 constants: %s", type);
    this.names = new String[constants.length];
    this.encoded = new SerializableString[constants.length];
    for (E constant : constants) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      byName.put(name, constant);
      names[constant.ordinal()] = name;
      encoded[constant.ordinal()] = new SerializedString(name);
    }
    this.byName = byName.buildOrThrow();
  }

  static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
    return new EnumNames<>(type);
  }

  Class<E> type() {
    return type;
  }

  /** Returns the constant with the given JSON name, or null. */
  @Nullable E find(String name) {
    return byName.get(name);
  }

  String name(E constant) {
    return names[constant.ordinal()];
  }

  /** Returns the constant's name, encoded for a generator. */
  SerializableString encoded(E constant) {
    return encoded[constant.ordinal()];
  }

  /** Returns the name of the constant with the given ordinal, encoded for a generator. */
  SerializableString encoded(int ordinal) {
    return encoded[ordinal];
  }

  ImmutableList<String> validNames() {
    return byName.keySet().asList();
  }

  /** Reads a constant by its name; {@code what} is ignored: messages name the enum. */
  @Override
  public E read(JsonIn in, String what) throws IOException {
    return Values.constant(in, this);
  }

  @Override
  public void write(E value, JsonOut out) throws IOException {
    out.string(encoded(value));
  }
}
