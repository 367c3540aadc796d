package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RateTest {
  @Test
  void percent_roundsHalfUp_atTheRequestedScale() {
    assertThat(Rate.of(9, 11).percent(1)).isEqualTo(new BigDecimal("81.8")); // 81.818…
    assertThat(Rate.of(1, 8).percent(1)).isEqualTo(new BigDecimal("12.5")); // exact
    assertThat(Rate.of(1, 8).percent(0)).isEqualTo(new BigDecimal("13")); // 12.5 half-up
    assertThat(Rate.of(2, 3).percent(2)).isEqualTo(new BigDecimal("66.67"));
    assertThat(Rate.of(1338, 1338).percent(0)).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void percent_withRoundingMode_truncatesOrRefuses() {
    assertThat(Rate.of(4996, 10000).percent(1, RoundingMode.DOWN)).isEqualTo(new BigDecimal("49.9"));
    assertThatThrownBy(() -> Rate.of(1, 3).percent(1, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rate.of(1, 3).percent(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void matches_saysRoundedTruncatedOrMismatch() {
    // 陕西 2016: 审结率 88.57% = 1,876 / 2,118 (docs/domain.md, 'Review counting conventions').
    assertThat(Rate.of(1876, 2118).matches(new BigDecimal("88.57"))).isEqualTo(PercentMatch.ROUNDED);
    // 49.96% published as 49.9 is a truncation.
    assertThat(Rate.of(4996, 10000).matches(new BigDecimal("49.9"))).isEqualTo(PercentMatch.TRUNCATED);
    assertThat(Rate.of(4996, 10000).matches(new BigDecimal("50.0"))).isEqualTo(PercentMatch.ROUNDED);
    // 陕西's "20%" direct correction rate = 374 / 1,876 = 19.94%: rounded at scale 0 it is 20.
    assertThat(Rate.of(374, 1876).matches(new BigDecimal("20"))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(Rate.of(374, 1876).matches(new BigDecimal("20.0"))).isEqualTo(PercentMatch.MISMATCH);
    // 上海 2015–2017: 20.3% is not 2,375 / 12,500 (19.0%).
    assertThat(Rate.of(2375, 12500).matches(new BigDecimal("20.3"))).isEqualTo(PercentMatch.MISMATCH);
    assertThat(PercentMatch.TRUNCATED.isConsistent()).isTrue();
    assertThat(PercentMatch.MISMATCH.isConsistent()).isFalse();
  }

  @Test
  void matches_atAbsurdPrecision_comparesExactly_withoutExpandingTheFraction() {
    // up to 1,000 places a value is still rounded: 1/3 is 33.333…, and 33.3…3 with 1,000 threes is it
    // rounded to 1,000 places; one place more, and only the exact fraction would match
    String thirdOfHundred = "33." + "3".repeat(1000);
    assertThat(Rate.of(1, 3).matches(new BigDecimal(thirdOfHundred))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(Rate.of(1, 3).matches(new BigDecimal(thirdOfHundred + "3"))).isEqualTo(PercentMatch.MISMATCH);
    assertThat(Rate.of(1, 4).matches(new BigDecimal("25").setScale(5000))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(Rate.of(1, 3).matches(new BigDecimal("33.3").setScale(5000))).isEqualTo(PercentMatch.MISMATCH);
  }

  @Test
  void matches_readsANegativeScaleAsWholePercent() {
    assertThat(Rate.of(1, 1).matches(new BigDecimal("1E+2"))).isEqualTo(PercentMatch.ROUNDED);
  }

  @Test
  void plus_isTheRatioOfSums_notTheMeanOfPercentages() {
    // 1/2 (50%) and 99/100 (99%): the mean of percentages would be 74.5%, the ratio of sums is 100/102.
    Rate sum = Rate.of(1, 2).plus(Rate.of(99, 100));
    assertThat(sum).isEqualTo(Rate.of(100, 102));
    assertThat(sum.percent(1)).isEqualTo(new BigDecimal("98.0"));
  }

  @Test
  void zeroDenominator_isRefused_orEmpty() {
    assertThatThrownBy(() -> Rate.of(1, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("denominator (0) must be >= 1");
    assertThat(Rate.tryOf(0, 0)).isEmpty();
    assertThat(Rate.tryOf(3, 4)).hasValue(Rate.of(3, 4));
    assertThatThrownBy(() -> Rate.tryOf(-1, 0)).isInstanceOf(ValidationException.class);
  }

  @Test
  void negativeNumeratorAndDenominator_areBothReported() {
    assertThatThrownBy(() -> Rate.of(-1, -2))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("numerator", "denominator"));
  }

  @Test
  void plus_overflow_namesWhatOverflowed() {
    assertThatThrownBy(() -> Rate.of(Long.MAX_VALUE, Long.MAX_VALUE).plus(Rate.of(1, 1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("rate numerator overflowed");
  }

  @Test
  void compareTo_comparesValues_equalsComparesTerms() {
    assertThat(Rate.of(1, 2).compareTo(Rate.of(2, 4))).isZero();
    assertThat(Rate.of(1, 3).compareTo(Rate.of(1, 2))).isNegative();
    assertThat(Rate.of(Long.MAX_VALUE, 3).compareTo(Rate.of(Long.MAX_VALUE - 1, 3))).isPositive();
    new EqualsTester()
        .addEqualityGroup(Rate.of(1, 2), Rate.of(1, 2))
        .addEqualityGroup(Rate.of(2, 4))
        .addEqualityGroup(Rate.of(0, 1))
        .testEquals();
    assertThat(Rate.of(9, 11)).hasToString("9/11");
  }
}
