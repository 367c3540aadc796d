package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
  @Test
  void theFormat_isToldByContentBeforeName() throws Exception {
    byte[] pdf = PdfAdapterTest.report();
    byte[] docx = DocxAdapterTest.report();

    assertThat(Documents.read(pdf, "report.txt").format()).isEqualTo(DocumentFormat.PDF);
    assertThat(Documents.read(docx, "report.doc").format()).isEqualTo(DocumentFormat.DOCX);
    assertThat(Documents.read("<html><body><p>一、总体情况</p></body></html>".getBytes(StandardCharsets.UTF_8),
        "report.txt").format()).isEqualTo(DocumentFormat.HTML);
    assertThat(Documents.read("一、总体情况".getBytes(StandardCharsets.UTF_8), "report").format())
        .isEqualTo(DocumentFormat.TEXT);
  }

  @Test
  void aNamePromisingPdf_mustHoldAPdf() {
    assertThatThrownBy(() -> Documents.read("一、总体情况".getBytes(StandardCharsets.UTF_8), "report.pdf"))
        .isInstanceOf(DocumentException.class)
        .hasMessage("not a PDF document: it does not start with %PDF-")
        .extracting(e -> ((DocumentException) e).fileName()).isEqualTo("report.pdf");
  }

  @Test
  void anEmptyFile_saysSo() {
    assertThatThrownBy(() -> Documents.read(new byte[0], "report.txt"))
        .isInstanceOf(DocumentException.class)
        .hasMessage("the file is empty");
  }

  @Test
  void rtf_isNamedAsUnsupported() {
    assertThatThrownBy(() -> Documents.read("{\\rtf1\\ansi 2023}".getBytes(StandardCharsets.US_ASCII), "r.doc"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("an RTF document");
  }

  @Test
  void anEncryptedDocx_saysSo() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "EncryptionInfo");
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "EncryptedPackage");
      fs.writeFilesystem(out);
    }

    assertThatThrownBy(() -> Documents.read(out.toByteArray(), "report.docx"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("encrypted .docx document");
  }

  @Test
  void readingAPath_namesTheDocumentByItsFileName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("洪泽区.txt");
    Files.writeString(file, "一、总体情况", StandardCharsets.UTF_8);

    Document document = Documents.read(file);

    assertThat(document.name()).isEqualTo("洪泽区.txt");
    assertThat(document.text()).isEqualTo("一、总体情况");
    assertThatThrownBy(() -> Documents.read(dir.resolve("missing.txt"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void supportedExtensions() {
    assertThat(Documents.isSupported(Path.of("a/B.PDF"))).isTrue();
    assertThat(Documents.isSupported(Path.of("b.htm"))).isTrue();
    assertThat(Documents.isSupported(Path.of("c.md"))).isTrue();
    assertThat(Documents.isSupported(Path.of("d.doc"))).isTrue();
    assertThat(Documents.isSupported(Path.of("e.json"))).isFalse();
    assertThat(Documents.isSupported(Path.of("noextension"))).isFalse();
  }
}
