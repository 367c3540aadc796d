package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

/**
 * One cell of a table (单元格) as printed: its text, the grid slot of its top-left corner and how many rows
 * and columns it covers. A merged cell (HTML's row and column spans, Word {@code vMerge}/
 * {@code gridSpan}) is one cell with spans above 1; the slots it covers hold no other cell.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text  the cell's text on one line (line breaks and tabs inside the cell become spaces), not null;
 *     equal to the document's text at {@code span}
 * @param row  the row of its top-left slot, from 0
 * @param column  the column of its top-left slot, from 0
 * @param rowSpan  the rows it covers, at least 1
 * @param columnSpan  the columns it covers, at least 1
 * @param span  where the cell's text is in the document's text (empty for an empty cell), not null
 */
public record Cell(String text, int row, int column, int rowSpan, int columnSpan, TextSpan span) {
  /**
   * Checks the cell.
   *
   * @param text  see the record's description
   * @param row  see the record's description
   * @param column  see the record's description
   * @param rowSpan  see the record's description
   * @param columnSpan  see the record's description
   * @param span  see the record's description
   * @throws IllegalArgumentException if a position is negative, a span is below 1, the text holds a line
   *     break or tab, or its length is not the span's
   */
  public Cell {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
      throw new IllegalArgumentException("cell at row " + row + ", column " + column + " spanning " + rowSpan
          + "x" + columnSpan + ": positions must be >= 0 and spans >= 1");
    }
    if (text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0) {
      throw new IllegalArgumentException("cell text must be one line without tabs: " + text);
    }
    Paragraph.checkLength(text, span);
  }

  /**
   * Returns whether this cell covers a grid slot.
   *
   * @param slotRow  the slot's row
   * @param slotColumn  the slot's column
   * @return true when the slot is within the rows and columns this cell spans
   */
  public boolean covers(int slotRow, int slotColumn) {
    return slotRow >= row && slotRow < row + rowSpan && slotColumn >= column && slotColumn < column + columnSpan;
  }
}
