package io.github.fazhi.examples.chart;

import java.util.List;

/**
 * A chart laid out: a page of the given size in CSS pixels and the shapes on it, in painting order. Both
 * {@link SvgChart} and {@link PngChart} paint the same drawing, so the two outputs agree.
 *
 * @param width  the page width, in pixels
 * @param height  the page height, in pixels
 * @param elements  what is painted, in order; not null
 */
record Drawing(int width, int height, List<Element> elements) {
  Drawing {
    elements = List.copyOf(elements);
  }

  /** Where a text's x coordinate is. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  /** A shape on the page. */
  sealed interface Element permits Rect, Line, Text {}

  /** A filled rectangle. */
  record Rect(double x, double y, double width, double height, int rgb) implements Element {}

  /** A one-pixel line. */
  record Line(double x1, double y1, double x2, double y2, int rgb) implements Element {}

  /** A line of text, its baseline at {@code y}. */
  record Text(double x, double y, String text, double size, boolean bold, Anchor anchor, int rgb)
      implements Element {}
}
