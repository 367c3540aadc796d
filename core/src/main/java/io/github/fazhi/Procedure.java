package io.github.fazhi;

/**
 * The procedure an administrative case goes through (docs/domain.md, 'Review counting conventions').
 */
public enum Procedure {
  /** Administrative reconsideration (行政复议), decided by a reconsideration body. */
  RECONSIDERATION("行政复议"),
  /** Administrative litigation (行政诉讼), decided by a people's court. */
  LITIGATION("行政诉讼");

  private final String chinese;

  Procedure(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this procedure.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }
}
