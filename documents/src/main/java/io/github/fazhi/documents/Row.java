package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of a table (表格行): the cells that start in it, left to right. A cell merged down from a row
 * above is not repeated here; {@link Table#cellAt(int, int)} finds it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cells  the cells whose top-left slot is in this row, in column order, not null
 * @param span  the row's line in the document's text: its cells parted by tabs, not null
 */
public record Row(List<Cell> cells, TextSpan span) {
  /**
   * Copies the cells.
   *
   * @param cells  see the record's description
   * @param span  see the record's description
   */
  public Row {
    cells = List.copyOf(requireNonNull(cells, "cells"));
    requireNonNull(span, "span");
  }
}
