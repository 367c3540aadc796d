package io.github.fazhi.examples.chart;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a bar chart says, before it is laid out: a title and subtitle, the names of its two axes, the bars
 * in the order they are drawn (top to bottom), and notes printed under the chart (such as the places that
 * do not state the number).
 *
 * @param title  the title, in words ({@code 主动公开信息（条），按辖区}); not null
 * @param subtitle  a smaller second line (the catalogue code, the coverage); not null, may be empty
 * @param categoryAxis  what the bars stand for ({@code 辖区}); not null
 * @param valueAxis  what their length measures, with its unit ({@code 主动公开信息（条）}); not null
 * @param bars  the bars, drawn in this order; not null
 * @param notes  lines under the chart; not null
 */
public record BarChart(
    String title, String subtitle, String categoryAxis, String valueAxis, List<Bar> bars, List<String> notes) {

  /**
   * One bar.
   *
   * @param label  the category ({@code 威海市}); not null
   * @param value  the length, in the value axis's unit, at least 0; not null
   * @param shown  the number as it is printed beside the bar, as the report states it
   *     ({@code 15.8万条}, {@code 3000余人次}); not null
   */
  public record Bar(String label, BigDecimal value, String shown) {
    /**
     * Creates a bar.
     *
     * @throws IllegalArgumentException if the value is negative
     */
    public Bar {
      requireNonNull(label, "label");
      requireNonNull(value, "value");
      requireNonNull(shown, "shown");
      if (value.signum() < 0) {
        throw new IllegalArgumentException("value (" + value + ") must be >= 0");
      }
    }
  }

  /** Creates a chart; the lists are copied. */
  public BarChart {
    requireNonNull(title, "title");
    requireNonNull(subtitle, "subtitle");
    requireNonNull(categoryAxis, "categoryAxis");
    requireNonNull(valueAxis, "valueAxis");
    bars = List.copyOf(bars);
    notes = List.copyOf(notes);
  }

  /**
   * Returns every string the chart shows, in drawing order; what a test looks for in the output.
   *
   * @return the strings, never null
   */
  public List<String> texts() {
    java.util.ArrayList<String> texts = new java.util.ArrayList<>(List.of(title, subtitle, categoryAxis, valueAxis));
    for (Bar bar : bars) {
      texts.add(bar.label());
      texts.add(bar.shown());
    }
    texts.addAll(notes);
    texts.removeIf(String::isEmpty);
    return List.copyOf(texts);
  }
}
