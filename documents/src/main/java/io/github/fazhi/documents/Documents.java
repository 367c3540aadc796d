package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads report files into {@link Document}s (读取文档): the one entry point. The format is told from the
 * content first and the name second: {@code %PDF-} is a PDF, a ZIP package a {@code .docx}, an OLE2
 * compound file a {@code .doc} (or an encrypted {@code .docx}, reported as such); other bytes are text,
 * read as Markdown when the name ends in {@code .md}/{@code .markdown}, as a web page when it ends in
 * {@code .html}/{@code .htm} or the text opens with a tag. A name promising a binary format the bytes are
 * not ("a.pdf" holding text) is an error saying so, except a {@code .doc} that is a web page, which Word's
 * "save as web page" and many sites produce.
 *
 * <h2>Limits</h2>
 *
 * <p>Files above {@value #MAX_FILE_BYTES} bytes are refused before reading, and a {@code .docx} whose
 * parts expand beyond {@value #MAX_EXPANDED_BYTES} bytes is refused before POI opens it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Documents {
  /** The largest file read: 256 MiB. */
  public static final long MAX_FILE_BYTES = 256L << 20;

  /** The most a {@code .docx} package may expand to: 512 MiB. */
  public static final long MAX_EXPANDED_BYTES = 512L << 20;

  /** The file name extensions read, lower case, without the dot. */
  public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "pdf", "docx", "doc", "md",
      "markdown");

  private Documents() {}

  /**
   * Returns whether a file's name has an extension this library reads.
   *
   * @param file  the file, not null
   * @return true for .txt, .text, .html, .htm, .pdf, .docx, .doc, .md and .markdown, in any case
   */
  public static boolean isSupported(Path file) {
    Path name = requireNonNull(file, "file").getFileName();
    return name != null && extension(name.toString()).filter(EXTENSIONS::contains).isPresent();
  }

  /**
   * Reads a file.
   *
   * @param file  the file, not null
   * @return the document, never null
   * @throws DocumentException if the file is too large or cannot be read as a document, with the reason
   * @throws IOException if the file cannot be read at all (no such file, no permission)
   */
  public static Document read(Path file) throws IOException {
    requireNonNull(file, "file");
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new DocumentException(name, "the file is larger than " + MAX_FILE_BYTES + " bytes (" + size + ")");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    }
    return read(bytes, name);
  }

  /**
   * Reads a file's bytes.
   *
   * @param bytes  the file's content, not null
   * @param fileName  the file's name (its extension helps tell the format), not null
   * @return the document, never null
   * @throws DocumentException if the bytes cannot be read as a document, with the reason
   */
  public static Document read(byte[] bytes, String fileName) throws DocumentException {
    return read(bytes, fileName, MAX_EXPANDED_BYTES);
  }

  static Document read(byte[] bytes, String fileName, long maxExpandedBytes) throws DocumentException {
    requireNonNull(bytes, "bytes");
    requireNonNull(fileName, "fileName");
    if (bytes.length > MAX_FILE_BYTES) {
      throw new DocumentException(fileName, "the file is larger than " + MAX_FILE_BYTES + " bytes");
    }
    String extension = extension(fileName).orElse("");
    if (startsWith(bytes, "%PDF-") || (extension.equals("pdf") && startsWithWithinHead(bytes, "%PDF-"))) {
      return PdfAdapter.read(bytes, fileName);
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return DocxAdapter.read(bytes, fileName, maxExpandedBytes);
    }
    if (isOle2(bytes)) {
      if (extension.equals("docx") || containsUtf16(bytes, "EncryptionInfo")) {
        throw new DocumentException(fileName, "encrypted .docx document: a password is needed to open it");
      }
      return DocAdapter.read(bytes, fileName);
    }
    if (bytes.length == 0) {
      throw new DocumentException(fileName, "the file is empty");
    }
    switch (extension) {
      case "pdf" -> throw new DocumentException(fileName, "not a PDF document: it does not start with %PDF-");
      case "docx" -> throw new DocumentException(fileName, "not a .docx document: it is not a ZIP package");
      case "md", "markdown" -> {
        return MarkdownAdapter.read(bytes, fileName);
      }
      case "html", "htm" -> {
        return HtmlAdapter.read(bytes, fileName);
      }
      default -> {
        // told by the content below
      }
    }
    if (startsWith(bytes, "{\\rtf")) {
      throw new DocumentException(fileName, "an RTF document: RTF is not supported; save it as .docx or .pdf");
    }
    if (looksLikeHtml(bytes)) {
      return HtmlAdapter.read(bytes, fileName);
    }
    if (extension.equals("doc")) {
      throw new DocumentException(fileName, "not a Word 97 .doc document: it is not an OLE2 compound file");
    }
    return PlainTextAdapter.read(bytes, fileName);
  }

  private static Optional<String> extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] wanted = prefix.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length < wanted.length) {
      return false;
    }
    for (int i = 0; i < wanted.length; i++) {
      if (bytes[i] != wanted[i]) {
        return false;
      }
    }
    return true;
  }

  /** PDF readers accept a header within the first 1024 bytes (some files have junk before it). */
  private static boolean startsWithWithinHead(byte[] bytes, String prefix) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains(prefix);
  }

  private static boolean isOle2(byte[] bytes) {
    int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether an OLE2 directory names a stream (names are UTF-16LE). */
  private static boolean containsUtf16(byte[] bytes, String name) {
    String haystack = new String(bytes, StandardCharsets.UTF_16LE);
    String shifted = bytes.length > 1 ? new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16LE) : "";
    return haystack.contains(name) || shifted.contains(name);
  }

  /** Whether the text opens with a tag ({@code <!DOCTYPE html>}, {@code <html>}, …), after a BOM and spaces. */
  private static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body") || head.startsWith("<meta") || head.startsWith("<table")
        || head.startsWith("<div") || head.startsWith("<p>") || head.startsWith("<!--");
  }
}
