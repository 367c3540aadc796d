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
      boolean approximate = list.stream().anyMatch(i -> i.qualifier() == Qualifier.APPROXIMATELY);
      Total total = sequential(list);
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
