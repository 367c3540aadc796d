package io.github.fazhi.examples.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.documents.Document;
import io.github.fazhi.documents.Documents;
import io.github.fazhi.documents.testing.PdfDrawing;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.reader.OpenGovInfoTableReader;
import io.github.fazhi.reader.OpenGovInfoTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Tables B and C drawn as PDFs with the hazards real report PDFs print (#22 part 3), read through
 * fazhi-documents' text layer by the reader's table reader: a word missing from a label, a label wrapped over
 * three lines with the numbers on the middle one, a label split by a space, the merged cell 三、本年度办理结果
 * one character a line before the labels (with a space, and run into a label), a group label and its first
 * row on one line, （六）其他处理 as one row, and Table C's header stacked over six lines with its fifteen
 * numbers on one line. Each asserts every cell: right, none wrong, none invented. Every character is drawn
 * with {@link PdfDrawing}'s Type 3 font (a box per character, its {@code ToUnicode} naming it): 9 pt, so
 * a Chinese character is 9 pt wide, a gap of 2.25–13.5 pt a space and a wider one a new cell.
 */
class TablesAsPrintedPdfTest {
  private static final float SIZE = 9;
  private static final float[] COLUMNS = {372, 404, 436, 468, 500, 532, 564};
  private static final String MERGED = "三、本年度办理结果";

  /** A distinct count for every cell, each row's 总计 the sum of its applicant columns. */
  @SuppressWarnings("EnumOrdinal") // a distinct number per row and column, nothing stored by ordinal
  private static long value(ApplicationRow row, ApplicantColumn column) {
    if (column == ApplicantColumn.TOTAL) {
      long sum = 0;
      for (ApplicantColumn part : ApplicantColumn.values()) {
        sum += part == ApplicantColumn.TOTAL ? 0 : value(row, part);
      }
      return sum;
    }
    return row.ordinal() * 10L + column.ordinal() + 1;
  }

  /** How a row's label is drawn: pieces of text at offsets from the label's place, a line apart or not. */
  private record Piece(float dx, float dy, String text) {}

  private static List<ApplicationRow> printedRows() {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(OpenGovLayout.FORMAT_2021) && row != ApplicationRow.RESULTS) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static boolean isResult(ApplicationRow row) {
    return row.parent().isPresent() && row != ApplicationRow.RESULTS_TOTAL;
  }

  /**
   * Table B drawn in columns, the merged cell's characters one a row at the left of the result rows; a row in
   * {@code drawn} has its label drawn as those pieces (an empty list: the row is not printed), the others as
   * their label; the counts on the label's line ({@code dy} 0).
   */
  private static Document tableB(Map<ApplicationRow, List<Piece>> drawn, Map<ApplicationRow, String> mergedCharacter)
      throws Exception {
    return tableB(drawn, mergedCharacter, false);
  }

  /** Where a ruled Table B draws its borders: left of the labels, then around each of the seven columns. */
  private static final float[] RULES = {12, 368, 400, 432, 464, 496, 528, 560, 592};

  /** The cells a ruled table leaves blank, as a publisher that prints no 0 does: a third of the applicants'. */
  @SuppressWarnings("EnumOrdinal") // a spread of blank cells, nothing stored by ordinal
  private static boolean isBlank(ApplicationRow row, ApplicantColumn column) {
    return column != ApplicantColumn.TOTAL && (row.ordinal() + column.ordinal()) % 3 == 0;
  }

  private static void drawRules(PdfDrawing pdf, float top) {
    for (float x : RULES) {
      pdf.rule(x, top, 790, false);
    }
  }

  /**
   * As {@link #tableB(Map, Map)}; when {@code ruledWithBlanks}, the table's borders are drawn and the cells
   * {@link #isBlank} are left empty.
   */
  private static Document tableB(Map<ApplicationRow, List<Piece>> drawn, Map<ApplicationRow, String> mergedCharacter,
      boolean ruledWithBlanks) throws Exception {
    PdfDrawing pdf = new PdfDrawing().page().text(72, 60, 12, "三、收到和处理政府信息公开申请情况");
    float rulesTop = 80;
    float y = 90;
    int merged = 0;
    for (ApplicationRow row : printedRows()) {
      String label = row.label();
      List<Piece> pieces = drawn.getOrDefault(row, label.length() > 30 // wrapped, the numbers on the last line
          ? List.of(new Piece(0, -11, label.substring(0, 30)), new Piece(0, 0, label.substring(30)))
          : List.of(new Piece(0, 0, label)));
      if (pieces.isEmpty()) {
        continue;
      }
      if (y > 760) {
        if (ruledWithBlanks) {
          drawRules(pdf, rulesTop);
          rulesTop = 45;
        }
        pdf.page();
        y = 60;
      }
      float x = isResult(row) ? 50 : 26;
      if (mergedCharacter.containsKey(row)) {
        pdf.text(x - SIZE - 3, y, SIZE, mergedCharacter.get(row)); // 3 pt from the label: a space
      } else if (isResult(row) && merged < MERGED.length()) {
        pdf.text(26, y, SIZE, MERGED.substring(merged, merged + 1));
      }
      merged += isResult(row) ? 1 : 0;
      float top = y;
      float bottom = y;
      for (Piece piece : pieces) {
        pdf.text(x + piece.dx(), y + piece.dy(), SIZE, piece.text());
        top = Math.min(top, y + piece.dy());
        bottom = Math.max(bottom, y + piece.dy());
      }
      if (!row.isGroup(OpenGovLayout.FORMAT_2021) || (drawn.containsKey(row) && row == ApplicationRow.OTHER_HANDLING)) {
        for (ApplicantColumn column : ApplicantColumn.values()) {
          if (!(ruledWithBlanks && isBlank(row, column))) {
            pdf.text(COLUMNS[column.ordinal()], y, SIZE, Long.toString(value(row, column)));
          }
        }
      }
      y = bottom + 22;
    }
    if (ruledWithBlanks) {
      drawRules(pdf, rulesTop);
    }
    return Documents.read(pdf.bytes(), "b.pdf");
  }

  private static OpenGovInfoTables read(Document document) {
    return OpenGovInfoTableReader.read(document.text());
  }

  /** Every cell of the numeric rows right, the rows in {@code unprinted} empty; nothing else read. */
  private static void assertEveryCellRight(OpenGovInfoTables tables, List<ApplicationRow> unprinted) {
    ApplicationTable table = tables.info().applications().orElseThrow();
    Map<String, OptionalLong> wrong = new LinkedHashMap<>();
    int right = 0;
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong expected = unprinted.contains(row) ? OptionalLong.empty() : OptionalLong.of(value(row, column));
        if (table.cell(row, column).equals(expected)) {
          right += expected.isPresent() ? 1 : 0;
        } else {
          wrong.put(row.fullLabel() + " " + column.label(), table.cell(row, column));
        }
      }
    }
    assertThat(wrong).as("cells wrong or missed").isEmpty();
    assertThat(right).isEqualTo(7 * (25 - unprinted.size()));
    assertThat(table.cells().keySet()).as("cells invented").allMatch(cell ->
        ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021).contains(cell.row())
            || cell.row() == ApplicationRow.OTHER_HANDLING && unprinted.contains(ApplicationRow.OTHER_OTHER));
  }

  @Test
  void blankCellsOfARuledTable_stayUnknown_andEveryPrintedCellIsInItsColumn() throws Exception {
    Document document = tableB(Map.of(), Map.of(), true);
    ApplicationTable table = read(document).info().applications().orElseThrow();

    Map<String, OptionalLong> wrong = new LinkedHashMap<>();
    int printed = 0;
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong expected = isBlank(row, column) ? OptionalLong.empty() : OptionalLong.of(value(row, column));
        printed += expected.isPresent() ? 1 : 0;
        if (!table.cell(row, column).equals(expected)) {
          wrong.put(row.fullLabel() + " " + column.label(), table.cell(row, column));
        }
      }
    }
    assertThat(wrong).as("cells wrong, missed or invented").isEmpty();
    assertThat(table.cells()).hasSize(printed);
    assertThat(printed).isBetween(7 * 25 / 2, 7 * 25 - 25); // blanks in every row, more than half printed
  }

  @Test
  void aWordMissingFromALabel() throws Exception {
    Document document = tableB(Map.of(ApplicationRow.NOT_DISCLOSED_PROHIBITED_BY_LAW,
        List.of(new Piece(0, 0, "2.其他法律法规禁止公开"))), Map.of());

    assertThat(document.text()).contains("2.其他法律法规禁止公开\t");
    assertEveryCellRight(read(document), List.of());
  }

  @Test
  void aLabelWrappedOverThreeLines_theNumbersOnTheMiddleOne() throws Exception {
    Document document = tableB(Map.of(
        ApplicationRow.PARTLY_DISCLOSED, List.of(new Piece(0, -11, "（二）部分公开（区分处理"),
            new Piece(0, 0, "的，只计这一情形，不计"), new Piece(0, 11, "其他情形）")),
        ApplicationRow.OTHER_FEE_NOT_PAID, List.of(new Piece(0, -11, "2.申请人逾期未按收费通知要求缴纳"),
            new Piece(0, 0, "费用、行政机关不再处理其政府信"), new Piece(0, 11, "息公开申请"))), Map.of());

    assertThat(document.text()).contains("\n其他情形）\n");
    assertEveryCellRight(read(document), List.of());
  }

  @Test
  void aLabelSplitByASpace() throws Exception {
    String first = "（二）部分公开（区分处理的，只计这一情";
    Document document = tableB(Map.of(ApplicationRow.PARTLY_DISCLOSED, List.of(new Piece(0, 0, first),
        new Piece(first.length() * SIZE + 4, 0, "形，不计其他情形）"))), Map.of());

    assertThat(document.text()).contains("只计这一情 形");
    assertEveryCellRight(read(document), List.of());
  }

  @Test
  void theMergedCellsCharacters_withASpace_andRunIntoALabel() throws Exception {
    Document document = tableB(Map.of(ApplicationRow.NOT_DISCLOSED, List.of(new Piece(0, 0, "办（三）不予公开"))),
        Map.of(ApplicationRow.NOT_DISCLOSED_THREE_SAFETIES, "本"));

    assertThat(document.text()).contains("本 3.危及“三安全一稳定”\t", "办（三）不予公开");
    assertEveryCellRight(read(document), List.of());
  }

  @Test
  void aGroupLabelAndItsFirstRowOnOneLine() throws Exception {
    String group = "（四）无法提供";
    Document document = tableB(Map.of(ApplicationRow.UNAVAILABLE, List.of(),
        ApplicationRow.UNAVAILABLE_NOT_HELD, List.of(new Piece(0, 0, group),
            new Piece(group.length() * SIZE + 6, 0, "1.本机关不掌握相关政府信息"))), Map.of());

    assertThat(document.text()).contains("（四）无法提供 1.本机关不掌握相关政府信息\t");
    assertEveryCellRight(read(document), List.of());
  }

  @Test
  void otherHandlingAsOneRow_inA2021Table() throws Exception {
    Document document = tableB(Map.of(ApplicationRow.OTHER_HANDLING, List.of(new Piece(0, 0, "（六）其他处理")),
        ApplicationRow.OTHER_NOT_COMPLETED, List.of(), ApplicationRow.OTHER_FEE_NOT_PAID, List.of(),
        ApplicationRow.OTHER_OTHER, List.of()), Map.of());
    OpenGovInfoTables tables = read(document);

    assertEveryCellRight(tables, List.of(ApplicationRow.OTHER_NOT_COMPLETED, ApplicationRow.OTHER_FEE_NOT_PAID,
        ApplicationRow.OTHER_OTHER));
    assertThat(tables.info().applications().orElseThrow().cell(ApplicationRow.OTHER_HANDLING, ApplicantColumn.TOTAL))
        .hasValue(value(ApplicationRow.OTHER_HANDLING, ApplicantColumn.TOTAL));
  }

  @Test
  void tableC_headerStackedOverSixLines_fifteenNumbersOnOneLine() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page().text(72, 60, 12, "四、政府信息公开行政复议、行政诉讼情况");
    pdf.text(100, 90, SIZE, "行政复议").text(330, 90, SIZE, "行政诉讼");
    pdf.text(230, 102, SIZE, "未经复议直接起诉").text(420, 102, SIZE, "复议后起诉");
    String[] words = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    float[] xs = new float[15];
    for (int i = 0; i < 15; i++) {
      xs[i] = 40 + i * 34;
      String word = words[i % 5];
      for (int line = 0; line < word.length(); line++) { // one character a line, four lines deep
        pdf.text(xs[i], 114 + line * 11, SIZE, word.substring(line, line + 1));
      }
    }
    long[] numbers = {4, 1, 0, 2, 7, 1, 0, 0, 1, 2, 0, 1, 0, 0, 0}; // the third 总计 0 contradicts its 1: as printed
    for (int i = 0; i < 15; i++) {
      pdf.text(xs[i], 170, SIZE, Long.toString(numbers[i]));
    }
    pdf.text(72, 200, 12, "五、存在的主要问题及改进情况");
    Document document = Documents.read(pdf.bytes(), "c.pdf");
    DisputeTable table = read(document).info().disputes().orElseThrow();

    List<Long> read = new ArrayList<>();
    for (DisputeBlock block : DisputeBlock.values()) {
      for (DisputeColumn column : DisputeColumn.values()) {
        read.add(table.cell(block, column).orElse(-1));
      }
    }
    assertThat(read).containsExactly(4L, 1L, 0L, 2L, 7L, 1L, 0L, 0L, 1L, 2L, 0L, 1L, 0L, 0L, 0L);
  }
}
