package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Laws of exact rates. */
class RateProperties {
  @Test
  void plus_isCommutativeAndAssociative_andAddsTerms() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000),
            longs().between(0, 1_000_000), longs().between(1, 1_000_000))
        .checkAssert((a, b, c, d) -> {
          Rate x = Rate.of(a, b);
          Rate y = Rate.of(c, d);
          Rate z = Rate.of(c, b);
          assertThat(x.plus(y)).isEqualTo(y.plus(x));
          assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
          assertThat(x.plus(y).numerator()).isEqualTo(a + c);
          assertThat(x.plus(y).denominator()).isEqualTo(b + d);
        });
  }

  @Test
  void ratioOfSums_liesBetweenTheTwoRates() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000),
            longs().between(0, 1_000_000), longs().between(1, 1_000_000))
        .checkAssert((a, b, c, d) -> {
          Rate x = Rate.of(a, b);
          Rate y = Rate.of(c, d);
          Rate low = x.compareTo(y) <= 0 ? x : y;
          Rate high = x.compareTo(y) <= 0 ? y : x;
          assertThat(x.plus(y).compareTo(low)).isGreaterThanOrEqualTo(0);
          assertThat(x.plus(y).compareTo(high)).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void percent_isWithinHalfAUnitOfTheExactFraction() {
    qt().forAll(longs().between(0, 10_000_000), longs().between(1, 10_000_000), integers().between(0, 4))
        .checkAssert((n, d, scale) -> {
          BigDecimal percent = Rate.of(n, d).percent(scale);
          // |percent·d − 100·n| ≤ d·10^-scale / 2, checked in integers: |2·percent·d·10^s − 200·n·10^s| ≤ d.
          BigInteger tenToScale = BigInteger.TEN.pow(scale);
          BigInteger lhs = percent.movePointRight(scale).toBigIntegerExact()
              .multiply(BigInteger.valueOf(d)).multiply(BigInteger.TWO)
              .subtract(BigInteger.valueOf(n).multiply(BigInteger.valueOf(200)).multiply(tenToScale))
              .abs();
          assertThat(lhs).isLessThanOrEqualTo(BigInteger.valueOf(d));
          assertThat(percent.scale()).isEqualTo(scale);
        });
  }

  @Test
  void matches_acceptsItsOwnRoundingAndTruncation_atEveryPrecision() {
    qt().forAll(longs().between(0, 10_000_000), longs().between(1, 10_000_000), integers().between(0, 4))
        .checkAssert((n, d, scale) -> {
          Rate rate = Rate.of(n, d);
          assertThat(rate.matches(rate.percent(scale))).isEqualTo(PercentMatch.ROUNDED);
          BigDecimal truncated = rate.percent(scale, RoundingMode.DOWN);
          assertThat(rate.matches(truncated).isConsistent()).isTrue();
          // One unit of the last place above the rounded value never matches.
          BigDecimal above = rate.percent(scale).add(BigDecimal.ONE.movePointLeft(scale));
          assertThat(rate.matches(above)).isEqualTo(PercentMatch.MISMATCH);
        });
  }

  @Test
  void compareTo_agreesWithCrossMultiplication_andIgnoresCommonFactors() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000), longs().between(1, 1_000))
        .checkAssert((n, d, k) -> {
          assertThat(Rate.of(n, d).compareTo(Rate.of(n * k, d * k))).isZero();
          assertThat(Rate.of(n, d).compareTo(Rate.of(n + 1, d))).isNegative();
        });
  }
}
