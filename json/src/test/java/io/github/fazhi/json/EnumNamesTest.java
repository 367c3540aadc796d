package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An enum's JSON names. Sets and counts of constants are read and written as one bit of a {@code long} per
 * constant, so an enum of more than 64 constants is refused when it is bound, never silently misread.
 */
class EnumNamesTest {
  /** As many constants as a {@code long} has bits. */
  enum SixtyFour {
    C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20,
    C21, C22, C23, C24, C25, C26, C27, C28, C29, C30, C31, C32, C33, C34, C35, C36, C37, C38, C39,
    C40, C41, C42, C43, C44, C45, C46, C47, C48, C49, C50, C51, C52, C53, C54, C55, C56, C57, C58,
    C59, C60, C61, C62, C63
  }

  /** One constant more than a {@code long} has bits. */
  enum SixtyFive {
    C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20,
    C21, C22, C23, C24, C25, C26, C27, C28, C29, C30, C31, C32, C33, C34, C35, C36, C37, C38, C39,
    C40, C41, C42, C43, C44, C45, C46, C47, C48, C49, C50, C51, C52, C53, C54, C55, C56, C57, C58,
    C59, C60, C61, C62, C63, C64
  }

  @Test
  void anEnumOfSixtyFourConstants_isBound_upToItsLastConstant() {
    EnumNames<SixtyFour> names = EnumNames.of(SixtyFour.class);
    assertThat(names.find("c63")).isEqualTo(SixtyFour.C63);
    assertThat(names.name(SixtyFour.C63)).isEqualTo("c63");
    assertThat(names.encoded(63).getValue()).isEqualTo("c63");
    assertThat(names.find("C63")).isNull();
  }

  @Test
  void anEnumOfSixtyFiveConstants_isRefused_namingTheEnum() {
    assertThatThrownBy(() -> EnumNames.of(SixtyFive.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 64 constants: class io.github.fazhi.json.EnumNamesTest$SixtyFive");
  }
}
