package io.github.fazhi.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer (PDF 文字层) through PDFBox, rebuilt from the glyphs' positions: glyphs on one baseline
 * make a line; within a line, a gap wider than {@value #CELL_GAP_EMS} em parts cells (a table row laid out
 * in columns), a smaller one of at least a quarter em is a space. Running headers and footers (a page's
 * first or last line repeated, digits aside, on at least half of the pages and on two or more; page 1's first
 * line is kept when it is the title in a larger type than the later pages' repeats of it), then page
 * numbers ({@code -1-}, {@code - 2 -}, {@code 第1页}, {@code 3/12}) on a page's first or last line, are
 * dropped; a number alone on a line within the page is kept.
 * Consecutive lines of cells make a table (a short line of one cell between them, a group label or a
 * wrapped label, stays in it); the other lines are prose, hard-wrapped lines joined into paragraphs that
 * end at a short line or before an indented one, over a page break too; a line in a type a fifth larger than the body's is a
 * heading. A PDF whose pages have no glyph at all is a scan: "no text layer: a scanned document".
 *
 * <p>Not rebuilt: a table's column grid (each row's cells sit in columns 0, 1, 2… as printed) and merged
 * cells; text in rotated or multi-column page layouts reads line by line across the page.
 */
final class PdfAdapter {
  /** A gap wider than this many ems between glyphs on a line parts two cells. */
  static final double CELL_GAP_EMS = 1.5;

  private static final double SPACE_GAP_EMS = 0.25;
  private static final double HEADING_RATIO = 1.2;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:[-—–－~]\\s*\\d{1,4}\\s*[-—–－~]|\\d{1,4}|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$");

  private PdfAdapter() {}

  /** A glyph, from the page's top left. */
  private record Glyph(String text, double x, double y, double width, double size) {}

  /** A run of glyphs without a wide gap: one cell, or a whole line of prose. */
  private record Chunk(String text, double left, double right) {}

  /** One line of a page. */
  private record Line(List<Chunk> chunks, double left, double right, double size) {
    String text() {
      StringBuilder out = new StringBuilder();
      for (Chunk chunk : chunks) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(chunk.text());
      }
      return out.toString();
    }

