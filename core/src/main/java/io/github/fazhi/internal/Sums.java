package io.github.fazhi.internal;

import org.jspecify.annotations.Nullable;

/** Overflow-checked addition that names what overflowed; the name is only built on overflow. */
public final class Sums {
  private Sums() {}

  /**
   * Adds two numbers.
   *
   * @param what  what is summed, for the message, not null
   * @param a  a number
   * @param b  another number
   * @return their sum
   * @throws ArithmeticException if the sum overflows a long, naming what overflowed
   */
  public static long add(String what, long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      throw overflowed(what, a, b);
    }
  }

  /**
   * Adds two numbers, naming what is summed by two parts that are only joined on overflow.
   *
   * @param subject  whose number is summed, for the message
   * @param what  which number is summed, for the message, not null
   * @param a  a number
   * @param b  another number
   * @return their sum
   * @throws ArithmeticException if the sum overflows a long, naming what overflowed
   */
  public static long add(@Nullable Object subject, Object what, long a, long b) {
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
