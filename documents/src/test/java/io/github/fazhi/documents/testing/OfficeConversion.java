package io.github.fazhi.documents.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes a Word 97 {@code .doc} from a web page written in a test, with LibreOffice ({@code soffice
 * --headless --convert-to doc}) when it is installed: POI cannot write a new {@code .doc}, and a binary
 * file from elsewhere would bring prose that is not ours.
 */
public final class OfficeConversion {
  private OfficeConversion() {}

  /** Why a test needing this is skipped: the reason for the JUnit assumption. */
  public static final String MISSING = "LibreOffice (soffice) is not installed: "
      + "apt-get install libreoffice-writer-nogui to make the .doc fixtures";

  /** Whether {@code soffice} is on the PATH. */
  public static boolean available() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "soffice"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Converts a page to a Word 97 document.
   *
   * @param html  the page, UTF-8
   * @param work  an empty folder to work in
   * @return the .doc's bytes, or empty when LibreOffice is not installed or did not convert
   */
  public static Optional<byte[]> doc(String html, Path work) throws IOException, InterruptedException {
    if (!available()) {
      return Optional.empty();
    }
    Path page = work.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder("soffice", "--headless", "--infilter=HTML (StarWriter)",
        "--convert-to", "doc:MS Word 97", "--outdir", work.toString(), page.toString())
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("soffice.log").toFile());
    builder.environment().put("HOME", work.toString()); // a profile of its own, not the user's
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return Optional.empty();
    }
    Path doc = work.resolve("report.doc");
    return Files.exists(doc) ? Optional.of(Files.readAllBytes(doc)) : Optional.empty();
  }
}
