package io.github.fazhi.examples.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.documents.testing.OfficeConversion;
import io.github.fazhi.documents.testing.PdfDrawing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the BUILT {@code target/fazhi-examples.jar} as a separate {@code java -jar} process (failsafe, after
 * {@code package}), on one report written as each kind of file a user downloads and on a folder of them, so
 * that a class missing from the shaded jar (jsoup once was) fails the build instead of a user's first run.
 * The report is our own test sample (examples' {@code sample-report.txt}); the files are made here.
 */
class PackagedJarIT {
  private static final String OUTLINE_IDENTITY = "临江区 (青石市) · 2021 · rule_of_law_annual";

  @TempDir static Path folder;

  /** Where the processes' output and the other files go, apart from the folder of reports. */
  @TempDir static Path work;

  private static String sample;

  /** What a process printed, and its exit status. */
  private record Run(int status, String out, String err) {}

  @BeforeAll
  static void writeTheFiles() throws Exception {
    try (InputStream in = PackagedJarIT.class.getResourceAsStream("/io/github/fazhi/examples/cli/sample-report.txt")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve("report.txt"), sample, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("report.html"), page("utf-8"), StandardCharsets.UTF_8);
    Files.write(folder.resolve("report-gbk.htm"), page("gb2312").getBytes(Charset.forName("GBK")));
    Files.write(folder.resolve("report.pdf"), pdf());
    Files.write(folder.resolve("report.docx"), docx());
    Files.writeString(folder.resolve("report.md"), "# " + sample.strip(), StandardCharsets.UTF_8);
    Optional<byte[]> doc = OfficeConversion.doc(page("utf-8"), Files.createDirectories(work.resolve("office")));
    if (doc.isPresent()) {
      Files.write(folder.resolve("report.doc"), doc.get());
    }
    try (InputStream in = PackagedJarIT.class.getResourceAsStream(
        "/io/github/fazhi/examples/reports/beijing-2022-rule_of_law.json")) {
      Files.write(folder.resolve("beijing.json"), in.readAllBytes());
    }
  }

  private static String page(String charset) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"" + charset
        + "\"><title>年度报告</title><script>var hits = 2021;</script></head><body><div class=\"content\">");
    for (String line : sample.lines().toList()) {
      if (!line.isBlank()) {
        html.append("<p>").append(line.strip()).append("</p>");
      }
    }
    return html.append("</div></body></html>").toString();
  }

  /** The sample as a report PDF: every paragraph hard-wrapped at 25 characters, page numbers at the foot. */
  private static byte[] pdf() throws IOException {
    PdfDrawing pdf = new PdfDrawing().page();
    float y = 72;
    int page = 1;
    for (String line : sample.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      if (y > 700) {
        pdf.text(290, 800, 10.5f, "- " + page++ + " -");
        pdf.page();
        y = 72;
      }
      y = pdf.paragraph(72, y, 12, 300, line.strip()) + 6;
    }
    pdf.text(290, 800, 10.5f, "- " + page + " -");
    return pdf.bytes();
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument docx = new XWPFDocument()) {
      for (String line : sample.lines().toList()) {
        if (!line.isBlank()) {
          docx.createParagraph().createRun().setText(line.strip());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      return out.toByteArray();
    }
  }

  private static Run jar(String... args) throws Exception {
    String jar = System.getProperty("fazhi.jar", "target/fazhi-examples.jar");
    assertThat(Path.of(jar)).as("the packaged jar (mvn package makes it)").exists();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the jar finished within 180 s").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.txt", "report.html", "report-gbk.htm", "report.pdf", "report.docx", "report.md",
      "report.doc"})
  void eachKindOfFile_isReadByTheJar(String name) throws Exception {
    assumeTrue(Files.exists(folder.resolve(name)), OfficeConversion.MISSING);

    Run run = jar("read", "--format", "outline", folder.resolve(name).toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("青石市临江区2021年法治政府建设年度报告\n").contains(OUTLINE_IDENTITY)
        .contains("区政府常务会议集体学法");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.html", "report-gbk.htm", "report.pdf", "report.docx", "report.md", "report.doc"})
  void eachKindOfFile_givesTheSameReportAsTheText(String name) throws Exception {
    assumeTrue(Files.exists(folder.resolve(name)), OfficeConversion.MISSING);

    Run text = jar("read", folder.resolve("report.txt").toString());
    Run run = jar("read", folder.resolve(name).toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(text.out());
  }

  @Test
  void aJsonFile_isReadByTheJar() throws Exception {
    Run run = jar("stats", folder.resolve("beijing.json").toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("1 report, 2022");
  }

  @Test
  void aFolderOfThem_isReadWhole() throws Exception {
    long documents;
    try (var files = Files.list(folder)) {
      documents = files.filter(file -> !file.toString().endsWith(".json")).count();
    }

    Run read = jar("read", "--format", "outline", folder.toString());
    Run check = jar("check", folder.toString());

    assertThat(read.err()).isEmpty();
    assertThat(read.status()).isZero();
    assertThat(read.out().split(java.util.regex.Pattern.quote(OUTLINE_IDENTITY), -1)).hasSize((int) documents + 1);
    assertThat(check.err()).isEmpty();
    assertThat(check.out().split("临江区 2021 \\(青石市临江区人民政府\\)", -1)).hasSize((int) documents + 1);
    assertThat(check.out()).contains("北京市 2022");
  }

  @Test
  void aFolderWithNothingReadable_saysSoAndExits2(@TempDir Path empty) throws Exception {
    Files.writeString(empty.resolve("notes.xlsx.tmp"), "x", StandardCharsets.UTF_8);

    Run check = jar("check", empty.toString());
    Run read = jar("read", empty.toString());

    assertThat(check.status()).isEqualTo(2);
    assertThat(check.err()).contains("nothing readable in the folder");
    assertThat(read.status()).isEqualTo(2);
    assertThat(read.err()).contains("nothing readable in the folder");
  }

  @Test
  void aScannedPdf_isReportedAsOne() throws Exception {
    Path scan = work.resolve("scan.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.save(scan.toFile());
    }

    Run run = jar("read", scan.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no text layer: a scanned document").doesNotContain("Exception");
  }
}
