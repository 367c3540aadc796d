package io.github.fazhi.examples.cli;

import io.github.fazhi.documents.Document;
import io.github.fazhi.documents.Documents;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A report file as a {@link Document} (文档), through fazhi-documents: the examples have no format handling of
 * their own. The reader is handed the document itself
 * ({@link io.github.fazhi.reader.ReportReader#read(Document, io.github.fazhi.reader.Hints)}), so that it
 * reads tables from the document's real tables, not from their text.
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
   * Reads a document.
   *
   * @param file  the file
   * @return the document, its text and blocks
   * @throws IOException if the file cannot be read, or is not a document of its kind (a
   *     {@link io.github.fazhi.documents.DocumentException} with the reason in words)
   */
  static Document read(Path file) throws IOException {
    return Documents.read(file);
  }
}
