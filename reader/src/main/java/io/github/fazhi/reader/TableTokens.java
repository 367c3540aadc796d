package io.github.fazhi.reader;

import io.github.fazhi.documents.Cell;
import io.github.fazhi.documents.Row;
import io.github.fazhi.documents.Table;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.reader.OpenGovInfoTableReader.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The cells of a document's real table (表格) as the table reader's tokens, each with its span in the
 * document's text. A row of Table B (申请情况表) is given as its labels and then exactly one token per applicant
 * column, taken from the grid column of that applicant: so a vertically merged group label (三、本年度办理结果
 * over twenty-two rows), a label merged over two columns or a converter's empty cell beside it shifts no
 * number. Every other row is given as printed: the cells that start in it, in column order.
 *
 * <p>The applicant columns are found by the header's cells (自然人 … 总计, one grid column each, in order), or,
 * when the header does not name them (a Markdown conversion), as the grid columns right of the row labels
 * that hold a count in some row, when there are exactly seven. Otherwise, or when a value cell is merged
 * over several rows or applicant columns, nothing is guessed: the rows are given as printed (and placed by
 * {@link RowAlignment} only when one alignment fits), or the merged cell is unread with its reason.
 *
 * <p>Stateless and thread-safe.
 */
final class TableTokens {
  private static final Pattern COUNT_OR_UNKNOWN = Pattern.compile("\\d+|/|-|--");
  private static final int COLUMNS = ApplicantColumn.values().length;

  private TableTokens() {}

