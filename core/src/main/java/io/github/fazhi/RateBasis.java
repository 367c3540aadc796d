package io.github.fazhi;

/**
 * The denominator a review rate is computed over. Published rates use different bases (docs/domain.md, 'Review counting conventions'): the
 * national correction rate, for example, is not over all concluded cases.
 */
public enum RateBasis {
  /** Cases received (收到). */
  RECEIVED("收到"),
  /** Cases accepted this period (受理). */
  ACCEPTED("受理"),
  /** Cases under review: accepted plus carried over (审理 = 受理 + 上年结转). */
  UNDER_REVIEW("审理"),
  /** Cases concluded, withdrawals included (审结). */
  CONCLUDED("审结");

  private final String chinese;

  RateBasis(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this basis.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }
}
