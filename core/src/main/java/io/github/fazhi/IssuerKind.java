package io.github.fazhi;

/**
 * What kind of organ issued a report (docs/domain.md, 'The annual report'): a government, a Party committee and government
 * jointly (common after 2021), or a government department (局/委/办) reporting on its own work. A
 * department's report covers the same jurisdiction as its government's, so the two are different
 * reports, not duplicates.
 */
public enum IssuerKind {
  /** A people's government (人民政府), or a township government. */
  GOVERNMENT("人民政府"),
  /** A Party committee and government jointly (党委和政府, e.g. 中共…区委 …区人民政府). */
  PARTY_AND_GOVERNMENT("党委和政府"),
  /** A government department (政府部门: 司法局, 审计局 …). */
  DEPARTMENT("政府部门");

  private final String chinese;

  IssuerKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this kind of issuer.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }
}
