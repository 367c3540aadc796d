package io.github.fazhi.examples.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that could not be written (输出失败): names the file, and keeps what went wrong as its cause. When
 * it is thrown, the file is as it was before: absent, or its earlier content whole.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file, as the caller named it; transient, since a {@link Path} is not serializable. */
  private final transient Path file;

  /**
   * Creates the exception.
   *
   * @param file  the file that was not written, not null
   * @param cause  what went wrong, not null
   */
  public OutputException(Path file, Throwable cause) {
    super(file + ": cannot be written: " + cause.getMessage(), cause);
    this.file = file;
  }

  /**
   * Returns the file that was not written.
   *
   * @return the file, as the caller named it; null only after deserialization
   */
  @SuppressWarnings("NullAway") // transient: set by the constructor, lost only by serialization
  public Path file() {
    return file;
  }
}
