package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QualifierTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "以上, AT_LEAST", "不少于, AT_LEAST", "余, MORE_THAN", "多, MORE_THAN", "超过, MORE_THAN",
    "逾, MORE_THAN", "以下, AT_MOST", "不足, LESS_THAN", "约, APPROXIMATELY", "近, APPROXIMATELY",
    "达, EXACT"
  })
  void fromWord_readsTheWordsOfBriefSection5_8(String word, Qualifier expected) {
    assertThat(Qualifier.fromWord(word)).hasValue(expected);
    assertThat(expected.words()).contains(word);
  }

  @Test
  void fromWord_isEmptyForOtherWords() {
    assertThat(Qualifier.fromWord("累计")).isEmpty();
    assertThat(Qualifier.fromWord(" 以上 ")).hasValue(Qualifier.AT_LEAST);
  }

  @Test
  void bounds_andStrictness() {
    assertThat(Qualifier.AT_LEAST.isLowerBound()).isTrue();
    assertThat(Qualifier.AT_LEAST.isStrict()).isFalse();
    assertThat(Qualifier.MORE_THAN.isLowerBound()).isTrue();
    assertThat(Qualifier.MORE_THAN.isStrict()).isTrue();
    assertThat(Qualifier.AT_MOST.isUpperBound()).isTrue();
    assertThat(Qualifier.LESS_THAN.isUpperBound()).isTrue();
    assertThat(Qualifier.LESS_THAN.isStrict()).isTrue();
    assertThat(Qualifier.EXACT.isLowerBound() || Qualifier.EXACT.isUpperBound()).isFalse();
    assertThat(Qualifier.APPROXIMATELY.isLowerBound() || Qualifier.APPROXIMATELY.isUpperBound()).isFalse();
  }
}
