package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * A PDF's text layer (PDF 文字层) through PDFBox, rebuilt from the glyphs' positions: glyphs on one baseline
 * make a line; within a line, a gap wider than {@value #CELL_GAP_EMS} em parts cells (a table row laid out
 * in columns), a smaller one of at least a quarter em is a space. When a line of cells starts with a label
 * that runs up to its first number ({@code （二）部分公开（只计这一 4}: a Chinese character, a space, a number), the
 * number is a cell of its own.
 *
 * <p>Page furniture is dropped: running headers and footers (a page's first or last line repeated, digits
 * aside, on at least half of the pages and on two or more; page 1's first line is kept when it is the title
 * in a larger type than the later pages' repeats of it), and a later page's first line that repeats the
 * title page 1 prints over its first lines in a type a fifth larger (a short report's running header, too
 * few pages to tell by count); then page numbers ({@code -1-}, {@code - 2 -}, {@code 第1页}, {@code 3/12}) on
 * a page's last line, or else on its first when more pages are numbered at the top than at the foot, one a
 * page, and never 0: a cell a page break put at the top of a page in a document numbered at its feet is the
 * table's (the price: a page numbered at its top in such a document keeps that number). A line of
 * cells is no page number ({@code 8 2 6} is a table's row), except one that says so in words ({@code 第1页}
 * and {@code 共3页} printed far apart). A number alone on a line within the page is kept.
 *
 * <p>A number cell its narrow column wrapped ({@code 124} over {@code 0}) is joined again only when the
 * fragments' line lies directly under the row in the row's type, each fragment under and aligned with a
 * number cell that fills its column, and the two make one number; see {@link #joinWrappedNumberCells}.
 * Otherwise the line is left as it is: an unread cell rather than a number that was never printed.
 *
 * <p>Consecutive lines of cells make a table (a short line of one cell between them, a group label or a
 * wrapped label, stays in it); the other lines are prose, hard-wrapped lines joined into paragraphs that
 * end at a short line, before an indented one or before one that starts like a numbered heading
 * ({@code 一、}, {@code （一）}), over a page break too — but never after a line ending mid-sentence (，、；) nor
 * before one opening with a closing mark (，。%…). A line is full when it ends within an em of the body's
 * right edge, plus half an em for each half-width character it holds (a page laid out on a grid of
 * characters), {@value #FULL_LINE_SLACK_EMS} ems at most unless the line ends in a digit or Latin letter
 * (a number the next line's unit follows), in a decimal point after a digit (the next line holds the
 * fraction), or, in a line with a sentence mark, in a Chinese character with no mark after it (a word going
 * on). The body's type is the middle size of the lines that are not table rows (of all lines when every line
 * is one); a line in a type a fifth larger than the
 * body's is a heading. A PDF whose pages have no glyph at all is a scan: "no text layer: a scanned document".
 *
 * <p>Where the page draws a table's vertical rules ({@link VerticalRules}: stroked lines, rectangle sides,
 * thin filled rectangles), a rule between two glyphs parts them into two cells even without a wide gap, and
 * a row's blank cells after its label become empty cells in their columns ({@link #cells}), so that a table
 * printing 0 as an empty cell keeps every number in its column. Without rules, or on a line that does not fit
 * them, each row's cells sit in columns 0, 1, 2… as printed.
 *
 * <p>Not rebuilt: merged cells (a merged cell is a cell of the line its text is on); text in rotated or
 * multi-column page layouts reads line by line across the page.
 */
final class PdfAdapter {
  /** A gap wider than this many ems between glyphs on a line parts two cells. */
  static final double CELL_GAP_EMS = 1.5;

  private static final double SPACE_GAP_EMS = 0.25;
  private static final double HEADING_RATIO = 1.2;
  /** At most this many ems short of the body's right edge, a line of prose may end and still be full. */
  static final double FULL_LINE_SLACK_EMS = 3;
  /** How a numbered heading in the body's type starts: {@code 一、}, {@code （二）}, {@code 第三章}. */
  private static final Pattern HEADING_START =
      Pattern.compile("[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部分]");

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:[-—–－~]\\s*\\d{1,4}\\s*[-—–－~]|\\d{1,4}|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$");

  private static final Comparator<Glyph> BY_BASELINE =
      Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x);
  private static final Comparator<Glyph> BY_X = Comparator.comparingDouble(Glyph::x);

  private PdfAdapter() {}

  /** A glyph, from the page's top left. */
  record Glyph(String text, double x, double y, double width, double size) {}

  /** A run of glyphs without a wide gap: one cell, or a whole line of prose. */
  private record Chunk(String text, double left, double right) {}

  /** One line of a page: its cells, its extent, its glyphs' mean type size and mean baseline (from the top). */
  private record Line(List<Chunk> chunks, double left, double right, double size, double baseline) {
    String text() {
      if (chunks.size() == 1) {
        return chunks.get(0).text(); // most lines: prose, one chunk; no copy
      }
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
    List<List<VerticalRules.Rule>> rules;
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.getNumberOfPages() == 0) {
        throw new DocumentException(fileName, "the PDF has no pages");
      }
      pages = new ArrayList<>();
      int glyphs = 0;
      GlyphCollector collector = collect(pdf, true);
      rules = collector.rules;
      for (int p = 0; p < collector.pages.size(); p++) {
        List<Glyph> page = collector.pages.get(p);
        glyphs += page.size();
        pages.add(lines(page, rules.get(p)));
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
    List<List<Line>> kept = dropPageFurniture(pages);
    kept.replaceAll(PdfAdapter::joinWrappedNumberCells);
    return blocks(kept, rules, fileName);
  }

  /**
   * Returns each page's glyphs.
   *
   * @param upright  whether upright text on an unrotated page is measured without PDFBox's
   *     {@link TextPosition} (the same figures, fewer objects); false only in tests, to compare
   */
  static List<List<Glyph>> glyphs(PDDocument pdf, boolean upright) throws IOException {
    return collect(pdf, upright).pages;
  }

  static GlyphCollector collect(PDDocument pdf, boolean upright) throws IOException {
    GlyphCollector collector = new GlyphCollector(upright);
    collector.setSortByPosition(true);
    collector.writeText(pdf, Writer.nullWriter());
    return collector;
  }

  /**
   * Collects each page's glyphs instead of writing text. PDFBox measures a glyph in a {@link TextPosition}
   * and, to place it, makes five matrices (its legacy text engine, which {@link PDFTextStripper} uses):
   * about a third of what reading a report PDF allocates. For text set upright on a page that is not
   * rotated and whose crop box starts at the origin, which is nearly all text of a report, the collector
   * works out the same figures from the same inputs in the same {@code float} arithmetic, allocating
   * nothing (and leaves out the width of a space, which it does not use); any other glyph goes through
   * PDFBox. {@code PdfGlyphsTest} holds the two to equal glyphs.
   */
  static final class GlyphCollector extends PDFTextStripper {
    /** What PDFBox's text engine maps glyph names with: Adobe's list and PDFBox's additions. */
    private static final GlyphList GLYPH_NAMES = glyphNames();
    /** Matrix entries up to this size cannot make a product that is not finite (PDFBox refuses those). */
    private static final float BOUNDED = 1e6f;

    final List<List<Glyph>> pages = new ArrayList<>();
    /** Each page's vertical rules, as {@link #pages}. */
    final List<List<VerticalRules.Rule>> rules = new ArrayList<>();
    private final VerticalRules vertical = new VerticalRules();
    /** How many glyphs were measured without a {@link TextPosition}. */
    int measured;
    private final boolean measureUpright;
    private final Map<COSDictionary, Float> fontHeights = new HashMap<>();
    private List<Glyph> page = new ArrayList<>();
    private boolean uprightPage;
    private float pageHeight;

    GlyphCollector(boolean measureUpright) throws IOException {
      this.measureUpright = measureUpright;
    }

    private static GlyphList glyphNames() {
      try (InputStream additional = GlyphList.class.getResourceAsStream(
          "/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
        return new GlyphList(GlyphList.getAdobeGlyphList(), requireNonNull(additional, "additional.txt"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected void startPage(PDPage pdPage) {
      page = new ArrayList<>(Math.max(16, page.size())); // pages of a report hold about as many glyphs
      PDRectangle crop = pdPage.getCropBox();
      uprightPage = measureUpright && pdPage.getRotation() == 0 && Float.compare(crop.getLowerLeftX(), 0) == 0
          && Float.compare(crop.getLowerLeftY(), 0) == 0;
      pageHeight = crop.getHeight();
      vertical.startPage(pdPage.getRotation() == 0, crop.getLowerLeftX(), crop.getUpperRightY());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      vertical.operator(operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix());
      super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
        throws IOException {
      PDGraphicsState state = getGraphicsState();
      Matrix ctm = state.getCurrentTransformationMatrix();
      Matrix textMatrix = getTextMatrix();
      if (!uprightPage || font.isVertical() || !isUpright(textRenderingMatrix) || !isBounded(ctm)
          || !isBounded(textMatrix)) {
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        return;
      }
      float fontSize = state.getTextState().getFontSize();
      float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
      // the glyph's advance, as the legacy engine takes it: without character and word spacing
      float tx = displacement.getX() * fontSize * horizontalScaling;
      float ty = displacement.getY() * fontSize;
      if (!(Math.abs(tx) <= BOUNDED && Math.abs(ty) <= BOUNDED)) {
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        return;
      }
      String unicode = font.toUnicode(code, GLYPH_NAMES);
      if (unicode == null) {
        if (!(font instanceof PDSimpleFont)) {
          return; // PDFBox skips a composite font's unmapped code
        }
        unicode = String.valueOf((char) code);
      }
      if (unicode.isBlank()) {
        return;
      }
      // where the glyph ends: the x translation of translate(tx, ty) × text matrix × CTM, each product's
      // entries summed in the order PDFBox's Matrix.multiply sums them
      float endX = endX(tx, ty, textMatrix, ctm);
      float x = textRenderingMatrix.getTranslateX();
      float height = fontHeight(font) * textRenderingMatrix.getScalingFactorY();
      int sizeInPt = (int) (fontSize * textMatrix.getScalingFactorX());
      add(unicode, x, pageHeight - textRenderingMatrix.getTranslateY(), Math.abs(endX - x), sizeInPt,
          Math.abs(height));
      measured++;
    }

    private static float endX(float tx, float ty, Matrix text, Matrix ctm) {
      float m6 = tx * text.getValue(0, 0) + ty * text.getValue(1, 0) + 1f * text.getValue(2, 0);
      float m7 = tx * text.getValue(0, 1) + ty * text.getValue(1, 1) + 1f * text.getValue(2, 1);
      float m8 = tx * text.getValue(0, 2) + ty * text.getValue(1, 2) + 1f * text.getValue(2, 2);
      return m6 * ctm.getValue(0, 0) + m7 * ctm.getValue(1, 0) + m8 * ctm.getValue(2, 0);
    }

    /** Whether PDFBox's {@link TextPosition#getDir()} is 0 for this matrix: text set upright. */
    private static boolean isUpright(Matrix m) {
      return m.getScaleY() > 0 && Math.abs(m.getShearY()) < m.getScaleX() && Math.abs(m.getShearX()) < m.getScaleY()
          && m.getScaleX() > 0;
    }

    private static boolean isBounded(Matrix m) {
      for (int row = 0; row < 3; row++) {
        for (int column = 0; column < 3; column++) {
          if (!(Math.abs(m.getValue(row, column)) <= BOUNDED)) {
            return false;
          }
        }
      }
      return true;
    }

    private float fontHeight(PDFont font) throws IOException {
      Float height = fontHeights.get(font.getCOSObject());
      if (height == null) {
        height = computeFontHeight(font);
        fontHeights.put(font.getCOSObject(), height);
      }
      return height;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      String unicode = text.getUnicode();
      if (unicode == null || unicode.isBlank()) {
        return;
      }
      add(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), text.getFontSizeInPt(),
          text.getHeightDir());
    }

    private void add(String unicode, float x, float y, float width, float sizeInPt, float height) {
      double size = sizeInPt > 0 ? sizeInPt : Math.max(1, height);
      page.add(new Glyph(unicode, x, y, width, size));
    }

    @Override
    protected void endPage(PDPage pdPage) {
      pages.add(page);
      rules.add(vertical.rules());
    }
  }

  /** Glyphs on one baseline (within a third of their size) make a line; lines top to bottom. */
  private static List<Line> lines(List<Glyph> glyphs, List<VerticalRules.Rule> rules) {
    // sorted in place: each page's list is the collector's, read once
    List<Glyph> sorted = glyphs;
    sorted.sort(BY_BASELINE);
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
      lines.add(line(line, rules));
    }
    return lines;
  }

  private static Line line(List<Glyph> glyphs, List<VerticalRules.Rule> rules) {
    glyphs.sort(BY_X);
    List<Double> ruled = rules.isEmpty() ? List.of()
        : VerticalRules.across(rules, glyphs.get(0).y() - GLYPH_MIDDLE_EMS * glyphs.get(0).size(), 0);
    List<Chunk> chunks = new ArrayList<>(1);
    StringBuilder text = new StringBuilder(glyphs.size() + 8);
    double left = glyphs.get(0).x();
    double right = left;
    double sizes = 0;
    double baselines = 0;
    // where the first chunk's last space is: the text before it and the x of the glyph after it
    int firstChunkSpace = -1;
    double afterSpace = 0;
    for (Glyph glyph : glyphs) {
      sizes += glyph.size();
      baselines += glyph.y();
      double gap = glyph.x() - right;
      if (text.length() > 0 && (gap > CELL_GAP_EMS * glyph.size() || ruledBetween(ruled, right, glyph.x()))) {
        chunks.add(new Chunk(text.toString(), left, right));
        text.setLength(0);
        left = glyph.x();
      } else if (text.length() > 0 && gap > SPACE_GAP_EMS * glyph.size()) {
        if (chunks.isEmpty()) {
          firstChunkSpace = text.length();
          afterSpace = glyph.x();
        }
        text.append(' ');
      }
      text.append(glyph.text());
      right = Math.max(right, glyph.x() + glyph.width());
    }
    chunks.add(new Chunk(text.toString(), left, right));
    if (chunks.size() >= 2 && firstChunkSpace > 0) {
      splitLabelFromNumber(chunks, firstChunkSpace, afterSpace);
    }
    return new Line(chunks, chunks.get(0).left(), right, sizes / glyphs.size(), baselines / glyphs.size());
  }

  /**
   * A row's label that runs up to its first number cell ({@code （二）部分公开（区分处理的，只计这一 4}, the label
   * too long for its column): when the first cell of a line of cells ends with a space and a number after a
   * Chinese character, the number is a cell of its own.
   */
  private static void splitLabelFromNumber(List<Chunk> chunks, int space, double afterSpace) {
    Chunk first = chunks.get(0);
    String label = first.text().substring(0, space);
    String number = first.text().substring(space + 1);
    if (NUMBER_CELL.matcher(number).matches() && Character.UnicodeScript.of(label.codePointBefore(label.length()))
        == Character.UnicodeScript.HAN) {
      chunks.set(0, new Chunk(number, afterSpace, first.right()));
      chunks.add(0, new Chunk(label, first.left(), afterSpace));
    }
  }

  /** A number as a table cell prints it: no leading zero, a sign, a decimal part, a per cent sign. */
  private static final Pattern NUMBER_CELL = Pattern.compile("[-－]?(?:0|[1-9][0-9,]*)(?:\\.[0-9]+)?[%％]?");

  /** The part of a number a narrow cell wraps to its next line: digits, a decimal part, a per cent sign. */
  private static final Pattern NUMBER_FRAGMENT = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?[%％]?|\\.[0-9]+[%％]?|[%％]");

  /** A wrapped cell's next line lies at most this many ems (of the row's type) below the row's baseline. */
  static final double WRAP_LINE_EMS = 1.65;

  /**
   * Joins a table's number cell that its narrow column wrapped ({@code 1240} printed as {@code 124} over
   * {@code 0}, {@code 526.8} as {@code 526} over {@code .8}): a line holding only number fragments, fewer than
   * the number cells of the row line right above it, continues those cells when all of these hold — the line
   * lies directly under the row (its baseline at most {@value #WRAP_LINE_EMS} ems of the row's type below the
   * row's, no line between) in the row's type (within a tenth); each fragment lies under exactly one number
   * cell other than the row's first (the label or key column: a year, a serial number, never wrapped), shares
   * that cell's left edge, right edge or centre within half an em, and makes one number with it; and that
   * cell is as wide as the widest number cell of its column on the page (within half an em), so that its column was
   * full and wrapping it plausible. Any other line is left as it is (a row of its own, or prose): a cell left
   * unread is better than two cells' numbers glued into one that was never printed.
   */
  static List<Line> joinWrappedNumberCells(List<Line> page) {
    List<Line> out = new ArrayList<>(page.size());
    for (Line line : page) {
      Line joined = out.isEmpty() ? null : continued(out.get(out.size() - 1), line, page);
      if (joined != null) {
        out.set(out.size() - 1, joined);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static @Nullable Line continued(Line above, Line line, List<Line> page) {
    if (!above.isRow()) {
      return null;
    }
    double em = above.size();
    double below = line.baseline() - above.baseline();
    if (!(below > 0 && below <= WRAP_LINE_EMS * em && Math.abs(line.size() - em) <= 0.1 * em)) {
      return null;
    }
    List<Chunk> cells = new ArrayList<>(above.chunks());
    long numbers = cells.stream().filter(cell -> NUMBER_CELL.matcher(cell.text()).matches()).count();
    if (line.chunks().size() >= numbers) {
      return null;
    }
    boolean[] continuedAlready = new boolean[cells.size()];
    for (Chunk piece : line.chunks()) {
      if (!NUMBER_FRAGMENT.matcher(piece.text()).matches()) {
        return null;
      }
      int under = -1;
      for (int k = 0; k < cells.size(); k++) {
        if (piece.left() < cells.get(k).right() && piece.right() > cells.get(k).left()) {
          if (under >= 0) {
            return null;
          }
          under = k;
        }
      }
      if (under <= 0 || continuedAlready[under]) {
        return null;
      }
      Chunk cell = cells.get(under);
      String whole = cell.text() + piece.text();
      if (!NUMBER_CELL.matcher(cell.text()).matches() || !NUMBER_CELL.matcher(whole).matches()
          || !isAligned(piece, cell, em) || !fillsItsColumn(cell, line, page, em)) {
        return null;
      }
      continuedAlready[under] = true;
      cells.set(under, new Chunk(whole, cell.left(), Math.max(cell.right(), piece.right())));
    }
    return new Line(cells, above.left(), Math.max(above.right(), line.right()), em, above.baseline());
  }

  /** Whether a fragment shares its cell's left edge, right edge or centre, within half an em. */
  private static boolean isAligned(Chunk piece, Chunk cell, double em) {
    double slack = em / 2;
    return Math.abs(piece.left() - cell.left()) <= slack || Math.abs(piece.right() - cell.right()) <= slack
        || Math.abs((piece.left() + piece.right()) - (cell.left() + cell.right())) / 2 <= slack;
  }

  /**
   * Whether a cell is as wide as the widest number cell of its column (the page's number cells of other row
   * lines that overlap it, the fragments' line aside), within half an em: the column's width is not printed,
   * and a narrower cell had room left for more digits, so its column did not wrap it. Only number cells
   * count: a column's heading wraps too ({@code 处理决} over {@code 定数量}), its characters twice a digit's width.
   */
  private static boolean fillsItsColumn(Chunk cell, Line fragments, List<Line> page, double em) {
    double width = cell.right() - cell.left();
    for (Line other : page) {
      if (other == fragments || !other.isRow()) {
        continue;
      }
      for (Chunk chunk : other.chunks()) {
        if (chunk.left() < cell.right() && chunk.right() > cell.left()
            && chunk.right() - chunk.left() > width + em / 2 && NUMBER_CELL.matcher(chunk.text()).matches()) {
          return false;
        }
      }
    }
    return true;
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
    boolean[] footNumber = new boolean[pages.size()];
    boolean[] topNumber = new boolean[pages.size()];
    int numberedAtFeet = 0;
    int numberedAtTops = 0;
    for (int p = 0; p < pages.size(); p++) {
      List<Line> page = pages.get(p);
      List<Line> lines = new ArrayList<>();
      boolean numberedAtTop = false;
      boolean numberedAtFoot = false;
      for (int i = 0; i < page.size(); i++) {
        Line line = page.get(i);
        boolean top = i == 0 && (firstLines.getOrDefault(furnitureKey(line), 0) >= needed
                && !(p == 0 && isTitleAboveItsRepeats(line, pages))
            || p > 0 && repeatsTheTitle(line, pages.get(0)));
        boolean foot = i == page.size() - 1 && lastLines.getOrDefault(furnitureKey(line), 0) >= needed;
        // no page is numbered 0: a cell of 0 where other pages print their number is a cell
        boolean notANumber = looksLikePageNumber(line) && !NOT_ZERO.matcher(line.text()).find();
        top &= !notANumber;
        foot &= !notANumber;
        numberedAtTop |= top && isPageNumber(line);
        numberedAtFoot |= foot && isPageNumber(line);
        if (!top && !foot) {
          lines.add(line);
        }
      }
      // then a page number on the last or else the first line left, unless the page's number was a running
      // line dropped at either end: a page has one number, so a line of digits above its number is the page's
      // text (a table cell's wrapped digits, 124 over 0)
      boolean numbered = numberedAtTop || numberedAtFoot;
      footNumber[p] = !numbered && !lines.isEmpty() && isPageNumber(lines.get(lines.size() - 1));
      topNumber[p] = !numbered && !footNumber[p] && !lines.isEmpty() && isPageNumber(lines.get(0));
      numberedAtFeet += numberedAtFoot || footNumber[p] ? 1 : 0;
      numberedAtTops += numberedAtTop || topNumber[p] ? 1 : 0;
      kept.add(lines);
    }
    // a document numbers its pages at one end, the foot unless more are numbered at the top: a number at the
    // top of a page of a document numbered at its feet is a cell a page break put there
    boolean topsNumbered = numberedAtTops > numberedAtFeet;
    for (int p = 0; p < kept.size(); p++) {
      List<Line> lines = kept.get(p);
      if (footNumber[p]) {
        lines.remove(lines.size() - 1);
      } else if (topNumber[p] && topsNumbered) {
        lines.remove(0);
      }
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

  /**
   * Whether a later page's first line repeats the title that page 1 prints over its first lines in a type a
   * fifth larger ({@code 廣州市人民政府辦公廳} / {@code 2023年政府信息公開工作年度報告} above, the two as one line in
   * the header of page 2): a running header also where too few pages repeat it to tell by count (a report of
   * two or three pages).
   */
  private static boolean repeatsTheTitle(Line line, List<Line> firstPage) {
    String key = line.text().replace(" ", "");
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < Math.min(3, firstPage.size()); i++) {
      Line titleLine = firstPage.get(i);
      if (titleLine.size() < line.size() * HEADING_RATIO) {
        return false;
      }
      title.append(titleLine.text().replace(" ", ""));
      if (title.length() >= key.length()) {
        return title.toString().equals(key);
      }
    }
    return false;
  }

  /**
   * Whether a line is a page number: one run of text in a page number's form, or a line of cells that spells
   * one out in words ({@code 第1页} and {@code 共3页} printed far apart); a row of bare numbers, {@code 8 2 6},
   * is a table's.
   */
  private static boolean isPageNumber(Line line) {
    return looksLikePageNumber(line) && NOT_ZERO.matcher(line.text()).find()
        && (!line.isRow() || PAGE_NUMBER_IN_WORDS.matcher(line.text().replace(" ", "")).matches());
  }

  /** The marks after which a sentence goes on: a line ending in one ends no paragraph. */
  private static final String MID_SENTENCE = "，、；,;";

  /** The marks that close what comes before them, which no paragraph opens with. */
  private static final String CLOSING_MARKS = "，。、；：？！）》」』”%％,.;:?!)";

  /** Whether a line is in a page number's form, 0 included. */
  private static boolean looksLikePageNumber(Line line) {
    return PAGE_NUMBER.matcher(line.text().replace(" ", "")).matches();
  }

  /** A digit other than 0: no page is numbered 0, and a cell of 0 is a table's. */
  private static final Pattern NOT_ZERO = Pattern.compile("[1-9]");

  /** The page numbers that say so in words, which no table row of numbers is. */
  private static final Pattern PAGE_NUMBER_IN_WORDS =
      Pattern.compile("第\\d{1,4}页.*|[Pp]age\\d{1,4}.*");

  private static String furnitureKey(Line line) {
    return line.text().replaceAll("\\d+", "#").replace(" ", "");
  }

  private static Document blocks(List<List<Line>> pages, List<List<VerticalRules.Rule>> rules, String fileName) {
    // the body's type: the middle size of the lines that are not table rows (a table's small type, on pages of
    // rows, would make every line of prose look like a heading); of all lines when every line is a row
    List<Double> sizes = new ArrayList<>();
    List<Double> rowSizes = new ArrayList<>();
    for (List<Line> page : pages) {
      for (Line line : page) {
        (line.isRow() ? rowSizes : sizes).add(line.size());
      }
    }
    if (sizes.isEmpty()) {
      sizes = rowSizes;
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
    int previousHalfWidth = 0;
    boolean previousEndsInNumber = false;
    for (int p = 0; p < pages.size(); p++) {
      List<Line> page = pages.get(p);
      List<Line> table = null; // the lines of the table being read
      for (int i = 0; i < page.size(); i++) {
        Line line = page.get(i);
        boolean inTable = line.isRow()
            || (table != null && i + 1 < page.size() && page.get(i + 1).isRow()
                && line.right() - line.left() < 0.6 * (edge - margin));
        if (inTable) {
          flush(document, paragraph);
          if (table == null) {
            table = new ArrayList<>();
          }
          table.add(line);
          continue;
        }
        if (table != null) {
          document.table(grid(table, rules.get(p)));
          table = null;
        }
        if (line.size() > HEADING_RATIO * body) {
          flush(document, paragraph);
          document.heading(line.size() >= 1.4 * body ? 1 : 2, line.text());
          continue;
        }
        boolean indented = line.left() - margin > 1.5 * line.size();
        // a full line reaches the edge, or ends less than a character short of it (the next did not fit), and
        // half an em more for each half-width character it holds, up to FULL_LINE_SLACK_EMS in all: a page
        // laid out on a grid of characters wraps by count, so a line with digits (…推送信息415) ends short of
        // the edge and is still full, but a line with a web address ends short because the paragraph ended;
        // no cap after a line that ends in a digit, a Latin letter or a decimal point after a digit
        // (…推送信息415 over 条，…; …占9. over 2%), which a break would part from its unit or its fraction
        double slack = 1 + 0.5 * previousHalfWidth;
        if (!previousEndsInNumber) {
          slack = Math.min(slack, FULL_LINE_SLACK_EMS);
        }
        boolean previousShort = previousRight < edge - line.size() * slack;
        boolean headingStart = HEADING_START.matcher(line.text()).lookingAt();
        // no paragraph ends mid-sentence (after ，、；), and no line opens with a mark that closes what came before
        // (，。；%…, kept off a line's start by Chinese typesetting): a line short for its digits or a generator's
        // wrap by count goes on
        boolean midSentence = paragraph.length() > 0
            && (MID_SENTENCE.indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0
                || !line.text().isEmpty() && CLOSING_MARKS.indexOf(line.text().charAt(0)) >= 0);
        if (paragraph.length() > 0 && ((indented || previousShort) && !midSentence || headingStart)) {
          flush(document, paragraph);
        }
        join(paragraph, line.text());
        previousRight = line.right();
        previousHalfWidth = halfWidth(line.text());
        previousEndsInNumber = endsInNumber(line.text()) || endsMidWord(line.text());
      }
      if (table != null) {
        document.table(grid(table, rules.get(p)));
      }
    }
    flush(document, paragraph);
    return document.build(fileName, DocumentFormat.PDF);
  }

  /**
   * A table's lines as rows of cells (see {@link #cells}), the value columns starting where the table's
   * leftmost number stands: a line whose label is wrapped onto the lines around it leaves the label's column
   * empty, and that is no blank cell.
   */
  private static TableGrid grid(List<Line> lines, List<VerticalRules.Rule> rules) {
    List<List<Double>> ruled = new ArrayList<>(lines.size());
    double firstValueRule = Double.MAX_VALUE;
    for (Line line : lines) {
      List<Double> xs = VerticalRules.across(rules, line.baseline() - GLYPH_MIDDLE_EMS * line.size(),
          NARROWEST_COLUMN_EMS * line.size());
      ruled.add(xs);
      for (Chunk chunk : line.chunks()) {
        int column = columnOf((chunk.left() + chunk.right()) / 2, xs);
        if (column >= 0 && isValueCell(chunk.text())) {
          firstValueRule = Math.min(firstValueRule, xs.get(column));
        }
      }
    }
    TableGrid grid = new TableGrid();
    for (int i = 0; i < lines.size(); i++) {
      grid.newRow();
      for (String cell : cells(lines.get(i), ruled.get(i), firstValueRule)) {
        grid.placeNext(cell);
      }
    }
    return grid;
  }

  /**
   * A table line's cells: its chunks, and where the page rules the table, an empty cell for each column
   * after the row's label that the line leaves blank ({@code 自然人 12}, {@code 商业企业} blank, …). The rules
   * that run across the line's glyphs ({@code xs}) part it into columns; a column right of the line's last
   * label chunk (any chunk that is no number) and not left of the table's leftmost number
   * ({@code firstValueRule}, the rule on its left) is a value column. The line gains its empty cells only when
   * it holds a number, every chunk lies within one column, every value column holds at most one chunk and that
   * a number, and no number stands in a label's column: else it is its chunks, as printed, and a reader leaves
   * what it cannot place unread. (A rule between two glyphs already parts them into two chunks, see
   * {@link #line}.)
   */
  private static List<String> cells(Line line, List<Double> xs, double firstValueRule) {
    List<String> printed = new ArrayList<>(line.chunks().size());
    for (Chunk chunk : line.chunks()) {
      printed.add(chunk.text());
    }
    if (xs.size() < 3) {
      return printed;
    }
    List<Chunk> chunks = line.chunks();
    int[] column = new int[chunks.size()];
    int lastLabelColumn = -1;
    int firstValueColumn = Integer.MAX_VALUE;
    for (int c = 0; c < column.length; c++) {
      Chunk chunk = chunks.get(c);
      column[c] = columnOf((chunk.left() + chunk.right()) / 2, xs);
      if (column[c] < 0 || chunk.left() < xs.get(column[c]) - 1 || chunk.right() > xs.get(column[c] + 1) + 1) {
        return printed; // a chunk outside the ruled columns, or across a rule
      }
      if (isValueCell(chunk.text())) {
        firstValueColumn = Math.min(firstValueColumn, column[c]);
      } else {
        lastLabelColumn = Math.max(lastLabelColumn, column[c]);
      }
    }
    if (firstValueColumn == Integer.MAX_VALUE || firstValueColumn <= lastLabelColumn) {
      return printed;
    }
    // the value columns: after the line's label, from the table's leftmost number on (a line whose label wrapped
    // onto the lines around it leaves the label's column empty, and a line of numbers only has no label)
    int firstSlot = lastLabelColumn + 1;
    while (firstSlot < firstValueColumn && xs.get(firstSlot) < firstValueRule - 1) {
      firstSlot++;
    }
    String[] slots = new String[xs.size() - 1 - firstSlot];
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < column.length; c++) {
      if (column[c] < firstSlot) {
        cells.add(printed.get(c));
      } else if (slots[column[c] - firstSlot] != null) {
        return printed; // two chunks in one column
      } else {
        slots[column[c] - firstSlot] = printed.get(c);
      }
    }
    for (String slot : slots) {
      cells.add(slot == null ? "" : slot);
    }
    return cells;
  }

  /**
   * Whether a table's rule runs between two glyphs of a line: between the end of one and the start of the
   * next, with {@value #RULE_SLACK} point of slack (a glyph's box drawn over the border).
   */
  private static boolean ruledBetween(List<Double> ruled, double end, double start) {
    for (double x : ruled) {
      if (end - RULE_SLACK <= x && x <= start + RULE_SLACK) {
        return true;
      }
    }
    return false;
  }

  /** How far (points) a glyph's box may lie over a rule: its side bearing drawn over the border. */
  private static final double RULE_SLACK = 0.5;

  /** The column between two rules that a place across the page lies in, or -1 outside them all. */
  private static int columnOf(double x, List<Double> xs) {
    for (int i = 0; i + 1 < xs.size(); i++) {
      if (xs.get(i) < x && x < xs.get(i + 1)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a cell's text is a number or a mark printed for an unknown or empty cell ({@code /}, {@code -}). */
  private static boolean isValueCell(String text) {
    return NUMBER_CELL.matcher(text).matches() || UNKNOWN_CELL.matcher(text).matches();
  }

  /** What a table prints in a cell with no number (a slash, a dash or two), and a gain with its sign (+3). */
  private static final Pattern UNKNOWN_CELL = Pattern.compile("[/／]|[-－—]{1,2}|\\+[0-9]+(?:\\.[0-9]+)?");

  /** A line's glyphs stand this many ems (of its type) above its baseline, at their middle. */
  private static final double GLYPH_MIDDLE_EMS = 0.35;

  /** Rules nearer each other than this many ems (of the line's type) are one: no column is narrower. */
  private static final double NARROWEST_COLUMN_EMS = 0.8;

  /** How many characters of the text are half-width (ASCII: digits, Latin letters, punctuation). */
  private static int halfWidth(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f) {
        count++;
      }
    }
    return count;
  }

  /** Joins a hard-wrapped line: no space between Chinese characters, one between two Latin words. */
  private static void join(StringBuilder paragraph, String line) {
    if (paragraph.length() > 0 && isLatinLetter(paragraph.charAt(paragraph.length() - 1))
        && !line.isEmpty() && isLatinLetter(line.charAt(0))) {
      paragraph.append(' ');
    }
    paragraph.append(line);
  }

  /**
   * Whether a line ends in a digit, a Latin letter, or a decimal point after a digit: a number or a word that the
   * next line may go on with (its unit, its fraction).
   */
  /**
   * Whether a line of prose ends in a Chinese character, no mark after it, when a sentence mark stands before in
   * the line ({@code …行政复议98宗，行政诉讼} over {@code 17宗。}): the word goes on at the next line, which a heading
   * or a signature (no mark in it) does not.
   */
  static boolean endsMidWord(String line) {
    int n = line.length();
    if (n == 0 || !Character.isIdeographic(line.codePointBefore(n))) {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if ("，。；".indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static boolean endsInNumber(String line) {
    int n = line.length();
    if (n == 0) {
      return false;
    }
    char last = line.charAt(n - 1);
    if (last == '.' && n >= 2) {
      last = line.charAt(n - 2);
      return last >= '0' && last <= '9';
    }
    return isLatinLetter(last) || (last >= '0' && last <= '9');
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
