package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Path;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveItem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OpenGovInfoTableReaderTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = OpenGovInfoTableReaderTest.class.getResourceAsStream("/opengov/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A distinct count for every cell, so that a cell read from the wrong place is caught. */
  private static long value(ApplicationRow row, ApplicantColumn column) {
    return row.ordinal() * 10L + column.ordinal();
  }

  private static String label(ApplicationRow row, boolean halfWidth) {
    String label = row.label();
    return halfWidth ? label.replace('（', '(').replace('）', ')').replace("“", "\"").replace("”", "\"") : label;
  }

  /** Table B of the 2021 layout as a page flattens it: group headings in their own cells, one row a line. */
  private static String flattened(String separator, boolean halfWidth) {
    StringBuilder text = new StringBuilder("三、收到和处理政府信息公开申请情况\n");
    text.append("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)").append(separator).append("申请人情况")
        .append(separator).append('\n');
    text.append("自然人").append(separator).append("法人或其他组织").append(separator).append("总计").append(separator).append('\n');
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isGroup(OpenGovLayout.FORMAT_2021)) {
        text.append(label(row, halfWidth)).append(separator).append('\n');
        continue;
      }
      text.append(label(row, halfWidth)).append(separator);
      for (ApplicantColumn column : ApplicantColumn.values()) {
        text.append(' ').append(value(row, column)).append(' ').append(separator);
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static void assertEveryCell(OpenGovInfo info) {
    ApplicationTable table = info.applications().orElseThrow();
    assertThat(table.cells()).hasSize(175);
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        assertThat(table.cell(row, column)).as(row + " " + column).hasValue(value(row, column));
      }
    }
  }

  @Test
  void aTextMixingBothLayouts_keepsTheRowsOfTheOtherLayoutOutOfTheTable_andSaysSo() {
    // found by OpenGovReadingProperties: a 2019 Table A header (本年新制作数量) beside a 2021-only row of Table B
    String text = String.join("\n",
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
        "规章 | 1 | 1 | 5 |",
        "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "");
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(text);
    assertThat(tables.info().layout()).isEqualTo(OpenGovLayout.TRIAL_2019);
    ApplicationTable table = tables.info().applications().orElseThrow();
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(3);
    assertThat(table.cells().keySet()).noneMatch(cell -> cell.row() == ApplicationRow.OTHER_NOT_COMPLETED);
    assertThat(tables.unread()).anyMatch(line -> line.contains("not a row of the TRIAL_2019 layout"));
  }

  @Test
  void the2021Layout_fromText_holdsEveryCell_withItsSpan() {
    String text = flattened("|", false);
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(text);
    assertThat(tables.info().layout()).isEqualTo(OpenGovLayout.FORMAT_2021);
    assertEveryCell(tables.info());
    assertThat(tables.unread()).isEmpty();
    assertThat(tables.spans()).hasSize(175);
    Span span = tables.spans().get(Path.root().field("openGovInfo").field("applications").field("cells").key("disclosed").key("total"));
    assertThat(span.written()).isEqualTo(Long.toString(value(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)));
    assertThat(text.substring(span.start(), span.end())).isEqualTo(span.written());
  }

  @Test
  void oneCellPerLine_andHalfWidthLabels_readTheSame() {
    assertEveryCell(OpenGovInfoTableReader.read(flattened("|\n", true)).info());
  }

  @Test
  void the2021Layout_fromHtml_holdsEveryCell() {
    StringBuilder html = new StringBuilder("<html><body><p>三、收到和处理政府信息公开申请情况</p><table>");
    html.append("<tr><td rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
        + "<td colspan=7>申请人情况</td></tr><tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td>"
        + "<td rowspan=2>总计</td></tr><tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td>"
        + "<td>法律服务机构</td><td>其他</td></tr>");
    for (ApplicationRow row : ApplicationRow.values()) {
      html.append("<tr>");
      if (row == ApplicationRow.DISCLOSED) {
        html.append("<td rowspan=22>三、本年度办理结果</td>");
      }
      if (row == ApplicationRow.RESULTS) {
        continue;
      }
      html.append("<td>").append(row.label()).append("</td>");
      if (row.isGroup(OpenGovLayout.FORMAT_2021)) {
        html.append("</tr>");
        continue;
      }
      for (ApplicantColumn column : ApplicantColumn.values()) {
        html.append("<td> ").append(value(row, column)).append(" </td>");
      }
      html.append("</tr>");
    }
    html.append("</table></body></html>");
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(html.toString());
    assertEveryCell(tables.info());
    assertThat(tables.spans()).isEmpty();
  }

  @Test
  void realExcerpt_blankCellsAreUnknown_andTheCutIsReported() throws IOException {
    // 徐闻县 department, 2023: 一 row states 自然人 0 and 总计 0, the legal-person cells are blank
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(resource("xuwen-2023-excerpt.txt"));
    ApplicationTable table = tables.info().applications().orElseThrow();
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).hasValue(0);
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEmpty();
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(0);
    assertThat(table.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON)).isEmpty();
    assertThat(table.cell(ApplicationRow.PARTLY_DISCLOSED, ApplicantColumn.TOTAL)).hasValue(0);
    assertThat(table.cell(ApplicationRow.NOT_DISCLOSED_THREE_SAFETIES, ApplicantColumn.TOTAL)).hasValue(0);
    assertThat(table.cell(ApplicationRow.NOT_DISCLOSED_INTERNAL_AFFAIRS, ApplicantColumn.TOTAL)).hasValue(0);
    assertThat(table.cells()).hasSize(10); // 一: 2, 二: 1, (一): 1, (二): 1, (三)1–5: 5
    assertThat(tables.unread()).contains("Table B row （三）6.属于四类过程性信息: not found",
        "Table B row 四、结转下年度继续办理: not found");
    assertThat(tables.info().proactive().orElseThrow()
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE)).contains(BigDecimal.valueOf(101));
    assertThat(tables.info().proactive().orElseThrow()
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.ISSUED)).contains(BigDecimal.valueOf(3));
    assertThat(tables.info().proactive().orElseThrow().cells()).hasSize(10);
  }

  @Test
  void realExcerpt_oneCellPerLine() throws IOException {
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(resource("tongjiju-2023-excerpt.txt"));
    ApplicationTable table = tables.info().applications().orElseThrow();
    assertThat(table.cells()).hasSize(2);
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(0);
    assertThat(table.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL)).hasValue(0);
    assertThat(table.cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)).isEmpty();
  }

  @Test
  void realExcerpt_withLeadingBars() throws IOException {
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(resource("changchun-2023-excerpt.txt"));
    ApplicationTable table = tables.info().applications().orElseThrow();
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).hasValue(3);
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(3);
    assertThat(table.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.OTHER_ORGANISATION)).hasValue(0);
    assertThat(table.cells()).hasSize(14);
    assertThat(tables.info().proactive().orElseThrow().cells()).hasSize(10);
  }

  @Test
  void trialLayout_isRecognised_byItsTableA() throws IOException {
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(resource("trial-2019-layout-excerpt.txt"));
    assertThat(tables.info().layout()).isEqualTo(OpenGovLayout.TRIAL_2019);
    assertThat(tables.info().proactive().orElseThrow()
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.PUBLISHED_TOTAL)).contains(BigDecimal.ZERO);
    assertThat(tables.info().proactive().orElseThrow()
        .cell(ProactiveItem.OTHER_SERVICES, ProactiveColumn.CHANGE)).contains(BigDecimal.ZERO);
    assertThat(tables.info().proactive().orElseThrow().cells()).hasSize(12);
    assertThat(tables.info().applications()).isEmpty();
  }

  @Test
  void tableC_withStackedHeaderCharacters() {
    String text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼 |\n结\n果\n维\n持\n| 结果纠正 | 其他结果 | 尚\n未\n审\n结\n| 总计 |"
        + " 未经复议直接起诉 | 复议后起诉 |\n"
        + " 1 | 2 | 0 | 1 | 4 | 0 | 0 | 0 | 0 | 0 | 3 | 0 | 1 | 1 | 5 |\n五、存在的主要问题及改进情况\n";
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(text);
    assertThat(tables.info().disputes().orElseThrow().cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL))
        .isEqualTo(OptionalLong.of(4));
    assertThat(tables.info().disputes().orElseThrow()
        .cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.UPHELD)).hasValue(3);
    assertThat(tables.info().disputes().orElseThrow().cells()).hasSize(15);
    assertThat(tables.spans().get(Path.root().field("openGovInfo").field("disputes").field("cells").key("litigation_after_reconsideration").key("total")).written())
        .isEqualTo("5");
    OpenGovInfoTables cut = OpenGovInfoTableReader.read("行政复议 | 行政诉讼 |\n 1 | 2 |");
    assertThat(cut.info().disputes()).isEmpty();
    assertThat(cut.unread()).containsExactly("Table C: found 2 of its 15 cells");
  }

  @Test
  void labelVariants_areRecognised() {
    assertThat(OpenGovInfoTableReader.applicationRow("(二)部分公开（区分处理的,只计这一情形,不计其他情形）"))
        .contains(ApplicationRow.PARTLY_DISCLOSED);
    assertThat(OpenGovInfoTableReader.applicationRow("3.危及\"三安全一稳定\"")).contains(ApplicationRow.NOT_DISCLOSED_THREE_SAFETIES);
    assertThat(OpenGovInfoTableReader.applicationRow("1、属于国家秘密")).contains(ApplicationRow.NOT_DISCLOSED_STATE_SECRET);
    assertThat(OpenGovInfoTableReader.applicationRow("（七）总计")).contains(ApplicationRow.RESULTS_TOTAL);
    assertThat(OpenGovInfoTableReader.applicationRow("总计")).isEmpty();
    assertThat(OpenGovInfoTableReader.applicationRow("其他")).isEmpty();
    assertThat(OpenGovInfoTableReader.applicationRow("3.其他")).contains(ApplicationRow.OTHER_OTHER);
    assertThat(OpenGovInfoTableReader.applicationRow("")).isEmpty();
    assertThat(OpenGovInfoTableReader.proactiveItem("规范性文件")).contains(ProactiveItem.NORMATIVE_DOCUMENTS);
  }

  @Test
  void tabSeparatedCells_asHtmlTextFlattensATable_keepTheirSpans() {
    String text = "行政规范性文件\t3\t\t17\t\n行政许可\t124\t\n";
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(text);
    assertThat(tables.info().proactive().orElseThrow()
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.ISSUED)).contains(BigDecimal.valueOf(3));
    assertThat(tables.info().proactive().orElseThrow()
        .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.REPEALED)).isEmpty();
    assertThat(tables.info().proactive().orElseThrow()
        .cell(ProactiveItem.LICENSING, ProactiveColumn.DECISIONS)).contains(BigDecimal.valueOf(124));
    Span span = tables.spans().get(Path.root().field("openGovInfo").field("proactive").field("cells").key("normative_documents").key("in_force"));
    assertThat(text.substring(span.start(), span.end())).isEqualTo("17");
  }

  @Test
  void aBarAloneAfterText_separatesCells_butAfterACellItIsABlankCell() {
    // separators on their own lines between cells
    OpenGovInfoTables separated = OpenGovInfoTableReader.read("规章\n|\n0\n|\n0\n|\n6\n|\n行政规范性文件\n|\n");
    assertThat(separated.info().proactive().orElseThrow().cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE))
        .contains(BigDecimal.valueOf(6));
    // one cell a line, each closed by a bar: a bar alone is a blank cell
    OpenGovInfoTables blank = OpenGovInfoTableReader.read("规章 |\n0 |\n|\n4 |\n");
    assertThat(blank.info().proactive().orElseThrow().cell(ProactiveItem.RULES, ProactiveColumn.REPEALED)).isEmpty();
    assertThat(blank.info().proactive().orElseThrow().cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE))
        .contains(BigDecimal.valueOf(4));
  }

  @Test
  void aRowCopiedFromAPdf_hasItsCellsPartedBySpaces() {
    String text = "四、结转下年度继续办理 1 0 0 0 0 0 1\n（二）部分公开（区分处理的， 只计这一情形） 2 0\n";
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(text);
    ApplicationTable table = tables.info().applications().orElseThrow();
    assertThat(table.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON)).hasValue(1);
    assertThat(table.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).hasValue(1);
    // a label with a space in its note is no row of cells parted by spaces
    assertThat(table.cell(ApplicationRow.PARTLY_DISCLOSED, ApplicantColumn.NATURAL_PERSON)).isEmpty();
  }

  @Test
  void tableALabels_withANote_areRecognised() {
    assertThat(OpenGovInfoTableReader.proactiveItem("规章(县级无此项)")).contains(ProactiveItem.RULES);
    assertThat(OpenGovInfoTableReader.proactiveItem("规范性文件（行政机关制定发布的决定、公告）"))
        .contains(ProactiveItem.NORMATIVE_DOCUMENTS);
    assertThat(OpenGovInfoTableReader.proactiveItem("规章制度")).isEmpty();
  }
}
