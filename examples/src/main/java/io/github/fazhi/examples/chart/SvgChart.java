package io.github.fazhi.examples.chart;

import io.github.fazhi.examples.chart.Drawing.Element;
import io.github.fazhi.examples.chart.Drawing.Line;
import io.github.fazhi.examples.chart.Drawing.Rect;
import io.github.fazhi.examples.chart.Drawing.Text;
import java.util.Locale;

/**
 * Writes a {@link BarChart} as a standalone SVG document. Every string is an SVG {@code <text>} element
 * (escaped) with the font stack {@link #FONT_FAMILY}, so the viewer's fonts draw the characters: the
 * document holds no glyph outlines and depends on no font of the machine that wrote it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SvgChart {
  /**
   * The fonts asked for, in order: the common Simplified Chinese fonts of Linux (Noto Sans CJK SC, also
   * named Source Han Sans SC), macOS (PingFang SC) and Windows (Microsoft YaHei), then any sans-serif.
   */
  public static final String FONT_FAMILY =
      "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

  private SvgChart() {}

  /**
   * Returns the chart as an SVG document.
   *
   * @param chart  the chart, not null
   * @return the document, UTF-8 text starting with the XML declaration; never null
   */
  public static String render(BarChart chart) {
    Drawing drawing = ChartLayout.lay(chart);
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"zh-CN\" width=\"").append(drawing.width())
        .append("\" height=\"").append(drawing.height()).append("\" viewBox=\"0 0 ").append(drawing.width())
        .append(' ').append(drawing.height()).append("\">\n")
        .append("<title>").append(escape(chart.title())).append("</title>\n");
    for (Element element : drawing.elements()) {
      if (element instanceof Rect r) {
        svg.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
            .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height()))
            .append("\" fill=\"").append(colour(r.rgb())).append("\"/>\n");
      } else if (element instanceof Line l) {
        svg.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
            .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2()))
            .append("\" stroke=\"").append(colour(l.rgb())).append("\" stroke-width=\"1\"/>\n");
      } else if (element instanceof Text t) {
        svg.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
            .append("\" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"").append(n(t.size()))
            .append('"');
        if (t.bold()) {
          svg.append(" font-weight=\"bold\"");
        }
        if (t.anchor() != Drawing.Anchor.START) {
          svg.append(" text-anchor=\"").append(t.anchor().name().toLowerCase(Locale.ROOT)).append('"');
        }
        svg.append(" fill=\"").append(colour(t.rgb())).append("\">").append(escape(t.text())).append("</text>\n");
      }
    }
    return svg.append("</svg>\n").toString();
  }

  /**
   * Escapes text for XML character data and attribute values.
   *
   * @param text  the text, not null
   * @return the text with {@code & < > " '} escaped, never null
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          // Control characters other than tab are not allowed in XML 1.0; they are dropped.
          if (c >= 0x20 || c == '\t') {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  private static String n(double value) {
    long rounded = Math.round(value * 10);
    return rounded % 10 == 0 ? Long.toString(rounded / 10) : (rounded / 10.0) + "";
  }

  private static String colour(int rgb) {
    return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
  }
}
