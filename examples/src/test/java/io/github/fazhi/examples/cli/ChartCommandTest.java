package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.examples.chart.ChartTesting;
import io.github.fazhi.examples.chart.ChineseFont;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code chart} on the bundled reports. 主动公开信息 is stated by 威海市 2024 (全市主动公开政府信息15.8万条) and
 * 建新镇 2018 (22条); the other nine do not state it.
 */
class ChartCommandTest {
  @TempDir Path temp;

  private List<String> texts(Path svg) throws Exception {
    return ChartTesting.texts(Files.readString(svg)).stream().map(Element::getTextContent).toList();
  }

  @Test
  void titleAndAxesAreWords_theCodeASubtitle_numbersAsStated() throws Exception {
    Path svg = temp.resolve("c.svg");
    CliRun run = CliRun.run("chart", "openness.items_published", "--out", svg.toString());
    assertThat(run.status()).isZero();
    List<String> texts = texts(svg);
    assertThat(texts.get(0)).isEqualTo("主动公开信息（条），按辖区");
    assertThat(texts.get(1)).startsWith("openness.items_published").contains("12 份报告，2 个辖区载明");
    assertThat(texts).contains("辖区", "主动公开信息（条）", "15.8万条", "22条", "5万", "20万");
    // Largest first: 威海市 above 建新镇.
    assertThat(texts.indexOf("威海市")).isLessThan(texts.indexOf("建新镇"));
    // The nine that do not state it are named under the chart, and get no bar.
    String notes = texts.stream().filter(t -> t.startsWith("未载明")).findFirst().orElseThrow();
    assertThat(notes).contains("曲江区", "石家庄市", "静海区").doesNotContain("威海市");
    assertThat(run.out()).contains("威海市  15.8万条").contains("not stated (no bar):");
  }

  @Test
  void byYear_keepsTheYearsInOrder() throws Exception {
    Path svg = temp.resolve("y.svg");
    CliRun run = CliRun.run("chart", "openness.items_published", "--by", "YEAR", "--out", svg.toString());
    assertThat(run.status()).isZero();
    List<String> texts = texts(svg);
    assertThat(texts.get(0)).isEqualTo("主动公开信息（条），按年度");
    // 2018 (22条) before 2024 (15.8万条), though it is the smaller.
    assertThat(texts.indexOf("2018")).isLessThan(texts.indexOf("2024"));
  }

  @Test
  void byLevel_namesTheLevelsInChinese() throws Exception {
    Path svg = temp.resolve("l.svg");
    assertThat(CliRun.run("chart", "openness.items_published", "--by", "level", "--out", svg.toString()).status())
        .isZero();
    // 威海市 is a prefecture (地级), 建新镇 a township (乡级).
    assertThat(texts(svg)).contains("地级", "乡级").doesNotContain("PREFECTURE");
  }

  @Test
  void aReviewRate_isTitledInWords() throws Exception {
    Path svg = temp.resolve("r.svg");
    CliRun run = CliRun.run("chart", "reconsideration.acceptance_rate", "--out", svg.toString());
    assertThat(run.status()).isZero();
    // Seed: 收到11宗, 符合受理的9宗: 9/11 = 81.8%.
    assertThat(texts(svg)).contains("行政复议受理率（%），按辖区", "81.8% (9/11)");
  }

  @Test
  void png_isWrittenAtTwiceTheSize() throws Exception {
    assumeTrue(ChineseFont.find("主动公开信息威海市建新镇").isPresent(), "no Chinese font on this machine");
    Path png = ChartTesting.out("cli-openness-items_published.png");
    CliRun run = CliRun.run("chart", "openness.items_published", "--out", png.toString());
    assertThat(run.status()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(ChartTesting.ink(image, 40, 24, 800, 80)).isGreaterThan(2_000); // the title
  }

  @Test
  void png_withoutAChineseFont_writesTheSvgInstead_andSaysWhy() throws Exception {
    Path png = temp.resolve("c.png");
    CliRun run = CliRun.run(cli -> ((ChartCommand) cli.getSubcommands().get("chart").getCommand()).fonts =
        text -> Optional.empty(), "chart", "openness.items_published", "--out", png.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(png).doesNotExist();
    assertThat(texts(temp.resolve("c.svg"))).contains("主动公开信息（条），按辖区");
    assertThat(run.err().lines()).singleElement().asString()
        .contains("no font on this machine draws Chinese").contains("c.svg").contains("fonts-noto-cjk");
  }
}
