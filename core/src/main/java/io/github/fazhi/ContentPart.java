package io.github.fazhi;

/**
 * The five content parts the rules require of an annual report (docs/domain.md, 'The annual report'). Real reports merge or
 * omit some of them (the seed folds shortcomings into part 一 and has no leadership-duty part).
 */
public enum ContentPart {
  /** 上一年度推进法治政府建设的主要举措和成效: main measures and results. */
  MEASURES_AND_RESULTS("上一年度推进法治政府建设的主要举措和成效"),
  /** 存在的不足和原因: shortcomings and their causes. */
  SHORTCOMINGS("存在的不足和原因"),
  /** 党政主要负责人履行推进法治建设第一责任人职责…: the principal leaders' duty as first person responsible. */
  LEADERSHIP_DUTY("党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
  /** 下一年度推进法治政府建设的主要安排: next year's main arrangements. */
  NEXT_YEAR_PLANS("下一年度推进法治政府建设的主要安排"),
  /** 其他需要报告的情况: other matters to report. */
  OTHER_MATTERS("其他需要报告的情况");

  private final String chinese;

  ContentPart(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the rule's wording of this part.
   *
   * @return the Chinese wording, never null
   */
  public String chinese() {
    return chinese;
  }
}
