package io.github.fazhi;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when numbers in units that count different things are added (人 and 件). The message names both
 * units, for example {@code Units count different things: 件/人}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The unit the operation required. */
  private final Unit expected;

  /** The unit it was given. */
  private final Unit actual;

  /**
   * Creates the exception.
   *
   * @param expected  the unit of what was added before, not null
   * @param actual  the unit of the value that does not fit, not null
   */
  public UnitMismatchException(Unit expected, Unit actual) {
    super("Units count different things: " + requireNonNull(expected, "expected") + "/"
        + requireNonNull(actual, "actual"));
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Returns the unit of what was added before.
   *
   * @return the unit, never null
   */
  public Unit expected() {
    return expected;
  }

  /**
   * Returns the unit of the value that does not fit.
   *
   * @return the unit, never null
   */
  public Unit actual() {
    return actual;
  }
}
