package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Laws of a growth and its base, for any two counts. */
class GrowthBaseProperties {
  @Test
  void theGrowthRoundedAtAnyScale_matchesItsBase() {
    qt().forAll(longs().between(0, 1_000_000_000L), longs().between(1, 1_000_000_000L), integers().between(0, 6))
        .checkAssert((current, previous, scale) -> {
          GrowthBase base = GrowthBase.of(current, previous);
          BigDecimal rounded = base.percentChange(scale).orElseThrow();
          assertThat(base.matches(rounded)).isEqualTo(PercentMatch.ROUNDED);
          // Rounding may reach 0 (323 against 324 is −0.3%, 0 at no decimals), never the other sign.
          assertThat(rounded.signum()).isIn(0, Long.signum(current - previous));
          // (current − previous) × 100 / previous, computed apart.
          BigDecimal exact = BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(previous), scale, RoundingMode.HALF_UP);
          assertThat(rounded).isEqualTo(exact);
        });
  }

  @Test
  void theChange_isTheDifference_andAGrowthFromZeroHasNoPercent() {
    qt().forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE))
        .checkAssert((current, previous) -> {
          GrowthBase base = GrowthBase.of(current, previous);
          assertThat(base.change()).isEqualTo(current - previous);
          assertThat(base.percentChange(1).isPresent()).isEqualTo(previous != 0);
        });
  }
}
