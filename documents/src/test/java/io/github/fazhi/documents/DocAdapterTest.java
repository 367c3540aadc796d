package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.documents.testing.OfficeConversion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocAdapterTest {
  /** A lookalike of a department's report, as a page LibreOffice turns into a Word 97 file. */
  static final String PAGE = "<html><head><meta charset=\"utf-8\"></head><body>"
      + "<h1>市科委2023年政府信息公开工作年度报告</h1>"
      + "<p>本年度共收到政府信息公开申请25件，均按期办结。</p>"
      + "<table border=\"1\"><tr><td rowspan=\"2\">三、本年度办理结果</td><td>（一）予以公开</td><td>20</td></tr>"
      + "<tr><td>（二）部分公开</td><td>4</td></tr>"
      + "<tr><td colspan=\"2\">四、结转下年度继续办理</td><td>1</td></tr></table>"
      + "<p>特此报告。</p></body></html>";

  @Test
  void aWord97File_readsParagraphsHeadingsAndTables(@TempDir Path work) throws Exception {
    Optional<byte[]> doc = OfficeConversion.doc(PAGE, work);
    assumeTrue(doc.isPresent(), OfficeConversion.MISSING);

    Document document = Documents.read(doc.get(), "report.doc");

    assertThat(document.format()).isEqualTo(DocumentFormat.DOC);
    assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
        .containsExactly("Heading", "Paragraph", "Table", "Paragraph");
    assertThat(document.blocks().get(0)).isInstanceOfSatisfying(Heading.class,
        heading -> assertThat(heading.text()).isEqualTo("市科委2023年政府信息公开工作年度报告"));
    assertThat(document.text()).contains("本年度共收到政府信息公开申请25件，均按期办结。").endsWith("特此报告。");
  }

  @Test
  void mergedCellsOfAWord97Table_areResolved(@TempDir Path work) throws Exception {
    Optional<byte[]> doc = OfficeConversion.doc(PAGE, work);
    assumeTrue(doc.isPresent(), OfficeConversion.MISSING);

    Table table = Documents.read(doc.get(), "report.doc").tables().get(0);

    assertThat(table.gridRow(0)).containsExactly("三、本年度办理结果", "（一）予以公开", "20");
    assertThat(table.gridRow(1)).containsExactly("三、本年度办理结果", "（二）部分公开", "4");
    assertThat(table.gridRow(2)).containsExactly("四、结转下年度继续办理", "四、结转下年度继续办理", "1");
  }

  @Test
  void anOle2FileThatIsNoWordDocument_isReportedInWords() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "Workbook");
      fs.writeFilesystem(out);
    }

    assertThatThrownBy(() -> Documents.read(out.toByteArray(), "report.doc"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("not a readable Word 97 .doc document");
  }

  @Test
  void textNamedDoc_isNotAWord97Document() {
    assertThatThrownBy(() -> Documents.read("本年度".getBytes(StandardCharsets.UTF_8), "report.doc"))
        .isInstanceOf(DocumentException.class)
        .hasMessage("not a Word 97 .doc document: it is not an OLE2 compound file");
  }

  @Test
  void aWebPageNamedDoc_isReadAsAWebPage() throws Exception {
    Document document = Documents.read(PAGE.getBytes(StandardCharsets.UTF_8), "report.doc");

    assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
  }
}
