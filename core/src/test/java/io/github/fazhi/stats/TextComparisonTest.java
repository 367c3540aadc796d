package io.github.fazhi.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Rate;
import org.junit.jupiter.api.Test;

class TextComparisonTest {
  @Test
  void sentences_endAtFullWidthMarks_whitespaceRemoved() {
    assertThat(TextComparison.sentences("一是制度不全；二是\n培训不足。下一步？加强！尾句"))
        .containsExactly("一是制度不全；", "二是培训不足。", "下一步？", "加强！", "尾句");
    assertThat(TextComparison.sentences("。。 \n")).isEmpty();
    assertThat(TextComparison.sentences("")).isEmpty();
  }

  @Test
  void repeated_areTheLaterSentencesTheEarlierHasWordForWord_eachOnce() {
    String older = "公开不够及时。解读不够深入。";
    String newer = "解读不够深入。公开平台有待整合。解读 不够深入。";
    assertThat(TextComparison.repeated(older, newer)).containsExactly("解读不够深入。");
    assertThat(TextComparison.repeated(older, "公开不够及时")).isEmpty(); // without its 。 it is not the same
  }

  @Test
  void similarity_isTheJaccardIndexOfCharacterBigrams() {
    // 甲乙丙: {甲乙, 乙丙}; 乙丙丁: {乙丙, 丙丁}: one shared of three.
    assertThat(TextComparison.similarity("甲乙丙", "乙丙丁")).contains(Rate.of(1, 3));
    // A bigram counted once however often: 甲甲甲 is {甲甲}.
    assertThat(TextComparison.similarity("甲甲甲", "甲 甲")).contains(Rate.of(1, 1));
    assertThat(TextComparison.similarity("甲乙", "丙丁")).contains(Rate.of(0, 2));
    assertThat(TextComparison.similarity("甲", "")).isEmpty(); // no bigram: unknown, not 0
    // Code points, not chars: 𠀀 (U+20000) is one character.
    assertThat(TextComparison.similarity("𠀀甲", "𠀀甲")).contains(Rate.of(1, 1));
  }
}
