package io.github.fazhi;

/**
 * How a published percentage agrees with the exact fraction behind it, at the precision it was published
 * with (see {@link Rate#matches(java.math.BigDecimal)}).
 */
public enum PercentMatch {
  /** The published value is the fraction rounded half-up: the usual way. */
  ROUNDED,
  /** The published value is the fraction truncated, not rounded (49.96% published as 49.9). */
  TRUNCATED,
  /** The published value agrees with neither. */
  MISMATCH;

  /**
   * Returns whether the published value agrees with the fraction in either way.
   *
   * @return true for ROUNDED and TRUNCATED
   */
  public boolean isConsistent() {
    return this != MISMATCH;
  }
}
