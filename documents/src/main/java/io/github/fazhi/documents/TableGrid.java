package io.github.fazhi.documents;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table being read: cells placed on a grid row by row, merged cells with their spans. Adapters place
 * cells one of three ways: HTML's (the next free slot, spans reserving the slots below and to the right),
 * Word's (at a known column; a vertically merged continuation extends the cell above), or as printed (the
 * next column). Not thread-safe; used by one adapter at a time.
 */
final class TableGrid {
  /** Browsers' limits on spans: a larger value is taken as this. */
  static final int MAX_COLUMN_SPAN = 1000;

  static final int MAX_ROW_SPAN = 65534;

  /** A cell being placed. */
  static final class Slot {
    final String text;
    final int row;
    final int column;
    int rowSpan;
    final int columnSpan;

    Slot(String text, int row, int column, int rowSpan, int columnSpan) {
      this.text = text;
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.columnSpan = columnSpan;
    }
  }

  private final List<List<Slot>> rows = new ArrayList<>();
  private final List<BitSet> taken = new ArrayList<>();

  /** Starts a new row. */
  void newRow() {
    rows.add(new ArrayList<>());
    if (taken.size() < rows.size()) {
      taken.add(new BitSet());
    }
  }

  int rowCount() {
    return rows.size();
  }

  boolean isEmpty() {
    for (List<Slot> row : rows) {
      if (!row.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Places a cell in the current row's next free slot, reserving the slots its spans cover (HTML). */
  void placeNextFree(String text, int rowSpan, int columnSpan) {
    int row = current();
    int columnSpanUsed = clamp(columnSpan, MAX_COLUMN_SPAN);
    int rowSpanUsed = clamp(rowSpan, MAX_ROW_SPAN);
    BitSet free = taken.get(row);
    int column = free.nextClearBit(0);
    for (int r = row; r < row + rowSpanUsed; r++) {
      while (taken.size() <= r) {
        taken.add(new BitSet());
      }
      taken.get(r).set(column, column + columnSpanUsed);
    }
    rows.get(row).add(new Slot(text, row, column, rowSpanUsed, columnSpanUsed));
  }

  /** Places a cell at a known column of the current row (Word). */
  void placeAt(String text, int column, int columnSpan) {
    int row = current();
    rows.get(row).add(new Slot(text, row, column, 1, Math.max(1, columnSpan)));
  }

  /** Places a cell in the column after the current row's last cell, as printed (PDF, Markdown). */
  void placeNext(String text) {
    int row = current();
    List<Slot> cells = rows.get(row);
    int column = cells.isEmpty() ? 0 : cells.get(cells.size() - 1).column + cells.get(cells.size() - 1).columnSpan;
    cells.add(new Slot(text, row, column, 1, 1));
  }

  /**
   * Extends the cell above that starts at a column down over the current row (Word's vertical merge); when
   * there is none, the continuation is placed as an empty cell so no slot goes missing.
   */
  void mergeDown(int column, int columnSpan) {
    int row = current();
    Slot above = row == 0 ? null : covering(row - 1, column);
    if (above != null && above.row + above.rowSpan == row) {
      above.rowSpan++;
    } else {
      placeAt("", column, columnSpan);
    }
  }

  private @Nullable Slot covering(int row, int column) {
    for (int r = row; r >= 0; r--) {
      for (Slot slot : rows.get(r)) {
        if (slot.column <= column && column < slot.column + slot.columnSpan && slot.row + slot.rowSpan > row) {
          return slot;
        }
      }
    }
    return null;
  }

  /** The rows, row spans cut at the table's last row (HTML lets {@code rowspan} run past it). */
  List<List<Slot>> rows() {
    int count = rows.size();
    for (List<Slot> row : rows) {
      for (Slot slot : row) {
        slot.rowSpan = Math.min(slot.rowSpan, count - slot.row);
      }
    }
    return rows;
  }

  private int current() {
    if (rows.isEmpty()) {
      newRow();
    }
    return rows.size() - 1;
  }

  private static int clamp(int span, int max) {
    return span < 1 ? 1 : Math.min(span, max);
  }
}
