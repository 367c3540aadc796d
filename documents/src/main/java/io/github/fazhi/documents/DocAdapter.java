package io.github.fazhi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * heading, and tables with their merged cells: a cell merged into the one on its left widens that one,
 * and a cell merged into the one above extends that one down.
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

  private static TableGrid grid(Table table) {
    TableGrid grid = new TableGrid();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      grid.newRow();
      // first the row's cells with their widths: a cell merged into its left neighbour widens it
      List<String> texts = new ArrayList<>();
      List<Integer> spans = new ArrayList<>();
      List<Boolean> continues = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        if (cell.isMerged() && !cell.isFirstMerged() && !spans.isEmpty()) {
          spans.set(spans.size() - 1, spans.get(spans.size() - 1) + 1);
          continue;
        }
        texts.add(clean(cell.text()));
        spans.add(1);
        continues.add(cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged());
      }
      int column = 0;
      for (int c = 0; c < texts.size(); c++) {
        if (continues.get(c)) {
          grid.mergeDown(column, spans.get(c));
        } else {
          grid.placeAt(texts.get(c), column, spans.get(c));
        }
        column += spans.get(c);
      }
    }
    return grid;
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
