package io.github.fazhi.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngChartTest {
  private static final BarChart CHART = SvgChartTest.published("主动公开信息（条），按辖区");

  @Test
  void aFoundFontDrawsEveryCharacter() {
    String text = String.join("", CHART.texts());
    Optional<Font> font = ChineseFont.find(text);
    assumeTrue(font.isPresent(), "no Chinese font on this machine (install fonts-noto-cjk)");
    assertThat(font.get().canDisplayUpTo(text)).isEqualTo(-1);
  }

  @Test
  void fontconfigFiles_giveAFontThatDrawsChinese() {
    List<Path> files = ChineseFont.fontconfigFiles();
    assumeTrue(!files.isEmpty(), "no fontconfig, or no Chinese font it knows");
    Optional<Font> font = ChineseFont.fromFiles(files, "主动公开信息（条），按辖区");
    assertThat(font).isPresent();
    assertThat(font.get().canDisplayUpTo("威海市建新镇未载明")).isEqualTo(-1);
  }

  @Test
  void fromFiles_withNoUsableFile_isEmpty() {
    assertThat(ChineseFont.fromFiles(List.of(Path.of("pom.xml"), Path.of("no-such.ttf")), "中")).isEmpty();
  }

  @Test
  void paintsTwiceTheLayout_at192Dpi_withInk() throws Exception {
    String text = String.join("", CHART.texts());
    Optional<Font> font = ChineseFont.find(text);
    assumeTrue(font.isPresent(), "no Chinese font on this machine (install fonts-noto-cjk)");
    BufferedImage image = PngChart.paint(CHART, font.get());
    Drawing drawing = ChartLayout.lay(CHART);
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(image.getHeight()).isEqualTo(drawing.height() * 2);
    Path file = ChartTesting.out("java2d-published.png");
    PngChart.write(image, file);
    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo(1600);
    // The title (baseline 34 × 2) has ink; so does the bar label column.
    assertThat(ChartTesting.ink(read, 40, 24, 800, 80)).isGreaterThan(2_000);
    assertThat(ChartTesting.ink(read, 40, 190, 140, 240)).isGreaterThan(200);
    // 192 dpi = 7559 pixels per metre (192 / 0.0254 = 7559.06).
    assertThat(pixelsPerMetre(file)).isEqualTo("7559");
  }

  private static String pixelsPerMetre(Path file) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadata metadata = reader.getImageMetadata(0);
      Node root = metadata.getAsTree("javax_imageio_png_1.0");
      for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node.getNodeName().equals("pHYs")) {
          return ((Element) node).getAttribute("pixelsPerUnitXAxis");
        }
      }
      return "none";
    }
  }
}
