package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  private static final String TEXT = "调处纠纷1338宗，调解成功率99％";

  @Test
  void written_isTheSourceBetweenItsOffsets() {
    Span span = Span.of(TEXT, 4, 8);
    assertThat(span.written()).isEqualTo("1338");
    assertThat(span.isIn(TEXT)).isTrue();
    assertThat(span.isIn("调处纠纷1339宗")).isFalse();
    assertThat(span.isIn("调处")).isFalse();
    assertThat(span).hasToString("[4, 8) \"1338\"");
  }

  @Test
  void aRangeOutsideTheText_isRefusedWithItsBounds() {
    assertThatThrownBy(() -> Span.of(TEXT, 3, 99))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("span [3, 99) is not inside a text of length 18");
    assertThatThrownBy(() -> Span.of(TEXT, 5, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Span.of(TEXT, -1, 4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void spansOrderByStartThenEnd_andEqualByOffsetsAndText() {
    assertThat(Span.of(TEXT, 4, 8)).isLessThan(Span.of(TEXT, 4, 9)).isLessThan(Span.of(TEXT, 5, 6));
    assertThat(Span.of(TEXT, 4, 8)).isEqualTo(Span.of(TEXT, 4, 8)).hasSameHashCodeAs(Span.of(TEXT, 4, 8));
    assertThat(Span.of(TEXT, 4, 8)).isNotEqualTo(Span.of("调处纠纷1339宗", 4, 8));
  }
}
