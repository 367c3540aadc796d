package io.github.fazhi;

/**
 * How a reconsideration or litigation case was closed (docs/domain.md, 'Decisions and outcome groups'). Every decision belongs to one
 * {@link OutcomeGroup}; the Ministry of Justice counts 撤销、变更、确认违法、责令履行 as corrections (纠错).
 */
public enum Decision {
  /** 维持: the act is upheld (2023 law Art. 68). */
  UPHELD("维持", OutcomeGroup.UPHELD),
  /** 驳回: the request is rejected (Art. 69; in litigation 驳回诉讼请求). */
  REJECTED("驳回", OutcomeGroup.UPHELD),
  /** 撤销 / 部分撤销: the act is revoked, possibly with an order to act anew (Art. 64). */
  REVOKED("撤销", OutcomeGroup.CORRECTED),
  /**
   * 撤销并责令重做: the act is revoked and the respondent ordered to act anew, where a report counts it in a
   * column of its own beside {@link #REVOKED}.
   */
  REVOKED_AND_ORDERED_TO_REDO("撤销并责令重做", OutcomeGroup.CORRECTED),
  /** 变更: the act is changed (Art. 63). */
  CHANGED("变更", OutcomeGroup.CORRECTED),
  /** 确认违法: the act is confirmed illegal (Art. 65). */
  CONFIRMED_ILLEGAL("确认违法", OutcomeGroup.CORRECTED),
  /** 确认无效: the act is confirmed void (Art. 67). */
  CONFIRMED_VOID("确认无效", OutcomeGroup.CORRECTED),
  /** 责令履行: the respondent is ordered to perform a statutory duty (Art. 66). */
  ORDERED_TO_PERFORM("责令履行", OutcomeGroup.CORRECTED),
  /** 给付: litigation only; the agency is ordered to pay (行政诉讼法 Arts. 69–78). */
  ORDERED_TO_PAY("给付", OutcomeGroup.CORRECTED),
  /** 调解: closed by a mediation document (Art. 73). */
  MEDIATED("调解", OutcomeGroup.OTHER),
  /** 和解: closed by settlement (Art. 74). */
  SETTLED("和解", OutcomeGroup.OTHER),
  /** 调解/和解: mediated or settled, where a report states the two as one number. */
  MEDIATED_OR_SETTLED("调解或和解", OutcomeGroup.OTHER),
  /** 撤回: the applicant or plaintiff withdrew. */
  WITHDRAWN("撤回", OutcomeGroup.OTHER),
  /** 终止: the case was terminated (Art. 41). */
  TERMINATED("终止", OutcomeGroup.OTHER),
  /**
   * 改正后终止: the respondent corrected its act and the applicant withdrew; official statistics count it
   * as a correction.
   */
  TERMINATED_AFTER_CORRECTION("改正后终止", OutcomeGroup.CORRECTED),
  /** 其他: any other closing a report counts in a column of that name. */
  OTHER("其他", OutcomeGroup.OTHER);

  private final String chinese;
  private final OutcomeGroup group;

  Decision(String chinese, OutcomeGroup group) {
    this.chinese = chinese;
    this.group = group;
  }

  /**
   * Returns the Chinese name of this decision.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the outcome column this decision is counted in.
   *
   * @return the group, never null
   */
  public OutcomeGroup group() {
    return group;
  }
}
