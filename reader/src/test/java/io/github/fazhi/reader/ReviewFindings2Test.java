package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Findings of a review of the one-cell-a-line reading, the number cut by a line's end, the title and kind changes
 * (05115e0..a3263c4): inputs a real report or its copy may hold where the reader gives a wrong cell, kind or year.
 * Texts and figures are our own, in the style of real reports.
 */
class ReviewFindings2Test {

  // ---- one cell a line, a blank cell an empty line ---------------------------------------------------------

  private static List<ApplicationRow> leafRows() {
    return ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021);
  }

  /**
   * A row's cells as a cell-by-cell page prints them, null for a blank cell: every third row printed whole, the
   * others with only 自然人 and 总计, or blank throughout, as a report printing most cells blank does.
   */
  @SuppressWarnings("EnumOrdinal") // a distinct number per row, nothing stored by ordinal
  private static List<Long> printed(ApplicationRow row) {
    long base = row.ordinal() * 6L + 4;
    List<Long> cells = new ArrayList<>();
    switch (row.ordinal() % 3) {
      case 0 -> {
        cells.addAll(List.of(base, 2L));
        cells.add(null);
        cells.add(null);
        cells.add(null);
        cells.addAll(List.of(1L, base + 3));
      }
      case 1 -> {
        cells.add(base);
        for (int i = 0; i < 5; i++) {
          cells.add(null);
        }
        cells.add(base);
      }
      default -> {
        for (int i = 0; i < 7; i++) {
          cells.add(null);
        }
      }
    }
    return cells;
  }

  private static final String B_HEAD = String.join("\n", "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计",
      "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他") + "\n";

  private static final String C_HEAD = String.join("\n", "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
      "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果",
      "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计") + "\n";

  private static final String NEXT = "五、政府信息公开工作存在的主要问题及改进情况\n网站栏目的维护还不够及时。\n";

  private static String lines(List<Long> cells) {
    StringBuilder text = new StringBuilder();
    for (Long cell : cells) {
      text.append(cell == null ? "" : cell.toString()).append('\n');
    }
    return text.toString();
  }

  /** Table B one cell a line, {@code carried} the cells of 四、结转下年度继续办理 as printed after its label. */
  private static String tableB(String carried) {
    StringBuilder text = new StringBuilder(B_HEAD);
    for (ApplicationRow row : ApplicationRow.values()) {
      if (!row.isIn(OpenGovLayout.FORMAT_2021)) {
        continue;
      }
      text.append(row.label()).append('\n');
      if (row == ApplicationRow.CARRIED_FORWARD) {
        text.append(carried);
      } else if (leafRows().contains(row)) {
        text.append(lines(printed(row)));
      }
    }
    return text.toString();
  }

  private static java.util.List<Long> cellsOf(Long... cells) {
    return java.util.Arrays.asList(cells);
  }

  /**
   * Table C of a cell-by-cell page: a page break (or a spacer cell) leaves one empty line between the header's
   * last cell 总计 and the first number, and 复议后起诉 is printed blank throughout (five empty lines). Sixteen lines
   * come before 五、; the blank reading drops the last as the spacing after the table and reads the first, the
   * spacing, as 行政复议 结果维持: every cell moves one column on (结果维持 3 becomes 结果纠正, 总计 4 becomes
   * 未经复议直接起诉 结果维持). It should read 行政复议 结果维持 3 and 总计 4, or leave Table C unread.
   */
  @Test
  void anEmptyLineBeforeTableCsNumbers_withItsLastBlockBlank_neverShiftsTheCells() {
    List<Long> c = cellsOf(3L, 1L, null, null, 4L, 6L, null, null, 2L, 8L, null, null, null, null, null);
    String text = "二、主动公开政府信息情况\n本年主动公开文件35件。\n" + tableB(lines(printed(ApplicationRow.CARRIED_FORWARD)))
        + C_HEAD + "\n" + lines(c) + NEXT;

    OpenGovInfoTables tables = OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021);

    tables.info().disputes().ifPresent(disputes -> {
      assertThat(disputes.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD)).isIn(OptionalLong.empty(),
          OptionalLong.of(3));
      assertThat(disputes.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED)).isIn(OptionalLong.empty(),
          OptionalLong.of(1));
      assertThat(disputes.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL)).isIn(OptionalLong.empty(),
          OptionalLong.of(4));
    });
  }

  /**
   * The last row of Table B, 四、结转下年度继续办理, with a stray empty line between its label and its cells (a
   * page break), its cells 自然人 4 and 其他 1 printed and 总计 blank. Eight lines follow the label; the blank
   * reading drops the last (the blank 总计) as the spacing before Table C and keeps the stray line as 自然人: 4 is
   * read as 商业企业 and 1 as 总计. The stray line of any other row leaves that row unread; so should this one.
   */
  @Test
  void aStrayEmptyLineInTheLastRow_withItsTotalBlank_neverShiftsTheCells() {
    String carried = "\n" + lines(cellsOf(4L, null, null, null, null, 1L, null));
    List<Long> c = cellsOf(3L, 1L, null, null, 4L, 6L, null, null, 2L, 8L, 1L, null, null, null, 1L);
    String text = "二、主动公开政府信息情况\n本年主动公开文件35件。\n" + tableB(carried) + C_HEAD + lines(c) + NEXT;

    OpenGovInfoTables tables = OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021);

    tables.info().applications().ifPresent(table -> {
      assertThat(table.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON))
          .isIn(OptionalLong.empty(), OptionalLong.of(4));
      assertThat(table.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEmpty();
      assertThat(table.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).isEmpty();
    });
  }

  /**
   * Table A of the same cell-by-cell page, laid one cell a line with its blank cells as empty lines: 规章 prints
   * only 现行有效件数 5, 规范性文件 prints 本年制发件数 3 and 现行有效件数 41. The plain reading (kept for Table A
   * whenever the blank reading is taken for B and C) drops the empty lines and reads the first number after 规章,
   * 5, as 本年制发件数. 规章 has no 本年制发件数 printed.
   */
  @Test
  void tableALaidOneCellALine_withBlankCells_neverTakesTheNextNumberForABlankCell() {
    String tableA = String.join("\n", "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数",
        "现行有效件数", "规章", "", "", "5", "规范性文件", "3", "", "41", "第二十条第（五）项", "信息内容", "本年处理决定数量",
        "行政许可", "126") + "\n";
    List<Long> c = cellsOf(3L, 1L, null, null, 4L, 6L, null, null, 2L, 8L, 1L, null, null, null, 1L);
    String text = tableA + tableB(lines(printed(ApplicationRow.CARRIED_FORWARD))) + C_HEAD + lines(c) + NEXT;

    OpenGovInfoTables tables = OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021);

    Optional<BigDecimal> issued = tables.info().proactive()
        .flatMap(a -> a.cell(ProactiveItem.RULES, ProactiveColumn.ISSUED));
    assertThat(issued).isEmpty();
  }

  // ---- a number cut by a line's end: a page's footer after a row ----------------------------------------------

  private static final String BARRED_B_HEAD = "三、收到和处理政府信息公开申请情况\n"
      + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\n"
      + "自然人 | 法人或其他组织 | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他\n";

  /** A page's footer as designed reports print it: the page number, a bar, the report's title. */
  private static final String FOOTER = "6 | 青石县2023年政府信息公开工作年度报告\n";

  /**
   * A PDF's text layer printing each row between inner bars (the table's outer border is no bar), with the
   * page's footer `6 | 青石县…年度报告` right after the row 二、上年结转 (自然人 2, 总计 2). The row's last number 2
   * ends its line and the footer's line opens with a number and holds a bar, so the two are joined as one number
   * cut by the line's end: 上年结转 总计 reads 26, a total its printed parts (2, 0, 0, 0, 0, 0) do not add up to.
   */
  @Test
  void aPageFooterOpeningWithItsNumber_isNoPartOfTheRowsLastNumber() {
    String text = BARRED_B_HEAD
        + "一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 0 | 0 | 14 | 37\n"
        + "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2\n" + FOOTER
        + "三、本年度办理结果 | （一）予以公开 | 22 | 3 | 0 | 0 | 0 | 14 | 39\n"
        + "（七）总计 | 22 | 3 | 0 | 0 | 0 | 14 | 39\n"
        + "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n" + NEXT;

    ApplicationTable table = OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021).info().applications()
        .orElseThrow();

    assertThat(table.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL)).isIn(OptionalLong.empty(),
        OptionalLong.of(2));
  }

  /**
   * The same layout (inner bars only) with the row 一、本年新收 (自然人 12, 商业企业 3, 法律服务机构 2, 其他 1, 总计 18)
   * wrapped between two cells: `… | 0 | 2` ends the label's line and `1 | 18` opens the next. Before the change
   * the wrap was read by the row's identity (12 + 3 + 0 + 0 + 2 + 1 = 18). Now the 2 and the 1 are joined as one
   * number cut by the line's end, 21, and the six cells left are placed with 总计 blank: 法律服务机构 21, 其他 18.
   */
  @Test
  void aRowWrappedBetweenTwoCells_isNotReadAsANumberCutInTwo() {
    String text = BARRED_B_HEAD
        + "一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 2\n1 | 18\n"
        + "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
        + "三、本年度办理结果 | （一）予以公开 | 12 | 3 | 0 | 0 | 2 | 1 | 18\n"
        + "（七）总计 | 12 | 3 | 0 | 0 | 2 | 1 | 18\n"
        + "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n" + NEXT;

    ApplicationTable table = OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021).info().applications()
        .orElseThrow();

    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.LEGAL_SERVICE_INSTITUTION))
        .isIn(OptionalLong.empty(), OptionalLong.of(2));
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.OTHER_ORGANISATION))
        .isIn(OptionalLong.empty(), OptionalLong.of(1));
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isIn(OptionalLong.empty(),
        OptionalLong.of(18));
  }

  /** Table C printed with inner bars only and the page's footer `7 | …` right below it: 复议后起诉 总计 is 0, not 7. */
  @Test
  void aPageFooterBelowTableC_isNoPartOfItsLastTotal() {
    String text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n"
        + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
        + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
        + "3 | 1 | 0 | 0 | 4 | 2 | 0 | 0 | 1 | 3 | 0 | 0 | 0 | 0 | 0\n"
        + "7 | 青石县2023年政府信息公开工作年度报告\n" + NEXT;

    OptionalLong total = OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021).info().disputes()
        .map(t -> t.cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.TOTAL))
        .orElse(OptionalLong.empty());

    assertThat(total).isIn(OptionalLong.empty(), OptionalLong.of(0));
  }

  // ---- kind and title -------------------------------------------------------------------------------------

  private static final String BODY = "一、总体情况\n"
      + "本年度，我单位认真落实政府信息公开的各项要求，全年收到政府信息公开申请3件，均已按时答复。\n"
      + "二、主动公开政府信息情况\n本年度通过门户网站主动公开各类政府信息74条。\n"
      + "五、存在的主要问题及改进情况\n公开内容的更新还不够及时，下一步将加以改进。\n";

  /**
   * Government bodies whose names hold a word of the institution list (学院, 大学): a street office on 学院路 (街道办事处,
   * an agency of a district government) and the 管理委员会 of a 大学城 (a district's agency), each titling its report
   * 信息公开工作年度报告 with 政府 left out, as the reader takes other governments' titles to do. The list is matched
   * against the whole title, the body's place name included: the kind is no longer read from the title, and the
   * report is read as a 法治政府建设 report (RULE_OF_LAW_ANNUAL). It is a 政府信息公开 report.
   */
  @Test
  void aGovernmentBodyWhoseNameHoldsAnInstitutionsWord_writesAGovernmentInformationReport() {
    for (String title : List.of("青石市临江区学院路街道办事处2023年信息公开工作年度报告",
        "青石市临江区大学城管理委员会2023年度信息公开工作报告")) {
      Draft draft = ReportReader.standard().read(title + "\n" + BODY, Hints.none());

      assertThat(draft.report().map(Report::kind)).as(title).hasValue(ReportKind.OPEN_GOV_INFO_ANNUAL);
    }
  }

  /**
   * A school's 信息公开 report (under its own rules, not the 政府信息公开条例), whose kind the change means to leave
   * unknown: it is read as a 法治政府建设 report instead, a kind its title and body never name.
   */
  @Test
  void aSchoolsInformationReport_isNoRuleOfLawReport() {
    String text = "青石市第二中学2023年信息公开工作年度报告\n一、总体情况\n"
        + "本年度，我校认真落实学校信息公开的各项要求，全年收到信息公开申请1件，已按时答复。\n"
        + "二、主动公开信息情况\n本年度通过学校网站主动公开各类信息52条。\n"
        + "三、存在的主要问题及改进情况\n公开内容的更新还不够及时，下一步将加以改进。\n";
    Draft draft = ReportReader.standard().read(text, Hints.none());

    assertThat(draft.report().map(Report::kind)).isNotEqualTo(Optional.of(ReportKind.RULE_OF_LAW_ANNUAL));
  }

  /**
   * A PDF whose title line came out garbled (…工作告年度报) and whose first paragraph, wrapped by the PDF's lines,
   * has a line (no sentence mark on it) naming last year's report. The garbled title is now looked for only when
   * no line reads as a title otherwise, so the wrapped line of prose is taken for the title, and the report's year
   * with it: 2022, not 2023. Before the change the first line, the garbled title, was taken.
   */
  @Test
  void aGarbledTitle_isNotPassedOverForALineOfProseNamingLastYearsReport() {
    String text = "青石县2023年政府信息公开工作告年度报\n一、总体情况\n"
        + "本年度，我县认真对照\n青石县2022年政府信息公开工作年度报告中提出的\n"
        + "问题逐项整改，全年收到政府信息公开申请3件，均已按时答复。\n"
        + "二、主动公开政府信息情况\n本年度通过门户网站主动公开各类政府信息74条。\n"
        + "五、存在的主要问题及改进情况\n公开内容的更新还不够及时，下一步将加以改进。\n"
        + "青石县人民政府办公室\n2024年1月19日\n";
    Draft draft = ReportReader.standard().read(text, Hints.none());

    Report report = draft.report().orElseThrow();
    assertThat(report.year()).isEqualTo(Year.of(2023));
  }
}
