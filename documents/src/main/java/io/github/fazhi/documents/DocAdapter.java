package io.github.fazhi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97–2003 document ({@code .doc}) through POI's HWPF (poi-scratchpad): paragraphs in order, field
 * codes stripped (their results kept), a paragraph in a heading style ({@code heading 1}, {@code 标题 1}) a
 * heading, and tables with their merged cells placed on the grid their cells' edges make.
 */
final class DocAdapter {
  private DocAdapter() {}

  static Document read(byte[] bytes, String fileName) throws DocumentException {
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
      DocumentBuilder document = new DocumentBuilder();
      Range range = doc.getRange();
      int count = range.numParagraphs();
      int i = 0;
      while (i < count) {
        Paragraph paragraph = range.getParagraph(i);
        if (paragraph.isInTable()) {
          Table table = range.getTable(paragraph);
          document.table(grid(table));
          i += Math.max(1, table.numParagraphs());
          continue;
        }
        String text = clean(paragraph.text());
        int level = headingLevel(doc, paragraph);
        if (level > 0) {
          document.heading(level, text);
        } else {
          document.paragraph(text);
        }
        i++;
      }
      return document.build(fileName, DocumentFormat.DOC);
    } catch (EncryptedDocumentException e) {
      throw new DocumentException(fileName, "encrypted Word document: a password is needed to open it", e);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(fileName, "not a readable Word 97 .doc document (" + DocxAdapter.describe(e) + ")",
          e);
    }
  }

  private static int headingLevel(HWPFDocument doc, Paragraph paragraph) {
    StyleDescription style = doc.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
    String name = style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT).replace(" ", "");
    if (name.equals("title") || name.equals("标题")) {
      return 1;
    }
    for (String prefix : new String[] {"heading", "标题"}) {
      if (name.startsWith(prefix) && name.length() == prefix.length() + 1
          && Character.isDigit(name.charAt(prefix.length()))) {
        return Math.max(1, Math.min(6, name.charAt(prefix.length()) - '0'));
      }
    }
    return 0;
  }

  /**
   * The table on Word's grid: a cell's columns are the grid columns between its left and right edges (a
   * wide cell, as LibreOffice writes merged cells, covers several); a cell merged into its left neighbour
   * (Word's old horizontal merge) widens that one; a cell merged into the one above extends it down.
   */
  private static TableGrid grid(Table table) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        edges.add(cell.getLeftEdge());
        edges.add(cell.getLeftEdge() + cell.getWidth());
      }
    }
    List<Integer> grid = new ArrayList<>(edges);
    TableGrid cells = new TableGrid();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      cells.newRow();
      List<String> texts = new ArrayList<>();
      List<int[]> columns = new ArrayList<>(); // first column, span
      List<Boolean> continues = new ArrayList<>();
      int next = 0;
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int first = Math.max(next, grid.indexOf(cell.getLeftEdge()));
        int span = Math.max(1, grid.indexOf(cell.getLeftEdge() + cell.getWidth()) - grid.indexOf(cell.getLeftEdge()));
        if (cell.isMerged() && !cell.isFirstMerged() && !columns.isEmpty()) {
          int[] previous = columns.get(columns.size() - 1);
          previous[1] = first + span - previous[0];
          next = first + span;
          continue;
        }
        texts.add(clean(cell.text()));
        columns.add(new int[] {first, span});
        continues.add(cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged());
        next = first + span;
      }
      for (int c = 0; c < texts.size(); c++) {
        int[] column = columns.get(c);
        if (continues.get(c)) {
          cells.mergeDown(column[0], column[1]);
        } else {
          cells.placeAt(texts.get(c), column[0], column[1]);
        }
      }
    }
    return cells;
  }

  /** A paragraph's or cell's text: field codes stripped, Word's marks (cell, paragraph, page) removed. */
  static String clean(String text) {
    String stripped = Range.stripFields(text);
    StringBuilder out = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == '\u000b') {
        out.append('\n'); // a manual line break
      } else if (c == '\r' || c == '\u0007' || c == '\f') {
        out.append(' ');
      } else if (c >= ' ' || c == '\t' || c == '\n') {
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
