package io.github.fazhi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Collects the broken invariants of one value so that {@code build()} can report all of them in one
 * {@link ValidationException}. Messages follow one shape: {@code name (value) must be …}.
 */
final class Invariants {
  private final List<Violation> violations = new ArrayList<>();

  Invariants nonNegative(String path, long value) {
    return that(value >= 0, path, path + " (" + value + ") must be >= 0");
  }

  Invariants nonNegative(String path, OptionalLong value) {
    if (value.isPresent()) {
      nonNegative(path, value.getAsLong());
    }
    return this;
  }

  Invariants positive(String path, long value) {
    return that(value >= 1, path, path + " (" + value + ") must be >= 1");
  }

  Invariants notBlank(String path, String value) {
    return that(!value.isBlank(), path, path + " (\"" + value + "\") must not be blank");
  }

  Invariants notBlank(String path, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(path, value.get());
    }
    return this;
  }

  Invariants notBlank(String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      notBlank(path + "[" + i + "]", values.get(i));
    }
    return this;
  }

  Invariants between(String path, BigDecimal value, BigDecimal min, BigDecimal max) {
    return that(
        value.compareTo(min) >= 0 && value.compareTo(max) <= 0,
        path,
        path + " (" + value.toPlainString() + ") must be between " + min.toPlainString() + " and "
            + max.toPlainString());
  }

  Invariants that(boolean holds, String path, String message) {
    if (!holds) {
      violations.add(Violation.of(path, message));
    }
    return this;
  }

  void throwIfBroken() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
