package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The word lists are data, read once, and a broken list is refused with every problem at once. */
class WordListsTest {
  @Test
  void theListsOfTheResource_loadWithoutDuplicates() {
    assertThat(WordLists.get("units")).contains("个百分点", "期", "户", "方面").doesNotHaveDuplicates();
    assertThat(WordLists.get("units").indexOf("个百分点")).isLessThan(WordLists.get("units").indexOf("个"));
    assertThat(WordLists.get("prefix_qualifiers").indexOf("大约"))
        .isLessThan(WordLists.get("prefix_qualifiers").indexOf("约"));
    assertThat(WordLists.get("change_words")).doesNotContainAnyElementsOf(WordLists.get("up_words"))
        .doesNotContainAnyElementsOf(WordLists.get("down_words"));
  }

  @Test
  void anUnknownList_isRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> WordLists.get("colours")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no word list colours; known: [units, ");
  }

  @Test
  void aBrokenFile_isRefusedWithEveryProblem() {
    String text = String.join("\n", "stray", "[units]", "个", "个百分点", "件", "件", "[prefix_qualifiers]", "约",
        "大约");
    assertThatThrownBy(() -> WordLists.parse(text)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 1: word stray before any [list]")
        .hasMessageContaining("[units]: 个百分点 must come before 个, which it starts with")
        .hasMessageContaining("[units]: 件 appears twice")
        .hasMessageContaining("[prefix_qualifiers]: 大约 must come before 约, which it ends with")
        .hasMessageContaining("list [suffix_qualifiers] is missing or empty");
  }
}
