package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error lines give the cause in words, for the failures users meet. */
class CausesTest {
  @TempDir Path temp;

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
      + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
      + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
      + "wordprocessingml.document.main+xml\"/></Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
      + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
      + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
      + "</Relationships>";

  /** A .docx whose document part is {@code prolog} then a paragraph, its text written by {@code body}. */
  private Path docx(String name, String prolog, Body body) throws IOException {
    Path file = temp.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(RELS.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<w:document xmlns:w=\"http://schemas."
          + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      body.write(zip);
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  @Test
  void anXxeInADocx_isNamedAsAnEntityReference() throws Exception {
    Path xxe = docx("xxe.docx", "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        out -> out.write("&xxe;".getBytes(StandardCharsets.UTF_8)));
    CliRun run = CliRun.run("read", xxe.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err()).isEqualTo("fazhi: error: " + xxe + ": cannot be read (entity references are not allowed"
        + " (the document declares a DOCTYPE, as an XXE attack does))" + System.lineSeparator());
  }

  @Test
  void aZipBombInADocx_saysHowFarItWouldExpand() throws Exception {
    // 300,000,000 spaces deflate to about 300 KB; POI refuses to hold a part above 100,000,000 bytes
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    Path bomb = docx("bomb.docx", "", out -> {
      for (int i = 0; i < 286; i++) {
        out.write(spaces);
      }
    });
    CliRun run = CliRun.run("read", bomb.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    // POI's inflation ratio (at most 100 times) stops it first, after some 100 KB
    assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(bomb + ": cannot be read (the document expands"
        + " beyond ") + "\\d+ bytes from \\d+ compressed bytes \\(more than 100 times: a zip bomb\\)\\)");
  }

  @Test
  void aPartLargerThanPoiHolds_saysItsLimit() {
    // POI's own words, as it refused a 300 MB document part written by another zip tool
    IOException refused = new IOException("not a .docx document (RecordFormatException)",
        new RuntimeException("Tried to allocate an array of length 300,000,185, but the maximum length for this"
            + " record type is 100,000,000.\nIf the file is not corrupt and not large, please open an issue"));
    assertThat(Causes.of(refused)).isEqualTo("the document expands beyond 100000000 bytes");
  }

  @Test
  void fileSystemFailures_inWords() {
    assertThat(Causes.of(new AccessDeniedException("/data/a.json"))).isEqualTo("permission denied");
    assertThat(Causes.of(new IOException("wrapped", new AccessDeniedException("/data/a.json"))))
        .isEqualTo("permission denied");
    assertThat(Causes.of(new FileSystemException("/mnt/out/a.json", null, "No space left on device")))
        .isEqualTo("no space left on device");
    assertThat(Causes.of(new IOException("No space left on device"))).isEqualTo("no space left on device");
    assertThat(Causes.of(new java.nio.file.NoSuchFileException("x"))).isEqualTo("no such file or folder");
    assertThat(Causes.of(new OutOfMemoryError("Java heap space"))).startsWith("out of memory");
  }

  @Test
  void otherMessages_stayOnOneSafeLine() {
    assertThat(Causes.of(new IOException("first\n  second\u001b[2J"))).isEqualTo("first second\\x1b[2J");
    assertThat(Causes.of(new IllegalStateException())).isEqualTo("IllegalStateException");
  }
}
