package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Growth with its base, on figures stated by real reports: 防城 2024 (新受理 151 件, 2023 年 66 件,
 * 同比增长 128.78%), 温州市本级 2024 (新收 3326 件, 2023 年为 867 件, 同比增长 283.6%).
 */
class GrowthBaseTest {
  @Test
  void fangcheng2024_128point78_isTheGrowthTruncated() {
    GrowthBase base = GrowthBase.of(151, 66);
    // 85 / 66 = 1.287878…: rounded half-up 128.79, truncated 128.78.
    assertThat(base.change()).isEqualTo(85);
    assertThat(base.percentChange(2)).hasValue(new BigDecimal("128.79"));
    assertThat(base.matches(new BigDecimal("128.78"))).isEqualTo(PercentMatch.TRUNCATED);
    assertThat(base.matches(new BigDecimal("128.79"))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(base.matches(new BigDecimal("28.79"))).isEqualTo(PercentMatch.MISMATCH);
  }

  @Test
  void wenzhou2024_283point6_isTheGrowthRounded() {
    GrowthBase base = GrowthBase.of(3326, 867);
    // 2459 / 867 = 2.836216…
    assertThat(base.percentChange(1)).hasValue(new BigDecimal("283.6"));
    assertThat(base.matches(new BigDecimal("283.6"))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(base.matches(new BigDecimal("283.7"))).isEqualTo(PercentMatch.MISMATCH);
  }

  @Test
  void aFall_isANegativeChange_truncatedTowardZero() {
    // 本年增/减 −417: 583 this year against 1000 last year.
    GrowthBase base = GrowthBase.of(583, 1000);
    assertThat(base.change()).isEqualTo(-417);
    assertThat(base.percentChange(0)).hasValue(new BigDecimal("-42"));
    assertThat(base.matches(new BigDecimal("-41.7"))).isEqualTo(PercentMatch.ROUNDED);
    // −0.3 / 7 = −4.2857…: rounded −4.29, truncated toward zero −4.28.
    GrowthBase small = GrowthBase.of(67, 70);
    assertThat(small.matches(new BigDecimal("-4.29"))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(small.matches(new BigDecimal("-4.28"))).isEqualTo(PercentMatch.TRUNCATED);
  }

  @Test
  void aGrowthFromNothing_hasNoPercent() {
    GrowthBase base = GrowthBase.of(17, 0);
    assertThat(base.change()).isEqualTo(17);
    assertThat(base.percentChange(2)).isEmpty();
    assertThat(base.matches(BigDecimal.ZERO)).isEqualTo(PercentMatch.MISMATCH);
    assertThatThrownBy(() -> base.percentChange(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale (-1) must be >= 0");
  }

  @Test
  void aValueWithAbsurdlyManyDecimals_isComparedExactly() {
    GrowthBase base = GrowthBase.of(3, 2);
    assertThat(base.matches(new BigDecimal("50").setScale(1001))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(base.matches(new BigDecimal("50.1").setScale(1001))).isEqualTo(PercentMatch.MISMATCH);
  }

  @Test
  void negativeCounts_areRefused_bothAtOnce() {
    assertThatThrownBy(() -> GrowthBase.of(-1, -2))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("current", "previous"));
  }
}
