package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats}, {@code chart}, {@code check}, {@code review} and {@code read} on a folder: every supported
 * file inside is read, not only {@code *.json} (before, a folder of .txt reports gave "0 reports" and exit
 * status 0); a folder with nothing readable is an error line and exit status 2.
 */
class FolderReadingTest {
  @TempDir Path reports;
  @TempDir Path empty;
  @TempDir Path out;

  @BeforeEach
  void writeReports() throws Exception {
    String sample;
    try (InputStream in = getClass().getResourceAsStream("sample-report.txt")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.write(reports.resolve("linjiang-gbk.txt"), sample.getBytes(Charset.forName("GBK")));
    Files.createDirectories(reports.resolve("more"));
    Files.writeString(reports.resolve("more/linjiang.md"), "# " + sample.strip(), StandardCharsets.UTF_8);
    Files.writeString(reports.resolve("notes.log"), "not a report", StandardCharsets.UTF_8);
    Files.writeString(empty.resolve("notes.log"), "not a report", StandardCharsets.UTF_8);
  }

  @Test
  void statsAndCheck_readEveryDocumentInTheFolder() {
    CliRun stats = CliRun.run("stats", reports.toString());
    CliRun check = CliRun.run("check", reports.toString());

    assertThat(stats.err()).isEmpty();
    assertThat(stats.out()).startsWith("2 reports, 2021");
    assertThat(check.out().split("临江区 2021 \\(", -1)).hasSize(3);
  }

  @Test
  void readAndReview_readEveryDocumentInTheFolder() {
    CliRun read = CliRun.run("read", "--format", "outline", reports.toString());
    CliRun review = CliRun.run("review", "--out", out.toString(), reports.toString());

    assertThat(read.err()).isEmpty();
    assertThat(read.status()).isZero();
    assertThat(read.out().split("临江区 \\(青石市\\) · 2021", -1)).hasSize(3);
    assertThat(review.out()).startsWith("2 pages and the index written to");
  }

  @Test
  void aFolderWithNothingReadable_isAnErrorLineAndStatus2() {
    for (String command : new String[] {"stats", "check", "read"}) {
      CliRun run = CliRun.run(command, empty.toString());

      assertThat(run.status()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).contains(empty + ": nothing readable in the folder");
    }
    CliRun chart = CliRun.run("chart", "--out", out.resolve("c.svg").toString(), "open_gov.received", empty.toString());
    assertThat(chart.err()).contains("nothing readable in the folder");
    assertThat(chart.status()).isNotZero();
    CliRun review = CliRun.run("review", "--out", out.toString(), empty.toString());
    assertThat(review.status()).isEqualTo(2);
    assertThat(review.err()).contains("nothing readable in the folder");
  }

  @Test
  void theFolderInTheErrorLine_isQuotedForAShell() throws Exception {
    Path spaced = Files.createDirectories(empty.resolve("no reports"));
    Files.writeString(spaced.resolve("notes.log"), "not a report", StandardCharsets.UTF_8);
    // stats and check stream through ReportLoader.forEach, read lists documents, compare and review load
    for (String[] args : new String[][] {{"stats", spaced.toString()}, {"check", spaced.toString()},
        {"read", spaced.toString()}, {"compare", spaced.toString()},
        {"review", "--out", out.toString(), spaced.toString()}}) {
      CliRun run = CliRun.run(args);

      assertThat(run.err()).as(args[0])
          .contains("fazhi: error: '" + spaced + "': nothing readable in the folder (no .txt, .html, .htm, .pdf");
      assertThat(run.status()).as(args[0]).isNotZero();
    }
  }
}
