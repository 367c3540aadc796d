package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void chineseTakesTwoColumns_asciiOne() {
    assertThat(DisplayWidth.of("曲江区")).isEqualTo(6);
    assertThat(DisplayWidth.of("abc")).isEqualTo(3);
    assertThat(DisplayWidth.of("行政复议 3/11")).isEqualTo(13);
    assertThat(DisplayWidth.of("﹪")).isEqualTo(2); // small form variant, East Asian Wide
    assertThat(DisplayWidth.of("—")).isEqualTo(1); // ambiguous: one column
  }

  @Test
  void padding_reachesTheWidth_forAnyText() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x9FFF).ofLengthBetween(0, 12))
        .check(text -> DisplayWidth.of(DisplayWidth.pad(text, 30, true)) == Math.max(30, DisplayWidth.of(text))
            && DisplayWidth.of(DisplayWidth.pad(text, 30, false)) == Math.max(30, DisplayWidth.of(text)));
  }
}
