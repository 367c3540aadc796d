package io.github.fazhi.reader;

import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.OpenGovLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * One 政府信息公开工作年度报告 of our own (2021 layout) written as a web page, a .docx and a Markdown conversion,
 * each with Tables B and C merged as that format merges them. Every cell holds a distinct count, so a cell
 * read from the wrong place is caught; one cell of Table C is left blank (unknown).
 */
final class OpenGovDocuments {
  static final String TITLE = "青石市临江区司法局2023年政府信息公开工作年度报告";
  static final String TABLE_B = "三、收到和处理政府信息公开申请情况";
  static final String TABLE_C = "四、政府信息公开行政复议、行政诉讼情况";
  static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  static final String RESULTS = "三、本年度办理结果";
  static final List<String> PROSE = List.of(
      "一、总体情况",
      "2023年，本局坚持以公开为常态，全年主动公开政府信息1,234条，其中政策解读材料十五篇。",
      "二、主动公开政府信息情况",
      "本局主动公开的信息均在门户网站集中发布。");
  static final List<String> CLOSING = List.of(
      "五、存在的主要问题及改进情况",
      "本局公开的政策解读形式还不够丰富，下一步将增加图解和问答，全年计划举办培训4场。",
      "六、其他需要报告的事项",
      "本年度本局未收取信息处理费。",
      "青石市临江区司法局",
      "2024年1月20日");

  private OpenGovDocuments() {}

  /** The Table B rows printed in the 2021 layout, 三、本年度办理结果 aside (it is the merged cell). */
  static List<ApplicationRow> rows() {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(OpenGovLayout.FORMAT_2021) && row != ApplicationRow.RESULTS) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Whether a row is under the merged label 三、本年度办理结果 (a one-column label beside it). */
  @SuppressWarnings("EnumOrdinal") // the result rows follow 三、本年度办理结果 in the enum, as in the printed table
  static boolean isResult(ApplicationRow row) {
    return row.ordinal() > ApplicationRow.RESULTS.ordinal() && row != ApplicationRow.CARRIED_FORWARD;
  }

  /** The row printed after （三）1.属于国家秘密. */
  static ApplicationRow afterStateSecret() {
    return rows().get(rows().indexOf(ApplicationRow.NOT_DISCLOSED_STATE_SECRET) + 1);
  }

  /** A distinct count per Table B cell; group rows print no number. */
  @SuppressWarnings("EnumOrdinal") // a distinct number per row and column, nothing stored by ordinal
  static OptionalLong b(ApplicationRow row, ApplicantColumn column) {
    return row.isGroup(OpenGovLayout.FORMAT_2021) ? OptionalLong.empty()
        : OptionalLong.of(row.ordinal() * 10L + column.ordinal());
  }

  /** A distinct count per Table C cell, 行政诉讼 未经复议直接起诉 尚未审结 left blank. */
  @SuppressWarnings("EnumOrdinal") // a distinct number per block and column, nothing stored by ordinal
  static OptionalLong c(DisputeBlock block, DisputeColumn column) {
    if (block == DisputeBlock.LITIGATION_DIRECT && column == DisputeColumn.PENDING) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(500 + block.ordinal() * 10L + column.ordinal());
  }

  static String printed(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "";
  }

