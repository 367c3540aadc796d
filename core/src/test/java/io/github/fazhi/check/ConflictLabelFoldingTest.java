package io.github.fazhi.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The label normalisation of the conflicting-values rule folds the whole full-width ASCII block, U+FF01 (！)
 * to U+FF5E (～), both ends included, onto ASCII, and nothing beside it; and lower-cases A to Z, both ends
 * included.
 */
class ConflictLabelFoldingTest {
  @Test
  void theFirstAndLastFullWidthCharacters_areFolded() {
    assertThat(ConflictRules.normalise("办结率！")).isEqualTo("办结率!");
    assertThat(ConflictRules.normalise("～办结率")).isEqualTo("~办结率");
    assertThat(ConflictRules.normalise("ＡＢ")).isEqualTo("ab");
  }

  @Test
  void theFirstAndLastCapitals_areLowerCased() {
    assertThat(ConflictRules.normalise("ABC类")).isEqualTo("abc类");
    assertThat(ConflictRules.normalise("XYZ类")).isEqualTo("xyz类");
    assertThat(ConflictRules.normalise("ＸＹＺ类")).isEqualTo("xyz类");
    // '@' and '[' lie just outside A..Z
    assertThat(ConflictRules.normalise("@[类")).isEqualTo("@[类");
  }

  @Test
  void theCharactersJustOutsideTheBlock_areKept() {
    // U+FF00 is unassigned, U+FF5F is the full-width white parenthesis ｟
    assertThat(ConflictRules.normalise("办结率\uFF00")).isEqualTo("办结率\uFF00");
    assertThat(ConflictRules.normalise("\uFF5F办结率")).isEqualTo("\uFF5F办结率");
  }
}
