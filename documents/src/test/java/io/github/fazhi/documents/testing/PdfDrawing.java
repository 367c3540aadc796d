package io.github.fazhi.documents.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * Draws test PDFs with a real text layer and no system font: each character is a glyph of a Type 3 font
 * (an empty box, a full em wide for Chinese and half an em for ASCII, as in the fonts of real reports),
 * and the font's {@code ToUnicode} map says which character it is — which is all a PDF's text layer is.
 * Fonts hold 255 glyphs each; more characters use more fonts. Coordinates are from the page's top left,
 * in points, on A4 pages.
 */
public final class PdfDrawing {
  /** A4 height in points. */
  public static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

  private final List<StringBuilder> pages = new ArrayList<>();
  private final Map<Character, int[]> codes = new LinkedHashMap<>();

  /** Starts a new page; drawing goes on it. */
  public PdfDrawing page() {
    pages.add(new StringBuilder());
    return this;
  }

  /**
   * Writes a line of text.
   *
   * @param x  from the left edge, in points
   * @param y  the baseline, from the top edge, in points
   * @param size  the font size, in points
   * @param text  the characters, on one line
   */
  public PdfDrawing text(float x, float y, float size, String text) {
    StringBuilder content = pages.get(pages.size() - 1);
    content.append("BT\n1 0 0 1 ").append(x).append(' ').append(PAGE_HEIGHT - y).append(" Tm\n");
    int font = -1;
    StringBuilder run = new StringBuilder();
    for (char c : text.toCharArray()) {
      int[] code = codes.computeIfAbsent(c, key -> new int[] {codes.size() / 255, codes.size() % 255 + 1});
      if (code[0] != font) {
        if (run.length() > 0) {
          content.append('<').append(run).append("> Tj\n");
          run.setLength(0);
        }
        font = code[0];
        content.append("/F").append(font).append(' ').append(size).append(" Tf\n");
      }
      run.append(String.format("%02X", code[1]));
    }
    if (run.length() > 0) {
      content.append('<').append(run).append("> Tj\n");
    }
    content.append("ET\n");
    return this;
  }

  /**
   * Writes a paragraph hard-wrapped as a PDF of a report is: the first line indented two characters,
   * every line filled to the width.
   *
   * @return the baseline below the paragraph's last line
   */
  public float paragraph(float x, float y, float size, float width, String text) {
    float lineX = x + 2 * size;
    float used = 2 * size;
    StringBuilder line = new StringBuilder();
    float baseline = y;
    for (char c : text.toCharArray()) {
      float advance = c < 0x80 ? size / 2 : size;
      if (used + advance > width + 0.01f) {
        text(lineX, baseline, size, line.toString());
        baseline += size * 1.6f;
        line.setLength(0);
        lineX = x;
        used = 0;
      }
      line.append(c);
      used += advance;
    }
    if (line.length() > 0) {
      text(lineX, baseline, size, line.toString());
      baseline += size * 1.6f;
    }
    return baseline;
  }