    boolean isRow() {
      return chunks.size() >= 2;
    }
  }

  static Document read(byte[] bytes, String fileName) throws DocumentException {
    List<List<Line>> pages;
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.getNumberOfPages() == 0) {
        throw new DocumentException(fileName, "the PDF has no pages");
      }
      GlyphCollector collector = new GlyphCollector();
      collector.setSortByPosition(true);
      collector.writeText(pdf, new StringWriter());
      pages = new ArrayList<>();
      int glyphs = 0;
      for (List<Glyph> page : collector.pages) {
        glyphs += page.size();
        pages.add(lines(page));
      }
      if (glyphs == 0) {
        throw new DocumentException(fileName,
            "no text layer: a scanned document (its " + pdf.getNumberOfPages() + " page(s) hold images only)");
      }
    } catch (InvalidPasswordException e) {
      throw new DocumentException(fileName, "encrypted PDF: a password is needed to open it", e);
    } catch (DocumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(fileName, "not a readable PDF document (" + DocxAdapter.describe(e) + ")", e);
    }
    return blocks(dropPageFurniture(pages), fileName);
  }

  /** Collects each page's glyphs instead of writing text. */
  private static final class GlyphCollector extends PDFTextStripper {
    final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> page = new ArrayList<>();

    GlyphCollector() throws IOException {}

    @Override
    protected void startPage(PDPage pdPage) {
      page = new ArrayList<>();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      String unicode = text.getUnicode();
      if (unicode == null || unicode.isBlank()) {
        return;
      }
      double size = text.getFontSizeInPt() > 0 ? text.getFontSizeInPt() : Math.max(1, text.getHeightDir());
      page.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size));
    }

    @Override
    protected void endPage(PDPage pdPage) {
      pages.add(page);
    }
  }

  /** Glyphs on one baseline (within a third of their size) make a line; lines top to bottom. */
  private static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    double baseline = Double.NaN;
    for (Glyph glyph : sorted) {
      if (!row.isEmpty() && Math.abs(glyph.y() - baseline) > glyph.size() / 3) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        baseline = glyph.y();
      }
      row.add(glyph);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    List<Line> lines = new ArrayList<>();
    for (List<Glyph> line : rows) {
      lines.add(line(line));
    }
    return lines;
  }

  private static Line line(List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(Glyph::x));
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    double left = glyphs.get(0).x();
    double right = left;
    double sizes = 0;
    for (Glyph glyph : glyphs) {
      sizes += glyph.size();
      double gap = glyph.x() - right;
      if (text.length() > 0 && gap > CELL_GAP_EMS * glyph.size()) {
        chunks.add(new Chunk(text.toString(), left, right));
        text.setLength(0);
        left = glyph.x();
      } else if (text.length() > 0 && gap > SPACE_GAP_EMS * glyph.size()) {
        text.append(' ');
      }
      text.append(glyph.text());
      right = Math.max(right, glyph.x() + glyph.width());
    }
    chunks.add(new Chunk(text.toString(), left, right));
    return new Line(chunks, chunks.get(0).left(), right, sizes / glyphs.size());
  }

  /** Drops page numbers and running headers and footers. */
  private static List<List<Line>> dropPageFurniture(List<List<Line>> pages) {
    Map<String, Integer> firstLines = new HashMap<>();
    Map<String, Integer> lastLines = new HashMap<>();
    for (List<Line> page : pages) {
      if (!page.isEmpty()) {
        firstLines.merge(furnitureKey(page.get(0)), 1, Integer::sum);
        lastLines.merge(furnitureKey(page.get(page.size() - 1)), 1, Integer::sum);
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<List<Line>> kept = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<Line> page = pages.get(p);
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        Line line = page.get(i);
        boolean running = (i == 0 && firstLines.getOrDefault(furnitureKey(line), 0) >= needed
                && !(p == 0 && isTitleAboveItsRepeats(line, pages)))
            || (i == page.size() - 1 && lastLines.getOrDefault(furnitureKey(line), 0) >= needed);
        if (!running) {
          lines.add(line);
        }
      }
      // then a page number on the first or last line left
      if (!lines.isEmpty() && isPageNumber(lines.get(lines.size() - 1))) {
        lines.remove(lines.size() - 1);
      }
      if (!lines.isEmpty() && isPageNumber(lines.get(0))) {
        lines.remove(0);
      }
      kept.add(lines);
    }
    return kept;
  }

  /**
   * Whether page 1's first line is the report's title that later pages repeat as their running header
   * ({@code 山东省2023年政府信息公开工作年度报告}): printed in a type a fifth larger than every repeat of it, so the
   * repeats are the header and page 1's line is the title. A header printed on page 1 too, in its own small
   * type, is not.
   */
  private static boolean isTitleAboveItsRepeats(Line first, List<List<Line>> pages) {
    String key = furnitureKey(first);
    boolean repeated = false;
    for (int p = 1; p < pages.size(); p++) {
      List<Line> page = pages.get(p);
      if (!page.isEmpty() && furnitureKey(page.get(0)).equals(key)) {
        if (first.size() < page.get(0).size() * HEADING_RATIO) {
          return false;
        }
        repeated = true;
      }
    }
    return repeated;
  }

  private static boolean isPageNumber(Line line) {
    return PAGE_NUMBER.matcher(line.text().replace(" ", "")).matches();
  }

  private static String furnitureKey(Line line) {
    return line.text().replaceAll("\\d+", "#").replace(" ", "");
  }

  private static Document blocks(List<List<Line>> pages, String fileName) {
    List<Double> sizes = new ArrayList<>();
    for (List<Line> page : pages) {
      for (Line line : page) {
        sizes.add(line.size());
      }
    }
    sizes.sort(Comparator.naturalOrder());
    double body = sizes.isEmpty() ? 12 : sizes.get(sizes.size() / 2);
    // the body's left margin and right edge, from the lines of prose in the body's type, on all pages
    double margin = Double.MAX_VALUE;
    double edge = 0;
    for (List<Line> page : pages) {
      for (Line line : page) {
        if (!line.isRow() && Math.abs(line.size() - body) <= 0.1 * body) {
          margin = Math.min(margin, line.left());
          edge = Math.max(edge, line.right());
        }
      }
    }
    DocumentBuilder document = new DocumentBuilder();
    // a paragraph goes on over a page break when the page's last line was full and the next is not indented
    StringBuilder paragraph = new StringBuilder();
    double previousRight = 0;
    for (List<Line> page : pages) {
      TableGrid table = null;
      for (int i = 0; i < page.size(); i++) {
        Line line = page.get(i);
        boolean inTable = line.isRow()
            || (table != null && i + 1 < page.size() && page.get(i + 1).isRow()
                && line.right() - line.left() < 0.6 * (edge - margin));
        if (inTable) {
          flush(document, paragraph);
          if (table == null) {
            table = new TableGrid();
          }
          table.newRow();
          for (Chunk chunk : line.chunks()) {
            table.placeNext(chunk.text());
          }
          continue;
        }
        if (table != null) {
          document.table(table);
          table = null;
        }
        if (line.size() > HEADING_RATIO * body) {
          flush(document, paragraph);
          document.heading(line.size() >= 1.4 * body ? 1 : 2, line.text());
          continue;
        }
        boolean indented = line.left() - margin > 1.5 * line.size();
        // a full line reaches the edge, or ends less than a character short of it (the next did not fit)
        boolean previousShort = previousRight < edge - line.size();
        if (paragraph.length() > 0 && (indented || previousShort)) {
          flush(document, paragraph);
        }
        join(paragraph, line.text());
        previousRight = line.right();
      }
      if (table != null) {
        document.table(table);
      }
    }
    flush(document, paragraph);
    return document.build(fileName, DocumentFormat.PDF);
  }

  /** Joins a hard-wrapped line: no space between Chinese characters, one between two Latin words. */
  private static void join(StringBuilder paragraph, String line) {
    if (paragraph.length() > 0 && isLatinLetter(paragraph.charAt(paragraph.length() - 1))
        && !line.isEmpty() && isLatinLetter(line.charAt(0))) {
      paragraph.append(' ');
    }
    paragraph.append(line);
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static void flush(DocumentBuilder document, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      document.paragraph(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
