package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Laws of tally addition. */
class ReviewTallyProperties {
  private static ReviewTally loop(List<ReviewTally> tallies) {
    ReviewTally sum = tallies.get(0);
    for (int i = 1; i < tallies.size(); i++) {
      sum = sum.plus(tallies.get(i));
    }
    return sum;
  }

  @Test
  void plus_isCommutativeAndAssociative() {
    qt().forAll(Generators.tallies(Procedure.RECONSIDERATION), Generators.tallies(Procedure.RECONSIDERATION),
            Generators.tallies(Procedure.RECONSIDERATION))
        .checkAssert((a, b, c) -> {
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        });
  }

  @Test
  void knownCounts_add_andUnknownPlusKnown_isUnknown() {
    qt().forAll(Generators.tallies(Procedure.LITIGATION), Generators.tallies(Procedure.LITIGATION))
        .checkAssert((a, b) -> {
          ReviewTally sum = a.plus(b);
          assertSum(a.received(), b.received(), sum.received());
          assertSum(a.accepted(), b.accepted(), sum.accepted());
          assertSum(a.pending(), b.pending(), sum.pending());
          assertSum(a.carriedOver(), b.carriedOver(), sum.carriedOver());
          assertSum(a.concludedIncludingWithdrawn(), b.concludedIncludingWithdrawn(),
              sum.concludedIncludingWithdrawn());
          for (Decision decision : Decision.values()) {
            OptionalLong expected = a.decision(decision).isPresent() && b.decision(decision).isPresent()
                ? OptionalLong.of(a.decision(decision).getAsLong() + b.decision(decision).getAsLong())
                : OptionalLong.empty();
            // a decision known in both is known in the sum, unless neither stated it (then it is an implied 0)
            if (expected.isPresent() && sum.decision(decision).isPresent()) {
              assertThat(sum.decision(decision)).isEqualTo(expected);
            }
            if (expected.isEmpty()) {
              assertThat(sum.decision(decision)).isEmpty();
            }
          }
        });
  }

  @Test
  void rateOfTheSum_isTheRatioOfSums() {
    qt().forAll(Generators.tallies(Procedure.RECONSIDERATION), Generators.tallies(Procedure.RECONSIDERATION))
        .checkAssert((a, b) -> {
          if (a.acceptanceRate().isPresent() && b.acceptanceRate().isPresent()) {
            assertThat(a.plus(b).acceptanceRate()).hasValue(a.acceptanceRate().get().plus(b.acceptanceRate().get()));
          }
        });
  }

  @Test
  void collector_inParallel_equalsTheSequentialLoop_inAnyOrder() {
    qt().forAll(Generators.tallyLists(Procedure.RECONSIDERATION)).checkAssert(tallies -> {
      List<ReviewTally> shuffled = new ArrayList<>(tallies);
      Collections.shuffle(shuffled);
      ReviewTally expected = loop(tallies);
      assertThat(shuffled.parallelStream().collect(ReviewTally.summing())).hasValue(expected);
      assertThat(loop(shuffled)).isEqualTo(expected);
    });
  }

  @Test
  void accumulatorsMerged_equalOneAccumulator() {
    qt().forAll(Generators.tallyLists(Procedure.RECONSIDERATION), Generators.tallyLists(Procedure.RECONSIDERATION))
        .checkAssert((left, right) -> {
          ReviewTallyAccumulator a = new ReviewTallyAccumulator();
          left.forEach(a::add);
          ReviewTallyAccumulator b = new ReviewTallyAccumulator();
          right.forEach(b::add);
          ReviewTallyAccumulator whole = new ReviewTallyAccumulator();
          left.forEach(whole::add);
          right.forEach(whole::add);
          a.addAll(b);
          a.addAll(new ReviewTallyAccumulator());
          assertThat(a.snapshot()).isEqualTo(whole.snapshot());
          ReviewTallyAccumulator empty = new ReviewTallyAccumulator();
          empty.addAll(whole);
          assertThat(empty.snapshot()).isEqualTo(whole.snapshot());
          assertThat(a.count()).isEqualTo(left.size() + right.size());
        });
  }

  private static void assertSum(OptionalLong a, OptionalLong b, OptionalLong sum) {
    if (a.isPresent() && b.isPresent()) {
      assertThat(sum).hasValue(a.getAsLong() + b.getAsLong());
    } else {
      assertThat(sum).isEmpty();
    }
  }
}
