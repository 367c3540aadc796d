package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What #27's outputs ({@code compare}, {@code --format xlsx}, the review's comparison pages) keep of #24's
 * promises: every file written whole or not at all with exit status 3 and a line naming it, error lines safe
 * for a terminal, and {@code check --format xlsx} streaming like the other formats (a file that cannot be
 * read is named, the others still make the workbook).
 */
class CompareReliabilityTest {
  @TempDir Path temp;

  private static Path fixture(String year) throws Exception {
    return Path.of(CompareReliabilityTest.class.getResource("/io/github/fazhi/examples/compare/qingxi-sifaju-"
        + year + ".json").toURI());
  }

  private static List<Path> files(Path folder) throws Exception {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void compareJson_onAFullDisk_keepsTheOldFileWhole_andNamesIt() throws Exception {
    Path mount = Files.createDirectory(temp.resolve("disk"));
    try (SmallDisk disk = SmallDisk.mount(mount, "256k")) {
      Path old = Files.writeString(mount.resolve("compare.json"), "{\"old\":true}");
      disk.fill();
      CliRun run = CliRun.run("compare", fixture("2022").toString(), fixture("2023").toString(), "--format", "json",
          "--out", mount.toString());
      assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
      assertThat(run.err()).isEqualTo("fazhi: error: " + old + ": cannot be written: no space left on device"
          + System.lineSeparator());
      assertThat(Files.readString(old)).isEqualTo("{\"old\":true}");
      assertThat(files(mount)).containsExactly(old, mount.resolve("filler"));
    }
  }

  @Test
  void compareHtml_onAFullDisk_saysHowFarItGot_andLeavesNoPartOfAPage() throws Exception {
    Path mount = Files.createDirectory(temp.resolve("disk"));
    try (SmallDisk disk = SmallDisk.mount(mount, "256k")) {
      Path out = Files.createDirectory(mount.resolve("pages"));
      disk.fill();
      CliRun run = CliRun.run("compare", fixture("2022").getParent().toString(), "--format", "html", "--out",
          out.toString());
      assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
      // three years of one body: two pairs, the first page already refused
      assertThat(run.err()).isEqualTo("fazhi: error: compare interrupted: 0 of 2 pages written to " + out + ": "
          + out.resolve("qingxi-sifaju-2022_2023.html") + ": cannot be written: no space left on device"
          + System.lineSeparator());
      assertThat(files(out)).isEmpty();
    }
  }

  @Test
  void statsXlsx_onAFullDisk_keepsTheOldWorkbookWhole() throws Exception {
    Path mount = Files.createDirectory(temp.resolve("disk"));
    try (SmallDisk disk = SmallDisk.mount(mount, "256k")) {
      Path old = Files.writeString(mount.resolve("stats.xlsx"), "last week's workbook");
      disk.fill();
      CliRun run = CliRun.run("stats", "--format", "xlsx", "--out", old.toString());
      assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
      assertThat(run.err()).isEqualTo("fazhi: error: " + old + ": cannot be written: no space left on device"
          + System.lineSeparator());
      assertThat(Files.readString(old)).isEqualTo("last week's workbook");
      assertThat(files(mount)).containsExactly(mount.resolve("filler"), old);
    }
  }

  @Test
  void reviewWithComparisons_onAFullDisk_countsTheComparisonPagesToo() throws Exception {
    Path mount = Files.createDirectory(temp.resolve("disk"));
    try (SmallDisk disk = SmallDisk.mount(mount, "256k")) {
      Path out = Files.createDirectory(mount.resolve("review"));
      disk.fill();
      CliRun run = CliRun.run("review", fixture("2022").toString(), fixture("2023").toString(),
          fixture("2024").toString(), "--out", out.toString());
      assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
      // 3 report pages + 2 comparison pages + the index
      assertThat(run.err()).startsWith("fazhi: error: review interrupted: 0 of 6 files written to " + out
          + ", no index.html: ");
      assertThat(files(out)).isEmpty();
    }
  }

  @Test
  void reviewWithComparisons_writesThemAtomically_andTheIndexLinksThem() throws Exception {
    Path out = temp.resolve("review");
    CliRun run = CliRun.run("review", fixture("2022").toString(), fixture("2023").toString(),
        fixture("2024").toString(), "--out", out.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.OK);
    assertThat(run.out()).startsWith("3 pages, 2 year-on-year comparisons and the index written to " + out);
    assertThat(files(out)).extracting(path -> path.getFileName().toString()).containsExactly("index.html",
        "qingxi-sifaju-2022.html", "qingxi-sifaju-2022_2023.html", "qingxi-sifaju-2023.html",
        "qingxi-sifaju-2023_2024.html", "qingxi-sifaju-2024.html"); // and no .part file left
    assertThat(Files.readString(out.resolve("index.html"))).contains("qingxi-sifaju-2022_2023.html")
        .contains("qingxi-sifaju-2023_2024.html");
  }

  @Test
  void compareRefusal_withAnEscapeInTheIssuer_cannotRecolourTheTerminal() throws Exception {
    Path newer = Files.writeString(temp.resolve("other.json"), Files.readString(fixture("2023"))
        .replace("\"issuer\": \"清溪县司法局\"", "\"issuer\": \"清溪县\\u001b[31m档案局\""));
    CliRun run = CliRun.run("compare", fixture("2022").toString(), newer.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err()).startsWith("fazhi: error: cannot compare 清溪县 2022 (清溪县司法局) with 清溪县 2023 "
        + "(清溪县\\x1b[31m档案局)").doesNotContain("\u001b");
  }

  @Test
  void compareTable_withAnEscapeInAText_isSafeForTheTerminal_butTheJsonIsExact() throws Exception {
    Path older = Files.writeString(temp.resolve("a.json"), Files.readString(fixture("2022"))
        .replace("本年度未收取信息处理费。", "本年度未收取\\u001b]0;owned\\u0007信息处理费。"));
    Path newer = Files.writeString(temp.resolve("b.json"), Files.readString(fixture("2023"))
        .replace("本年度未收取信息处理费。", "本年度未收取\\u001b]0;owned\\u0007信息处理费。"));
    CliRun table = CliRun.run("compare", older.toString(), newer.toString());
    assertThat(table.out()).contains("= 本年度未收取\\x1b]0;owned\\x07信息处理费。").doesNotContain("\u001b");
    CliRun json = CliRun.run("compare", older.toString(), newer.toString(), "--format", "json");
    assertThat(json.out()).contains("本年度未收取\\u001B]0;owned\\u0007信息处理费。");
  }

  @Test
  void checkXlsx_streams_aBadFileIsNamed_andTheOthersMakeTheWorkbook() throws Exception {
    Path reports = Files.createDirectory(temp.resolve("reports"));
    Files.copy(fixture("2023"), reports.resolve("a.json"));
    Path bad = Files.writeString(reports.resolve("b.json"), "{\"kind\": ");
    Path xlsx = temp.resolve("out/../check.xlsx");
    CliRun run = CliRun.run("check", reports.toString(), "--format", "xlsx", "--out", xlsx.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err()).startsWith("fazhi: error: " + bad);
    assertThat(run.out()).isEqualTo("findings written to " + xlsx + System.lineSeparator());
    assertThat(temp.resolve("out")).doesNotExist(); // out/.. is temp itself: nothing else is made
    try (InputStream in = Files.newInputStream(temp.resolve("check.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet summary = book.getSheet(CheckSheets.SUMMARY);
      assertThat(summary.getLastRowNum()).isEqualTo(1); // the one report read; the across-reports row has nothing
      assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("清溪县 2023 (清溪县司法局)");
      assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(reports.resolve("a.json").toString());
    }
    assertThat(files(temp)).noneMatch(path -> path.getFileName().toString().endsWith(".part"));
  }
}
