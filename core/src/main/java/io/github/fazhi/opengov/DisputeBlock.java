package io.github.fazhi.opengov;

/**
 * A block of Table C (政府信息公开行政复议、行政诉讼情况): reconsideration, and litigation without or after
 * reconsideration, each with five columns ({@link DisputeColumn}).
 */
public enum DisputeBlock implements CellTable.Heading {
  /** 行政复议: administrative reconsideration. */
  RECONSIDERATION("行政复议"),
  /** 行政诉讼 / 未经复议直接起诉: litigation brought directly. */
  LITIGATION_DIRECT("行政诉讼 未经复议直接起诉"),
  /** 行政诉讼 / 复议后起诉: litigation after reconsideration. */
  LITIGATION_AFTER_RECONSIDERATION("行政诉讼 复议后起诉");

  private final String label;

  DisputeBlock(String label) {
    this.label = label;
  }

  /**
   * Returns the official label of this block (with its heading for the two litigation blocks).
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the heading of this block in the table: its official label.
   *
   * @return the label, never null
   */
  @Override
  public String heading() {
    return label();
  }
}
