package ${fazhi.format.package};

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON names of an enum's constants: lower_snake_case ({@code at_least} for {@code AT_LEAST}).
 *
 * @param <E> the enum
 */
final class EnumNames<E extends Enum<E>> implements Codec<E> {
  private final Class<E> type;
  private final ImmutableMap<String, E> byName;
  private final Map<E, String> names;

  private EnumNames(Class<E> type) {
    this.type = type;
    ImmutableMap.Builder<String, E> byName = ImmutableMap.builder();
    this.names = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      byName.put(name, constant);
      names.put(constant, name);
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
    return Objects.requireNonNull(names.get(constant));
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
    out.string(name(value));
  }
}
