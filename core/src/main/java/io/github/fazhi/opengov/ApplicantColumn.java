package io.github.fazhi.opengov;

/**
 * A column of Table B (收到和处理政府信息公开申请情况): the type of applicant (申请人情况), in the order of the
 * official layout. The five legal-person columns sit under the heading 法人或其他组织.
 */
public enum ApplicantColumn implements CellTable.Heading {
  /** 自然人: natural persons. */
  NATURAL_PERSON("自然人"),
  /** 商业企业: commercial enterprises (法人或其他组织). */
  COMMERCIAL_ENTERPRISE("商业企业"),
  /** 科研机构: research institutions (法人或其他组织). */
  RESEARCH_INSTITUTION("科研机构"),
  /** 社会公益组织: public-welfare organisations (法人或其他组织). */
  PUBLIC_WELFARE_ORGANISATION("社会公益组织"),
  /** 法律服务机构: legal-service institutions (法人或其他组织). */
  LEGAL_SERVICE_INSTITUTION("法律服务机构"),
  /** 其他: other legal persons or organisations (法人或其他组织). */
  OTHER_ORGANISATION("其他"),
  /** 总计: all applicants. */
  TOTAL("总计");

  private final String label;

  ApplicantColumn(String label) {
    this.label = label;
  }

  /**
   * Returns the official label of this column.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether this column is one of the five under 法人或其他组织.
   *
   * @return true for the legal-person columns
   */
  public boolean isLegalPerson() {
    return this != NATURAL_PERSON && this != TOTAL;
  }

  /**
   * Returns the heading of this column in the table: its official label.
   *
   * @return the label, never null
   */
  @Override
  public String heading() {
    return label();
  }
}