  /** Writes cells at the given x positions on one baseline: a table row laid out in columns. */
  public PdfDrawing row(float y, float size, float[] xs, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        text(xs[i], y, size, cells[i]);
      }
    }
    return this;
  }

  /**
   * Draws a vertical rule, a table's border between two columns, as a stroked line (how LibreOffice draws
   * one) or as a thin filled rectangle (how Word does).
   *
   * @param x  from the left edge, in points
   * @param top  where it starts, from the top edge, in points
   * @param bottom  where it ends, from the top edge, in points
   * @param filled  whether it is a filled rectangle half a point wide rather than a stroked line
   */
  public PdfDrawing rule(float x, float top, float bottom, boolean filled) {
    StringBuilder content = pages.get(pages.size() - 1);
    if (filled) {
      content.append(x - 0.25f).append(' ').append(PAGE_HEIGHT - bottom).append(" 0.5 ").append(bottom - top)
          .append(" re f\n");
    } else {
      content.append("0.5 w ").append(x).append(' ').append(PAGE_HEIGHT - top).append(" m ").append(x).append(' ')
          .append(PAGE_HEIGHT - bottom).append(" l S\n");
    }
    return this;
  }

  /** The PDF's bytes. */
  public byte[] bytes() throws IOException {
    try (PDDocument document = new PDDocument()) {
      save(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Adds the pages to a document (to protect it with a password, for instance, before saving). */
  public void save(PDDocument document) throws IOException {
    List<COSDictionary> fonts = fonts(document);
    for (StringBuilder content : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      PDResources resources = new PDResources();
      for (int i = 0; i < fonts.size(); i++) {
        resources.put(COSName.getPDFName("F" + i), new PDType3Font(fonts.get(i)));
      }
      page.setResources(resources);
      PDStream stream = new PDStream(document);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      document.addPage(page);
    }
  }

  private List<COSDictionary> fonts(PDDocument document) throws IOException {
    List<List<Character>> byFont = new ArrayList<>();
    for (Map.Entry<Character, int[]> entry : codes.entrySet()) {
      int font = entry.getValue()[0];
      while (byFont.size() <= font) {
        byFont.add(new ArrayList<>());
      }
      byFont.get(font).add(entry.getKey());
    }
    List<COSDictionary> fonts = new ArrayList<>();
    for (List<Character> characters : byFont) {
      fonts.add(font(document, characters));
    }
    return fonts;
  }

  private static COSDictionary font(PDDocument document, List<Character> characters) throws IOException {
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
    font.setItem(COSName.FONT_BBOX, array(0, -120, 1000, 880));
    COSArray matrix = new COSArray();
    for (float value : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
      matrix.add(new COSFloat(value));
    }
    font.setItem(COSName.FONT_MATRIX, matrix);
    COSDictionary procs = new COSDictionary();
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(1));
    COSArray widths = new COSArray();
    StringBuilder map = new StringBuilder();
    for (int i = 0; i < characters.size(); i++) {
      char c = characters.get(i);
      int width = c < 0x80 ? 500 : 1000;
      String glyph = "g" + (i + 1);
      COSStream proc = document.getDocument().createCOSStream();
      try (OutputStream out = proc.createOutputStream()) {
        out.write((width + " 0 0 0 " + width + " 800 d1\n").getBytes(StandardCharsets.US_ASCII));
      }
      procs.setItem(COSName.getPDFName(glyph), proc);
      differences.add(COSName.getPDFName(glyph));
      widths.add(COSInteger.get(width));
      map.append(String.format("<%02X> <%04X>%n", i + 1, (int) c));
    }
    font.setItem(COSName.CHAR_PROCS, procs);
    COSDictionary encoding = new COSDictionary();
    encoding.setItem(COSName.TYPE, COSName.ENCODING);
    encoding.setItem(COSName.DIFFERENCES, differences);
    font.setItem(COSName.ENCODING, encoding);
    font.setInt(COSName.FIRST_CHAR, 1);
    font.setInt(COSName.LAST_CHAR, characters.size());
    font.setItem(COSName.WIDTHS, widths);
    font.setItem(COSName.RESOURCES, new COSDictionary());
    COSStream toUnicode = document.getDocument().createCOSStream();
    try (OutputStream out = toUnicode.createOutputStream()) {
      StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
          + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
      String[] lines = map.toString().split("\\R");
      for (int start = 0; start < lines.length; start += 100) {
        int end = Math.min(lines.length, start + 100);
        cmap.append(end - start).append(" beginbfchar\n");
        for (int i = start; i < end; i++) {
          cmap.append(lines[i]).append('\n');
        }
        cmap.append("endbfchar\n");
      }
      cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
      out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
    }
    font.setItem(COSName.TO_UNICODE, toUnicode);
    return font;
  }

  private static COSArray array(int... values) {
    COSArray array = new COSArray();
    for (int value : values) {
      array.add(COSInteger.get(value));
    }
    return array;
  }
}
