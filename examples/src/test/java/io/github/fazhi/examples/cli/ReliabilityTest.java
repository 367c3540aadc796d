package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.testing.SeedReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * What the command line does when things go wrong (issue #24): exit statuses of their own, the same status
 * and conflict reporting in every format, text safe for a terminal while JSON stays exact, reports read and
 * printed one at a time, a UTF-8 byte order mark read, {@code --out} through {@code ..}.
 */
class ReliabilityTest {
  @TempDir Path temp;

  private static String sample() throws Exception {
    try (InputStream in = ReliabilityTest.class.getResourceAsStream("sample-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final Throwable thrown;

    Boom(Throwable thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() throws Exception {
      if (thrown instanceof Error error) {
        throw error;
      }
      throw (Exception) thrown;
    }
  }

  @Test
  void outOfMemory_isOneLine_andStatus4() {
    CliRun run = CliRun.run(cli -> cli.addSubcommand(new Boom(new OutOfMemoryError("Java heap space"))), "boom");
    assertThat(run.status()).isEqualTo(FazhiCommand.OUT_OF_MEMORY).isEqualTo(4);
    assertThat(run.err().lines()).containsExactly(
        "fazhi: error: out of memory (give Java more with -Xmx, or read fewer files at once)");
  }

  @Test
  void anInternalError_isOneLine_andStatus5_notTheStatusOfAnErrorFinding() {
    CliRun npe = CliRun.run(cli -> cli.addSubcommand(new Boom(new NullPointerException("x is null"))), "boom");
    assertThat(npe.status()).isEqualTo(FazhiCommand.INTERNAL_ERROR).isEqualTo(5);
    assertThat(npe.err().lines()).containsExactly("fazhi: internal error: java.lang.NullPointerException: x is null");
    CliRun missing = CliRun.run(cli -> cli.addSubcommand(new Boom(new NoClassDefFoundError("org/apache/poi/X"))),
        "boom");
    assertThat(missing.status()).isEqualTo(5);
    assertThat(missing.err().lines()).singleElement().asString().contains("NoClassDefFoundError");
  }

  @Test
  void help_listsEveryExitStatus() {
    assertThat(CliRun.run("--help").out())
        .containsPattern("\\n  1 +check found an ERROR; compare found a broken relation; chart had\\s+nothing to draw")
        .containsPattern("\\n  2 +usage error, or a file that is not a valid report")
        .containsPattern("\\n  3 +an output file could not be written")
        .containsPattern("\\n  4 +out of memory").containsPattern("\\n  5 +internal error")
        .containsPattern("\\n  130/143 +stopped by Ctrl-C or kill");
  }

  @Test
  void noReport_isStatus2_inTheOutlineToo() throws Exception {
    Path empty = Files.writeString(temp.resolve("empty.txt"), "没有标题也没有年份的一段文字。");
    CliRun json = CliRun.run("read", empty.toString());
    CliRun outline = CliRun.run("read", "--format", "outline", empty.toString());
    assertThat(json.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(outline.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(outline.out()).contains("(no report)");
    assertThat(outline.err()).isEqualTo(json.err()).startsWith("fazhi: error: " + empty + ": no report could be read");
  }

  @Test
  void aConflictingHint_isReportedInEveryFormat() throws Exception {
    Path file = Files.writeString(temp.resolve("linjiang.txt"), sample());
    String line = "fazhi: warning: " + file + ": conflict: year: the text says 2021, the hint says 2020";
    CliRun json = CliRun.run("read", "--year", "2020", file.toString());
    CliRun outline = CliRun.run("read", "--year", "2020", "--format", "outline", file.toString());
    assertThat(json.status()).isZero();
    assertThat(outline.status()).isZero();
    assertThat(json.err().lines()).containsExactly(line);
    assertThat(outline.err().lines()).containsExactly(line);
    assertThat(outline.out()).contains("conflict: year: the text says 2021, the hint says 2020");
  }

  @Test
  void jsonWithAByteOrderMark_isRead() throws Exception {
    byte[] json = FazhiJson.writer().writeValueAsBytes(SeedReport.report());
    byte[] marked = new byte[json.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(json, 0, marked, 3, json.length);
    Path file = Files.write(temp.resolve("marked.json"), marked);
    for (String command : new String[] {"check", "stats", "review"}) {
      CliRun run = command.equals("review")
          ? CliRun.run(command, file.toString(), "--out", temp.resolve("review").toString())
          : CliRun.run(command, file.toString());
      assertThat(run.err()).as(command).isEmpty();
      assertThat(run.status()).as(command).isIn(0, 1);
    }
  }

  @Test
  void controlCharacters_areEscapedForTheTerminal_butTheJsonIsExact() throws Exception {
    String issuer = "甲区人民政府\u001b[2J\u202E";
    String report = SmallReports.json("甲区", "24").replace("\"甲区人民政府\"", "\"甲区人民政府\\u001b[2J\\u202E\"");
    Path file = Files.writeString(temp.resolve("a.json"), report);
    CliRun table = CliRun.run("check", file.toString());
    assertThat(table.out()).doesNotContain("\u001b").doesNotContain("\u202E").contains("甲区人民政府\\x1b[2J\\u202e");
    CliRun summary = CliRun.run("check", "--summary", file.toString());
    assertThat(summary.out()).doesNotContain("\u001b").contains("\\x1b[2J");
    CliRun json = CliRun.run("check", "--format", "json", file.toString());
    JsonNode findings = new ObjectMapper().readTree(json.out());
    assertThat(findings.get(0).get("report").asText()).isEqualTo("甲区 2020 (" + issuer + ")");
  }

  @Test
  void aNewlineInAFileName_cannotForgeASecondLine() throws Exception {
    Path forged = Files.writeString(temp.resolve("a\nfazhi: error: forged.json"), "not json");
    CliRun run = CliRun.run("check", forged.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("fazhi: error: '" + temp + "/a'$'\\n''fazhi: error: forged.json': report 0: ");
  }

  @Test
  void check_printsReportByReport_soABadReportLaterInAFileKeepsTheOnesBefore() throws Exception {
    Path file = Files.writeString(temp.resolve("two.json"),
        SmallReports.json("甲区", "24") + "\n" + SmallReports.json("乙区", "-1") + "\n");
    CliRun run = CliRun.run("check", "--format", "json", file.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    JsonNode groups = new ObjectMapper().readTree(run.out());
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).get("report").asText()).isEqualTo("甲区 2020 (甲区人民政府)");
    assertThat(groups.get(1).get("report").asText()).isEqualTo(CheckCommand.ACROSS);
    assertThat(run.err()).startsWith("fazhi: error: " + file + ": report 1: ");
  }

  @Test
  void outThroughAMissingFolderAndDotDot_createsOnlyTheFolderNamed() throws Exception {
    Path input = Files.writeString(temp.resolve("linjiang.txt"), sample());
    CliRun run = CliRun.run("read", input.toString(), "--out", temp.resolve("missing/../out").toString());
    assertThat(run.status()).isZero();
    assertThat(temp.resolve("missing")).doesNotExist();
    assertThat(temp.resolve("out/linjiang.json")).isRegularFile();
  }

  @Test
  void outUnderAFile_failsCleanly_creatingNothing() throws Exception {
    Path input = Files.writeString(temp.resolve("linjiang.txt"), sample());
    Path file = Files.writeString(temp.resolve("file.txt"), "x");
    CliRun run = CliRun.run("read", input.toString(), "--out", file.resolve("sub/deeper").toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
    assertThat(run.err().lines()).singleElement().asString().startsWith("fazhi: error: " + file.resolve("sub/deeper")
        + ": cannot be written: ");
    assertThat(Files.readString(file)).isEqualTo("x");
    CliRun review = CliRun.run("review", "--out", temp.resolve("a/b/../c").toString());
    assertThat(review.status()).isZero();
    assertThat(temp.resolve("a")).isDirectory();
    assertThat(temp.resolve("a/b")).doesNotExist();
    assertThat(temp.resolve("a/c/index.html")).isRegularFile();
  }

  @Test
  void aFileThatMayNotBeRead_saysPermissionDenied() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may read every file, so nothing is denied");
    Path locked = Files.writeString(temp.resolve("locked.txt"), sample());
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    CliRun run = CliRun.run("read", locked.toString());
    assertThat(run.err()).isEqualTo("fazhi: error: " + locked + ": cannot be read (permission denied)"
        + System.lineSeparator());
  }
}
