package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A table (表格) as printed: rows of cells on a grid, merged cells with their row and column spans. In the
 * document's text each row is one line, its cells (those starting in that row) parted by a tab, so a
 * reader of plain text sees the same rows.
 *
 * <p>Where a format gives no grid (a PDF's cells laid out in columns, a Markdown table), each row's cells
 * sit in columns 0, 1, 2… as printed: nothing is shifted or guessed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rows  the rows, top to bottom, not null
 * @param span  from the first row's line to the last's, not null
 */
public record Table(List<Row> rows, TextSpan span) implements Block {
  /**
   * Copies the rows.
   *
   * @param rows  see the record's description
   * @param span  see the record's description
   */
  public Table {
    rows = List.copyOf(requireNonNull(rows, "rows"));
    requireNonNull(span, "span");
  }

  /**
   * Returns the number of grid columns: the furthest column any cell reaches.
   *
   * @return at least 0
   */
  public int columnCount() {
    int columns = 0;
    for (Row row : rows) {
      for (Cell cell : row.cells()) {
        columns = Math.max(columns, cell.column() + cell.columnSpan());
      }
    }
    return columns;
  }

  /**
   * Returns the cell covering a grid slot, whether it starts there or is merged over it from above or the
   * left.
   *
   * @param row  the slot's row, from 0
   * @param column  the slot's column, from 0
   * @return the cell, or empty when no cell covers the slot (a short row)
   */
  public Optional<Cell> cellAt(int row, int column) {
    for (int r = Math.min(row, rows.size() - 1); r >= 0; r--) {
      for (Cell cell : rows.get(r).cells()) {
        if (cell.covers(row, column)) {
          return Optional.of(cell);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the texts of one grid row, a merged cell's text in every slot it covers; a slot no cell covers
   * is an empty string.
   *
   * @param row  the row, from 0 to {@code rows().size() - 1}
   * @return one text per grid column, never null
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public List<String> gridRow(int row) {
    if (row < 0 || row >= rows.size()) {
      throw new IndexOutOfBoundsException("row " + row + " of a table of " + rows.size() + " rows");
    }
    int columns = columnCount();
    String[] texts = new String[columns];
    for (int column = 0; column < columns; column++) {
      texts[column] = cellAt(row, column).map(Cell::text).orElse("");
    }
    return List.of(texts);
  }
}
