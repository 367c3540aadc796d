package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.documents.testing.PdfDrawing;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A ruled table whose cells are left blank: a PDF's text layer has nothing where a cell is empty, so only the
 * table's drawn borders tell which column each printed number stands in.
 */
class PdfRuledTablesTest {
  /** The rules' places: the label's column, then seven columns of numbers 40 points wide. */
  private static final float[] RULES = {70, 292, 332, 372, 412, 452, 492, 532, 572};

  /** Where each cell's text starts: 8 points right of its column's left rule. */
  private static final float[] TEXT = {78, 300, 340, 380, 420, 460, 500, 540};

  private static final float SIZE = 10.5f;

  private static PdfDrawing table(boolean ruled, boolean filled) {
    PdfDrawing pdf = new PdfDrawing().page();
    pdf.text(72, 60, 12, "本机关本年度收到和处理政府信息公开申请的情况如下。");
    pdf.row(100, SIZE, TEXT, "（一）予以公开", "5", "1", "", "", "", "", "6");
    pdf.row(120, SIZE, TEXT, "（三）不予公开", "", "", "", "", "", "", "");
    pdf.row(140, SIZE, TEXT, "1.属于国家秘密", "", "", "", "", "", "2", "2");
    pdf.row(160, SIZE, TEXT, "四、结转下年度继续办理", "12", "3", "0", "0", "0", "1", "16");
    if (ruled) {
      for (float x : RULES) {
        pdf.rule(x, 86, 166, filled);
      }
    }
    pdf.text(72, 200, 12, "以上为本年度情况。");
    return pdf;
  }

  /** A page whose table is one ruled row (or a few lines), drawn by {@code lines}; rules from 86 to {@code bottom}. */
  private static Document ruled(float bottom, Consumer<PdfDrawing> lines) throws Exception {
    PdfDrawing pdf = new PdfDrawing().page();
    pdf.text(72, 60, 12, "本机关本年度收到和处理政府信息公开申请的情况如下。");
    lines.accept(pdf);
    for (float x : RULES) {
      pdf.rule(x, 86, bottom, false);
    }
    return Documents.read(pdf.bytes(), "ruled.pdf");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aBlankCellOfARuledTable_isAnEmptyCellInItsColumn(boolean filledRules) throws Exception {
    Document document = Documents.read(table(true, filledRules).bytes(), "ruled.pdf");

    Table table = document.tables().get(0);
    assertThat(table.gridRow(0)).containsExactly("（一）予以公开", "5", "1", "", "", "", "", "6");
    assertThat(table.gridRow(2)).containsExactly("1.属于国家秘密", "", "", "", "", "", "2", "2");
    assertThat(table.gridRow(3)).containsExactly("四、结转下年度继续办理", "12", "3", "0", "0", "0", "1", "16");
    // a row with no number at all stays its label: nothing tells its blanks from a wrapped label's line
    assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("（三）不予公开");
    assertThat(document.text()).contains("（一）予以公开\t5\t1\t\t\t\t\t6\n");
    Cell six = table.rows().get(0).cells().get(7);
    assertThat(document.text(six.span())).isEqualTo("6");
  }

  @Test
  void withoutRules_theCellsStayAsPrinted() throws Exception {
    Document document = Documents.read(table(false, false).bytes(), "unruled.pdf");

    Table table = document.tables().get(0);
    assertThat(table.rows().get(0).cells()).extracting(Cell::text).containsExactly("（一）予以公开", "5", "1", "6");
    assertThat(table.rows().get(2).cells()).extracting(Cell::text).containsExactly("1.属于国家秘密", "2", "2");
  }

  @Test
  void aColumnHoldingTwoCells_leavesTheLineAsPrinted() throws Exception {
    Document document = ruled(106, pdf -> {
      pdf.row(100, SIZE, TEXT, "（一）予以公开", "5", "1", "", "", "", "", "6");
      pdf.text(TEXT[7] + 25, 100, SIZE, "9"); // a second number in the last column, a cell's width off
    });

    assertThat(document.tables().get(0).rows().get(0).cells()).extracting(Cell::text)
        .containsExactly("（一）予以公开", "5", "1", "6", "9");
  }

  @Test
  void aLabelRunningUpToTheNextColumnsNumber_isPartedAtTheRule() throws Exception {
    Document document = ruled(106, pdf -> {
      // the label fills its column; a space, then 自然人's 0 just past the rule at 292: one chunk as printed
      pdf.text(88, 100, SIZE, "用、行政机关不再处理其政府信息公开申请 0");
      pdf.row(100, SIZE, TEXT, "", "", "1", "", "", "", "", "1");
    });

    assertThat(document.tables().get(0).gridRow(0))
        .containsExactly("用、行政机关不再处理其政府信息公开申请", "0", "1", "", "", "", "", "1");
  }

  @Test
  void aLabelAcrossARuleWithNoSpace_leavesTheLineAsPrinted() throws Exception {
    Document document = ruled(106, pdf -> {
      pdf.text(88, 100, SIZE, "用、行政机关不再处理其政府信息公开申请人");
      pdf.row(100, SIZE, TEXT, "", "", "1", "", "", "", "", "1");
    });

    assertThat(document.tables().get(0).rows().get(0).cells()).extracting(Cell::text)
        .containsExactly("用、行政机关不再处理其政府信息公开申请人", "1", "1");
  }

  @Test
  void aLineWhoseLabelWrapsOntoTheLinesAround_gainsNoCellForTheLabelsColumn() throws Exception {
    Document document = ruled(126, pdf -> {
      // a group's column (70–120) beside the rows' labels (120–292): the row's label over the lines around
      pdf.text(130, 95, SIZE, "4.保护第三方合法权");
      pdf.text(74, 108, SIZE, "（三）不");
      pdf.row(108, SIZE, TEXT, "", "17", "4", "", "", "2", "", "23");
      pdf.text(130, 121, SIZE, "益");
      pdf.rule(120, 86, 126, false);
    });

    assertThat(document.tables().get(0).rows().get(0).cells()).extracting(Cell::text)
        .containsExactly("（三）不", "17", "4", "", "", "2", "", "23");
  }

  @Test
  void aLineOfNumbersOnly_hasItsBlankCellsFromTheTablesFirstNumberColumnOn() throws Exception {
    Document document = ruled(126, pdf -> {
      pdf.row(100, SIZE, TEXT, "（一）予以公开", "5", "1", "", "", "", "", "6");
      // the next row's label wrapped onto the lines around it: on this line, numbers only, 自然人 blank
      pdf.row(120, SIZE, TEXT, "", "", "4", "", "", "2", "", "6");
    });

    assertThat(document.tables().get(0).rows().get(1).cells()).extracting(Cell::text)
        .containsExactly("", "4", "", "", "2", "", "6");
  }

  @Test
  void aNumberInTheLabelsColumn_leavesTheLineAsPrinted() throws Exception {
    Document document = ruled(106, pdf -> {
      // a label, then a number still inside the label's column, then numbers after a blank column
      pdf.row(100, SIZE, new float[] {78, 250, 340, 540}, "（一）予以公开", "5", "1", "6");
    });

    assertThat(document.tables().get(0).rows().get(0).cells()).extracting(Cell::text)
        .containsExactly("（一）予以公开", "5", "1", "6");
  }
}
