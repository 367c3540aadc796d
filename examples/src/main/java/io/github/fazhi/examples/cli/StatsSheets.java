package io.github.fazhi.examples.cli;

import io.github.fazhi.Rate;
import io.github.fazhi.Total;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code stats --format xlsx}: the rows of the statistics in an Excel workbook, one sheet per table of the text
 * output — catalogue totals, ratio indicators, review counts and rates, 政府信息公开 tables — each with the
 * CSV's columns ({@link StatsCommand#CSV_COLUMNS}) but one: a rate is its {@code numerator} and
 * {@code denominator} cells with a {@code rate} formula dividing them beside them (shown as a percentage), and
 * its {@code value} cell is empty. An unknown number is an empty cell.
 */
final class StatsSheets {
  /** The sheets, in the order of the text output. */
  static final Map<StatsCommand.Section, String> SHEETS = sheets();

  /** The columns of every sheet. */
  static final List<String> COLUMNS = List.of("group", "code", "indicator", "value", "unit", "qualifier",
      "numerator", "denominator", "rate", "stated_in", "reports", "margin");

  private StatsSheets() {}

  private static Map<StatsCommand.Section, String> sheets() {
    Map<StatsCommand.Section, String> sheets = new EnumMap<>(StatsCommand.Section.class);
    sheets.put(StatsCommand.Section.TOTAL, "指标合计 totals");
    sheets.put(StatsCommand.Section.RATIO, "比率指标 ratios");
    sheets.put(StatsCommand.Section.REVIEW, "复议诉讼 reviews");
    sheets.put(StatsCommand.Section.OPEN_GOV, "政府信息公开 open_gov");
    return sheets;
  }

  /**
   * Writes the rows to a workbook.
   *
   * @param rows  the rows of the statistics
   * @param file  the {@code .xlsx} file
   * @throws IOException if it cannot be written
   */
  static void write(List<StatsCommand.Row> rows, Path file) throws IOException {
    Spreadsheet book = new Spreadsheet();
    Map<StatsCommand.Section, Spreadsheet.Table> tables = new EnumMap<>(StatsCommand.Section.class);
    SHEETS.forEach((section, name) -> tables.put(section, book.table(name, COLUMNS.toArray(new String[0]))));
    for (StatsCommand.Row row : rows) {
      Spreadsheet.Table table = Objects.requireNonNull(tables.get(row.section()));
      table.row().text(row.group()).text(row.code()).text(row.indicator());
      Total total = row.total();
      if (total != null) {
        table.number(total.sum()).text(total.unit().map(u -> u.written()).orElse(""))
            .text(total.qualifier().map(q -> q.name().toLowerCase(Locale.ROOT)).orElse("unbounded"))
            .text("").text("").text("");
      } else {
        Optional<Rate> rate = row.rate();
        table.text("").text("%").text(rate.isPresent() ? "exact" : "")
            .number(rate.map(r -> BigDecimal.valueOf(r.numerator())))
            .number(rate.map(r -> BigDecimal.valueOf(r.denominator())))
            .ratio(6, 7, rate.isPresent());
      }
      table.number(row.statedIn()).number(row.reports())
          .number(total != null && total.margin().signum() != 0 ? Optional.of(total.margin()) : Optional.empty());
    }
    book.write(file);
  }
}
