package io.github.fazhi;

import org.jspecify.annotations.Nullable;

/** Overflow-checked addition that names what overflowed; the name is only built on overflow. */
final class Sums {
  private Sums() {}

  static long add(String what, long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      throw overflowed(what, a, b);
    }
  }

  static long add(@Nullable Object subject, Object what, long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      throw overflowed(subject + " " + what, a, b);
    }
  }

  private static ArithmeticException overflowed(String what, long a, long b) {
    return new ArithmeticException(what + " overflowed: " + a + " + " + b);
  }
}
