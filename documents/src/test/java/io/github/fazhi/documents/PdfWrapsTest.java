package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.documents.testing.PdfDrawing;
import org.junit.jupiter.api.Test;

/**
 * What a PDF's layout wraps or squeezes (issue 22, round 4 of the whole-file corpus): number cells wrapped in
 * narrow columns, a row label running up to its first number, prose among pages of small-type table rows, lines
 * of a page laid out on a grid of characters, and a short report's running header that repeats its title. The
 * texts are our own.
 */
class PdfWrapsTest {
  private static final float[] TABLE_A = {58, 228, 270, 312};

  /** Four lines at 12 pt in 300 pt. */
  private static final String PROSE = "本年度新收政府信息公开申请58件，上年结转4件，办结60件，结转下年度继续办理2件。"
      + "全年未发生因政府信息公开引起的行政复议和行政诉讼，各项工作依法有序开展。";

  @Test
  void aNumberCellWrappedInItsNarrowColumn_isOneCell_alsoAboveThePageNumber() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .text(72, 100, 12, "二、主动公开政府信息情况")
        .row(140, 9, TABLE_A, "行政许可", "57", "-2", "318")
        .text(312, 153, 9, "6") // 3186 wrapped in its column: 318 over 6, the page's last text line
        .text(290, 815, 10.5f, "-1-");
    pdf.page()
        .row(100, 9, TABLE_A, "政府集中采购", "9", "742", "")
        .text(270, 113, 9, ".35") // 742.35 as 742 over .35
        .row(130, 9, TABLE_A, "行政处罚", "88", "3", "96")
        .text(290, 815, 10.5f, "-2-");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.tables()).hasSize(2);
    assertThat(document.tables().get(0).gridRow(0)).containsExactly("行政许可", "57", "-2", "3186");
    assertThat(document.tables().get(1).gridRow(0)).containsExactly("政府集中采购", "9", "742.35", "");
    assertThat(document.tables().get(1).gridRow(1)).containsExactly("行政处罚", "88", "3", "96");
    assertThat(document.text()).doesNotContain("318\n", "742\n");
  }

  @Test
  void digitsBelowARowThatAreNotItsCellsWrapped_areLeftAsTheyAre() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .row(100, 9, TABLE_A, "行政许可", "57", "0", "318")
        // under the 0 (00 is no number) and under the label (no number cell): neither continues a cell
        .text(270, 113, 9, "0")
        .row(140, 9, TABLE_A, "行政处罚", "88", "3", "96")
        .text(60, 153, 9, "12")
        // as many numbers as the row above has: a row of its own, not wrapped cells, and at the page's foot
        // not its number either
        .row(180, 9, TABLE_A, "行政强制", "7", "1", "5")
        .row(193, 9, TABLE_A, "", "8", "2", "6");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    String text = document.text();
    assertThat(text).contains("行政许可\t57\t0\t318\n0\n", "行政处罚\t88\t3\t96\n12\n")
        .endsWith("行政强制\t7\t1\t5\n8\t2\t6");
    assertThat(text).doesNotContain("00", "9612", "78", "56");
  }

  @Test
  void aRowLabelRunningUpToItsFirstNumber_leavesTheNumberACellOfItsOwn() throws Exception {
    float[] columns = {58, 205, 250, 290, 330, 370, 410, 450};
    String label = "（二）部分公开（只计这一"; // 12 characters at 9 pt: it ends at 166
    PdfDrawing pdf = new PdfDrawing().page()
        .row(100, 9, columns, "（一）予以公开", "12", "1", "0", "0", "0", "0", "13")
        .text(58, 120, 9, label)
        .text(172, 120, 9, "4") // two thirds of an em after the label: a space, not a cell gap
        .row(120, 9, columns, "", "", "1", "0", "0", "0", "0", "5");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.tables()).hasSize(1);
    assertThat(document.tables().get(0).rows().get(1).cells()).extracting(Cell::text)
        .containsExactly(label, "4", "1", "0", "0", "0", "0", "5");
  }

  @Test
  void aLabelWithASpacedNumberOnALineOfProse_staysOneLine() throws Exception {
    byte[] pdf = new PdfDrawing().page().text(72, 100, 12, "全年收到申请 4").bytes();

    assertThat(Documents.read(pdf, "a.pdf").tables()).isEmpty();
  }

  @Test
  void proseAmongPagesOfSmallTypeRows_isProseNotHeadings() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .text(120, 60, 22, "青石县人民政府")
        .text(100, 90, 22, "2021年政府信息公开工作年度报告");
    float y = pdf.paragraph(72, 130, 12, 300, PROSE);
    for (int i = 0; i < 12; i++) {
      pdf.row(y + 20 + 14 * i, 9, TABLE_A, "第" + (i + 1) + "行", "1", "2", "3");
    }

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
        .containsExactly("Heading", "Heading", "Paragraph", "Table");
    assertThat(((Paragraph) document.blocks().get(2)).text())
        .isEqualTo(PROSE);
  }

  @Test
  void aLineWithDigitsOnAPageWrappedByCount_goesOnInTheNextLine() throws Exception {
    // ten characters a line at 12 pt, whatever their width: the lines with digits end short of the edge
    PdfDrawing pdf = new PdfDrawing().page()
        .text(96, 100, 12, "全年主动公开政府信")
        .text(72, 120, 12, "息，在网站发布信息2")
        .text(72, 140, 12, "314条，回应关切问题")
        .text(72, 160, 12, "十二件。")
        .text(96, 180, 12, "二是完善制度。");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks()).containsExactly(
        new Paragraph("全年主动公开政府信息，在网站发布信息2314条，回应关切问题十二件。", new TextSpan(0, 34)),
        new Paragraph("二是完善制度。", new TextSpan(35, 42)));
  }

  @Test
  void aShortReportsRunningHeaderThatRepeatsItsTwoLineTitle_isDropped() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .text(150, 60, 20, "青石市人民政府办公室")
        .text(110, 90, 20, "2023年政府信息公开工作年度报告")
        .text(72, 140, 12, "全年共主动公开政府信息三百余条，")
        .text(72, 160, 12, "其中规范性文件十二件。")
        .text(72, 180, 12, "全年共收到信息公开申请二十余件，")
        .text(290, 815, 10.5f, "-1-");
    pdf.page()
        .text(100, 40, 9, "青石市人民政府办公室2023年政府信息公开工作年度报告")
        .text(72, 100, 12, "均按期答复。")
        .text(290, 815, 10.5f, "-2-");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.text()).isEqualTo("青石市人民政府办公室\n2023年政府信息公开工作年度报告\n"
        + "全年共主动公开政府信息三百余条，其中规范性文件十二件。\n全年共收到信息公开申请二十余件，均按期答复。");
  }
}
