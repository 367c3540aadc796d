package io.github.fazhi.opengov;

/**
 * A row of Table A (主动公开政府信息情况): an item of Art. 20 of the 条例, with its official label. Which
 * columns ({@link ProactiveColumn}) a row has depends on the layout.
 */
public enum ProactiveItem implements CellTable.Heading {
  /** 规章: government rules (第二十条第(一)项). */
  RULES("规章"),
  /** 行政规范性文件 (2019: 规范性文件): normative documents (第二十条第(一)项). */
  NORMATIVE_DOCUMENTS("行政规范性文件"),
  /** 其他主动公开文件: other documents, a row some 2019 trial-layout reports add (第二十条第(一)项). */
  OTHER_DOCUMENTS("其他主动公开文件"),
  /** 行政许可: administrative licensing (第二十条第(五)项). */
  LICENSING("行政许可"),
  /** 其他对外管理服务事项: other external services (2019 trial layout, 第二十条第(五)项). */
  OTHER_SERVICES("其他对外管理服务事项"),
  /** 行政处罚: administrative penalties (第二十条第(六)项). */
  PENALTIES("行政处罚"),
  /** 行政强制: administrative compulsion (第二十条第(六)项). */
  COMPULSION("行政强制"),
  /** 行政事业性收费: administrative fees (第二十条第(八)项). */
  FEES("行政事业性收费"),
  /** 政府集中采购: centralised government procurement (2019 trial layout, 第二十条第(九)项). */
  PROCUREMENT("政府集中采购");

  private final String label;

  ProactiveItem(String label) {
    this.label = label;
  }

  /**
   * Returns the official label of this row.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the heading of this row in the table: its official label.
   *
   * @return the label, never null
   */
  @Override
  public String heading() {
    return label();
  }
}
