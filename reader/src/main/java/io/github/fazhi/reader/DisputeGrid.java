package io.github.fazhi.reader;

import io.github.fazhi.Path;
import io.github.fazhi.documents.Cell;
import io.github.fazhi.documents.Row;
import io.github.fazhi.documents.Table;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Table C (行政复议、行政诉讼情况表) from a document's real table: the fifteen counts under the header row that
 * names 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 three times, each read from the grid column of its header
 * cell, so a blank cell is unknown rather than a reason to take the next number. A cell that is not a count,
 * or a count merged over several columns or rows, is unread with its reason.
 *
 * <p>Stateless and thread-safe.
 */
final class DisputeGrid {
  private static final Pattern COUNT = Pattern.compile("\\d{1,18}"); // beyond a long: not a count
  private static final int CELLS = DisputeBlock.values().length * DisputeColumn.values().length;

  private DisputeGrid() {}

  /**
   * Table C read from a table: the table built from what could be read (empty when no cell could), the span
   * of every cell read and one line per cell that could not be.
   *
   * @param table  the table read, if any cell was
   * @param spans  the span of each cell read, by the cell's path
   * @param unread  what could not be read
   */
  record Read(Optional<DisputeTable> table, Map<Path, Span> spans, List<String> unread) {}

  /**
   * Reads Table C from a table whose header names its fifteen columns.
   *
   * @param table  a table of the document
   * @param source  the document's text, which the cells' spans refer to
   * @return the reading, or empty when the table is not Table C (no such header row)
   */
  static Optional<Read> read(Table table, String source) {
    for (int r = 0; r < table.rows().size(); r++) {
      Optional<List<Integer>> columns = headerColumns(table.rows().get(r));
      if (columns.isPresent()) {
        return Optional.of(values(table, r, columns.get(), source));
      }
    }
    return Optional.empty();
  }

  /** The grid columns of a header row naming the five columns three times, in order. */
  private static Optional<List<Integer>> headerColumns(Row row) {
    List<Integer> columns = new ArrayList<>();
    DisputeColumn[] names = DisputeColumn.values();
    for (Cell cell : row.cells()) {
      String text = OpenGovInfoTableReader.normalize(cell.text());
      if (cell.columnSpan() == 1 && columns.size() < CELLS && text.equals(names[columns.size() % names.length].label())
          && (columns.isEmpty() || cell.column() > columns.get(columns.size() - 1))) {
        columns.add(cell.column());
      }
    }
    return columns.size() == CELLS ? Optional.of(columns) : Optional.empty();
  }

  private static Read values(Table table, int header, List<Integer> columns, String source) {
    List<String> unread = new ArrayList<>();
    Map<Path, Span> spans = new LinkedHashMap<>();
    int dataRow = -1;
    for (int r = header + 1; r < table.rows().size() && dataRow < 0; r++) {
      for (int column : columns) {
        Optional<Cell> cell = table.cellAt(r, column);
        if (cell.isPresent() && cell.get().row() == r
            && COUNT.matcher(OpenGovInfoTableReader.normalize(cell.get().text())).matches()) {
          dataRow = r;
          break;
        }
      }
    }
    if (dataRow < 0) {
      unread.add("Table C: no row of counts under its header");
      return new Read(Optional.empty(), spans, unread);
    }
    DisputeTable.Builder builder = DisputeTable.builder();
    boolean any = false;
    int next = 0;
    for (DisputeBlock block : DisputeBlock.values()) {
      for (DisputeColumn column : DisputeColumn.values()) {
        int at = columns.get(next++);
        Optional<Cell> found = table.cellAt(dataRow, at);
        if (found.isEmpty() || found.get().row() != dataRow || found.get().column() != at) {
          continue; // no cell of its own: not printed, unknown
        }
        Cell cell = found.get();
        String value = OpenGovInfoTableReader.normalize(cell.text());
        String what = "Table C: cell " + block.label() + " " + column.label() + " \"" + cell.text() + "\"";
        if (OpenGovInfoTableReader.isUnknown(value)) {
          continue;
        }
        if (!COUNT.matcher(value).matches()) {
          unread.add(what + " is not a count");
        } else if (OpenGovInfoTableReader.countOf(value).isEmpty()) {
          unread.add(what + " is more than a count can hold");
        } else if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
          unread.add(what + " is merged over " + cell.rowSpan() + " row(s) and " + cell.columnSpan()
              + " column(s), so it belongs to no one cell");
        } else {
          builder.cell(block, column, OpenGovInfoTableReader.countOf(value).getAsLong());
          spans.put(OpenGovInfo.DISPUTES_PATH.resolve(new CellTable.Cell<>(block, column).at()),
              Span.of(source, cell.span().start(), cell.span().end()));
          any = true;
        }
      }
    }
    return new Read(any ? Optional.of(builder.build()) : Optional.empty(), spans, unread);
  }
}
