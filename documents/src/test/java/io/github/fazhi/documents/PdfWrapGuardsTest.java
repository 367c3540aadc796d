package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.documents.testing.PdfDrawing;
import org.junit.jupiter.api.Test;

/**
 * What must not be joined (the review of issue 22's PDF rules): digits under a table row that are a row of their
 * own, not the row's wrapped cells; a paragraph's short last line with a web address; a heading in the body's
 * type after a full line; and a page-number footer printed as two runs far apart. The texts are our own.
 */
class PdfWrapGuardsTest {
  private static final float[] TABLE_A = {58, 228, 270, 312};

  @Test
  void aNumberCellWrappedUnderAWrappedColumnHeading_isStillOneCell() throws Exception {
    // the headings wrap at three characters too, twice a digit's width each: no measure of a number's room
    PdfDrawing pdf = new PdfDrawing().page()
        .row(100, 9, TABLE_A, "信息内容", "上一年", "本年增", "处理决")
        .row(113, 9, TABLE_A, "", "项目数", "/减", "定数量")
        .row(140, 9, TABLE_A, "行政许可", "86", "-3", "124")
        .text(312, 153, 9, "0")
        .text(290, 815, 10.5f, "-1-");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.tables()).hasSize(1);
    assertThat(document.tables().get(0).gridRow(2)).containsExactly("行政许可", "86", "-3", "1240");
  }

  @Test
  void aRowWithABlankCellWhoseLabelIsOnAnotherBaseline_isNotGluedOntoTheRowAbove() throws Exception {
    // two ems under the row (a row's spacing, not a wrapped line's), its label printed lower than its numbers
    PdfDrawing pdf = new PdfDrawing().page()
        .row(140, 9, TABLE_A, "行政处罚", "88", "3", "96")
        .row(158, 9, TABLE_A, "", "12", "", "5")
        .text(58, 165, 9, "行政确认");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).contains("行政处罚\t88\t3\t96\n12\t5\n行政确认");
    assertThat(text).doesNotContain("8812", "965");
  }

  @Test
  void aYearKeyedRowWithABlankCell_isNotGluedOntoTheYearAbove() throws Exception {
    float[] columns = {58, 130, 200};
    // directly under, in the same type and columns: but a year in the key column is no wrapped cell
    PdfDrawing pdf = new PdfDrawing().page()
        .row(120, 9, columns, "2022", "1240", "1180")
        .row(133, 9, columns, "2023", "1350", "");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).contains("2022\t1240\t1180\n2023\t1350");
    assertThat(text).doesNotContain("20222023", "12401350");
  }

  @Test
  void digitsTwoEmsUnderARow_areARowOfTheirOwn() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .row(140, 9, TABLE_A, "行政许可", "57", "-2", "318")
        .text(312, 158, 9, "6")
        .text(290, 815, 10.5f, "-1-");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).contains("318\n6").doesNotContain("3186");
  }

  @Test
  void digitsUnderARowInALargerType_areNotItsWrappedCell() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .row(140, 9, TABLE_A, "行政许可", "57", "-2", "318")
        .text(312, 153, 12, "6")
        .text(290, 815, 10.5f, "-1-");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).doesNotContain("3186");
  }

  @Test
  void aDigitUnderAWideCellButOffItsEdgesAndCentre_isNotItsWrappedCell() throws Exception {
    // 318620 spans 312 to 339 (centre 325.5); the 4 spans 318 to 322.5: 6, 16.5 and 5.25 points off, over
    // half an em (4.5) each
    PdfDrawing pdf = new PdfDrawing().page()
        .row(140, 9, TABLE_A, "行政许可", "57", "-2", "318620")
        .text(318, 153, 9, "4")
        .text(290, 815, 10.5f, "-1-");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).contains("318620\n4").doesNotContain("3186204");
  }

  @Test
  void digitsUnderCellsNarrowerThanTheirColumn_areNotWrappedCells() throws Exception {
    // 88 and 96 are two digits in columns that hold four (1057, 3186): they had room, nothing wrapped them
    PdfDrawing pdf = new PdfDrawing().page()
        .row(127, 9, TABLE_A, "行政许可", "1057", "12", "3186")
        .row(140, 9, TABLE_A, "行政处罚", "88", "3", "96")
        .row(153, 9, TABLE_A, "", "12", "", "5");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).contains("行政处罚\t88\t3\t96\n12\t5").doesNotContain("8812", "965");
  }

  @Test
  void aParagraphsShortLastLineWithAWebAddress_endsTheParagraph() throws Exception {
    // 12 pt lines in 300 pt (72 to 372); the address line ends at 270, more than three ems short
    PdfDrawing pdf = new PdfDrawing().page()
        .text(96, 100, 12, "本机关依托政府门户网站集中统一发布各类信息，公")
        .text(72, 120, 12, "众可通过政府信息公开专栏查询和下载相关内容，该专栏")
        .text(72, 140, 12, "网址为http://www.qs.gov.cn/zwgk。")
        .text(72, 160, 12, "各部门按要求及时更新栏目内容。");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks()).extracting(block -> ((Paragraph) block).text()).containsExactly(
        "本机关依托政府门户网站集中统一发布各类信息，公众可通过政府信息公开专栏查询和下载相关内容，"
            + "该专栏网址为http://www.qs.gov.cn/zwgk。",
        "各部门按要求及时更新栏目内容。");
  }

  @Test
  void aLineThatStartsLikeANumberedHeading_startsAParagraphAfterAFullLine() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .text(96, 100, 12, "本机关依托政府门户网站集中统一发布各类信息，公")
        .text(72, 120, 12, "众可通过政府信息公开专栏查询、下载和打印相关内容。")
        .text(72, 140, 12, "二、主动公开政府信息情况")
        .text(96, 160, 12, "全年主动公开政府信息三百余条。");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks()).extracting(block -> ((Paragraph) block).text()).containsExactly(
        "本机关依托政府门户网站集中统一发布各类信息，公众可通过政府信息公开专栏查询、下载和打印相关内容。",
        "二、主动公开政府信息情况", "全年主动公开政府信息三百余条。");
  }

  @Test
  void aLineWrappedByCountBetweenANumberAndItsUnit_goesOnPastTheCap() throws Exception {
    // wrapped by count on a grid of characters: the second line, seven of its characters digits, ends at 162,
    // 3.5 ems short of the edge (204), and its number's unit begins the next line
    PdfDrawing pdf = new PdfDrawing().page()
        .text(96, 100, 12, "全年主动公开政府信")
        .text(72, 120, 12, "息2023年发布315")
        .text(72, 140, 12, "条，回应关切问题共十")
        .text(72, 160, 12, "二件。");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks()).extracting(block -> ((Paragraph) block).text())
        .containsExactly("全年主动公开政府信息2023年发布315条，回应关切问题共十二件。");
  }

  @Test
  void aLineWrappedByCountAfterADecimalPoint_goesOnPastTheCap() throws Exception {
    // wrapped by count on a grid of characters: the second line, seven of its characters half-width, ends at
    // about 198, more than three ems short of the edge (240), with 19. and the fraction begins the next line
    PdfDrawing pdf = new PdfDrawing().page()
        .text(96, 100, 12, "本年度共收到各类申请，其")
        .text(72, 120, 12, "中办结1163件，占比19.")
        .text(72, 140, 12, "2%。");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks()).extracting(block -> ((Paragraph) block).text())
        .containsExactly("本年度共收到各类申请，其中办结1163件，占比19.2%。");
  }

  @Test
  void aLineEndsInANumber_whenItsLastCharacterIsADigitALatinLetterOrADecimalPointAfterADigit() {
    assertThat(PdfAdapter.endsInNumber("其他处理12件、占9.")).isTrue();
    assertThat(PdfAdapter.endsInNumber("推送信息415")).isTrue();
    assertThat(PdfAdapter.endsInNumber("网址为www")).isTrue();
    assertThat(PdfAdapter.endsInNumber("全年办结。")).isFalse();
    assertThat(PdfAdapter.endsInNumber("其中甲.")).isFalse();
    assertThat(PdfAdapter.endsInNumber(".")).isFalse();
    assertThat(PdfAdapter.endsInNumber("")).isFalse();
  }

  @Test
  void aPageNumberFooterPrintedAsTwoRunsFarApart_isDropped() throws Exception {
    // 第1页 ends at 286.25; 共1页 starts at 310: 23.75 points, over 1.5 em (15.75) at 10.5 pt
    PdfDrawing pdf = new PdfDrawing().page()
        .text(72, 100, 12, "全年共收到信息公开申请二十余件。")
        .text(260, 815, 10.5f, "第1页")
        .text(310, 815, 10.5f, "共1页");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.tables()).isEmpty();
    assertThat(document.text()).isEqualTo("全年共收到信息公开申请二十余件。");
  }
}
