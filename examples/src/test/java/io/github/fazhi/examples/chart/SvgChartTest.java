package io.github.fazhi.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgChartTest {
  /** A chart with the bundled facts' numbers: 威海市 2024 15.8万条, 建新镇 2018 22条. */
  static BarChart published(String title) {
    return new BarChart(title, "openness.items_published · 11 份报告，2 个辖区载明", "辖区", "主动公开信息（条）",
        List.of(new BarChart.Bar("威海市", new BigDecimal("158000"), "15.8万条"),
            new BarChart.Bar("建新镇", new BigDecimal("22"), "22条")),
        List.of("未载明（无柱）：六安市、密云区、文登区、曲江区、桐庐县、石家庄市、绍兴市、闵行区、静海区"));
  }

  @Test
  void everyStringIsATextElementWithTheChineseFontStack() throws Exception {
    BarChart chart = published("主动公开信息（条），按辖区");
    String svg = SvgChart.render(chart);
    List<Element> texts = ChartTesting.texts(svg);
    assertThat(texts.stream().map(Element::getTextContent)).containsAll(chart.texts());
    assertThat(texts).allSatisfy(text -> assertThat(text.getAttribute("font-family"))
        .isEqualTo("'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"));
    // No glyph outlines: the only shapes are the background, bars and lines.
    assertThat(svg).doesNotContain("<path").doesNotContain("<image").doesNotContain("@font-face");
  }

  @Test
  void labelsAreEscaped() throws Exception {
    BarChart chart = new BarChart("A & B <c> \"d\" 'e'", "", "辖区", "x", List.of(
        new BarChart.Bar("<script>", BigDecimal.ONE, "1 & 2")), List.of());
    String svg = SvgChart.render(chart);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("1 &amp; 2");
    assertThat(ChartTesting.texts(svg).stream().map(Element::getTextContent))
        .contains("A & B <c> \"d\" 'e'", "<script>", "1 & 2");
  }

  @Test
  void controlCharactersAreDropped() throws Exception {
    BarChart chart = new BarChart("a\u0001b", "", "c", "d", List.of(), List.of());
    assertThat(ChartTesting.texts(SvgChart.render(chart)).get(0).getTextContent()).isEqualTo("ab");
  }

  @Test
  void rendersWithItsCharacters_inARealRenderer() throws Exception {
    assumeTrue(ChartTesting.canRenderChinese(), "needs rsvg-convert (librsvg2-bin) and a Chinese font");
    BufferedImage first = render("rsvg-published.svg", published("主动公开信息（条），按辖区"));
    BufferedImage second = render("rsvg-other-title.svg", published("行政复议案件（件），按年度"));
    assertThat(first.getWidth()).isEqualTo(800);
    // Not blank: the bar alone is 20 × ~500 pixels of dark blue.
    assertThat(ChartTesting.ink(first, 0, 0, first.getWidth(), first.getHeight())).isGreaterThan(5_000);
    // The title (baseline 34, 20 px) has ink, and other characters make other ink: glyphs, not alike boxes.
    int title = ChartTesting.ink(first, 20, 12, 400, 40);
    assertThat(title).isGreaterThan(500);
    boolean differ = false;
    for (int y = 12; y < 40 && !differ; y++) {
      for (int x = 20; x < 400; x++) {
        if (first.getRGB(x, y) != second.getRGB(x, y)) {
          differ = true;
          break;
        }
      }
    }
    assertThat(differ).isTrue();
    // The label column (威海市 at x 24..66, around y 109) and the notes line have ink too.
    assertThat(ChartTesting.ink(first, 20, 95, 70, 120)).isGreaterThan(50);
    assertThat(ChartTesting.ink(first, 20, first.getHeight() - 40, 400, first.getHeight())).isGreaterThan(100);
  }

  private static BufferedImage render(String name, BarChart chart) throws Exception {
    Path svg = ChartTesting.out(name);
    Files.writeString(svg, SvgChart.render(chart), StandardCharsets.UTF_8);
    Path png = ChartTesting.out(name.replace(".svg", ".png"));
    ChartTesting.rsvg(svg, png);
    return ImageIO.read(png.toFile());
  }
}
