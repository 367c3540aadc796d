package io.github.fazhi.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.examples.files.AtomicFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An Excel workbook ({@code .xlsx}, through Apache POI) of plain tables, one sheet per table, for people who
 * hand results on in a spreadsheet: a bold header row frozen in place, numbers as numeric cells, an unknown
 * number as an empty cell (never 0), a rate as a formula over its numerator and denominator cells beside it
 * (shown as a percentage), and column widths fitted to the text, a CJK character counting as two.
 *
 * <p>Numbers are written as Excel stores them, IEEE doubles: exact for counts below 2<sup>53</sup>; amounts with
 * decimals as close as a double gets. The exact values are in the CSV and JSON outputs.
 */
final class Spreadsheet {
  /** Excel's widest column, in characters. */
  private static final int MAX_WIDTH = 80;

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle percent;
  private final CellStyle wrap;
  private final List<Table> tables = new ArrayList<>();

  Spreadsheet() {
    header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
  }

  /**
   * Adds a sheet with a header row.
   *
   * @param name  the sheet's name; characters Excel refuses ({@code []:*?/\}) are replaced, and it is cut to 31
   * @param headings  the column headings
   * @return the table, to add rows to
   */
  Table table(String name, String... headings) {
    Table table = new Table(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)), headings.length);
    Row row = table.sheet.createRow(0);
    for (int c = 0; c < headings.length; c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headings[c]);
      cell.setCellStyle(header);
      table.measure(c, headings[c]);
    }
    table.sheet.createFreezePane(0, 1);
    tables.add(table);
    return table;
  }

  /** One sheet: rows are added in order, cells left to right. */
  final class Table {
    private final Sheet sheet;
    private final int[] widths;
    private @Nullable Row row;
    private int next;

    private Table(Sheet sheet, int columns) {
      this.sheet = sheet;
      this.widths = new int[columns];
    }

    /** Starts a new row. */
    Table row() {
      row = sheet.createRow(sheet.getLastRowNum() + 1);
      next = 0;
      return this;
    }

    /** A text cell; an empty text leaves the cell empty. */
    Table text(String text) {
      int c = next++;
      if (!text.isEmpty()) {
        current().createCell(c).setCellValue(text);
        measure(c, text);
      }
      return this;
    }

    /** A long text, wrapped inside its cell. */
    Table longText(String text) {
      int c = next;
      text(text);
      Cell cell = current().getCell(c);
      if (cell != null) {
        cell.setCellStyle(wrap);
      }
      return this;
    }

    /** A numeric cell, or an empty one when unknown. */
    Table number(Optional<BigDecimal> value) {
      int c = next++;
      value.ifPresent(v -> {
        current().createCell(c).setCellValue(v.doubleValue());
        measure(c, v.toPlainString());
      });
      return this;
    }

    /** A numeric cell, or an empty one when unknown. */
    Table number(OptionalLong value) {
      return number(value.isPresent() ? Optional.of(BigDecimal.valueOf(value.getAsLong())) : Optional.empty());
    }

    /** A numeric cell. */
    Table number(long value) {
      return number(Optional.of(BigDecimal.valueOf(value)));
    }

    /**
     * A percentage: the formula {@code numerator ÷ denominator} over two cells of this row, shown as
     * {@code 0.0%}; empty when either is unknown or the denominator is 0.
     *
     * @param numerator  the numerator's column, from 0
     * @param denominator  the denominator's column, from 0
     * @param known  whether both are known and the denominator is not 0
     */
    Table ratio(int numerator, int denominator, boolean known) {
      int c = next++;
      if (known) {
        int r = current().getRowNum() + 1;
        Cell cell = current().createCell(c);
        cell.setCellFormula(CellReference.convertNumToColString(numerator) + r + "/"
            + CellReference.convertNumToColString(denominator) + r);
        cell.setCellStyle(percent);
        measure(c, "100.0%");
      }
      return this;
    }

    private Row current() {
      return requireNonNull(row, "row() first");
    }

    private void measure(int column, String text) {
      if (column < widths.length) {
        int width = text.lines().mapToInt(DisplayWidth::of).max().orElse(0);
        widths[column] = Math.max(widths[column], width);
      }
    }

    private void fit() {
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
      }
    }
  }

  /**
   * Writes the workbook, its formulas evaluated so that a reader without Excel sees their values, through
   * {@link AtomicFiles}: whole or not at all, an existing file never left half-replaced. The workbook is
   * closed afterwards, written or not.
   *
   * @param file  the {@code .xlsx} file to write; its folder is created if needed ({@link AtomicFiles#folder})
   * @throws IOException if it cannot be written: an {@link io.github.fazhi.examples.files.OutputException}
   *     naming it
   */
  void write(Path file) throws IOException {
    try (XSSFWorkbook book = workbook) {
      tables.forEach(Table::fit);
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Path parent = file.toAbsolutePath().normalize().getParent();
      if (parent != null) {
        AtomicFiles.folder(parent);
      }
      AtomicFiles.write(file, out -> {
        Remembering stream = new Remembering(out);
        try {
          book.write(stream);
        } catch (IOException | RuntimeException e) {
          IOException failure = stream.failure;
          if (failure == null) {
            throw e;
          }
          failure.addSuppressed(e);
          throw failure; // POI's "Failed to save: content types part" drops the disk's own error
        }
      });
    }
  }

  /** Passes bytes on, remembering the first error of the stream beneath, which POI may not keep as a cause. */
  private static final class Remembering extends FilterOutputStream {
    private @Nullable IOException failure;

    Remembering(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void close() {
      // AtomicFiles closes the file
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
