package io.github.fazhi.opengov;

/**
 * The official layout of an open-government-information annual report's tables (政府信息公开工作年度报告格式):
 * the trial layout used for the reports on 2019 and 2020, and the layout of 2021 used since (see
 * docs/domain.md, 'Open government information tables').
 */
public enum OpenGovLayout {
  /** 《政府信息公开工作年度报告格式(试行)》, 国办公开办函〔2019〕60号: one 其他处理 row; Table A with 本年新制作 … columns. */
  TRIAL_2019("国办公开办函〔2019〕60号"),
  /** 《政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号: 其他处理 split in three; Table A with 本年制发 … columns. */
  FORMAT_2021("国办公开办函〔2021〕30号");

  private final String document;

  OpenGovLayout(String document) {
    this.document = document;
  }

  /**
   * Returns the number of the document that issued this layout.
   *
   * @return the document number, never null
   */
  public String document() {
    return document;
  }

  /**
   * Returns the layout in force for the reports on a year: the trial layout up to 2020, the 2021 layout
   * from 2021 on.
   *
   * @param year  the year the report covers
   * @return the layout, never null
   */
  public static OpenGovLayout inForceFor(int year) {
    return year <= 2020 ? TRIAL_2019 : FORMAT_2021;
  }
}
