package io.github.fazhi;

/**
 * The three outcome columns of the official open-government-information table (docs/domain.md, 'Open government information tables'): every
 * {@link Decision} belongs to exactly one.
 */
public enum OutcomeGroup {
  /** The act stands (结果维持): upheld or the request rejected. */
  UPHELD("结果维持"),
  /** The act was corrected (结果纠正, 纠错): revoked, changed, confirmed illegal or void, ordered to perform. */
  CORRECTED("结果纠正"),
  /** Any other outcome (其他结果): mediation, settlement, withdrawal, termination. */
  OTHER("其他结果");

  private final String chinese;

  OutcomeGroup(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the column heading of this group in the official table.
   *
   * @return the heading, never null
   */
  public String chinese() {
    return chinese;
  }
}
