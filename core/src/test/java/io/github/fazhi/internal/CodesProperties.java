package io.github.fazhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An indicator's code is checked by hand, not by a regular expression, for speed; it must accept exactly
 * what the documented expression accepts.
 */
class CodesProperties {
  private static final Pattern DOCUMENTED = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  /** Every class of character the expression tells apart, and some it refuses. */
  private static final String ALPHABET = "amz09_._.A-中 ";

  @Test
  void isCode_acceptsExactlyWhatTheDocumentedExpressionAccepts() {
    qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 8))
        .checkAssert(indexes -> {
          StringBuilder code = new StringBuilder();
          indexes.forEach(i -> code.append(ALPHABET.charAt(i)));
          assertThat(Codes.isCode(code.toString())).as("\"%s\"", code)
              .isEqualTo(DOCUMENTED.matcher(code).matches());
        });
  }

  @Test
  void isCode_examples() {
    assertThat(Codes.isCode("mediation.success_rate")).isTrue();
    assertThat(Codes.isCode("a.1.b_")).isTrue();
    assertThat(Codes.isCode("z")).isTrue();
    assertThat(Codes.isCode("")).isFalse();
    assertThat(Codes.isCode("1a")).isFalse();
    assertThat(Codes.isCode("_a")).isFalse();
    assertThat(Codes.isCode("a.")).isFalse();
    assertThat(Codes.isCode("a..b")).isFalse();
    assertThat(Codes.isCode("a.B")).isFalse();
    assertThat(Codes.isCode("mediation.success-rate")).isFalse();
    // each bound of [a-z0-9_] after the first character, and the character just outside it
    assertThat(Codes.isCode("aaz09_.a")).isTrue();
    assertThat(Codes.isCode("a.z")).isTrue();
    assertThat(Codes.isCode("a`")).isFalse(); // U+0060, just before a
    assertThat(Codes.isCode("a{")).isFalse(); // U+007B, just after z
    assertThat(Codes.isCode("a/")).isFalse(); // U+002F, just before 0
    assertThat(Codes.isCode("a:")).isFalse(); // U+003A, just after 9
    assertThat(Codes.isCode("a.`")).isFalse();
  }
}
