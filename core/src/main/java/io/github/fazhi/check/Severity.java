package io.github.fazhi.check;

/**
 * How serious a {@link Finding} is (严重程度).
 */
public enum Severity {
  /** The numbers contradict each other (错误): at least one stated number is wrong. */
  ERROR,
  /** The report breaks a rule of form or timing (警告), or a number is doubtful. */
  WARNING,
  /** Worth knowing, not wrong (提示): a truncated percentage, a report published inside its year. */
  INFO;

  /**
   * Returns whether this severity is at least as serious as another.
   *
   * @param other  the severity to compare with, not null
   * @return true when this is {@code other} or more serious
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
