package io.github.fazhi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word 2007+ document ({@code .docx}) through POI's XWPF, after {@link ZipCheck}: the body's paragraphs
 * and tables in order. A paragraph in a heading style ({@code Heading 1}, {@code Title}, {@code 标题 1}…)
 * or with an outline level is a heading. Table cells are placed on Word's grid: {@code gridBefore} skips
 * columns, {@code gridSpan} widens a cell, and a {@code vMerge} continuation extends the cell above
 * instead of adding one.
 */
final class DocxAdapter {
  private DocxAdapter() {}

  static Document read(byte[] bytes, String fileName, long maxExpandedBytes) throws DocumentException {
    ZipCheck.check(bytes, fileName, maxExpandedBytes);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      DocumentBuilder document = new DocumentBuilder();
      for (IBodyElement element : docx.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          int level = headingLevel(paragraph);
          if (level > 0) {
            document.heading(level, paragraph.getText());
          } else {
            document.paragraph(paragraph.getText());
          }
        } else if (element instanceof XWPFTable table) {
          document.table(grid(table));
        }
      }
      return document.build(fileName, DocumentFormat.DOCX);
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged or foreign package with unchecked exceptions of its own
      throw new DocumentException(fileName, "not a readable .docx document (" + describe(e) + ")", e);
    }
  }

  private static int headingLevel(XWPFParagraph paragraph) {
    String style = paragraph.getStyle();
    if (style != null) {
      String name = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (name.equals("title") || name.equals("标题")) {
        return 1;
      }
      for (String prefix : new String[] {"heading", "标题"}) {
        if (name.startsWith(prefix) && name.length() == prefix.length() + 1
            && Character.isDigit(name.charAt(prefix.length()))) {
          return Math.max(1, Math.min(6, name.charAt(prefix.length()) - '0'));
        }
      }
    }
    if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
      BigInteger level = paragraph.getCTP().getPPr().getOutlineLvl().getVal();
      if (level != null && level.intValue() < 6) {
        return level.intValue() + 1;
      }
    }
    return 0;
  }

  private static TableGrid grid(XWPFTable table) {
    TableGrid grid = new TableGrid();
    for (XWPFTableRow row : table.getRows()) {
      grid.newRow();
      int column = gridBefore(row);
      List<XWPFTableCell> cells = row.getTableCells();
      for (XWPFTableCell cell : cells) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continuation = false;
        if (properties != null) {
          CTDecimalNumber gridSpan = properties.getGridSpan();
          if (gridSpan != null && gridSpan.getVal() != null) {
            span = Math.max(1, Math.min(TableGrid.MAX_COLUMN_SPAN, gridSpan.getVal().intValue()));
          }
          CTVMerge merge = properties.getVMerge();
          // <w:vMerge/> without a value continues the cell above; val="restart" starts a merged cell
          continuation = merge != null && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
        }
        if (continuation) {
          grid.mergeDown(column, span);
        } else {
          grid.placeAt(cell.getText(), column, span);
        }
        column += span;
      }
    }
    return grid;
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr properties = row.getCtRow().getTrPr();
    if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    BigInteger before = properties.getGridBeforeArray(0).getVal();
    return before == null ? 0 : Math.max(0, Math.min(TableGrid.MAX_COLUMN_SPAN, before.intValue()));
  }

  static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s+", " "));
  }
}
