package io.github.fazhi.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Total;
import io.github.fazhi.TotalAccumulator;
import io.github.fazhi.Unit;
import io.github.fazhi.UnitMismatchException;
import io.github.fazhi.ValidationException;
import java.math.BigDecimal;

/**
 * Coverage-guided fuzz tests (Jazzer). In a normal build each runs its regression inputs under
 * {@code src/test/resources/io/github/fazhi/fuzz/ModelFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it
 * fuzzes (see docs/reliability.md). Any input either gives a valid value or a {@link ValidationException}
 * (or the documented exception); anything else is a bug.
 */
class ModelFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void unitOf_givesAUnitOrAValidationException(FuzzedDataProvider data) {
    String written = data.consumeRemainingAsString();
    Unit unit;
    try {
      unit = Unit.of(written);
    } catch (ValidationException refused) {
      assertThat(refused.violations()).isNotEmpty();
      return;
    }
    assertThat(unit.written()).isEqualTo(written.strip()).isNotEmpty();
    assertThat(unit.scale()).isPositive();
    assertThat(Unit.of(unit.written())).isEqualTo(unit);
    assertThat(unit.canonical().scale()).isEqualTo(1);
    assertThat(unit.countsSameAs(unit)).isTrue();
  }

  @FuzzTest(maxDuration = "5m")
  void indicatorBuilder_givesAValidValueOrAValidationException(FuzzedDataProvider data) {
    IndicatorKind kind = data.pickValue(IndicatorKind.values());
    Qualifier qualifier = data.pickValue(Qualifier.values());
    BigDecimal value = BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 20));
    String unitText = data.consumeString(6);
    String label = data.consumeString(10);
    Indicator indicator;
    try {
      indicator = Indicator.builder().label(label).kind(kind).value(value).unit(Unit.of(unitText))
          .qualifier(qualifier).build();
    } catch (ValidationException refused) {
      assertThat(refused.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
      return;
    }
    if (kind == IndicatorKind.COUNT) {
      assertThat(indicator.baseValue().signum()).isGreaterThanOrEqualTo(0);
    }
    if (kind == IndicatorKind.PERCENT) {
      assertThat(indicator.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
    if (kind.isAdditive()) {
      TotalAccumulator accumulator = new TotalAccumulator();
      try {
        accumulator.add(indicator);
        accumulator.add(indicator);
      } catch (ArithmeticException overflow) {
        assertThat(overflow).hasMessageContaining("overflowed");
        return;
      }
      Total total = accumulator.snapshot();
      assertThat(total.sum().orElseThrow()).isEqualByComparingTo(indicator.baseValue().multiply(BigDecimal.valueOf(2)));
    }
  }

  @FuzzTest(maxDuration = "5m")
  void rates_neverDivideByZeroOrOverflowSilently(FuzzedDataProvider data) {
    long numerator = data.consumeLong();
    long denominator = data.consumeLong();
    BigDecimal stated = BigDecimal.valueOf(data.consumeLong(0, 100_000), data.consumeInt(0, 3));
    Rate rate;
    try {
      rate = Rate.tryOf(numerator, denominator).orElse(null);
    } catch (ValidationException refused) {
      assertThat(numerator < 0 || denominator < 0).isTrue();
      return;
    }
    if (rate == null) {
      assertThat(denominator).isZero();
      return;
    }
    assertThat(rate.matches(stated)).isNotNull();
    try {
      Rate sum = rate.plus(rate);
      assertThat(sum.compareTo(rate)).isZero();
    } catch (ArithmeticException overflow) {
      assertThat(overflow).hasMessageContaining("overflowed");
    }
  }

  @FuzzTest(maxDuration = "5m")
  void totals_refuseUnitsThatCountOtherThings(FuzzedDataProvider data) {
    Unit first;
    Unit second;
    try {
      first = Unit.of(data.consumeString(5));
      second = Unit.of(data.consumeString(5));
    } catch (ValidationException refused) {
      return;
    }
    if (first.isPercent() || first.isPercentagePoints() || second.isPercent() || second.isPercentagePoints()) {
      return;
    }
    TotalAccumulator accumulator = new TotalAccumulator();
    accumulator.add(BigDecimal.ONE, first, Qualifier.EXACT);
    try {
      accumulator.add(BigDecimal.ONE, second, Qualifier.EXACT);
      assertThat(first.countsSameAs(second)).isTrue();
    } catch (UnitMismatchException mismatch) {
      assertThat(first.countsSameAs(second)).isFalse();
      assertThat(mismatch).hasMessageContaining(first.canonical().written()).hasMessageContaining(second.written());
    }
  }
}
