package io.github.fazhi.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown (Markdown 文本), as PDF converters write it: ATX headings ({@code #} to {@code ######}), pipe
 * tables, and paragraphs (consecutive lines, kept as lines). A pipe table's cells are kept as printed: the
 * outer pipes dropped, each cell trimmed, empty cells and extra empty columns kept, the delimiter row
 * ({@code |---|:--:|}) dropped. Nothing is shifted back into place: a converter's merged-cell shift is
 * printed that way, and only the reader, knowing the table, can tell.
 */
final class MarkdownAdapter {
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

  private MarkdownAdapter() {}

  static Document read(byte[] bytes, String fileName) throws DocumentException {
    String text = PlainTextAdapter.lineBreaks(TextDecoder.decode(bytes, null, fileName).text());
    DocumentBuilder document = new DocumentBuilder();
    List<String> paragraph = new ArrayList<>();
    TableGrid table = null;
    for (String line : text.split("\n", -1)) {
      boolean tableLine = isTableLine(line);
      if (table != null && !tableLine) {
        document.table(table);
        table = null;
      }
      if (tableLine) {
        flush(document, paragraph);
        if (table == null) {
          table = new TableGrid();
        }
        if (!DELIMITER_ROW.matcher(line).matches()) {
          table.newRow();
          for (String cell : cells(line)) {
            table.placeNext(cell);
          }
        }
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        flush(document, paragraph);
        String title = heading.group(2);
        document.heading(heading.group(1).length(), title == null ? "" : title);
      } else if (line.isBlank()) {
        flush(document, paragraph);
      } else {
        paragraph.add(line);
      }
    }
    if (table != null) {
      document.table(table);
    }
    flush(document, paragraph);
    return document.build(fileName, DocumentFormat.MARKDOWN);
  }

  private static void flush(DocumentBuilder document, List<String> paragraph) {
    if (!paragraph.isEmpty()) {
      document.paragraph(String.join("\n", paragraph));
      paragraph.clear();
    }
  }

  /** A line of a pipe table: it starts with a pipe (converters always write the outer pipes). */
  private static boolean isTableLine(String line) {
    return line.stripLeading().startsWith("|");
  }

  /** The cells between unescaped pipes, outer pipes dropped, each trimmed; {@code \|} is a pipe in a cell. */
  static List<String> cells(String line) {
    String row = line.strip();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int start = row.startsWith("|") ? 1 : 0;
    boolean closed = false;
    for (int i = start; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
        closed = i == row.length() - 1;
      } else {
        cell.append(c);
      }
    }
    if (!closed && (cell.length() > 0 || cells.isEmpty())) {
      cells.add(cell.toString().strip());
    }
    return cells;
  }
}
