package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A file that cannot be read as a document (无法读取的文件), with the reason in words: "no text layer: a
 * scanned document", "not a .docx document", "encrypted PDF", "entity references are not allowed", "the
 * document expands beyond N bytes"… The message is that reason; the library's own exception, if any, is
 * the cause.
 */
public final class DocumentException extends IOException {
  private final String fileName;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param fileName  the file's name as given, not null
   * @param reason  why it cannot be read, in words, not null
   * @param cause  the library's exception behind it, or null
   */
  public DocumentException(String fileName, String reason, @Nullable Throwable cause) {
    super(requireNonNull(reason, "reason"), cause);
    this.fileName = requireNonNull(fileName, "fileName");
    this.reason = reason;
  }

  /**
   * Creates the exception without a cause.
   *
   * @param fileName  the file's name as given, not null
   * @param reason  why it cannot be read, in words, not null
   */
  public DocumentException(String fileName, String reason) {
    this(fileName, reason, null);
  }

  /**
   * Returns the name of the file that could not be read.
   *
   * @return the name as given, never null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns why the file cannot be read.
   *
   * @return the reason in words, never null
   */
  public String reason() {
    return reason;
  }
}
