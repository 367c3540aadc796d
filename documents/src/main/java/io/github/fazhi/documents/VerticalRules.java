package io.github.fazhi.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The vertical ruling lines (表格竖线) a PDF page draws, the borders between a ruled table's columns: stroked
 * lines and rectangle sides that run up and down the page, and filled rectangles thin enough to be lines
 * (how Word and WPS draw a table's borders). Curves, slanted lines and wide fills are no rules. Measured as
 * the page's glyphs are: from the crop box's left edge and from its top, in points.
 *
 * <p>Fed the page's path operators one by one ({@link #operator}); what a hostile file draws is bounded
 * ({@value #MAX_RULES} rules a page, and as many segments four times over in a path not yet painted) and a
 * malformed operator is skipped. Not thread-safe: one page
 * collector's, one page at a time.
 */
final class VerticalRules {
  /** A rule: where it stands across the page and the stretch of the page it runs down. */
  record Rule(double x, double top, double bottom) {}

  /** At most this many rules a page are kept: a page of a report's tables draws a few hundred. */
  static final int MAX_RULES = 5_000;

  /** At most this many segments of an unpainted path are kept: a hostile file may build one without end. */
  private static final int MAX_SEGMENTS = 4 * MAX_RULES;

  /** A line at most this far off the vertical (points) is upright; a filled rectangle this narrow, a line. */
  private static final float THIN = 2.5f;

  /** No rule is shorter than this (points): a glyph's stroke, a tick or a dot is none. */
  private static final float SHORTEST = 3f;

  private List<Rule> rules = new ArrayList<>();
  /** The path being built: its straight segments (x0, y0, x1, y1) and rectangles (x0, y0, x1, y1), in user space. */
  private final List<float[]> segments = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private float startX;
  private float startY;
  private float currentX;
  private float currentY;
  private float left;
  private float top;
  private boolean measuring;

  /**
   * Starts a page.
   *
   * @param measuring  whether to collect its rules: false on a rotated page, whose glyphs are measured
   *     across the page as it is shown
   * @param left  the crop box's left edge, in user space
   * @param top  the crop box's top edge, in user space
   */
  void startPage(boolean measuring, float left, float top) {
    this.measuring = measuring;
    this.left = left;
    this.top = top;
    rules = new ArrayList<>();
    segments.clear();
    rectangles.clear();
  }

  /** The page's rules, in the order drawn. */
  List<Rule> rules() {
    return rules;
  }

  /**
   * Takes one operator of the page's content: a path operator builds or paints the path; any other is
   * ignored.
   *
   * @param name  the operator ({@code m}, {@code l}, {@code re}, {@code S}, {@code f} …)
   * @param operands  its operands
   * @param ctm  the current transformation matrix
   */
  void operator(String name, List<COSBase> operands, Matrix ctm) {
    if (!measuring) {
      return;
    }
    switch (name) {
      case "m" -> {
        if (numbers(operands, 2)) {
          float[] p = transform(ctm, number(operands, 0), number(operands, 1));
          startX = currentX = p[0];
          startY = currentY = p[1];
        }
      }
      case "l" -> {
        if (numbers(operands, 2)) {
          float[] p = transform(ctm, number(operands, 0), number(operands, 1));
          segment(currentX, currentY, p[0], p[1]);
          currentX = p[0];
          currentY = p[1];
        }
      }
      case "c", "v", "y" -> {
        if (numbers(operands, 4)) { // a curve: no rule, but it moves the current point to its end
          int n = operands.size();
          float[] p = transform(ctm, number(operands, n - 2), number(operands, n - 1));
          currentX = p[0];
          currentY = p[1];
        }
      }
      case "h" -> close();
      case "re" -> {
        if (numbers(operands, 4)) {
          rectangle(ctm, number(operands, 0), number(operands, 1), number(operands, 2), number(operands, 3));
        }
      }
      case "S" -> paint(true, false);
      case "s" -> {
        close();
        paint(true, false);
      }
      case "f", "F", "f*" -> paint(false, true);
      case "B", "B*" -> paint(true, true);
      case "b", "b*" -> {
        close();
        paint(true, true);
      }
      case "n" -> paint(false, false);
      default -> {
        // not a path operator
      }
    }
  }

  /** Closes the current subpath: a segment back to where it started. */
  private void close() {
    segment(currentX, currentY, startX, startY);
    currentX = startX;
    currentY = startY;
  }

  private void segment(float x0, float y0, float x1, float y1) {
    if (segments.size() < MAX_SEGMENTS) {
      segments.add(new float[] {x0, y0, x1, y1});
    }
  }

  private void rectangle(Matrix ctm, float x, float y, float width, float height) {
    float[] a = transform(ctm, x, y);
    float[] b = transform(ctm, x + width, y);
    float[] c = transform(ctm, x + width, y + height);
    float[] d = transform(ctm, x, y + height);
    segment(a[0], a[1], b[0], b[1]);
    segment(b[0], b[1], c[0], c[1]);
    segment(c[0], c[1], d[0], d[1]);
    segment(d[0], d[1], a[0], a[1]);
    if (rectangles.size() < MAX_SEGMENTS) {
      rectangles.add(new float[] {a[0], a[1], c[0], c[1]});
    }
    startX = currentX = a[0];
    startY = currentY = a[1];
  }

  private void paint(boolean stroke, boolean fill) {
    if (stroke) {
      for (float[] s : segments) {
        if (Math.abs(s[0] - s[2]) <= THIN && Math.abs(s[1] - s[3]) >= SHORTEST) {
          add((s[0] + s[2]) / 2, s[1], s[3]);
        }
      }
    }
    if (fill) {
      for (float[] r : rectangles) {
        if (Math.abs(r[0] - r[2]) <= THIN && Math.abs(r[1] - r[3]) >= SHORTEST) {
          add((r[0] + r[2]) / 2, r[1], r[3]);
        }
      }
    }
    segments.clear();
    rectangles.clear();
  }

  private void add(float x, float y0, float y1) {
    if (rules.size() < MAX_RULES) {
      rules.add(new Rule(x - left, top - Math.max(y0, y1), top - Math.min(y0, y1)));
    }
  }

  /** A point of user space on the page: the matrix applied to it. */
  private static float[] transform(Matrix m, float x, float y) {
    return new float[] {
      x * m.getValue(0, 0) + y * m.getValue(1, 0) + m.getValue(2, 0),
      x * m.getValue(0, 1) + y * m.getValue(1, 1) + m.getValue(2, 1)};
  }

  private static boolean numbers(List<COSBase> operands, int least) {
    if (operands.size() < least) {
      return false;
    }
    for (COSBase operand : operands) {
      if (!(operand instanceof COSNumber number) || !Float.isFinite(number.floatValue())) {
        return false;
      }
    }
    return true;
  }

  private static float number(List<COSBase> operands, int index) {
    return ((COSNumber) operands.get(index)).floatValue();
  }

  /**
   * The rules that run across a height of the page, as their places across it, left to right; rules nearer
   * each other than {@code closest} are one (a double border, a line drawn twice).
   *
   * @param rules  a page's rules
   * @param y  the height, from the top
   * @param closest  the least distance between two rules kept apart, in points
   * @return their places, ascending; never null
   */
  static List<Double> across(List<Rule> rules, double y, double closest) {
    List<Double> xs = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.top() <= y && y <= rule.bottom()) {
        xs.add(rule.x());
      }
    }
    xs.sort(null);
    List<Double> kept = new ArrayList<>();
    for (double x : xs) {
      if (kept.isEmpty() || x - kept.get(kept.size() - 1) >= closest) {
        kept.add(x);
      }
    }
    return kept;
  }
}
