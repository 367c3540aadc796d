package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.examples.BundledReports;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format xlsx} and {@code compare --format xlsx}, read back with POI. */
class CheckXlsxTest {
  @TempDir Path temp;

  @Test
  void check_writesTheFindingsAndASummaryWithNumericCounts() throws Exception {
    // The seed with 12 accepted of 11 received: an error the bundled report does not have.
    Path reports = Files.createDirectory(temp.resolve("reports"));
    Path file = reports.resolve("broken.json");
    try (InputStream in = BundledReports.open("qujiang-2019.json")) {
      Files.copy(in, file);
    }
    Files.writeString(file, Files.readString(file).replace("\"accepted\" : 9", "\"accepted\" : 12"));
    Path xlsx = temp.resolve("check.xlsx");
    CliRun run = CliRun.run("check", reports.toString(), "--format", "xlsx", "--out", xlsx.toString(),
        "--min-severity", "error");
    assertThat(run.status()).isEqualTo(FazhiCommand.FINDINGS); // the exit status does not depend on the format
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet findings = book.getSheet(CheckSheets.FINDINGS);
      assertThat(findings.getLastRowNum()).isGreaterThanOrEqualTo(1);
      boolean accepted = false;
      for (Row row : findings) {
        if (row.getRowNum() > 0) {
          assertThat(row.getCell(2).getStringCellValue()).isEqualTo("error"); // --min-severity error
          accepted |= row.getCell(3).getStringCellValue().equals("review.accepted_exceeds_received");
        }
      }
      assertThat(accepted).isTrue();
      Sheet summary = book.getSheet(CheckSheets.SUMMARY);
      Row report = summary.getRow(1);
      assertThat(report.getCell(0).getStringCellValue()).startsWith("曲江区 2019");
      assertThat(report.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(report.getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(1.0);
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void compare_writesNumbersRatesRelationsAndTexts() throws Exception {
    Path old = Path.of(getClass().getResource("/io/github/fazhi/examples/compare/qingxi-sifaju-2022.json").toURI());
    Path now = Path.of(getClass().getResource("/io/github/fazhi/examples/compare/qingxi-sifaju-2023.json").toURI());
    Path xlsx = temp.resolve("compare.xlsx");
    CliRun run = CliRun.run("compare", old.toString(), now.toString(), "--format", "xlsx", "--out", xlsx.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.FINDINGS);
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet numbers = book.getSheetAt(0);
      Row received = null;
      for (Row row : numbers) {
        if (row.getRowNum() > 0 && row.getCell(3).getStringCellValue().equals("applications.cells[new_received][total]")) {
          received = row;
        }
      }
      assertThat(received).isNotNull();
      // 45 → 58: +13, and 同比 as the formula H/F = 13/45.
      assertThat(received.getCell(5).getNumericCellValue()).isEqualTo(45.0);
      assertThat(received.getCell(6).getNumericCellValue()).isEqualTo(58.0);
      assertThat(received.getCell(7).getNumericCellValue()).isEqualTo(13.0);
      int r = received.getRowNum() + 1;
      assertThat(received.getCell(8).getCellFormula()).isEqualTo("H" + r + "/F" + r);
      assertThat(received.getCell(8).getNumericCellValue()).isCloseTo(13.0 / 45.0, org.assertj.core.data.Offset.offset(1e-12));
      Sheet relations = book.getSheetAt(2);
      assertThat(relations.getLastRowNum()).isEqualTo(2); // 自然人 and 总计
      assertThat(relations.getRow(1).getCell(2).getStringCellValue()).isEqualTo("opengov.series.carried_over_mismatch");
      Sheet texts = book.getSheetAt(3);
      Row other = texts.getRow(3); // 总体情况, 存在的主要问题及改进情况, 其他需要报告的事项
      assertThat(other.getCell(1).getStringCellValue()).isEqualTo("其他需要报告的事项");
      assertThat(other.getCell(6).getNumericCellValue()).isEqualTo(1.0);
      assertThat(other.getCell(7).getStringCellValue()).isEqualTo("本年度未收取信息处理费。");
    }
  }
}
