package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The precision limit of {@link GrowthBase#matches(BigDecimal)}: up to 1,000 decimal places a stated change
 * is compared with the change rounded (or truncated) to its own precision; beyond, only the exact fraction
 * matches, so that an absurd precision never expands the fraction to millions of digits.
 */
class GrowthBasePrecisionTest {
  private static final String THIRD_OF_HUNDRED = "33." + "3".repeat(1000);

  @Test
  void atExactlyAThousandPlaces_theChangeIsStillRounded() {
    // 4 against 3: a growth of 1/3, 33.333…%; 33.3…3 with 1,000 threes is it rounded half-up to 1,000 places
    assertThat(new BigDecimal(THIRD_OF_HUNDRED).scale()).isEqualTo(1000);
    assertThat(GrowthBase.of(4, 3).matches(new BigDecimal(THIRD_OF_HUNDRED))).isEqualTo(PercentMatch.ROUNDED);
  }

  @Test
  void atExactlyAThousandPlaces_theChangeIsStillTruncated() {
    // 5 against 3: 66.666…%; 1,000 sixes is the change truncated, 66.6…67 would be it rounded
    String twoThirds = "66." + "6".repeat(1000);
    assertThat(GrowthBase.of(5, 3).matches(new BigDecimal(twoThirds))).isEqualTo(PercentMatch.TRUNCATED);
    assertThat(GrowthBase.of(5, 3).matches(new BigDecimal("66." + "6".repeat(999) + "7")))
        .isEqualTo(PercentMatch.ROUNDED);
  }

  @Test
  void beyondAThousandPlaces_onlyTheExactChangeMatches() {
    assertThat(GrowthBase.of(4, 3).matches(new BigDecimal(THIRD_OF_HUNDRED + "3"))).isEqualTo(PercentMatch.MISMATCH);
    // a falling count: 3 against 4 is −25%, exact at any precision
    assertThat(GrowthBase.of(3, 4).matches(new BigDecimal("-25").setScale(5000))).isEqualTo(PercentMatch.ROUNDED);
    assertThat(GrowthBase.of(3, 4).matches(new BigDecimal("-25.5").setScale(5000)))
        .isEqualTo(PercentMatch.MISMATCH);
  }
}
