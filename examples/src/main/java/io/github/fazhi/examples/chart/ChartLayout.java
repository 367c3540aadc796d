package io.github.fazhi.examples.chart;

import io.github.fazhi.examples.chart.Drawing.Anchor;
import io.github.fazhi.examples.chart.Drawing.Element;
import io.github.fazhi.examples.chart.Drawing.Line;
import io.github.fazhi.examples.chart.Drawing.Rect;
import io.github.fazhi.examples.chart.Drawing.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link BarChart} out as horizontal bars: the title and subtitle on top, one row per bar with its
 * label on the left and its number as stated at its end, the value axis with its ticks and title below,
 * then the notes. Text widths are estimated from the characters (a Chinese character is one em wide), not
 * measured with the JVM's fonts, so the layout is the same on every machine, with or without Chinese fonts.
 */
final class ChartLayout {
  static final int WIDTH = 800;
  static final int MARGIN = 24;
  static final int ROW = 30;
  static final int BAR = 20;
  static final int BAR_RGB = 0x3B6EA5;
  static final int TEXT_RGB = 0x222222;
  static final int MUTED_RGB = 0x666666;
  static final int GRID_RGB = 0xDDDDDD;
  static final int AXIS_RGB = 0x888888;
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private ChartLayout() {}

  static Drawing lay(BarChart chart) {
    List<Element> out = new ArrayList<>();
    out.add(new Rect(0, 0, WIDTH, 0, 0xFFFFFF)); // height patched below: the background
    out.add(new Text(MARGIN, 34, chart.title(), 20, true, Anchor.START, TEXT_RGB));
    if (!chart.subtitle().isEmpty()) {
      out.add(new Text(MARGIN, 56, chart.subtitle(), 13, false, Anchor.START, MUTED_RGB));
    }
    double labelWidth = 0;
    double shownWidth = 0;
    for (BarChart.Bar bar : chart.bars()) {
      labelWidth = Math.max(labelWidth, width(bar.label(), 14));
      shownWidth = Math.max(shownWidth, width(bar.shown(), 13));
    }
    labelWidth = Math.min(Math.max(labelWidth, width(chart.categoryAxis(), 13)), 300);
    double x0 = MARGIN + labelWidth + 10;
    double x1 = Math.max(x0 + 120, WIDTH - MARGIN - shownWidth - 8);
    double y0 = 94;
    out.add(new Text(x0 - 10, 84, chart.categoryAxis(), 13, true, Anchor.END, MUTED_RGB));
    int rows = Math.max(1, chart.bars().size());
    double y1 = y0 + rows * ROW;

    BigDecimal max = chart.bars().stream().map(BarChart.Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    BigDecimal step = step(max);
    BigDecimal top = max.signum() == 0 ? step : max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    double scale = (x1 - x0) / top.doubleValue();
    for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(top) <= 0; tick = tick.add(step)) {
      double x = x0 + tick.doubleValue() * scale;
      out.add(new Line(x, y0, x, y1, GRID_RGB));
      out.add(new Text(x, y1 + 18, tickLabel(tick), 12, false, Anchor.MIDDLE, MUTED_RGB));
    }
    out.add(new Line(x0, y0, x0, y1, AXIS_RGB));
    out.add(new Line(x0, y1, x1, y1, AXIS_RGB));
    double y = y0;
    for (BarChart.Bar bar : chart.bars()) {
      double length = bar.value().doubleValue() * scale;
      double middle = y + ROW / 2.0;
      out.add(new Rect(x0, middle - BAR / 2.0, length, BAR, BAR_RGB));
      out.add(new Text(x0 - 10, middle + 5, bar.label(), 14, false, Anchor.END, TEXT_RGB));
      out.add(new Text(x0 + length + 6, middle + 5, bar.shown(), 13, false, Anchor.START, TEXT_RGB));
      y += ROW;
    }
    out.add(new Text((x0 + x1) / 2, y1 + 42, chart.valueAxis(), 13, true, Anchor.MIDDLE, MUTED_RGB));
    double baseline = y1 + 42;
    for (String note : chart.notes()) {
      for (String line : wrap(note, 13, WIDTH - 2 * MARGIN)) {
        baseline += 22;
        out.add(new Text(MARGIN, baseline, line, 13, false, Anchor.START, MUTED_RGB));
      }
    }
    int height = (int) Math.ceil(baseline + 20);
    out.set(0, new Rect(0, 0, WIDTH, height, 0xFFFFFF));
    return new Drawing(WIDTH, height, out);
  }

  /**
   * Estimates how wide a text is drawn: a Chinese (wide) character one em, a digit or capital 0.6 em, a
   * space 0.3 em, anything else 0.55 em. Slightly generous for Latin text, so that labels never overlap.
   */
  static double width(String text, double size) {
    double ems = text.codePoints().mapToDouble(c -> {
      if (isWide(c)) {
        return 1.0;
      }
      if (c == ' ') {
        return 0.3;
      }
      return Character.isDigit(c) || Character.isUpperCase(c) || c == '%' ? 0.6 : 0.55;
    }).sum();
    return ems * size;
  }

  static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }

  /** Splits a note into lines no wider than the page, at the 、 and ， separators where it can. */
  static List<String> wrap(String text, double size, double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lastBreak = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      line.appendCodePoint(c);
      i += Character.charCount(c);
      if (c == '、' || c == '，' || c == ',' || c == ' ') {
        lastBreak = line.length();
      }
      if (width(line.toString(), size) > maxWidth) {
        int cut = lastBreak > 0 ? lastBreak : line.length() - Character.charCount(c);
        lines.add(line.substring(0, cut).stripTrailing());
        String rest = line.substring(cut);
        line.setLength(0);
        line.append(rest.stripLeading());
        lastBreak = -1;
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A round tick step that splits {@code 0..max} into at most about five parts: 1, 2 or 5 × 10ⁿ. */
  static BigDecimal step(BigDecimal max) {
    if (max.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal raw = max.divide(BigDecimal.valueOf(5), 20, RoundingMode.HALF_UP);
    int exponent = raw.precision() - raw.scale() - 1; // floor(log10(raw))
    BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    BigDecimal leading = raw.divide(magnitude, 20, RoundingMode.HALF_UP);
    int factor = leading.compareTo(BigDecimal.ONE) <= 0 ? 1
        : leading.compareTo(BigDecimal.valueOf(2)) <= 0 ? 2
        : leading.compareTo(BigDecimal.valueOf(5)) <= 0 ? 5 : 10;
    return magnitude.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros();
  }

  /** A tick's label: plain digits, or 万 from ten thousand on when that is exact ({@code 150000} → {@code 15万}). */
  static String tickLabel(BigDecimal tick) {
    if (tick.compareTo(TEN_THOUSAND) >= 0) {
      BigDecimal wan = tick.divide(TEN_THOUSAND).stripTrailingZeros();
      if (wan.scale() <= 2) {
        return plain(wan) + "万";
      }
    }
    return plain(tick);
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
