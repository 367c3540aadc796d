package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The two helpers rewritten to copy less (issue 26): their results, worked out by hand. */
class RegionAndNumeralsTest {
  @Test
  void regionText_stripsEachLineOfEveryBlank_dropsBlankLines_andKeepsToTheRegion() {
    // line 1 ends in an ideographic space; line 2 is only a no-break space and a tab; line 3 starts with a
    // byte-order mark and a space; the region starts at 乙 and ends after 丁
    String source = "甲乙丙\u3000\n\u00a0\t\n\ufeff 丁戊\n";
    assertThat(new Region(1, 11).text(source)).isEqualTo("乙丙\n丁");
    assertThat(new Region(0, source.length()).text(source)).isEqualTo("甲乙丙\n丁戊");
    assertThat(new Region(3, 7).text(source)).isEmpty(); // \u3000 \n \u00a0 \t: nothing but blanks
    assertThat(new Region(2, 2).text(source)).isEmpty();
  }

  @Test
  void plainArabicNumbers_readWithTheirSeparatorsAndPoint() {
    assertThat(Numerals.read("1,338", 0, 5)).hasValue(new BigDecimal("1338"));
    assertThat(Numerals.read("98.8", 0, 4)).hasValue(new BigDecimal("98.8"));
    assertThat(Numerals.read("12,345.60", 0, 9)).hasValue(new BigDecimal("12345.60"));
    assertThat(Numerals.read("１２．５", 0, 4)).hasValue(new BigDecimal("12.5")); // full-width digits and point
    assertThat(Numerals.read("共1,338宗", 1, 6)).hasValue(new BigDecimal("1338")); // only [start, end) is read
  }

  @Test
  void malformedPlainNumbers_areRefused() {
    assertThat(Numerals.read("1,33", 0, 4)).isEmpty(); // a group of two after the comma
    assertThat(Numerals.read("1,3380", 0, 6)).isEmpty(); // a group of four
    assertThat(Numerals.read("1.2.3", 0, 5)).isEmpty(); // two points
    assertThat(Numerals.read("12.", 0, 3)).isEmpty(); // a point with nothing after it
    assertThat(Numerals.read(",12", 0, 3)).isEmpty(); // a comma before any digit
    assertThat(Numerals.read("1,234.5,6", 0, 9)).isEmpty(); // a comma after the point
  }
}
