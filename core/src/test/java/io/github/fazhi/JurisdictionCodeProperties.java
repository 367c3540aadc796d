package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A division code is checked by hand, not by a regular expression, for speed (issue 26); it must accept
 * exactly what the documented expression {@code [0-9]{6}} accepts.
 */
class JurisdictionCodeProperties {
  private static final Pattern DOCUMENTED = Pattern.compile("[0-9]{6}");
  /** The ends of the digit range, their neighbours ('/' and ':'), full-width and Arabic-Indic digits, a letter. */
  private static final String ALPHABET = "09/:5０٣a";

  @Test
  void isDivisionCode_acceptsExactlyWhatTheDocumentedExpressionAccepts() {
    qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 8))
        .checkAssert(indexes -> {
          StringBuilder code = new StringBuilder();
          indexes.forEach(i -> code.append(ALPHABET.charAt(i)));
          assertThat(Jurisdiction.isDivisionCode(code.toString())).as("\"%s\"", code)
              .isEqualTo(DOCUMENTED.matcher(code).matches());
        });
  }

  @Test
  void isDivisionCode_examples() {
    assertThat(Jurisdiction.isDivisionCode("440205")).isTrue();
    assertThat(Jurisdiction.isDivisionCode("000000")).isTrue();
    assertThat(Jurisdiction.isDivisionCode("44020")).isFalse();
    assertThat(Jurisdiction.isDivisionCode("4402050")).isFalse();
    assertThat(Jurisdiction.isDivisionCode("44020a")).isFalse();
    assertThat(Jurisdiction.isDivisionCode("４４０２０５")).isFalse();
  }
}
