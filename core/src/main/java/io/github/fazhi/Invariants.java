package io.github.fazhi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the broken invariants of one value so that {@code build()} can report all of them in one
 * {@link ValidationException}. Messages follow one shape, {@code name (value) must be …}, and are only
 * built for an invariant that is broken: checking a valid value allocates nothing here.
 */
final class Invariants {
  /** Numbers whose plain form would be longer than this many digits are shown in scientific form. */
  private static final int PLAIN_DIGITS = 64;

  private @Nullable List<Violation> violations;

  Invariants nonNegative(String path, long value) {
    if (value < 0) {
      add(path, path + " (" + value + ") must be >= 0");
    }
    return this;
  }

  Invariants nonNegative(String path, OptionalLong value) {
    if (value.isPresent()) {
      nonNegative(path, value.getAsLong());
    }
    return this;
  }

  Invariants positive(String path, long value) {
    if (value < 1) {
      add(path, path + " (" + value + ") must be >= 1");
    }
    return this;
  }

  Invariants notBlank(String path, String value) {
    if (value.isBlank()) {
      add(path, path + " (\"" + value + "\") must not be blank");
    }
    return this;
  }

  Invariants notBlank(String path, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(path, value.get());
    }
    return this;
  }

  Invariants notBlank(String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isBlank()) {
        notBlank(path + "[" + i + "]", values.get(i));
      }
    }
    return this;
  }

  Invariants between(String path, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      add(path, path + " (" + shown(value) + ") must be between " + min.toPlainString() + " and "
          + max.toPlainString());
    }
    return this;
  }

  Invariants that(boolean holds, String path, Supplier<String> message) {
    if (!holds) {
      add(path, message.get());
    }
    return this;
  }

  void throwIfBroken() {
    if (violations != null) {
      throw new ValidationException(violations);
    }
  }

  /**
   * Shows a number as written in plain digits, unless that would be absurdly long (1E+999999999 would
   * be a billion digits): then in scientific form.
   */
  static String shown(BigDecimal value) {
    long plainDigits = Math.max(value.precision(), (long) value.precision() - value.scale());
    return plainDigits <= PLAIN_DIGITS && value.scale() <= PLAIN_DIGITS
        ? value.toPlainString()
        : value.toString();
  }

  private void add(String path, String message) {
    if (violations == null) {
      violations = new ArrayList<>();
    }
    violations.add(Violation.of(path, message));
  }
}
