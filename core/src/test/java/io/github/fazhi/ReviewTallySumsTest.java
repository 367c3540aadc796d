package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sums of tallies and totals, as the statistics rely on them; expected values worked out by hand. */
class ReviewTallySumsTest {
  @Test
  void summingTheSeedWithATallyCountingWithdrawalsInside_countsThemInsideConcluded() {
    // seed: 6 concluded + 3 withdrawn apart; other: 10 concluded of which 2 withdrawn
    ReviewTally other = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(12).accepted(10)
        .concluded(10).withdrawn(2).pending(0).build();
    ReviewTally sum = SeedReport.reconsideration().plus(other);
    assertThat(sum.received()).hasValue(23);
    assertThat(sum.accepted()).hasValue(19);
    assertThat(sum.withdrawalsCountedApart()).isFalse();
    assertThat(sum.concluded()).hasValue(19); // (6 + 3) + 10
    assertThat(sum.withdrawn()).hasValue(5);
    assertThat(sum.acceptanceRate()).hasValue(Rate.of(19, 23));
    assertThat(sum.closureRate()).isEmpty(); // carried over unknown in both
    assertThat(SeedReport.reconsideration().plus(SeedReport.reconsideration()).withdrawalsCountedApart()).isTrue();
    assertThatThrownBy(() -> other.plus(ReviewTally.builder().procedure(Procedure.LITIGATION).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void outcomeCountsSum_whereEveryTallyKnowsThem() {
    ReviewTally a = ReviewTally.builder().procedure(Procedure.LITIGATION).route(LitigationRoute.DIRECT)
        .concluded(5).putDecision(Decision.REVOKED, 2).putDecision(Decision.UPHELD, 3).outcomesComplete(true)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 2).build();
    ReviewTally b = ReviewTally.builder().procedure(Procedure.LITIGATION).route(LitigationRoute.AFTER_RECONSIDERATION)
        .concluded(4).putDecision(Decision.REVOKED, 1).putDecision(Decision.MEDIATED, 1).build();
    Optional<ReviewTally> sum = List.of(a, b).parallelStream().collect(ReviewTally.summing());
    assertThat(sum.orElseThrow().decisions()).containsEntry(Decision.REVOKED, 3L)
        .doesNotContainKey(Decision.UPHELD); // b does not say how many it upheld
    assertThat(sum.orElseThrow().route()).isEmpty(); // two routes
    assertThat(sum.orElseThrow().concluded()).hasValue(9);
    assertThat(sum.orElseThrow().outcomeGroups()).isEmpty(); // b's corrected group is unknown
    assertThat(a.correctionRate(RateBasis.CONCLUDED)).hasValue(Rate.of(2, 5));
    assertThat(a.mediationRate()).hasValue(Rate.of(0, 5));
    assertThat(List.<ReviewTally>of().stream().collect(ReviewTally.summing())).isEmpty();
    assertThat(a.count(RateBasis.RECEIVED)).isEmpty();
    assertThat(RateBasis.UNDER_REVIEW.chinese()).isEqualTo("审理");
  }

  @Test
  void totalsAddCompatibleUnitsOnceScaled_andKeepQualifiersHonest() {
    TotalAccumulator people = new TotalAccumulator();
    people.add(new BigDecimal("1.19"), Unit.of("万人"), Qualifier.EXACT);
    people.add(new BigDecimal("100"), Unit.of("名"), Qualifier.AT_LEAST);
    Total total = people.snapshot();
    assertThat(total.sum()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("12000"));
    // 1.19万人 is a rounded figure (± 50): the sum is no longer a lower bound, only approximate
    assertThat(total.qualifier()).hasValue(Qualifier.APPROXIMATELY);
    assertThat(total.margin()).isEqualByComparingTo("50");
    assertThat(total.plus(Total.empty())).isEqualTo(total);
    TotalAccumulator whole = new TotalAccumulator();
    whole.add(new BigDecimal("11900"), Unit.of("人"), Qualifier.EXACT);
    whole.add(new BigDecimal("100"), Unit.of("名"), Qualifier.AT_LEAST);
    assertThat(whole.snapshot().qualifier()).hasValue(Qualifier.AT_LEAST);
    TotalAccumulator money = new TotalAccumulator();
    money.add(new BigDecimal("55340400"), Unit.of("元"), Qualifier.EXACT);
    money.add(new BigDecimal("0.5"), Unit.of("元"), Qualifier.LESS_THAN);
    assertThat(money.snapshot().sum()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("55340400.5"));
    assertThat(money.snapshot().margin()).isEqualByComparingTo("0");
    assertThat(money.snapshot().qualifier()).hasValue(Qualifier.LESS_THAN);
    money.add(new BigDecimal("1"), Unit.of("元"), Qualifier.MORE_THAN);
    assertThat(money.snapshot().isUnbounded()).isTrue();
    assertThat(money.snapshot().toString()).startsWith("Total{UNBOUNDED");
    assertThatThrownBy(() -> money.add(BigDecimal.ONE, Unit.of("件"), Qualifier.EXACT))
        .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
          assertThat(e.expected()).isEqualTo(Unit.of("元"));
          assertThat(e.actual()).isEqualTo(Unit.of("件"));
        });
    assertThatThrownBy(() -> money.add(BigDecimal.ONE, Unit.PERCENT, Qualifier.EXACT))
        .isInstanceOf(IllegalArgumentException.class);
    TotalAccumulator rough = new TotalAccumulator();
    rough.add(BigDecimal.TEN, Unit.of("件"), Qualifier.APPROXIMATELY);
    rough.add(BigDecimal.TEN, Unit.of("件"), Qualifier.AT_MOST);
    assertThat(rough.snapshot().qualifier()).hasValue(Qualifier.APPROXIMATELY);
    assertThat(Total.empty().toString()).isEqualTo("Total{empty}");
    assertThat(Total.empty().unit()).isEmpty();
  }

  @Test
  void ratesAreExactFractions_roundedOnlyWhereAsked() {
    Rate nineOfEleven = Rate.of(9, 11);
    assertThat(nineOfEleven.percent(1)).isEqualByComparingTo("81.8");
    assertThat(nineOfEleven.percent(1, RoundingMode.DOWN)).isEqualByComparingTo("81.8");
    assertThat(Rate.of(4996, 10000).matches(new BigDecimal("49.9"))).isEqualTo(PercentMatch.TRUNCATED);
    assertThat(Rate.of(1, 2).compareTo(Rate.of(2, 4))).isZero();
    assertThat(Rate.of(1, 2)).isNotEqualTo(Rate.of(2, 4));
    assertThat(Rate.of(1, 2).plus(Rate.of(1, 3))).isEqualTo(Rate.of(2, 5));
    assertThat(Rate.tryOf(0, 0)).isEmpty();
    assertThatThrownBy(() -> Rate.of(1, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> nineOfEleven.percent(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Rate.of(1, 3).hashCode()).isEqualTo(Rate.of(1, 3).hashCode());
    assertThat(PercentMatch.MISMATCH.isConsistent()).isFalse();
  }
}
