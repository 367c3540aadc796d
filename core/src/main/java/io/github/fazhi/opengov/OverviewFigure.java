package io.github.fazhi.opengov;

/**
 * A number that the overview (总体情况) of an open-government-information annual report states in prose
 * and that its tables also hold, so that the two can be compared.
 */
public enum OverviewFigure {
  /** 共收到/新收政府信息公开申请N件: applications received this year (Table B 一, 总计). */
  APPLICATIONS_RECEIVED("收到政府信息公开申请"),
  /** 上年结转N件: applications carried over from last year (Table B 二, 总计). */
  APPLICATIONS_CARRIED_OVER("上年结转政府信息公开申请"),
  /** 结转下年度继续办理N件: applications carried forward (Table B 四, 总计). */
  APPLICATIONS_CARRIED_FORWARD("结转下年度继续办理"),
  /** 行政复议N件: reconsideration cases about disclosure (Table C 行政复议 总计). */
  RECONSIDERATIONS("政府信息公开行政复议"),
  /** 行政诉讼N件: litigation about disclosure (Table C, both litigation blocks' 总计). */
  LITIGATIONS("政府信息公开行政诉讼"),
  /** 主动公开政府信息N条: items disclosed proactively (no table cell holds it). */
  PROACTIVE_ITEMS("主动公开政府信息");

  private final String label;

  OverviewFigure(String label) {
    this.label = label;
  }

  /**
   * Returns a short Chinese label of this number.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
