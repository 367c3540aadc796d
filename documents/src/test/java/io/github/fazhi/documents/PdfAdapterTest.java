package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.documents.testing.PdfDrawing;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfAdapterTest {
  private static final String PROSE = "本报告依据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、"
      + "主动公开政府信息情况、收到和处理政府信息公开申请情况等。本年度共收到政府信息公开申请125件，"
      + "均在法定期限内办结。";

  private static final float[] COLUMNS = {72, 300, 340, 380, 420, 460, 500, 540};

  /** A two-page lookalike of a district's report: title over two lines, wrapped prose, a table. */
  static byte[] report() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page();
    pdf.text(150, 40, 9, "淮安市洪泽区人民政府信息公开工作年度报告");
    pdf.text(160, 100, 18, "淮安市洪泽区人民政府");
    pdf.text(130, 130, 18, "2023 年政府信息公开工作年度报告");
    float y = pdf.paragraph(72, 180, 12, 300, PROSE);
    pdf.paragraph(72, y + 10, 12, 300, "二是规范依申请公开办理流程。");
    pdf.text(290, 800, 10.5f, "- 1 -");
    pdf.page();
    pdf.text(150, 40, 9, "淮安市洪泽区人民政府信息公开工作年度报告");
    pdf.row(100, 10.5f, COLUMNS, "（一）予以公开", "20", "4", "1", "0", "0", "0", "25");
    pdf.row(120, 10.5f, COLUMNS, "（三）不予公开", "", "", "", "", "", "", "");
    pdf.row(140, 10.5f, COLUMNS, "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0");
    pdf.row(160, 10.5f, COLUMNS, "四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0");
    pdf.text(72, 200, 12, "本页完。");
    pdf.text(290, 800, 10.5f, "第2页");
    return pdf.bytes();
  }

  @Test
  void titleLinesAreHeadings_andHardWrappedProseIsOneParagraph() throws Exception {
    Document document = Documents.read(report(), "report.pdf");

    assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
    assertThat(document.blocks().get(0)).isEqualTo(
        new Heading(1, "淮安市洪泽区人民政府", new TextSpan(0, 10)));
    assertThat(document.blocks().get(1)).isInstanceOfSatisfying(Heading.class,
        heading -> assertThat(heading.text()).isEqualTo("2023 年政府信息公开工作年度报告"));
    assertThat(document.blocks().get(2)).isInstanceOfSatisfying(Paragraph.class,
        paragraph -> assertThat(paragraph.text()).isEqualTo(PROSE));
    assertThat(document.blocks().get(3)).isInstanceOfSatisfying(Paragraph.class,
        paragraph -> assertThat(paragraph.text()).isEqualTo("二是规范依申请公开办理流程。"));
  }

  @Test
  void pageNumbersAndRunningHeaders_areDropped() throws Exception {
    Document document = Documents.read(report(), "report.pdf");

    assertThat(document.text()).doesNotContain("- 1 -", "第2页", "信息公开工作年度报告\n淮安市")
        .startsWith("淮安市洪泽区人民政府\n2023 年").endsWith("本页完。");
  }

  @Test
  void aRunningHeaderThatRepeatsTheTitle_keepsTheTitleOnPageOne() throws Exception {
    String title = "青石市2023年政府信息公开工作年度报告";
    PdfDrawing pdf = new PdfDrawing().page()
        .text(100, 100, 22, title)
        .text(72, 160, 12, "本年度全市主动公开政府信息一万二千余条。")
        .text(290, 815, 12, "-1-");
    pdf.page()
        .text(98, 50, 10.5f, title)
        .text(72, 100, 12, "全年共收到政府信息公开申请三百余件。")
        .text(290, 815, 12, "-2-");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks().get(0)).isEqualTo(new Heading(1, title, new TextSpan(0, title.length())));
    assertThat(document.text()).startsWith(title + "\n本年度").containsOnlyOnce(title)
        .endsWith("全年共收到政府信息公开申请三百余件。");
  }

  @Test
  void cellsLaidOutInColumns_areCellsOfATable() throws Exception {
    Document document = Documents.read(report(), "report.pdf");

    assertThat(document.tables()).hasSize(1);
    Table table = document.tables().get(0);
    assertThat(table.rows()).hasSize(4);
    assertThat(table.gridRow(0)).containsExactly("（一）予以公开", "20", "4", "1", "0", "0", "0", "25");
    assertThat(table.gridRow(1)).containsExactly("（三）不予公开", "", "", "", "", "", "", "");
    assertThat(table.rows().get(3).cells()).extracting(Cell::text)
        .containsExactly("四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0");
    assertThat(document.text()).contains("（一）予以公开\t20\t4\t1\t0\t0\t0\t25\n（三）不予公开\n1.属于国家秘密\t0");
    Cell cell = table.rows().get(0).cells().get(7);
    assertThat(document.text(cell.span())).isEqualTo("25");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"-1-", "- 2 -", "—3—", "第1页", "第 2 页 共 5 页", "3/12"})
  void pageNumbersOfEachForm_areDroppedAtTheFoot(String number) throws Exception {
    byte[] pdf = new PdfDrawing().page()
        .text(72, 100, 12, "本年度共收到申请125件。")
        .text(290, 800, 10.5f, number)
        .bytes();

    assertThat(Documents.read(pdf, "a.pdf").text()).isEqualTo("本年度共收到申请125件。");
  }

  @Test
  void cellsAPageBreakPutAtTheTopOfAPage_areKept_whenThePagesAreNumberedAtTheirFoot() throws Exception {
    // a real page's Table A printed one cell per line: the label ends page 1, its three cells open page 2
    String title = "青石县卫生健康局2021年政府信息公开工作年度报告";
    PdfDrawing pdf = new PdfDrawing().page()
        .text(100, 60, 16, title)
        .text(72, 120, 12, "规章")
        .text(72, 140, 12, "0")
        .text(72, 160, 12, "行政规范性文件")
        .text(290, 815, 12, "-1-");
    pdf.page()
        .text(100, 40, 9, title)
        .text(72, 100, 12, "0")
        .text(72, 120, 12, "0")
        .text(72, 140, 12, "4")
        .text(72, 160, 12, "第二十条第（五）项")
        .text(290, 815, 12, "-2-");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).contains("行政规范性文件\n0\n0\n4\n第二十条").doesNotContain("-1-", "-2-").containsOnlyOnce(title);
  }

  @Test
  void pageNumbersAtTheTopOfEachPage_areDropped_butNeverAZero() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .text(290, 40, 10.5f, "1")
        .text(72, 100, 12, "本年度共收到申请125件。");
    pdf.page()
        .text(290, 40, 10.5f, "2")
        .text(72, 100, 12, "均在法定期限内办结。");
    pdf.page()
        .text(72, 100, 12, "0")
        .text(72, 120, 12, "以上为不予公开的件数。");

    assertThat(Documents.read(pdf.bytes(), "a.pdf").text())
        .isEqualTo("本年度共收到申请125件。均在法定期限内办结。\n0\n以上为不予公开的件数。");
  }

  @Test
  void aCellAtTheTopOfAnUnnumberedLastPage_isKept_whenTheOtherPagesAreNumberedAtTheirFoot() throws Exception {
    PdfDrawing pdf = new PdfDrawing().page()
        .text(72, 100, 12, "本年度共收到申请125件。")
        .text(290, 815, 12, "- 1 -");
    pdf.page()
        .text(72, 100, 12, "均在法定期限内办结。")
        .text(72, 120, 12, "行政规范性文件")
        .text(290, 815, 12, "- 2 -");
    pdf.page()
        .text(72, 100, 12, "4")
        .text(72, 120, 12, "以上为现行有效件数。");

    assertThat(Documents.read(pdf.bytes(), "a.pdf").text())
        .isEqualTo("本年度共收到申请125件。均在法定期限内办结。\n行政规范性文件\n4\n以上为现行有效件数。");
  }

  @Test
  void aTieBetweenAFootAndATopNumber_goesToTheFoot_andAOnePageDocumentNumberedAtItsTopLosesItsNumber()
      throws Exception {
    PdfDrawing tie = new PdfDrawing().page()
        .text(72, 100, 12, "行政规范性文件")
        .text(290, 815, 12, "1");
    tie.page()
        .text(72, 100, 12, "3")
        .text(72, 120, 12, "以上为现行有效件数。");
    assertThat(Documents.read(tie.bytes(), "a.pdf").text()).isEqualTo("行政规范性文件\n3\n以上为现行有效件数。");

    PdfDrawing top = new PdfDrawing().page()
        .text(290, 40, 12, "1")
        .text(72, 100, 12, "本年度共收到申请125件。");
    assertThat(Documents.read(top.bytes(), "a.pdf").text()).isEqualTo("本年度共收到申请125件。");
  }

  @Test
  void aLineEndingMidSentence_orOpeningWithAClosingMark_goesOnTheParagraph() throws Exception {
    // a page on a character grid: lines with digits end short of the edge although the sentence goes on
    PdfDrawing pdf = new PdfDrawing().page();
    float y = pdf.paragraph(72, 100, 12, 300, "本年度全市各级行政机关共办理政府信息公开申请，均在法定期限内答复申请人。");
    pdf.text(72, y, 12, "予以公开236宗，占37.46%；不予公开56宗")
        .text(72, y + 20, 12, "，占8.89%；行政复议98宗，")
        .text(72, y + 40, 12, "行政诉讼17宗，占0.48%；其他处理73宗，占11.59%，行政诉讼")
        .text(72, y + 60, 12, "17宗。")
        .text(72, y + 80, 12, "（三）政府信息管理")
        .text(72, y + 100, 12, "下一步将继续改进。");

    String text = Documents.read(pdf.bytes(), "a.pdf").text();

    assertThat(text).endsWith("\n予以公开236宗，占37.46%；不予公开56宗，占8.89%；行政复议98宗，行政诉讼17宗，占0.48%；"
        + "其他处理73宗，占11.59%，行政诉讼17宗。\n（三）政府信息管理\n下一步将继续改进。");
  }

  @Test
  void aParagraphRunningOverAPageBreak_isOneParagraph() throws Exception {
    String first = "本年度共办理政府信息公开申请一百二十五件，其中予以公开七十五件，部分公开十二件，另有八件在办理，"; // two full lines
    String second = "不予公开三件，均在法定期限内答复申请人。";
    PdfDrawing pdf = new PdfDrawing().page()
        .text(150, 40, 9, "某区政府信息公开年度报告");
    float y = pdf.paragraph(72, 100, 12, 300, "一是加强组织领导。");
    pdf.paragraph(72, y, 12, 300, first);
    pdf.text(290, 800, 10.5f, "- 1 -");
    pdf.page().text(150, 40, 9, "某区政府信息公开年度报告").text(72, 100, 12, second);
    pdf.text(290, 800, 10.5f, "- 2 -");

    Document document = Documents.read(pdf.bytes(), "a.pdf");

    assertThat(document.blocks()).containsExactly(
        new Paragraph("一是加强组织领导。", new TextSpan(0, 9)),
        new Paragraph(first + second, new TextSpan(10, 10 + first.length() + second.length())));
  }

  @Test
  void aPageNumberLikeLineInsideThePage_isKept() throws Exception {
    byte[] pdf = new PdfDrawing().page()
        .text(72, 100, 12, "本年度收到申请数量如下：")
        .text(72, 120, 12, "12")
        .text(72, 140, 12, "以上数据截至二〇二三年十二月三十一日，均已核对无误。")
        .text(72, 160, 12, "另附说明一份。")
        .bytes();

    assertThat(Documents.read(pdf, "a.pdf").text()).isEqualTo(
        "本年度收到申请数量如下：\n12\n以上数据截至二〇二三年十二月三十一日，均已核对无误。另附说明一份。");
  }

  @Test
  void aPdfWithoutATextLayer_isReportedAsAScan() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(document, new BufferedImage(40, 40,
          BufferedImage.TYPE_INT_RGB));
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 50, 50, 400, 400);
      }
      document.save(out);
    }

    assertThatThrownBy(() -> Documents.read(out.toByteArray(), "scan.pdf"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("no text layer: a scanned document");
  }

  @Test
  void anEncryptedPdf_saysSo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      new PdfDrawing().page().text(72, 100, 12, "内部资料").save(document);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      document.protect(policy);
      document.save(out);
    }

    assertThatThrownBy(() -> Documents.read(out.toByteArray(), "secret.pdf"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("encrypted PDF");
  }

  @Test
  void aDamagedPdf_isReportedInWords() {
    byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> Documents.read(damaged, "broken.pdf"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("not a readable PDF document");
  }

  @Test
  void everyBlockSpan_saysWhatTheBlockSays() throws Exception {
    Document document = Documents.read(report(), "report.pdf");

    for (Block block : document.blocks()) {
      if (block instanceof Paragraph paragraph) {
        assertThat(document.text(paragraph.span())).isEqualTo(paragraph.text());
      }
    }
    assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
        .containsExactly("Heading", "Heading", "Paragraph", "Paragraph", "Table", "Paragraph");
  }
}
