package io.github.fazhi.examples.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.documents.Document;
import io.github.fazhi.documents.Documents;
import io.github.fazhi.documents.testing.PdfDrawing;
import io.github.fazhi.reader.OpenGovInfoTableReader;
import io.github.fazhi.reader.OpenGovInfoTables;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongBiFunction;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Table B of an open-government report (2021 layout, 175 cells, every cell a distinct count) written as each
 * kind of file, read through fazhi-documents and handed to the reader's table reader as a {@link Document}
 * (its real tables where the format has them, else its text), and, for comparison, as
 * {@link Document#text()} alone: how many cells come back right, and that none comes back wrong. The merged cell
 * 三、本年度办理结果 is merged as each format merges it (HTML rowspan, Word vMerge, an empty Markdown cell, and
 * in the PDF one character per line beside the row labels, as real PDFs print it).
 */
class TableBAcrossFormatsTest {
  private static final int CELLS = 175;

  /** A distinct count for every cell, so that a cell read from the wrong place is caught. */
  @SuppressWarnings("EnumOrdinal") // a distinct number per row and column, nothing stored by ordinal
  private static long value(ApplicationRow row, ApplicantColumn column) {
    return row.ordinal() * 10L + column.ordinal();
  }

  private static List<ApplicationRow> rows() {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(OpenGovLayout.FORMAT_2021) && row != ApplicationRow.RESULTS) {
        rows.add(row);
      }
    }
    return rows;
  }

  @SuppressWarnings("EnumOrdinal") // the result rows follow 三、本年度办理结果 in the enum, as in the printed table
  private static boolean isResult(ApplicationRow row) {
    return row.ordinal() > ApplicationRow.RESULTS.ordinal() && row != ApplicationRow.CARRIED_FORWARD;
  }

  /**
   * A distinct count for every cell, and each row's 总计 the sum of its applicant columns, as in a consistent
   * report (60 × the row's ordinal + 15).
   */
  @SuppressWarnings("EnumOrdinal") // a distinct number per row and column, nothing stored by ordinal
  private static long consistentValue(ApplicationRow row, ApplicantColumn column) {
    return column == ApplicantColumn.TOTAL ? row.ordinal() * 60L + 15 : value(row, column);
  }

  private static List<String> values(ApplicationRow row) {
    return values(row, TableBAcrossFormatsTest::value);
  }

  private static List<String> values(ApplicationRow row, ToLongBiFunction<ApplicationRow, ApplicantColumn> value) {
    List<String> cells = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      cells.add(row.isGroup(OpenGovLayout.FORMAT_2021) ? "" : Long.toString(value.applyAsLong(row, column)));
    }
    return cells;
  }

  /** Right and wrong cells of the table read from a document. */
  private record Score(int right, int wrong) {}

  private static Score score(Document document) {
    return score(document, TableBAcrossFormatsTest::value);
  }

  private static Score score(Document document, ToLongBiFunction<ApplicationRow, ApplicantColumn> value) {
    return score(OpenGovInfoTableReader.read(document), value);
  }

  /** The score of the table read from the document's text alone, as the examples read it before. */
  private static Score textScore(Document document) {
    return score(OpenGovInfoTableReader.read(document.text()), TableBAcrossFormatsTest::value);
  }

  private static Score score(OpenGovInfoTables tables, ToLongBiFunction<ApplicationRow, ApplicantColumn> value) {
    Optional<ApplicationTable> table = tables.info().applications();
    int right = 0;
    int wrong = 0;
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong cell = table.isPresent() ? table.get().cell(row, column) : OptionalLong.empty();
        if (cell.isPresent()) {
          if (cell.getAsLong() == value.applyAsLong(row, column)) {
            right++;
          } else {
            wrong++;
          }
        }
      }
    }
    return new Score(right, wrong);
  }

  private static final String HEADING = "三、收到和处理政府信息公开申请情况";

  @Test
  void text_allCellsRight() throws Exception {
    StringBuilder text = new StringBuilder(HEADING + "\n");
    text.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |\n");
    text.append("自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n");
    for (ApplicationRow row : rows()) {
      text.append(row.label()).append(" | ").append(String.join(" | ", values(row))).append(" |\n");
    }
    Document document = Documents.read(text.toString().getBytes(Charset.forName("GBK")), "b.txt");

    assertThat(score(document)).isEqualTo(new Score(CELLS, 0));
    assertThat(textScore(document)).isEqualTo(new Score(CELLS, 0));
  }

  @Test
  void gbkWebPage_withRowspanAndColspan_allCellsRight() throws Exception {
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"gb2312\"></head><body><div class=\"content\"><p>"
        + HEADING + "</p><table>");
    html.append("<tr><td rowspan=3 colspan=2>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
        + "<td colspan=7>申请人情况</td></tr><tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td>"
        + "<td rowspan=2>总计</td></tr><tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td>"
        + "<td>法律服务机构</td><td>其他</td></tr>");
    for (ApplicationRow row : rows()) {
      html.append("<tr>");
      if (row == ApplicationRow.DISCLOSED) {
        html.append("<td rowspan=22>三、本年度办理结果</td>");
      }
      html.append(isResult(row) ? "<td>" : "<td colspan=2>").append(row.label()).append("</td>");
      for (String cell : values(row)) {
        html.append("<td>").append(cell).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</table></div></body></html>");
    Document document = Documents.read(html.toString().getBytes(Charset.forName("GBK")), "b.htm");

    assertThat(score(document)).isEqualTo(new Score(CELLS, 0));
    assertThat(textScore(document)).isEqualTo(new Score(CELLS, 0));
  }

  @Test
  void docx_withVMergeAndGridSpan_allCellsRight() throws Exception {
    byte[] bytes;
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.createParagraph().createRun().setText(HEADING);
      XWPFTable table = docx.createTable(1, 9);
      XWPFTableRow header = table.getRow(0);
      String[] titles = {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "自然人", "商业企业", "科研机构",
          "社会公益组织", "法律服务机构", "其他", "总计"};
      for (int i = 0; i < titles.length; i++) {
        header.getCell(i).setText(titles[i]);
      }
      for (ApplicationRow row : rows()) {
        XWPFTableRow line = table.createRow();
        List<String> cells = values(row);
        if (isResult(row)) {
          tcPr(line.getCell(0)).addNewVMerge();
          if (row == ApplicationRow.DISCLOSED) {
            line.getCell(0).setText("三、本年度办理结果");
            tcPr(line.getCell(0)).getVMerge().setVal(STMerge.RESTART);
          }
          line.getCell(1).setText(row.label());
        } else {
          line.getCell(0).setText(row.label());
          tcPr(line.getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
          line.removeCell(1);
        }
        int first = isResult(row) ? 2 : 1;
        for (int i = 0; i < cells.size(); i++) {
          line.getCell(first + i).setText(cells.get(i));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      bytes = out.toByteArray();
    }
    Document document = Documents.read(bytes, "b.docx");

    assertThat(score(document)).isEqualTo(new Score(CELLS, 0));
    assertThat(textScore(document)).isEqualTo(new Score(CELLS, 0));
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  /**
   * A converter writes the two-column label of 一、/二、/四、 as the label and an empty cell, and the document
   * keeps that empty cell as printed: the three balance rows have eight cells for seven columns. Read from
   * the table's grid, the seven columns that hold counts place every cell: 175 right. Read from the text,
   * the reader places such a row only when exactly one alignment makes 总计 the sum of the applicant columns;
   * the distinct counts break that identity in every alignment, so the three rows (21 cells) are unread,
   * never shifted: 154 right, 0 wrong (before alignment: 18 wrong, each shifted one column).
   */
  @Test
  void markdownConversion_withTheMergedCellLeftEmpty_gridColumnsPlaceEveryCell() throws Exception {
    Document document = markdown(TableBAcrossFormatsTest::value);

    assertThat(document.tables().get(0).rows().get(1).cells()).extracting(cell -> cell.text())
        .startsWith("一、本年新收政府信息公开申请数量", "", "0", "1");
    assertThat(score(document)).isEqualTo(new Score(CELLS, 0));
    assertThat(textScore(document)).isEqualTo(new Score(CELLS - 21, 0));
  }

  /**
   * The same conversion of a table whose totals add up: the one alignment of each shifted row that makes
   * 总计 the sum of the others is taken, and every cell is right.
   */
  @Test
  void markdownConversion_consistentTotals_shiftedRowsAligned() throws Exception {
    Document document = markdown(TableBAcrossFormatsTest::consistentValue);

    assertThat(score(document, TableBAcrossFormatsTest::consistentValue)).isEqualTo(new Score(CELLS, 0));
  }

  private static Document markdown(ToLongBiFunction<ApplicationRow, ApplicantColumn> value) throws Exception {
    StringBuilder md = new StringBuilder("## " + HEADING + "\n\n");
    md.append("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | 申请人情况 | | | | | | |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (ApplicationRow row : rows()) {
      String first = row == ApplicationRow.DISCLOSED ? "三、本年度办理结果" : "";
      md.append(isResult(row) ? "| " + first + " | " + row.label() : "| " + row.label() + " | ")
          .append(" | ").append(String.join(" | ", values(row, value))).append(" |\n");
    }
    return Documents.read(md.toString().getBytes(StandardCharsets.UTF_8), "b.md");
  }

  /**
   * The merged label's characters become cells of their own beside the row labels and do not stop them being
   * found; the two labels wrapped over two lines (the numbers on the second) are matched to their rows by
   * best fit in order: 175 of 175 cells right, none wrong (before the reader matched labels in order: 161, the
   * two wrapped rows' 14 cells unread).
   */
  @Test
  void pdf_cellsInColumns_theMergedLabelOneCharacterPerLine_noCellWrong() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page().text(72, 60, 12, HEADING);
    float[] xs = {372, 404, 436, 468, 500, 532, 564};
    float y = 90;
    String merged = "三、本年度办理结果";
    int mergedAt = 0;
    for (ApplicationRow row : rows()) {
      if (y > 780) {
        pdf.page();
        y = 60;
      }
      if (isResult(row) && mergedAt < merged.length()) {
        pdf.text(26, y, 9, merged.substring(mergedAt, mergedAt + 1));
        mergedAt++;
      }
      float x = isResult(row) ? 50 : 26;
      String label = row.label();
      if (label.length() > 30) { // wrapped over two lines, the numbers on the last, as printed
        pdf.text(x, y, 9, label.substring(0, 30));
        y += 11;
        label = label.substring(30);
      }
      pdf.text(x, y, 9, label);
      List<String> cells = values(row);
      for (int i = 0; i < cells.size(); i++) {
        if (!cells.get(i).isEmpty()) {
          pdf.text(xs[i], y, 9, cells.get(i));
        }
      }
      y += 18;
    }
    Document document = Documents.read(pdf.bytes(), "b.pdf");
    Score score = score(document);

    assertThat(document.text()).contains("\n本\t（三）不予公开\n");
    assertThat(score).isEqualTo(new Score(CELLS, 0));
    assertThat(textScore(document)).isEqualTo(score); // a PDF's table is read from its text
  }
}
