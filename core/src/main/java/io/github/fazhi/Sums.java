package io.github.fazhi;

/** Overflow-checked addition that names what overflowed. */
final class Sums {
  private Sums() {}

  static long add(String what, long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw new ArithmeticException(what + " overflowed: " + a + " + " + b);
    }
    return sum;
  }
}
