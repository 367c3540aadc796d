package io.github.fazhi;

/** Overflow-checked addition that names what overflowed. */
final class Sums {
  private Sums() {}

  static long add(String what, long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      throw new ArithmeticException(what + " overflowed: " + a + " + " + b);
    }
  }
}
