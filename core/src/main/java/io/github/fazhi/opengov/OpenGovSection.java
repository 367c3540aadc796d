package io.github.fazhi.opengov;

/**
 * One of the six sections of an open-government-information annual report, the same in both layouts.
 */
public enum OpenGovSection {
  /** 一、总体情况: overview. */
  OVERVIEW("总体情况"),
  /** 二、主动公开政府信息情况: proactive disclosure (Table A). */
  PROACTIVE_DISCLOSURE("主动公开政府信息情况"),
  /** 三、收到和处理政府信息公开申请情况: applications (Table B). */
  APPLICATIONS("收到和处理政府信息公开申请情况"),
  /** 四、政府信息公开行政复议、行政诉讼情况: reconsideration and litigation (Table C). */
  DISPUTES("政府信息公开行政复议、行政诉讼情况"),
  /** 五、存在的主要问题及改进情况: problems and improvements. */
  PROBLEMS_AND_IMPROVEMENTS("存在的主要问题及改进情况"),
  /** 六、其他需要报告的事项: other matters. */
  OTHER_MATTERS("其他需要报告的事项");

  private final String label;

  OpenGovSection(String label) {
    this.label = label;
  }

  /**
   * Returns the official heading of this section, without its number.
   *
   * @return the heading, never null
   */
  public String label() {
    return label;
  }
}
