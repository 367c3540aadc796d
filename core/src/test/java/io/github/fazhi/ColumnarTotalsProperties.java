package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ColumnarTotals} against the reference, one {@link TotalAccumulator} per slot: the same totals
 * (sum, unit, qualifier, margin, count, and the scale of the sum) or the same exception, for random
 * additions that include overflow, rounded 万/亿 figures with more decimals than the scale word has
 * zeros, fractional amounts, negative values, units that count something else and percentages.
 */
class ColumnarTotalsProperties {
  private static final int SLOTS = 3;

  /** One addition: a value to a slot, or (when {@code merged}) a reference total of it. */
  record Addition(int slot, BigDecimal value, Unit unit, Qualifier qualifier, boolean merged) {}

  static Gen<Unit> units() {
    return Generate.pick(List.of(Unit.of("件"), Unit.of("宗"), Unit.of("万件"), Unit.of("亿宗"), Unit.of("万亿件"),
        Unit.of("次"), Unit.of("元"), Unit.of("万元"), Unit.PERCENT));
  }

  /** Small, large and near-overflow unscaled values, with 0 to 13 decimals or a negative scale. */
  static Gen<BigDecimal> values() {
    Gen<Long> unscaled = longs().between(0, 30)
        .mix(longs().between(-1_000, 10_000_000), 40)
        .mix(longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE), 15)
        .mix(longs().between(Long.MIN_VALUE, Long.MIN_VALUE / 4), 5);
    Gen<Integer> scales = integers().between(0, 2).mix(integers().between(-2, 13), 30);
    return unscaled.zip(scales, BigDecimal::valueOf);
  }

  static Gen<Addition> additions() {
    return integers().between(0, SLOTS - 1).zip(values(), units(), Generate.enumValues(Qualifier.class),
        integers().between(0, 9), (slot, value, unit, qualifier, merged) ->
            new Addition(slot, value, unit, qualifier, merged == 0));
  }

  /** The totals of every slot, or the exception (class and message) the additions ended with. */
  static List<Object> reference(List<Addition> additions) {
    TotalAccumulator[] slots = new TotalAccumulator[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      slots[i] = new TotalAccumulator();
    }
    try {
      for (Addition a : additions) {
        if (a.merged()) {
          slots[a.slot()].addAll(single(a));
        } else {
          slots[a.slot()].add(a.value(), a.unit(), a.qualifier());
        }
      }
    } catch (RuntimeException failure) {
      return List.of(failure.getClass(), String.valueOf(failure.getMessage()));
    }
    List<Object> totals = new ArrayList<>();
    for (TotalAccumulator slot : slots) {
      totals.add(described(slot.snapshot()));
    }
    return totals;
  }

  static List<Object> columnar(List<Addition> additions) {
    ColumnarTotals columns = new ColumnarTotals(SLOTS);
    try {
      for (Addition a : additions) {
        if (a.merged()) {
          columns.addAll(a.slot(), single(a));
        } else {
          columns.add(a.slot(), a.value(), a.unit(), a.qualifier());
        }
      }
    } catch (RuntimeException failure) {
      return List.of(failure.getClass(), String.valueOf(failure.getMessage()));
    }
    List<Object> totals = new ArrayList<>();
    for (int slot = 0; slot < SLOTS; slot++) {
      totals.add(described(columns.snapshot(slot)));
      assertThat(columns.count(slot)).isEqualTo(columns.snapshot(slot).count());
    }
    return totals;
  }

  private static Total single(Addition a) {
    TotalAccumulator one = new TotalAccumulator();
    one.add(a.value(), a.unit(), a.qualifier());
    return one.snapshot();
  }

  /** A total with the exact representation of its sum and margin, which equals() compares by value. */
  private static List<Object> described(Total total) {
    return List.of(total, total.sum().map(BigDecimal::toString).orElse("none"), total.margin().toString(),
        total.qualifier().map(Enum::name).orElse("unbounded"), total.count());
  }

  @Test
  void columnarTotals_equalTheReferenceAccumulators_orFailAlike() {
    qt().withExamples(3000).forAll(lists().of(additions()).ofSizeBetween(0, 25))
        .checkAssert(additions -> assertThat(columnar(additions)).isEqualTo(reference(additions)));
  }

  @Test
  void wholeCounts_addedAsLongs_equalTheReference() {
    Gen<Long> counts = longs().between(0, 1_000).mix(longs().between(Long.MAX_VALUE / 3, Long.MAX_VALUE), 20);
    Gen<Unit> units = Generate.pick(List.of(Unit.of("件"), Unit.of("宗"), Unit.of("万件"), Unit.of("人"),
        Unit.PERCENT));
    qt().forAll(lists().of(counts.zip(units, (count, unit) -> new Addition(0, BigDecimal.valueOf(count), unit,
            Qualifier.EXACT, false))).ofSizeBetween(0, 12))
        .checkAssert(additions -> {
          ColumnarTotals columns = new ColumnarTotals(SLOTS);
          List<Object> outcome;
          try {
            additions.forEach(a -> columns.addExact(0, a.value().longValueExact(), a.unit()));
            outcome = new ArrayList<>();
            for (int slot = 0; slot < SLOTS; slot++) {
              outcome.add(described(columns.snapshot(slot)));
            }
          } catch (RuntimeException failure) {
            outcome = List.of(failure.getClass(), String.valueOf(failure.getMessage()));
          }
          assertThat(outcome).isEqualTo(reference(additions));
        });
  }
}
