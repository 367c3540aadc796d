package io.github.fazhi.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a document's text from its blocks, one block after the other on its own line(s), and records
 * each block's span: what the adapters of structured formats (HTML, Word, PDF, Markdown) build with. Not
 * thread-safe.
 */
final class DocumentBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();

  /** Adds a heading; blank text adds nothing. */
  void heading(int level, String written) {
    String line = oneLine(written);
    if (line.isEmpty()) {
      return;
    }
    int start = startBlock();
    text.append(line);
    blocks.add(new Heading(Math.max(1, Math.min(6, level)), line, new TextSpan(start, text.length())));
  }

  /** Adds a paragraph: its lines stripped, blank lines dropped; blank text adds nothing. */
  void paragraph(String written) {
    StringBuilder lines = new StringBuilder();
    for (String line : written.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String stripped = strip(line);
      if (!stripped.isEmpty()) {
        if (lines.length() > 0) {
          lines.append('\n');
        }
        lines.append(stripped);
      }
    }
    if (lines.length() == 0) {
      return;
    }
    int start = startBlock();
    text.append(lines);
    blocks.add(new Paragraph(lines.toString(), new TextSpan(start, text.length())));
  }

  /** Adds a table, one line per row, its cells parted by tabs; a table without cells adds nothing. */
  void table(TableGrid grid) {
    if (grid.isEmpty()) {
      return;
    }
    int tableStart = startBlock();
    List<Row> rows = new ArrayList<>();
    List<List<TableGrid.Slot>> slots = grid.rows();
    for (int r = 0; r < slots.size(); r++) {
      if (r > 0) {
        text.append('\n');
      }
      int rowStart = text.length();
      List<Cell> cells = new ArrayList<>();
      for (TableGrid.Slot slot : slots.get(r)) {
        if (!cells.isEmpty()) {
          text.append('\t');
        }
        String cellText = oneLine(slot.text);
        int cellStart = text.length();
        text.append(cellText);
        cells.add(new Cell(cellText, slot.row, slot.column, slot.rowSpan, slot.columnSpan,
            new TextSpan(cellStart, text.length())));
      }
      rows.add(new Row(cells, new TextSpan(rowStart, text.length())));
    }
    blocks.add(new Table(rows, new TextSpan(tableStart, text.length())));
  }

  Document build(String name, DocumentFormat format) {
    return new Document(name, format, text.toString(), blocks);
  }

  private int startBlock() {
    if (text.length() > 0) {
      text.append('\n');
    }
    return text.length();
  }

  /** The text on one line: line breaks and tabs become spaces, runs of spaces one, ends stripped. */
  static String oneLine(String written) {
    StringBuilder out = new StringBuilder(written.length());
    boolean space = false;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || c == ' ' || c == '\u00a0' || c == '\f' || c == '\u000b') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A line without its leading and trailing spaces (ASCII, no-break and ideographic), tabs made spaces. */
  static String strip(String line) {
    return line.replace('\t', ' ').replace('\u00a0', ' ').strip();
  }
}