  static List<String> cellsOf(ApplicationRow row) {
    List<String> cells = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      cells.add(printed(b(row, column)));
    }
    return cells;
  }

  static List<String> disputeCells() {
    List<String> cells = new ArrayList<>();
    for (DisputeBlock block : DisputeBlock.values()) {
      for (DisputeColumn column : DisputeColumn.values()) {
        cells.add(printed(c(block, column)));
      }
    }
    return cells;
  }

  /**
   * The report as a web page: Table B's header merged with rowspan and colspan, 三、本年度办理结果 a
   * {@code rowspan=22} cell, the other labels {@code colspan=2}; Table C's header merged over its blocks.
   * {@code mergedZero}: the 自然人 cells of （三）1.属于国家秘密 and the row after it printed as one
   * {@code rowspan=2} 0.
   */
  static byte[] html(boolean mergedZero) {
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>" + TITLE
        + "</title></head><body><div class=\"nav\">首页 &gt; 政府信息公开</div><div class=\"content\"><h1>" + TITLE
        + "</h1>");
    for (String line : PROSE) {
      html.append("<p>").append(line).append("</p>");
    }
    html.append("<p>").append(TABLE_B).append("</p><table border=1>");
    html.append("<tr><td rowspan=3 colspan=2>").append(NOTE).append("</td><td colspan=7>申请人情况</td></tr>")
        .append("<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>")
        .append("<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>");
    for (ApplicationRow row : rows()) {
      html.append("<tr>");
      if (row == ApplicationRow.DISCLOSED) {
        html.append("<td rowspan=22>").append(RESULTS).append("</td>");
      }
      html.append(isResult(row) ? "<td>" : "<td colspan=2>").append(row.label()).append("</td>");
      List<String> cells = cellsOf(row);
      for (int i = 0; i < cells.size(); i++) {
        if (mergedZero && i == 0 && row == ApplicationRow.NOT_DISCLOSED_STATE_SECRET) {
          html.append("<td rowspan=2>0</td>");
        } else if (!(mergedZero && i == 0 && row == afterStateSecret())) {
          html.append("<td>").append(cells.get(i)).append("</td>");
        }
      }
      html.append("</tr>");
    }
    html.append("</table><p>").append(TABLE_C).append("</p><table border=1>");
    html.append("<tr><td colspan=5 rowspan=2>行政复议</td><td colspan=10>行政诉讼</td></tr>")
        .append("<tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr><tr>");
    for (int block = 0; block < 3; block++) {
      for (DisputeColumn column : DisputeColumn.values()) {
        html.append("<td>").append(column.label()).append("</td>");
      }
    }
    html.append("</tr><tr>");
    for (String cell : disputeCells()) {
      html.append("<td>").append(cell).append("</td>");
    }
    html.append("</tr></table>");
    for (String line : CLOSING) {
      html.append("<p>").append(line).append("</p>");
    }
    html.append("</div><div class=\"footer\">网站地图 | 联系我们 | 2024</div></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The report as a .docx: 三、本年度办理结果 merged down with {@code vMerge}, the other labels over two grid
   * columns with {@code gridSpan}; Table C's 行政复议 merged down over the block row and across five columns.
   */
  static byte[] docx() throws IOException {
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.createParagraph().createRun().setText(TITLE);
      for (String line : PROSE) {
        docx.createParagraph().createRun().setText(line);
      }
      docx.createParagraph().createRun().setText(TABLE_B);
      XWPFTable b = docx.createTable();
      row(b, true, cell(NOTE, 2, null), cell("自然人", 1, null), cell("商业企业", 1, null), cell("科研机构", 1, null),
          cell("社会公益组织", 1, null), cell("法律服务机构", 1, null), cell("其他", 1, null), cell("总计", 1, null));
      for (ApplicationRow row : rows()) {
        List<Spec> cells = new ArrayList<>();
        if (isResult(row)) {
          boolean first = row == ApplicationRow.DISCLOSED;
          cells.add(cell(first ? RESULTS : "", 1, first ? STMerge.RESTART : STMerge.CONTINUE));
          cells.add(cell(row.label(), 1, null));
        } else {
          cells.add(cell(row.label(), 2, null));
        }
        for (String value : cellsOf(row)) {
          cells.add(cell(value, 1, null));
        }
        row(b, false, cells.toArray(Spec[]::new));
      }
      docx.createParagraph().createRun().setText(TABLE_C);
      XWPFTable c = docx.createTable();
      row(c, true, cell("行政复议", 5, STMerge.RESTART), cell("行政诉讼", 10, null));
      row(c, false, cell("", 5, STMerge.CONTINUE), cell("未经复议直接起诉", 5, null), cell("复议后起诉", 5, null));
      List<Spec> header = new ArrayList<>();
      List<Spec> values = new ArrayList<>();
      for (int block = 0; block < 3; block++) {
        for (DisputeColumn column : DisputeColumn.values()) {
          header.add(cell(column.label(), 1, null));
        }
      }
      for (String value : disputeCells()) {
        values.add(cell(value, 1, null));
      }
      row(c, false, header.toArray(Spec[]::new));
      row(c, false, values.toArray(Spec[]::new));
      for (String line : CLOSING) {
        docx.createParagraph().createRun().setText(line);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      return out.toByteArray();
    }
  }

  /** A Word cell: its text, the grid columns it spans, and its vertical merge (null: none). */
  private record Spec(String text, int gridSpan, STMerge.Enum vMerge) {}

  private static Spec cell(String text, int gridSpan, STMerge.Enum vMerge) {
    return new Spec(text, gridSpan, vMerge);
  }

  private static void row(XWPFTable table, boolean first, Spec... cells) {
    XWPFTableRow row = first ? table.getRow(0) : table.createRow();
    while (!row.getTableCells().isEmpty()) {
      row.removeCell(0);
    }
    for (Spec spec : cells) {
      XWPFTableCell cell = row.addNewTableCell();
      cell.setText(spec.text());
      CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      if (spec.gridSpan() > 1) {
        pr.addNewGridSpan().setVal(BigInteger.valueOf(spec.gridSpan()));
      }
      if (spec.vMerge() != null) {
        pr.addNewVMerge().setVal(spec.vMerge());
      }
    }
  }

  /**
   * The report as a converter writes it in Markdown from a PDF: the merged 三、本年度办理结果 left as empty
   * cells, each two-column label written as the label and an empty cell (so the balance rows have an extra
   * cell before their counts), Table C's header merged cells as empty cells.
   */
  static byte[] markdown() {
    StringBuilder md = new StringBuilder("# " + TITLE + "\n\n");
    for (String line : PROSE) {
      md.append(line.matches("^[一二三四五六]、.*") ? "## " + line : line).append("\n\n");
    }
    md.append("## ").append(TABLE_B).append("\n\n");
    md.append("| ").append(NOTE).append(" | | 申请人情况 | | | | | | |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (ApplicationRow row : rows()) {
      String first = row == ApplicationRow.DISCLOSED ? RESULTS : "";
      md.append(isResult(row) ? "| " + first + " | " + row.label() : "| " + row.label() + " | ")
          .append(" | ").append(String.join(" | ", cellsOf(row))).append(" |\n");
    }
    md.append("\n## ").append(TABLE_C).append("\n\n");
    md.append("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    md.append("| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |\n");
    StringBuilder header = new StringBuilder("|");
    for (int block = 0; block < 3; block++) {
      for (DisputeColumn column : DisputeColumn.values()) {
        header.append(' ').append(column.label()).append(" |");
      }
    }
    md.append(header).append('\n');
    md.append("| ").append(String.join(" | ", disputeCells())).append(" |\n\n");
    for (String line : CLOSING) {
      md.append(line.matches("^[一二三四五六]、.*") ? "## " + line : line).append("\n\n");
    }
    return md.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The report as plain text, each table row a line of cells parted by {@code |}. */
  static byte[] text() {
    StringBuilder text = new StringBuilder(TITLE + "\n");
    for (String line : PROSE) {
      text.append(line).append('\n');
    }
    text.append(TABLE_B).append('\n').append(NOTE).append(" | 申请人情况 |\n");
    text.append("自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n");
    for (ApplicationRow row : rows()) {
      text.append(row.label()).append(" | ").append(String.join(" | ", cellsOf(row))).append(" |\n");
    }
    text.append(TABLE_C).append('\n').append("行政复议 | 行政诉讼 |\n");
    for (int block = 0; block < 3; block++) {
      for (DisputeColumn column : DisputeColumn.values()) {
        text.append(column.label()).append(" | ");
      }
    }
    text.append('\n');
    List<String> cells = disputeCells();
    cells.replaceAll(cell -> cell.isEmpty() ? "/" : cell); // plain text prints an unknown cell as /
    text.append(String.join(" | ", cells)).append(" |\n");
    for (String line : CLOSING) {
      text.append(line).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
