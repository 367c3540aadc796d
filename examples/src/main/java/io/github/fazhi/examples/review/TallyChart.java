package io.github.fazhi.examples.review;

import com.google.common.xml.XmlEscapers;
import java.util.List;

/**
 * A small SVG bar chart of the review tallies' counts (received, accepted, concluded, pending), one group of
 * bars per tally, where comparing them helps. Every string is SVG text (never glyph outlines), escaped, in
 * a CJK-capable font stack; a count the report does not state is drawn as no bar and labelled {@code —}.
 */
final class TallyChart {
  private static final String FONTS =
      "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
  private static final int[] SHOWN = {0, 1, 4, 6}; // received, accepted, concluded, pending
  private static final int ROW = 22;
  private static final int LABEL_WIDTH = 150;
  private static final int BAR_WIDTH = 320;

  private TallyChart() {}

  /** The chart's SVG document, or the empty string when no tally states any of its counts. */
  static String svg(List<TallyView> tallies) {
    long max = 0;
    for (TallyView tally : tallies) {
      for (int i : SHOWN) {
        max = Math.max(max, value(tally.counts().get(i)));
      }
    }
    if (max <= 0) {
      return "";
    }
    int height = tallies.size() * (SHOWN.length * ROW + 28) + 10;
    StringBuilder svg = new StringBuilder(2048);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"复议与诉讼数量 Review counts\" ")
        .append("width=\"").append(LABEL_WIDTH + BAR_WIDTH + 60).append("\" height=\"").append(height)
        .append("\" font-family=\"").append(FONTS).append("\" font-size=\"13\">");
    int y = 18;
    for (TallyView tally : tallies) {
      text(svg, 4, y, tally.heading(), "font-weight=\"bold\"");
      y += 10;
      for (int i : SHOWN) {
        TallyView.Cell cell = tally.counts().get(i);
        long value = value(cell);
        text(svg, 4, y + 15, cell.label(), "");
        if (value > 0) {
          long width = Math.max(1, value * BAR_WIDTH / max);
          svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
              .append(width).append("\" height=\"").append(ROW - 6).append("\" fill=\"#4a6fa5\"/>");
          text(svg, LABEL_WIDTH + (int) width + 4, y + 15, cell.value(), "");
        } else {
          text(svg, LABEL_WIDTH + 4, y + 15, cell.value(), "");
        }
        y += ROW;
      }
      y += 18;
    }
    return svg.append("</svg>").toString();
  }

  /** The count of a cell, or -1 when unknown. */
  private static long value(TallyView.Cell cell) {
    return cell.value().equals(TallyView.UNKNOWN) ? -1 : Long.parseLong(cell.value());
  }

  private static void text(StringBuilder svg, int x, int y, String text, String attributes) {
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"')
        .append(attributes.isEmpty() ? "" : " " + attributes).append('>')
        .append(XmlEscapers.xmlContentEscaper().escape(text)).append("</text>");
  }
}
