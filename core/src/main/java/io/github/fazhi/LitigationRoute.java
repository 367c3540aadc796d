package io.github.fazhi;

/**
 * How an administrative lawsuit reached the court: the two litigation groups of the open-government
 * information report's Table C (docs/domain.md, 'Open government information tables').
 */
public enum LitigationRoute {
  /** Sued directly, without reconsideration first (未经复议直接起诉). */
  DIRECT("未经复议直接起诉"),
  /** Sued after a reconsideration decision (复议后起诉). */
  AFTER_RECONSIDERATION("复议后起诉");

  private final String chinese;

  LitigationRoute(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this route.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }
}
