package io.github.fazhi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The label normalisation of the conflicting-values rule folds the whole full-width ASCII block, U+FF01 (！)
 * to U+FF5E (～), both ends included, onto ASCII, and nothing beside it; and lower-cases A to Z, both ends
 * included. The quick path for characters that are surely kept gives, for every one of the 65,536 chars,
 * what the general case gives.
 */
class ComparableLabelsTest {
  @Test
  void comparable_dropsSpacesAndQuotes_andFoldsFullWidthForms() {
    assertThat(ComparableLabels.comparable("“一窗”分类受理率")).isEqualTo("一窗分类受理率");
    assertThat(ComparableLabels.comparable("「一窗」 分类\u3000受理率")).isEqualTo("一窗分类受理率");
    assertThat(ComparableLabels.comparable("ＡＢＣ１２３（Ａ）'x'`y`")).isEqualTo("abc123(a)xy");
    assertThat(ComparableLabels.comparable("12345热线")).isSameAs(ComparableLabels.comparable("12345热线"));
    String plain = "政务服务事项清单";
    assertThat(ComparableLabels.comparable(plain)).isSameAs(plain);
    assertThat(ComparableLabels.comparable("a\tb\nc")).isEqualTo("abc");
    assertThat(ComparableLabels.comparable("\uFF01\uFF5E\uFF00\uFF5F")).isEqualTo("!~\uFF00\uFF5F");
  }

  @Test
  void anIndicator_carriesItsComparableLabel_whichIsItsLabelWhenNothingChanges() {
    Indicator quoted = Indicator.builder().label("“一窗”分类受理率").kind(IndicatorKind.PERCENT).value(new BigDecimal("98"))
        .unit(Unit.of("%")).build();
    assertThat(quoted.comparableLabel()).isEqualTo("一窗分类受理率");
    String plain = "办结率";
    Indicator unchanged = Indicator.builder().from(quoted).label(plain).build();
    assertThat(unchanged.comparableLabel()).isSameAs(plain);
    assertThat(quoted.toString()).doesNotContain("comparableLabel");
  }

  @Test
  void theFirstAndLastFullWidthCharacters_areFolded() {
    assertThat(ComparableLabels.comparable("办结率！")).isEqualTo("办结率!");
    assertThat(ComparableLabels.comparable("～办结率")).isEqualTo("~办结率");
    assertThat(ComparableLabels.comparable("ＡＢ")).isEqualTo("ab");
  }

  @Test
  void theFirstAndLastCapitals_areLowerCased() {
    assertThat(ComparableLabels.comparable("ABC类")).isEqualTo("abc类");
    assertThat(ComparableLabels.comparable("XYZ类")).isEqualTo("xyz类");
    assertThat(ComparableLabels.comparable("ＸＹＺ类")).isEqualTo("xyz类");
    // '@' and '[' lie just outside A..Z
    assertThat(ComparableLabels.comparable("@[类")).isEqualTo("@[类");
  }

  @Test
  void theCharactersJustOutsideTheBlock_areKept() {
    // U+FF00 is unassigned, U+FF5F is the full-width white parenthesis ｟
    assertThat(ComparableLabels.comparable("办结率\uFF00")).isEqualTo("办结率\uFF00");
    assertThat(ComparableLabels.comparable("\uFF5F办结率")).isEqualTo("\uFF5F办结率");
  }

  @Test
  void everyCharacter_isNormalisedAsTheGeneralCaseDoes() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String alone = String.valueOf((char) c);
      // first with nothing changed before it, then after a folded character, when a copy is being built
      assertThat(ComparableLabels.comparable("办" + alone + "率")).as("U+%04X", c)
          .isEqualTo("办" + generalCase((char) c) + "率");
      assertThat(ComparableLabels.comparable("Ａ" + alone)).as("U+%04X after a fold", c)
          .isEqualTo("a" + generalCase((char) c));
    }
  }

  /** The rule for one character as {@link Indicator#comparableLabel()} states it, without any quick path. */
  private static String generalCase(char c) {
    char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    String quotes = "\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u300C\u300D\u300E\u300F\u301D\u301E\u301F\u00AB\u00BB\u2039\u203A";
    if (Character.isWhitespace(folded) || Character.isSpaceChar(folded) || quotes.indexOf(folded) >= 0) {
      return "";
    }
    return String.valueOf(folded >= 'A' && folded <= 'Z' ? (char) (folded + ('a' - 'A')) : folded);
  }
}
