package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/**
 * A date is read without the formatter when it is a plain {@code yyyy-mm-dd} (issue 26): it must give the
 * date {@link LocalDate#parse} gives, and refuse what it refuses, with the same message.
 */
class DateReadingProperties {
  /** Reads a JSON string holding {@code text} as a date, as a report's {@code published} is read. */
  private static LocalDate read(String text) throws IOException {
    try (JsonParser p = FazhiJson.factory().createParser("\"" + text + "\"")) {
      p.nextToken();
      return Values.date(new JacksonIn(p), "published");
    }
  }

  @Test
  void readsEveryWrittenDayAsTheFormatterDoes() {
    // Months 0 to 13 and days 0 to 32 include days no month has and months no year has.
    qt().forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32))
        .checkAssert((year, month, day) -> {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          LocalDate expected;
          try {
            expected = LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            Throwable refusal = catchThrowable(() -> read(text));
            assertThat(refusal).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"" + text + "\" is not an ISO-8601 date (yyyy-mm-dd): "
                    + e.getMessage());
            return;
          }
          try {
            assertThat(read(text)).isEqualTo(expected);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void knowsLeapYears() throws IOException {
    assertThat(read("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(read("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThatThrownBy(() -> read("1900-02-29")).isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Invalid date 'February 29' as '1900' is not a leap year");
    assertThatThrownBy(() -> read("2019-04-31")).isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Invalid date 'APRIL 31'");
  }

  @Test
  void leavesAnythingElseToTheFormatter() throws IOException {
    // Not ASCII digits: full-width digits are refused, as the formatter refuses them.
    assertThatThrownBy(() -> read("２０１９-12-06")).isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("is not an ISO-8601 date");
    assertThatThrownBy(() -> read("2019-12-6")).isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("is not an ISO-8601 date");
    assertThat(read("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
  }
}
