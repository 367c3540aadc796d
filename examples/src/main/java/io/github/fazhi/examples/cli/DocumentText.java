package io.github.fazhi.examples.cli;

import io.github.fazhi.reader.HtmlText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a report file, by its extension (文档文本): {@code .txt} as UTF-8, {@code .html}/{@code .htm}
 * through the reader's page extraction, {@code .pdf} through Apache PDFBox, {@code .docx} through Apache
 * POI. These libraries live in the examples, so that the reader library stays small.
 */
final class DocumentText {
  private DocumentText() {}

  /** Whether the file is a document the reader can read (rather than a fazhi JSON document). */
  static boolean isDocument(Path file) {
    String name = name(file);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".pdf")
        || name.endsWith(".docx");
  }

  /**
   * Reads the text of a document.
   *
   * @throws IOException if the file cannot be read or is not a document of its kind
   */
  static String read(Path file) throws IOException {
    String name = name(file);
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
      }
    }
    if (name.endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in);
          XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
        return extractor.getText();
      } catch (RuntimeException e) { // POI reports a file that is not a .docx with unchecked exceptions
        throw new IOException("not a .docx document (" + e.getClass().getSimpleName() + ")", e);
      }
    }
    String text = utf8(file);
    return name.endsWith(".html") || name.endsWith(".htm") ? HtmlText.extract(text) : text;
  }

  private static String utf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
  }

  private static String name(Path file) {
    Path fileName = file.getFileName();
    return fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
  }
}
