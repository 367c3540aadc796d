package io.github.fazhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Invariants#isBlank} answers from a text's first character where that character is surely not white
 * space; it must say what {@link String#isBlank()} says for every first character, whatever follows.
 */
class InvariantsTest {
  @Test
  void isBlank_agreesWithStringIsBlank_forEveryFirstCharacter() {
    List<String> disagreements = new ArrayList<>();
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String first = String.valueOf((char) c);
      // alone, before white space, before a letter, before a low surrogate (a pair when c is high)
      for (String text : List.of(first, first + " \u3000\t", first + "x", first + "\uDC00")) {
        if (Invariants.isBlank(text) != text.isBlank()) {
          disagreements.add(String.format("U+%04X in \"%s\"", c, text));
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void isBlank_examples() {
    assertThat(Invariants.isBlank("")).isTrue();
    assertThat(Invariants.isBlank(" ")).isTrue();
    assertThat(Invariants.isBlank("\u3000\u3000")).isTrue(); // 全角空格, the ideographic space
    assertThat(Invariants.isBlank("\u2003\u2028\u001F\u000B")).isTrue();
    assertThat(Invariants.isBlank("\u00A0")).isFalse(); // no-break space is not white space in Java
    assertThat(Invariants.isBlank("\u3000依法行政")).isFalse();
    assertThat(Invariants.isBlank("依法行政")).isFalse();
    assertThat(Invariants.isBlank("a")).isFalse();
    assertThat(Invariants.isBlank("\uD840\uDC00")).isFalse(); // 𠀀, a supplementary Han character
  }

  @Test
  void notBlank_refusesATextOfIdeographicSpaces_andNothingElse() {
    assertThatThrownBy(() -> new Invariants().notBlank("title", "\u3000 ").throwIfBroken())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("title (\"\u3000 \") must not be blank");
    new Invariants().notBlank("title", "（一）依法全面履行政府职能").throwIfBroken();
  }
}
