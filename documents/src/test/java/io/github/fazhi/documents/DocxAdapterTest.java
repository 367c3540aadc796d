package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxAdapterTest {
  /**
   * A lookalike of a report in Word: a title, prose, and Table B's corner with Word's merged cells: the
   * header cell over two grid columns (gridSpan), 三、本年度办理结果 merged down over two rows (vMerge).
   */
  static byte[] report() throws Exception {
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.createParagraph().createRun().setText("市科委2023年政府信息公开工作年度报告");
      docx.getParagraphs().get(0).setStyle("Heading1");
      docx.createParagraph().createRun().setText("本年度共收到政府信息公开申请25件。");
      XWPFTable table = docx.createTable(3, 3);
      XWPFTableRow header = table.getRow(0);
      header.getCell(0).setText("（本列数据的统计期限）");
      gridSpan(header.getCell(0), 2);
      header.removeCell(1);
      header.getCell(1).setText("自然人");
      XWPFTableRow first = table.getRow(1);
      first.getCell(0).setText("三、本年度办理结果");
      tcPr(first.getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
      first.getCell(1).setText("（一）予以公开");
      first.getCell(2).setText("20");
      XWPFTableRow second = table.getRow(2);
      tcPr(second.getCell(0)).addNewVMerge(); // continues the cell above
      second.getCell(1).setText("（二）部分公开");
      second.getCell(2).setText("4");
      docx.createParagraph().createRun().setText("特此报告。");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      return out.toByteArray();
    }
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void gridSpan(XWPFTableCell cell, int columns) {
    tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
  }

  @Test
  void paragraphsHeadingsAndTables_inOrder() throws Exception {
    Document document = Documents.read(report(), "report.docx");

    assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
    assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
        .containsExactly("Heading", "Paragraph", "Table", "Paragraph");
    assertThat(document.blocks().get(0)).isEqualTo(new Heading(1, "市科委2023年政府信息公开工作年度报告",
        new TextSpan(0, 20)));
    assertThat(document.text()).endsWith("特此报告。");
  }

  @Test
  void gridSpanAndVMerge_areResolvedOnTheGrid() throws Exception {
    Table table = Documents.read(report(), "report.docx").tables().get(0);

    assertThat(table.columnCount()).isEqualTo(3);
    assertThat(table.gridRow(0)).containsExactly("（本列数据的统计期限）", "（本列数据的统计期限）", "自然人");
    assertThat(table.gridRow(2)).containsExactly("三、本年度办理结果", "（二）部分公开", "4");
    Cell merged = table.rows().get(1).cells().get(0);
    assertThat(merged).extracting(Cell::rowSpan, Cell::columnSpan).containsExactly(2, 1);
    assertThat(table.rows().get(2).cells()).extracting(Cell::text).containsExactly("（二）部分公开", "4");
    assertThat(table.rows().get(2).cells().get(0).column()).isEqualTo(1);
  }

  @Test
  void eachRow_isALineOfItsOwnCells() throws Exception {
    Document document = Documents.read(report(), "report.docx");

    assertThat(document.text()).contains("三、本年度办理结果\t（一）予以公开\t20\n（二）部分公开\t4\n");
  }

  @Test
  void aPackageThatExpandsTooFar_isRefusedBeforePoiOpensIt() throws Exception {
    byte[] bytes = report();

    assertThatThrownBy(() -> Documents.read(bytes, "report.docx", 1000))
        .isInstanceOf(DocumentException.class)
        .hasMessage("the document expands beyond 1000 bytes");
  }

  @Test
  void entityDeclarations_areRefused() throws Exception {
    byte[] bytes = zip("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");

    assertThatThrownBy(() -> Documents.read(bytes, "evil.docx"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("entity references are not allowed");
  }

  @Test
  void aZipWithoutAWordDocument_isNotADocx() throws Exception {
    byte[] bytes = zip("xl/workbook.xml", "<workbook/>");

    assertThatThrownBy(() -> Documents.read(bytes, "table.docx"))
        .isInstanceOf(DocumentException.class)
        .hasMessage("not a .docx document: the package has no word/document.xml");
  }

  @Test
  void textNamedDocx_isNotADocx() {
    assertThatThrownBy(() -> Documents.read("本年度".getBytes(StandardCharsets.UTF_8), "report.docx"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("not a .docx document");
  }

  @Test
  void aDamagedPackage_isReportedInWords() throws Exception {
    byte[] bytes = zip("word/document.xml", "<w:document><w:body>unclosed");

    assertThatThrownBy(() -> Documents.read(bytes, "broken.docx"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("not a readable .docx document");
  }

  private static byte[] zip(String name, String content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
