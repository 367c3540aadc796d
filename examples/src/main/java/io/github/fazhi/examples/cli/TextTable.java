package io.github.fazhi.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up on a terminal, Chinese included ({@link DisplayWidth}).
 * Columns whose header is given with {@link #right(String)} are aligned right (numbers). Every cell is made
 * safe for a terminal ({@link Terminal#safe(String)}): a control character from a report cannot move the
 * cursor or break a row.
 */
final class TextTable {
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  TextTable left(String header) {
    headers.add(header);
    rightAligned.add(false);
    return this;
  }

  TextTable right(String header) {
    headers.add(header);
    rightAligned.add(true);
    return this;
  }

  TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
    }
    List<String> safe = new ArrayList<>(cells.length);
    for (String cell : cells) {
      safe.add(Terminal.safe(cell));
    }
    rows.add(List.copyOf(safe));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Renders the table: the headers, a rule, the rows; columns two spaces apart, no trailing spaces.
   *
   * @return the lines, each ending with a line feed
   */
  String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = DisplayWidth.of(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      line.append(DisplayWidth.pad(cells.get(c), widths[c], rightAligned.get(c)));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
