package io.github.fazhi.examples.cli;

import io.github.fazhi.documents.Documents;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The text of a report file (文档文本), through fazhi-documents: the examples have no format handling of
 * their own. The reader is handed {@link io.github.fazhi.documents.Document#text()}, whose tables are
 * lines of cells parted by tabs, as the reader's table reader reads them.
 */
final class DocumentText {
  private DocumentText() {}

  /**
   * Whether the file is a document the reader can read (rather than a fazhi JSON document).
   *
   * @param file  the file
   * @return true for the extensions fazhi-documents reads (.txt, .html, .htm, .pdf, .docx, .doc, .md…)
   */
  static boolean isDocument(Path file) {
    return Documents.isSupported(file);
  }

  /**
   * Reads the text of a document.
   *
   * @param file  the file
   * @return the document's text
   * @throws IOException if the file cannot be read, or is not a document of its kind (a
   *     {@link io.github.fazhi.documents.DocumentException} with the reason in words)
   */
  static String read(Path file) throws IOException {
    return Documents.read(file).text();
  }
}
