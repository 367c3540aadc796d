package io.github.fazhi.opengov;

/**
 * A column of one block of Table C: the outcome groups, the pending cases and their total.
 */
public enum DisputeColumn implements CellTable.Heading {
  /** 结果维持: upheld. */
  UPHELD("结果维持"),
  /** 结果纠正: corrected. */
  CORRECTED("结果纠正"),
  /** 其他结果: other outcomes. */
  OTHER("其他结果"),
  /** 尚未审结: not yet concluded. */
  PENDING("尚未审结"),
  /** 总计: the total of the four columns before it. */
  TOTAL("总计");

  private final String label;

  DisputeColumn(String label) {
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
   * Returns the heading of this column in the table: its official label.
   *
   * @return the label, never null
   */
  @Override
  public String heading() {
    return label();
  }
}
