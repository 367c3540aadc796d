package io.github.fazhi;

/**
 * The kind of annual report (brief §1.4 lists the neighbours that must not be confused).
 */
public enum ReportKind {
  /** The annual report on building a law-based government (法治政府建设年度报告). */
  RULE_OF_LAW_ANNUAL("法治政府建设年度报告"),
  /** The annual report on open government information (政府信息公开工作年度报告). */
  OPEN_GOV_INFO_ANNUAL("政府信息公开工作年度报告"),
  /** The annual statistics report on administrative enforcement (行政执法统计年报). */
  ENFORCEMENT_STATISTICS_ANNUAL("行政执法统计年报");

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
