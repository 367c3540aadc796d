package io.github.fazhi.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fazhi.examples.chart.Drawing.Rect;
import io.github.fazhi.examples.chart.Drawing.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartLayoutTest {
  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
    // max    | step   (max/5, rounded up to 1, 2 or 5 × 10ⁿ)
    "158022   | 50000", // 31604.4 → 3.16 × 10⁴ → 5 × 10⁴
    "81.8     | 20", // 16.36 → 2 × 10
    "100      | 20", // 20 exactly
    "5        | 1", // 1 exactly
    "22       | 5", // 4.4 → 5
    "0.3      | 0.1", // 0.06 → 1 × 10⁻¹
    "0        | 1", // nothing to scale: one unit
  })
  void step_isOneTwoOrFiveTimesAPowerOfTen(String max, String step) {
    assertThat(ChartLayout.step(new BigDecimal(max))).isEqualByComparingTo(step);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
    "0       | 0",
    "5000    | 5000",
    "50000   | 5万",
    "150000  | 15万",
    "25000   | 2.5万",
    "12345   | 12345", // 1.2345万 would need four decimals
    "0.50    | 0.5",
  })
  void tickLabel_usesWanWhereExact(String tick, String label) {
    assertThat(ChartLayout.tickLabel(new BigDecimal(tick))).isEqualTo(label);
  }

  @Test
  void wrap_breaksAfterTheEnumerationComma_andKeepsEveryCharacter() {
    String note = "未载明（无柱）：" + String.join("、", java.util.Collections.nCopies(40, "某某区"));
    List<String> lines = ChartLayout.wrap(note, 13, 752);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines)).isEqualTo(note);
    assertThat(lines).allSatisfy(line -> assertThat(ChartLayout.width(line, 13)).isLessThanOrEqualTo(752));
    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line).endsWith("、"));
  }

  @Test
  void width_countsAChineseCharacterAsOneEm() {
    assertThat(ChartLayout.width("辖区", 10)).isEqualTo(20.0);
    assertThat(ChartLayout.width("2024", 10)).isEqualTo(24.0);
  }

  @Test
  void everyBarAndTextStaysOnThePage_andBarsAreProportional() {
    qt().forAll(lists().of(integers().between(0, 2_000_000_000)).ofSizeBetween(1, 40)).checkAssert(values -> {
      List<BarChart.Bar> bars = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        bars.add(new BarChart.Bar("第" + i + "区", BigDecimal.valueOf(values.get(i)), values.get(i) + "件"));
      }
      Drawing drawing = ChartLayout.lay(new BarChart("标题", "code", "辖区", "数（件）", bars, List.of("注")));
      List<Rect> rects = drawing.elements().stream().filter(Rect.class::isInstance).map(Rect.class::cast)
          .skip(1).toList(); // the background
      assertThat(rects).hasSize(values.size());
      for (Rect bar : rects) {
        assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(drawing.width() - ChartLayout.MARGIN);
        assertThat(bar.y() + bar.height()).isLessThan(drawing.height());
      }
      for (int i = 0; i < values.size(); i++) {
        for (int j = 0; j < values.size(); j++) {
          if (values.get(i) > values.get(j)) {
            assertThat(rects.get(i).width()).isGreaterThan(rects.get(j).width());
          }
        }
      }
      for (Drawing.Element element : drawing.elements()) {
        if (element instanceof Text text) {
          assertThat(text.y()).isBetween(0.0, (double) drawing.height());
          assertThat(text.x()).isBetween(0.0, (double) drawing.width());
        }
      }
    });
  }
}
