package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of totals: merging, order, parallelism, scaling and the qualifier algebra. */
class TotalProperties {
  private static Total sequential(List<Indicator> indicators) {
    TotalAccumulator accumulator = new TotalAccumulator();
    indicators.forEach(accumulator::add);
    return accumulator.snapshot();
  }

  @Test
  void splitAnywhere_andMerged_equalsTheWhole() {
    qt().forAll(Generators.caseCountLists(), Generators.caseCountLists(), Generators.caseCountLists())
        .checkAssert((a, b, c) -> {
          List<Indicator> all = new ArrayList<>(a);
          all.addAll(b);
          all.addAll(c);
          Total left = sequential(a).plus(sequential(b)).plus(sequential(c));
          Total right = sequential(a).plus(sequential(b).plus(sequential(c)));
          assertThat(left).isEqualTo(sequential(all));
          assertThat(right).isEqualTo(sequential(all));
        });
  }

  @Test
  void order_doesNotMatter() {
    qt().forAll(Generators.caseCountLists()).checkAssert(list -> {
      List<Indicator> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled);
      assertThat(sequential(shuffled)).isEqualTo(sequential(list));
    });
  }

  @Test
  void parallelStream_equalsSequentialLoop() {
    qt().forAll(Generators.caseCountLists()).checkAssert(list -> {
      List<Indicator> many = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        many.addAll(list);
      }
      assertThat(many.parallelStream().collect(Total.toTotal())).isEqualTo(sequential(many));
    });
  }

  @Test
  void sum_isTheSumOfScaledValues() {
    qt().forAll(Generators.caseCountLists()).checkAssert(list -> {
      BigDecimal expected = list.stream()
          .map(i -> i.value().multiply(BigDecimal.valueOf(i.unit().scale())))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      Total total = sequential(list);
      assertThat(total.count()).isEqualTo(list.size());
      total.sum().ifPresent(sum -> assertThat(sum).isEqualByComparingTo(expected));
      assertThat(total.sum().isPresent()).isEqualTo(!list.isEmpty());
    });
  }

  @Test
  void qualifier_followsTheBoundsOfWhatWasAdded() {
    qt().forAll(Generators.caseCountLists()).checkAssert(list -> {
      boolean lower = list.stream().anyMatch(i -> i.qualifier().isLowerBound());
      boolean upper = list.stream().anyMatch(i -> i.qualifier().isUpperBound());
      // a figure stated with 万/亿 and decimals is rounded: it makes the total approximate
      boolean rounded = list.stream().anyMatch(i -> i.unit().scale() > 1 && i.value().scale() > 0);
      boolean approximate = rounded || list.stream().anyMatch(i -> i.qualifier() == Qualifier.APPROXIMATELY);
      Total total = sequential(list);
      // the margin is half a unit of the last stated digit of each rounded figure
      java.math.BigDecimal margin = list.stream()
          .filter(i -> i.unit().scale() > 1 && i.value().scale() > 0)
          .map(i -> java.math.BigDecimal.valueOf(i.unit().scale()).movePointLeft(i.value().scale())
              .divide(java.math.BigDecimal.valueOf(2)))
          .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      assertThat(total.margin()).isEqualByComparingTo(margin);
      assertThat(total.isExactUpToRounding()).isEqualTo(!lower && !upper
          && list.stream().noneMatch(i -> i.qualifier() == Qualifier.APPROXIMATELY));
      if (lower && upper) {
        assertThat(total.qualifier()).isEmpty();
      } else if (approximate) {
        assertThat(total.qualifier()).hasValue(Qualifier.APPROXIMATELY);
      } else if (lower) {
        assertThat(total.qualifier().orElseThrow().isLowerBound()).isTrue();
      } else if (upper) {
        assertThat(total.qualifier().orElseThrow().isUpperBound()).isTrue();
      } else {
        assertThat(total.qualifier()).hasValue(Qualifier.EXACT);
      }
    });
  }
}
