package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats --format xlsx}, read back with POI, over the two district reports of {@link OpenGovStatsTest}
 * (whose sums are worked out there): 新收 12 + 20 = 32 件; 予以公开 among (七)总计 (5 + 9) / (10 + 18) = 14/28;
 * no report states 行政诉讼 (未经复议直接起诉): its correction rate is unknown.
 */
class StatsXlsxTest {
  @TempDir Path temp;
  private Path reports;

  @BeforeEach
  void writeReports() throws Exception {
    reports = Files.createDirectory(temp.resolve("reports"));
    Files.writeString(reports.resolve("jia.json"), OpenGovStatsTest.JIA, StandardCharsets.UTF_8);
    Files.writeString(reports.resolve("yi.json"), OpenGovStatsTest.YI, StandardCharsets.UTF_8);
  }

  private XSSFWorkbook statsWorkbook() throws Exception {
    Path file = temp.resolve("out/stats.xlsx");
    CliRun run = CliRun.run("stats", reports.toString(), "--format", "xlsx", "--out", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("written to " + file);
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void oneSheetPerTable_withAFrozenHeader() throws Exception {
    try (XSSFWorkbook book = statsWorkbook()) {
      List<String> names = new ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("指标合计 totals", "比率指标 ratios", "复议诉讼 reviews", "政府信息公开 open_gov");
      for (Sheet sheet : book) {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("code");
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero(); // bold
      }
    }
  }

  @Test
  void numbersAreNumbers_ratesAreFormulas_unknownsAreEmpty() throws Exception {
    try (XSSFWorkbook book = statsWorkbook()) {
      Sheet sheet = book.getSheet("政府信息公开 open_gov");
      Row received = row(sheet, "open_gov.received");
      assertThat(received.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(received.getCell(3).getNumericCellValue()).isEqualTo(32.0);
      assertThat(received.getCell(4).getStringCellValue()).isEqualTo("件");
      assertThat(received.getCell(9).getNumericCellValue()).isEqualTo(2.0); // stated in both reports

      Row disclosed = row(sheet, "open_gov.disclosed_share");
      assertThat(blank(disclosed.getCell(3))).isTrue(); // a rate has no value of its own
      assertThat(disclosed.getCell(6).getNumericCellValue()).isEqualTo(14.0);
      assertThat(disclosed.getCell(7).getNumericCellValue()).isEqualTo(28.0);
      Cell rate = disclosed.getCell(8);
      assertThat(rate.getCellType()).isEqualTo(CellType.FORMULA);
      int r = disclosed.getRowNum() + 1;
      assertThat(rate.getCellFormula()).isEqualTo("G" + r + "/H" + r);
      assertThat(rate.getNumericCellValue()).isEqualTo(0.5); // the cached value, 14/28
      assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");

      Row unknown = row(sheet, "open_gov.litigation_direct.correction_rate");
      for (int c : new int[] {3, 6, 7, 8}) {
        assertThat(blank(unknown.getCell(c))).as("column %d", c).isTrue();
      }
      assertThat(unknown.getCell(9).getNumericCellValue()).isZero(); // stated in none: 0 reports is a count

      // Widths fitted to the Chinese text: 政府信息公开行政诉讼（未经复议直接起诉）纠错率 is 23 wide characters.
      assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo(2 * 23 * 256);
      assertThat(sheet.getColumnWidth(0)).isLessThan(10 * 256); // "group" and "all"
    }
  }

  @Test
  void theWorkbook_holdsTheSameNumbersAsTheCsv() throws Exception {
    CliRun csv = CliRun.run("stats", reports.toString(), "--format", "csv");
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.out())) {
      it.forEachRemaining(rows::add);
    }
    assertThat(rows).extracting(r -> r.get("section")).containsOnly("open_gov").isNotEmpty();
    try (XSSFWorkbook book = statsWorkbook()) {
      Sheet sheet = book.getSheet("政府信息公开 open_gov");
      assertThat(sheet.getLastRowNum()).isEqualTo(rows.size()); // every CSV row, under one header row
      for (Map<String, String> expected : rows) {
        Row row = row(sheet, expected.get("code"));
        String what = expected.get("code");
        if (expected.get("unit").equals("%")) {
          assertSame(expected.get("numerator"), row.getCell(6), what);
          assertSame(expected.get("denominator"), row.getCell(7), what);
        } else {
          assertSame(expected.get("value"), row.getCell(3), what);
        }
        assertSame(expected.get("stated_in"), row.getCell(9), what);
        assertSame(expected.get("reports"), row.getCell(10), what);
      }
    }
  }

  @Test
  void csv_withBom_startsWithTheByteOrderMark_andXlsxNeedsAFile() {
    assertThat(CliRun.run("stats", reports.toString(), "--format", "csv", "--bom").out()).startsWith("\uFEFFgroup,");
    assertThat(CliRun.run("stats", reports.toString(), "--format", "csv").out()).startsWith("group,");
    CliRun noFile = CliRun.run("stats", reports.toString(), "--format", "xlsx");
    assertThat(noFile.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(noFile.err()).contains("--out FILE.xlsx is required");
  }

  /** A CSV value against a cell: both empty, or the same number. */
  private static void assertSame(String csv, @Nullable Cell cell, String what) {
    if (csv.isEmpty()) {
      assertThat(blank(cell)).as(what).isTrue();
    } else {
      assertThat(cell).as(what).isNotNull();
      assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
      assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(what).isEqualByComparingTo(csv);
    }
  }

  private static boolean blank(@Nullable Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK;
  }

  private static Row row(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
  }
}
