package io.github.fazhi;

/**
 * What kind of number an {@link Indicator} states (docs/domain.md, 'The indicator catalogue'). The kind decides which invariants the value
 * must keep and whether values of that kind can be added up.
 */
public enum IndicatorKind {
  /** A whole count (件, 宗, 个, 人次 …), at least 0 once scaled (1.19万人 is 11,900). Additive. */
  COUNT(true),
  /** A share in percent, 0 to 100 (办结率 98.8%). Never added: rates come from their basis. */
  PERCENT(false),
  /**
   * A change in percent, any sign and any size (同比增长 17.1%, 增幅 110.32%); it may carry the two counts
   * it compares ({@link Indicator#growthBase()}). Not additive.
   */
  PERCENT_CHANGE(false),
  /**
   * A change in a count or amount, in its unit, any sign (本年增/减 −417件); it may carry the two counts it
   * compares ({@link Indicator#growthBase()}). Not additive: a change is no total.
   */
  CHANGE(false),
  /** A change in percentage points, any sign (下降3个百分点). Not additive. */
  PERCENTAGE_POINTS(false),
  /** An amount of money (元, 万元, 亿元), at least 0. Additive. */
  AMOUNT(true),
  /** A duration (日, 工作日, 个月, 小时), at least 0. Additive as a total of time. */
  DURATION(true),
  /** A ratio x:1, at least 0 (复议与诉讼案件比). Not additive. */
  RATIO(false),
  /** A rank, a whole number from 1 (排名第一). Not additive. */
  RANK(false);

  private final boolean additive;

  IndicatorKind(boolean additive) {
    this.additive = additive;
  }

  /**
   * Returns whether values of this kind may be summed into a {@link Total}.
   *
   * @return true for COUNT, AMOUNT and DURATION
   */
  public boolean isAdditive() {
    return additive;
  }
}
