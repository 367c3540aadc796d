package io.github.fazhi.examples.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why something failed, in words (失败原因): the one place where the command line turns an exception, and the
 * causes behind it, into the end of an error line. The library exceptions of the document formats say what
 * their code did ({@code POIXMLException}, {@code RecordFormatException}); a user needs what the file did:
 * <ul>
 *   <li>a DOCTYPE or entity in an XML part of a Word file (the shape of an XXE attack): "entity references
 *       are not allowed";
 *   <li>a part that would expand beyond POI's limits (a zip bomb): "the document expands beyond N bytes", or
 *       "… more than N times its compressed size";
 *   <li>a file that may not be read or written: "permission denied"; a full disk: "no space left on
 *       device"; a missing file: "no such file or folder";
 *   <li>a lack of memory: "out of memory".
 * </ul>
 * Anything else gives its own message, on one line. Used for files read ({@link ReportSources}) and written
 * (through {@link io.github.fazhi.examples.files.AtomicFiles}); the document readers need not know how the
 * command line words things.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Causes {
  private static final Pattern ARRAY_LIMIT =
      Pattern.compile("maximum length for this record type is ([0-9,]+)");
  private static final Pattern EXPANDED_SIZE = Pattern.compile("max size of the expanded data");
  private static final Pattern RATIO = Pattern.compile("Zip bomb detected|max\\. ratio of compressed file size");
  private static final Pattern RATIO_SIZES =
      Pattern.compile("Uncompressed size: (\\d+), Raw/compressed size: (\\d+)");

  private Causes() {}

  /**
   * Returns why an operation failed, in words, on one line and safe for a terminal.
   *
   * @param error  what was thrown, not null
   * @return the cause in words, never null or empty
   */
  static String of(Throwable error) {
    String known = known(error);
    if (known != null) {
      return known;
    }
    Throwable innermost = error;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String message = error.getMessage();
    if (message == null || message.isBlank()) {
      message = innermost.getMessage();
    }
    String text = message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    return Terminal.safe(text.replaceAll("\\s*\\R\\s*", " ").strip());
  }

  /** The words for a cause anywhere in the chain, the outermost that has words first; null if none has. */
  private static @Nullable String known(Throwable error) {
    int depth = 0;
    for (Throwable cause = error; cause != null && depth < 20; cause = cause.getCause(), depth++) {
      String words = words(cause);
      if (words != null) {
        return words;
      }
    }
    return null;
  }

  private static @Nullable String words(Throwable cause) {
    if (cause instanceof OutOfMemoryError) {
      return "out of memory (give Java more with -Xmx, or read fewer files at once)";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
      return "no space left on device";
    }
    if (lower.contains("permission denied")) {
      return "permission denied";
    }
    if (lower.contains("doctype is disallowed") || lower.contains("external entit")
        || lower.contains("entity references") || lower.contains("entity expansion")) {
      return "entity references are not allowed (the document declares a DOCTYPE, as an XXE attack does)";
    }
    Matcher limit = ARRAY_LIMIT.matcher(message);
    if (limit.find()) {
      return "the document expands beyond " + limit.group(1).replace(",", "") + " bytes";
    }
    if (EXPANDED_SIZE.matcher(message).find()) {
      return "the document expands beyond the largest size allowed for one of its parts";
    }
    if (RATIO.matcher(message).find()) {
      Matcher sizes = RATIO_SIZES.matcher(message);
      return sizes.find()
          ? "the document expands beyond " + sizes.group(1) + " bytes from " + sizes.group(2)
              + " compressed bytes (more than 100 times: a zip bomb)"
          : "the document expands more than 100 times its compressed size (a zip bomb)";
    }
    if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      return Terminal.safe(fs.getReason().toLowerCase(Locale.ROOT));
    }
    return null;
  }
}