  /**
   * Returns the table's cells as tokens, row after row.
   *
   * @param table  the table
   * @param notes  receives one line per cell that cannot be placed, with the reason
   * @return the tokens, never null
   */
  static List<Token> of(Table table, List<String> notes) {
    List<Token> tokens = new ArrayList<>();
    int firstLabelled = -1;
    for (int r = 0; r < table.rows().size() && firstLabelled < 0; r++) {
      if (labelEnd(table.rows().get(r)) >= 0) {
        firstLabelled = r;
      }
    }
    Optional<List<Integer>> columns = firstLabelled < 0 ? Optional.empty()
        : headerColumns(table, firstLabelled).or(() -> countColumns(table));
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      if (columns.isPresent() && labelEnd(row) >= 0 && labelEnd(row) <= columns.get().get(0)) {
        applicationRow(table, r, columns.get(), tokens, notes);
      } else {
        for (Cell cell : sorted(row)) {
          tokens.add(token(cell));
        }
      }
    }
    return tokens;
  }

  /** A row of Table B: its non-blank cells left of the first applicant column, then one token a column. */
  private static void applicationRow(Table table, int r, List<Integer> columns, List<Token> tokens,
      List<String> notes) {
    Row row = table.rows().get(r);
    int position = row.span().start();
    String label = "?";
    for (Cell cell : sorted(row)) {
      if (cell.column() < columns.get(0) && !cell.text().isBlank()) {
        tokens.add(token(cell));
        position = cell.span().end();
        label = OpenGovInfoTableReader.applicationRow(cell.text()).map(ApplicationRow::fullLabel).orElse(label);
      }
    }
    List<Cell> offTheColumns = new ArrayList<>();
    List<Cell> printed = new ArrayList<>();
    for (Cell cell : sorted(row)) {
      if (cell.column() >= columns.get(0) && !cell.text().isBlank()) {
        printed.add(cell);
        if (!columns.contains(cell.column())) {
          offTheColumns.add(cell);
        }
      }
    }
    if (!offTheColumns.isEmpty()) {
      shiftedRow(label, position, printed, offTheColumns, tokens, notes);
      return;
    }
    int i = 0;
    for (ApplicantColumn applicant : ApplicantColumn.values()) {
      int column = columns.get(i++);
      Optional<Cell> covering = table.cellAt(r, column);
      Token token = new Token("", position, position);
      if (covering.isPresent() && covering.get().column() >= columns.get(0)) {
        Cell cell = covering.get();
        boolean mergedOver = cell.rowSpan() > 1 || spannedColumns(cell, columns) > 1;
        if (!mergedOver && cell.row() == r) {
          token = token(cell);
        } else if (mergedOver && !OpenGovInfoTableReader.isUnknown(OpenGovInfoTableReader.normalize(cell.text()))
            && cell.row() == r && cell.column() == column) {
          notes.add("Table B row " + label + ": cell " + applicant.label() + " \"" + cell.text()
              + "\" is merged over " + cell.rowSpan() + " row(s) and " + spannedColumns(cell, columns)
              + " column(s), so it belongs to no one cell");
        }
      }
      tokens.add(token);
      position = token.end();
    }
  }

  /**
   * A row whose cells do not stand in the table's columns (a PDF turned into Markdown shifts a row one
   * column when a merged cell is lost): its cells are the row's, in order, when it prints exactly one a
   * column and each is its own; otherwise it is left unread, for no column tells which cell is which.
   */
  private static void shiftedRow(String label, int position, List<Cell> printed, List<Cell> offTheColumns,
      List<Token> tokens, List<String> notes) {
    boolean oneEach = printed.size() == COLUMNS
        && printed.stream().allMatch(cell -> cell.rowSpan() == 1 && cell.columnSpan() == 1);
    if (oneEach) {
      for (Cell cell : printed) {
        tokens.add(token(cell));
      }
      return;
    }
    notes.add("Table B row " + label + ": " + printed.size() + " cells, \"" + offTheColumns.get(0).text()
        + "\" in a column no applicant heads, so none is placed");
    for (int i = 0; i < COLUMNS; i++) {
      tokens.add(new Token("", position, position));
    }
  }

  private static int spannedColumns(Cell cell, List<Integer> columns) {
    int count = 0;
    for (int column : columns) {
      if (cell.column() <= column && column < cell.column() + cell.columnSpan()) {
        count++;
      }
    }
    return count;
  }

  /** Where a row's Table B label ends (the grid column after its last label cell), or -1 when it has none. */
  private static int labelEnd(Row row) {
    int end = -1;
    for (Cell cell : row.cells()) {
      if (OpenGovInfoTableReader.applicationRow(cell.text()).isPresent()) {
        end = Math.max(end, cell.column() + cell.columnSpan());
      }
    }
    return end;
  }

  /** The grid columns of 自然人 … 总计 named by one-column header cells above the first labelled row. */
  private static Optional<List<Integer>> headerColumns(Table table, int firstLabelled) {
    Map<ApplicantColumn, Integer> found = new EnumMap<>(ApplicantColumn.class);
    for (int r = 0; r < firstLabelled; r++) {
      for (Cell cell : table.rows().get(r).cells()) {
        String text = OpenGovInfoTableReader.normalize(cell.text());
        for (ApplicantColumn column : ApplicantColumn.values()) {
          if (cell.columnSpan() == 1 && text.equals(column.label())) {
            found.putIfAbsent(column, cell.column());
          }
        }
      }
    }
    List<Integer> columns = new ArrayList<>();
    for (ApplicantColumn applicant : ApplicantColumn.values()) {
      Integer column = found.get(applicant);
      if (column == null || (!columns.isEmpty() && column <= columns.get(columns.size() - 1))) {
        return Optional.empty();
      }
      columns.add(column);
    }
    return Optional.of(List.copyOf(columns));
  }

  /**
   * The grid columns right of the row labels that hold a count (or a printed unknown) in some Table B row,
   * when there are exactly as many as applicant columns.
   */
  private static Optional<List<Integer>> countColumns(Table table) {
    TreeSet<Integer> columns = new TreeSet<>();
    for (Row row : table.rows()) {
      int end = labelEnd(row);
      if (end < 0) {
        continue;
      }
      for (Cell cell : row.cells()) {
        if (cell.column() >= end && cell.columnSpan() == 1
            && COUNT_OR_UNKNOWN.matcher(OpenGovInfoTableReader.normalize(cell.text())).matches()) {
          columns.add(cell.column());
        }
      }
    }
    return columns.size() == COLUMNS ? Optional.of(List.copyOf(columns)) : Optional.empty();
  }

  private static List<Cell> sorted(Row row) {
    List<Cell> cells = new ArrayList<>(row.cells());
    cells.sort(Comparator.comparingInt(Cell::column));
    return cells;
  }

  private static Token token(Cell cell) {
    return new Token(cell.text(), cell.span().start(), cell.span().end());
  }
}
