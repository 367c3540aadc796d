package io.github.fazhi;

/**
 * The kind of annual report (docs/domain.md, 'The annual report', lists the kinds that must not be confused).
 */
public enum ReportKind {
  /** The annual report on building a law-based government (法治政府建设年度报告). */
  RULE_OF_LAW_ANNUAL("法治政府建设年度报告"),
  /** The annual report on open government information (政府信息公开工作年度报告). */
  OPEN_GOV_INFO_ANNUAL("政府信息公开工作年度报告"),
  /** The annual statistics report on administrative enforcement (行政执法统计年报). */
  ENFORCEMENT_STATISTICS_ANNUAL("行政执法统计年报"),
  /**
   * The annual report on administrative reconsideration, often with responding to lawsuits
   * (行政复议和行政应诉工作情况报告, 行政复议工作年度报告): mostly review tallies and their decisions.
   */
  RECONSIDERATION_ANNUAL("行政复议工作年度报告");

  private final String chinese;

  ReportKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this kind of report.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }
}
