package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.fazhi.documents.testing.PdfDrawing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --threads N} (issue 26): a folder of mixed files — text in UTF-8 and GBK, HTML, PDF, Word, Markdown,
 * JSON, a PDF that cannot be read, a document with no report, a JSON file that is not JSON — gives
 * byte for byte the same standard output, standard error, files and exit status on four threads as on one,
 * for every command that reads folders; and so does a folder of reports in any order of names.
 */
class ParallelReadingTest {
  @TempDir static Path folder;
  @TempDir Path out;

  private static String sample;

  @BeforeAll
  static void writeTheFolder() throws Exception {
    try (InputStream in = ParallelReadingTest.class.getResourceAsStream("sample-report.txt")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String later = sample.replace("2022", "2023").replace("2021", "2022");
    Files.writeString(folder.resolve("a-linjiang-2021.txt"), sample, StandardCharsets.UTF_8);
    Files.write(folder.resolve("b-linjiang-2022-gbk.txt"), later.getBytes(Charset.forName("GBK")));
    Files.writeString(folder.resolve("c-linjiang.html"), page(sample), StandardCharsets.UTF_8);
    Files.write(folder.resolve("d-linjiang.pdf"), pdf(sample));
    Files.write(folder.resolve("e-linjiang.docx"), docx(later));
    Files.writeString(folder.resolve("f-notes.md"), "# 会议纪要\n\n本周召开例会两次。\n", StandardCharsets.UTF_8);
    Files.write(folder.resolve("g-broken.pdf"), "%PDF-1.7 this is not a PDF".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(folder.resolve("h-not.json"), "{ not json", StandardCharsets.UTF_8);
    try (InputStream in = ParallelReadingTest.class.getResourceAsStream(
        "/io/github/fazhi/examples/reports/beijing-2022-rule_of_law.json")) {
      Files.write(folder.resolve("i-beijing.json"), in.readAllBytes());
    }
    Files.createDirectories(folder.resolve("j-more"));
    Files.writeString(folder.resolve("j-more/linjiang.md"), "# " + sample.strip(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"read --format outline", "read", "check", "check --format json", "check --summary", "stats",
      "stats --format json", "compare"})
  void fourThreads_printWhatOneThreadPrints(String command) {
    CliRun one = run(command, "1");
    CliRun four = run(command, "4");

    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.err()).isEqualTo(one.err());
    assertThat(four.status()).isEqualTo(one.status());
  }

  @Test
  void theUnreadableFiles_areOneErrorLineEach_inTheFilesOrder_onFourThreads() {
    CliRun four = run("check", "4");

    assertThat(four.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    List<String> errors = four.err().lines().filter(line -> line.startsWith("fazhi: error:")).toList();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).contains("f-notes.md: no report could be read (");
    assertThat(errors.get(1)).contains("g-broken.pdf: cannot be read (");
    assertThat(errors.get(2)).contains("h-not.json: ");
  }

  @Test
  void readWithOut_andReview_writeTheSameFiles_onFourThreads() throws Exception {
    for (String command : new String[] {"read --out", "read --format outline --out", "review --out"}) {
      Path oneFolder = Files.createDirectories(out.resolve("one-" + command.hashCode()));
      Path fourFolder = Files.createDirectories(out.resolve("four-" + command.hashCode()));
      CliRun one = CliRun.run(args(command + " " + oneFolder + " --threads 1 " + folder));
      CliRun four = CliRun.run(args(command + " " + fourFolder + " --threads 4 " + folder));

      assertThat(four.out().replace(fourFolder.toString(), "OUT")).as(command)
          .isEqualTo(one.out().replace(oneFolder.toString(), "OUT"));
      assertThat(four.err()).as(command).isEqualTo(one.err());
      assertThat(four.status()).as(command).isEqualTo(one.status());
      Map<String, String> written = files(oneFolder);
      assertThat(written).as(command).hasSizeGreaterThan(3);
      assertThat(files(fourFolder)).as(command).isEqualTo(written);
    }
  }

  @Test
  void aChart_isTheSame_onFourThreads() throws Exception {
    CliRun one = CliRun.run(args("chart --by year --out " + out.resolve("one.svg") + " --threads 1 reconsideration.received "
        + folder));
    CliRun four = CliRun.run(args("chart --by year --out " + out.resolve("four.svg") + " --threads 4 reconsideration.received "
        + folder));

    assertThat(four.err()).isEqualTo(one.err());
    assertThat(four.status()).isEqualTo(one.status());
    assertThat(Files.readString(out.resolve("four.svg"))).isEqualTo(Files.readString(out.resolve("one.svg")));
  }

  @Test
  void lessThanOneThread_isAUsageError() {
    CliRun run = CliRun.run("check", "--threads", "0", folder.toString());

    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err()).contains("--threads must be at least 1, not 0");
  }

  @Test
  void theHelpOfEachCommandThatReadsFolders_namesTheOption() {
    for (String command : new String[] {"read", "check", "stats", "chart", "compare", "review"}) {
      assertThat(CliRun.run(command, "--help").out()).as(command).contains("--threads=N", "Read up to N documents at once");
    }
  }

  @Test
  void anyOrderOfNames_printsTheSame_onOneThreadAndOnThree() {
    List<String> texts = List.of(sample, sample.replace("2022", "2023").replace("2021", "2022"), "没有报告的一页。\n",
        sample.replace("临江区", "清溪区"));
    qt().withExamples(12).forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6)).ofSize(texts.size()))
        .checkAssert(names -> {
          try {
            Path random = Files.createTempDirectory(out, "order");
            for (int i = 0; i < texts.size(); i++) {
              // the index keeps names apart; the random prefix decides the folder's order
              Files.writeString(random.resolve(names.get(i) + "-" + i + ".txt"), texts.get(i), StandardCharsets.UTF_8);
            }
            for (String command : new String[] {"check", "read --format outline"}) {
              CliRun one = CliRun.run(args(command + " --threads 1 " + random));
              CliRun three = CliRun.run(args(command + " --threads 3 " + random));
              assertThat(three).as(command).isEqualTo(one);
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  private static CliRun run(String command, String threads) {
    return CliRun.run(args(command + " --threads " + threads + " " + folder));
  }

  private static String[] args(String line) {
    return line.split(" ");
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)
            .replace(root.toString(), "OUT"));
      }
    }
    return files;
  }

  private static String page(String text) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年度报告</title>"
        + "</head><body>");
    text.lines().filter(line -> !line.isBlank()).forEach(line -> html.append("<p>").append(line.strip()).append("</p>"));
    return html.append("</body></html>").toString();
  }

  /** The text as a report PDF: paragraphs hard-wrapped, page numbers at the foot. */
  private static byte[] pdf(String text) throws IOException {
    PdfDrawing pdf = new PdfDrawing().page();
    float y = 72;
    int page = 1;
    for (String line : text.lines().filter(line -> !line.isBlank()).toList()) {
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

  private static byte[] docx(String text) throws IOException {
    try (XWPFDocument docx = new XWPFDocument()) {
      for (String line : text.lines().filter(line -> !line.isBlank()).toList()) {
        docx.createParagraph().createRun().setText(line.strip());
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      docx.write(bytes);
      return bytes.toByteArray();
    }
  }
}
