package io.github.fazhi.examples.cli;

import io.github.fazhi.Report;
import io.github.fazhi.documents.Document;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.InputTooLargeException;
import io.github.fazhi.reader.ReportReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one place where {@code check} and {@code stats} accept a report as published (.txt, .html, .htm,
 * .pdf, .docx, .doc, .md): the file is read into a draft with the reader and its report is checked or summed like a
 * JSON report's. A file whose draft has no report (no year, no issuer…) gives one error line saying what
 * could not be determined.
 */
final class ReportSources {
  private ReportSources() {}

  /**
   * Returns whether a file is a document to be read rather than a fazhi JSON document.
   *
   * @param file  the file, not null
   * @return true for .txt, .html, .htm, .pdf, .docx, .doc and .md (the extensions fazhi-documents reads)
   */
  static boolean isDocument(Path file) {
    return DocumentText.isDocument(file);
  }

  /**
   * Reads a document into a report, handing it to {@code onReport}, or one error line to {@code onError}.
   *
   * @param file      the document
   * @param onReport  receives the report read
   * @param onError   receives one line naming the file and the problem
   */
  static void read(Path file, Consumer<Report> onReport, Consumer<String> onError) {
    Draft draft;
    try {
      draft = draft(file, Hints.none());
    } catch (IOException e) {
      onError.accept(Terminal.quote(file.toString()) + ": " + describe(e));
      return;
    }
    draft.report().ifPresentOrElse(onReport,
        () -> onError.accept(Terminal.quote(file.toString()) + ": no report could be read ("
            + String.join("; ", draft.undetermined()) + ")"));
  }

  /**
   * Reads a document into a draft.
   *
   * @throws IOException if the file cannot be read, or its text is longer than the reader reads
   *     ({@link io.github.fazhi.reader.ReaderLimits}): like an unreadable file, it is one error line, never a
   *     failure of the whole run
   */
  static Draft draft(Path file, Hints hints) throws IOException {
    Document document = DocumentText.read(file);
    try {
      return ReportReader.standard().read(document, hints);
    } catch (InputTooLargeException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** One line for a file that cannot be read: its cause in words ({@link Causes}). */
  static String describe(IOException error) {
    if (error instanceof NoSuchFileException) {
      return "no such file";
    }
    return "cannot be read (" + Causes.of(error) + ")";
  }
}
