package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The plain-date shortcut itself (issue 26): a {@code yyyy-mm-dd} in ASCII digits on a day its month has is read
 * without the formatter, and anything else is left to {@link LocalDate#parse} (null here). Reading through it
 * or through the formatter gives the same date ({@link DateReadingProperties}), so only a test of the shortcut
 * shows that it is taken. The dates are worked out by hand.
 */
class PlainDateTest {
  @Test
  void readsAPlainDate_atEveryEdgeOfItsMonthsAndDigits() {
    assertThat(Values.plainDate("2019-12-06")).isEqualTo(LocalDate.of(2019, 12, 6));
    assertThat(Values.plainDate("2019-12-31")).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(Values.plainDate("2020-01-01")).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(Values.plainDate("1990-09-09")).isEqualTo(LocalDate.of(1990, 9, 9));
    assertThat(Values.plainDate("2019-04-30")).isEqualTo(LocalDate.of(2019, 4, 30));
    assertThat(Values.plainDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Values.plainDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Values.plainDate("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void leavesToTheFormatter_aDayItsMonthHasNot_orAnyOtherForm() {
    assertThat(Values.plainDate("2023-02-29")).isNull();
    assertThat(Values.plainDate("2019-04-31")).isNull();
    assertThat(Values.plainDate("2019-12-32")).isNull();
    assertThat(Values.plainDate("2019-12-00")).isNull();
    assertThat(Values.plainDate("2019-13-01")).isNull();
    assertThat(Values.plainDate("2019-00-10")).isNull();
    assertThat(Values.plainDate("2019-12-6")).isNull();
    assertThat(Values.plainDate("2019/12/06")).isNull();
    assertThat(Values.plainDate("2019-12/06")).isNull();
    assertThat(Values.plainDate("2019-1a-06")).isNull();
    assertThat(Values.plainDate("2019-12-0:")).isNull();
    assertThat(Values.plainDate("２０１９-12-06")).isNull();
    assertThat(Values.plainDate("+2019-12-06")).isNull();
  }
}
