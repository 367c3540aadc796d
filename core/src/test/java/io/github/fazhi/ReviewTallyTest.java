package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.testing.SeedReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReviewTallyTest {
  @Test
  void aDecisionOrOutcomeGroupPutTwice_isAValidationException_atItsPath() {
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.REVOKED, 1).putDecision(Decision.MEDIATED, 2).putDecision(Decision.REVOKED, 1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactly("decisions.revoked");
          assertThat(e.violations().get(0).message())
              .isEqualTo("decisions.revoked (1) was put twice (first 1): put each once");
        });
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putAllDecisions(java.util.Map.of(Decision.REJECTED, 3L)).putDecision(Decision.REJECTED, 4).build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("decisions.rejected"));
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.LITIGATION)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 1).putOutcomeGroup(java.util.Map.entry(OutcomeGroup.CORRECTED, 2L))
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("outcomeGroups.corrected"));
    // UPHELD names a decision and an outcome group alike: the path says which map it was put in twice.
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.UPHELD, 1).putDecision(java.util.Map.entry(Decision.UPHELD, 2L))
        .putAllOutcomeGroups(java.util.Map.of(OutcomeGroup.UPHELD, 3L)).putOutcomeGroup(OutcomeGroup.UPHELD, 3)
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("decisions.upheld", "outcomeGroups.upheld"));
  }

  @Test
  void aDuplicate_isReportedWithEveryOtherBrokenInvariant() {
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(-1)
        .putDecision(Decision.OTHER, 1).putDecision(Decision.OTHER, 1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("decisions.other", "received"));
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .route(LitigationRoute.DIRECT).putOutcomeGroup(OutcomeGroup.OTHER, 1)
        .putOutcomeGroup(OutcomeGroup.OTHER, 2).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("outcomeGroups.other", "route"));
    // A missing procedure is reported alone, before any value exists to check (as by every builder).
    assertThatThrownBy(() -> ReviewTally.builder().putOutcomeGroup(OutcomeGroup.OTHER, 1)
        .putOutcomeGroup(OutcomeGroup.OTHER, 2).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("procedure"));
  }

  @Test
  void aDecisionPutThreeTimes_isOneViolationPerExtraPut_namingTheFirstCount() {
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.CHANGED, 2).putDecision(Decision.CHANGED, 5).putDecision(Decision.CHANGED, 7)
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::message).containsExactly(
                "decisions.changed (5) was put twice (first 2): put each once",
                "decisions.changed (7) was put twice (first 2): put each once"));
  }

  @Test
  void theOrderOfPuts_changesNeitherTheMapNorEquality() {
    ReviewTally revokedFirst = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.REVOKED, 1).putDecision(Decision.UPHELD, 4).build();
    ReviewTally upheldFirst = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.UPHELD, 4).putDecision(Decision.REVOKED, 1).build();
    assertThat(revokedFirst).isEqualTo(upheldFirst).hasSameHashCodeAs(upheldFirst);
    // UPHELD comes before REVOKED in Decision's order, whatever the order of the puts.
    assertThat(revokedFirst.decisions().keySet()).containsExactly(Decision.UPHELD, Decision.REVOKED);
    assertThat(revokedFirst).isNotEqualTo(ReviewTally.builder().from(upheldFirst).putDecision(Decision.OTHER, 0)
        .build());
  }

  @Test
  void settingAWholeMap_replacesWhatWasPut_andForgetsItsDuplicates() {
    ReviewTally tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.REVOKED, 1).putDecision(Decision.REVOKED, 2)
        .decisions(java.util.Map.of(Decision.UPHELD, 4L))
        .putOutcomeGroup(OutcomeGroup.OTHER, 1).putOutcomeGroup(OutcomeGroup.OTHER, 1)
        .outcomeGroups(java.util.Map.of(OutcomeGroup.CORRECTED, 5L))
        .build();
    assertThat(tally.decisions()).containsExactly(java.util.Map.entry(Decision.UPHELD, 4L));
    assertThat(tally.outcomeGroups()).containsExactly(java.util.Map.entry(OutcomeGroup.CORRECTED, 5L));
    // from() starts from a tally's maps: putting one of its decisions again is a duplicate.
    assertThatThrownBy(() -> ReviewTally.builder().from(tally).putDecision(Decision.UPHELD, 4).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("decisions.upheld (4) was put twice");
    ReviewTally copy = ReviewTally.builder().from(tally).putDecision(Decision.OTHER, 1).build();
    assertThat(copy.decisions()).containsOnlyKeys(Decision.UPHELD, Decision.OTHER);
    assertThat(copy.outcomeGroups()).isEqualTo(tally.outcomeGroups());
    assertThat(copy.procedure()).isEqualTo(Procedure.RECONSIDERATION);
  }

  /**
   * 上海市 2014 (全市行政复议与行政应诉工作相关情况): a table of decisions that names every column, 其他
   * included, with its 合计 4696; 改正后终止 counts as a correction (191 = 63 + 43 + 0 + 8 + 77).
   */
  @Test
  void shanghai2014_aCompleteDecisionTable_addsUpToItsStatedTotal() {
    ReviewTally tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .received(6200).accepted(4955).notAccepted(1245).concluded(4696)
        .putDecision(Decision.UPHELD, 3509).putDecision(Decision.WITHDRAWN, 678).putDecision(Decision.REJECTED, 295)
        .putDecision(Decision.TERMINATED_AFTER_CORRECTION, 77).putDecision(Decision.REVOKED, 63)
        .putDecision(Decision.CONFIRMED_ILLEGAL, 43).putDecision(Decision.CHANGED, 0)
        .putDecision(Decision.ORDERED_TO_PERFORM, 8).putDecision(Decision.OTHER, 23)
        .decisionsTotal(4696).outcomesComplete(true).build();
    long sum = tally.decisions().values().stream().mapToLong(Long::longValue).sum();
    assertThat(sum).isEqualTo(tally.decisionsTotal().getAsLong()).isEqualTo(4696);
    assertThat(tally.corrected()).hasValue(191);
    assertThat(tally.correctionRate().orElseThrow().percent(1)).isEqualByComparingTo("4.1");
    assertThat(tally.group(OutcomeGroup.OTHER)).hasValue(678 + 23);
    assertThat(tally.decision(Decision.MEDIATED_OR_SETTLED)).hasValue(0);
    assertThat(tally.mediatedOrSettled()).hasValue(0);
  }

  /** 防城 2024: 17 disputes settled before acceptance, outside the 151 accepted and 135 concluded. */
  @Test
  void fangcheng2024_settledBeforeAcceptance_standsOutsideTheOtherCounts() {
    ReviewTally tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).accepted(151).carriedOver(0)
        .concluded(135).resolvedBeforeAcceptance(17).build();
    assertThat(tally.resolvedBeforeAcceptance()).hasValue(17);
    assertThat(tally.underReview()).hasValue(151);
    assertThat(tally.decisionsTotal()).isEmpty();
    assertThatThrownBy(() -> ReviewTally.builder().from(tally).resolvedBeforeAcceptance(-17).decisionsTotal(-1)
            .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("resolvedBeforeAcceptance", "decisionsTotal"));
  }

  @Test
  void mediatedOrSettled_statedAsOneNumber_countsBoth() {
    // 温州 2024 states 和解、调解 as one column.
    ReviewTally combined = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).concluded(100)
        .putDecision(Decision.MEDIATED_OR_SETTLED, 20).build();
    assertThat(combined.mediatedOrSettled()).hasValue(20);
    assertThat(combined.mediationRate()).hasValue(Rate.of(20, 100));
    ReviewTally withOneApart = ReviewTally.builder().from(combined).putDecision(Decision.MEDIATED, 5).build();
    assertThat(withOneApart.mediatedOrSettled()).hasValue(25);
    ReviewTally withBothApart = ReviewTally.builder().from(withOneApart).putDecision(Decision.SETTLED, 3).build();
    assertThat(withBothApart.mediatedOrSettled()).hasValue(28);
    ReviewTally apart = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).concluded(100)
        .putDecision(Decision.MEDIATED, 5).putDecision(Decision.SETTLED, 3).build();
    assertThat(apart.mediatedOrSettled()).hasValue(8);
    ReviewTally onlyMediated = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.MEDIATED, 5).build();
    assertThat(onlyMediated.mediatedOrSettled()).isEmpty();
    assertThat(ReviewTally.builder().from(onlyMediated).outcomesComplete(true).build().mediatedOrSettled())
        .hasValue(5);
  }

  @Test
  void theBuilder_setsEveryCount_knownOrUnknown() {
    java.util.OptionalLong none = java.util.OptionalLong.empty();
    ReviewTally tally = ReviewTally.builder().procedure(Procedure.LITIGATION)
        .route(LitigationRoute.DIRECT).route(Optional.empty())
        .received(1).accepted(2).notAccepted(3).resolvedBeforeAcceptance(4).carriedOver(5).concluded(6)
        .withdrawn(7).pending(8).decisionsTotal(9).withdrawalsCountedApart(true).build();
    assertThat(List.of(tally.received(), tally.accepted(), tally.notAccepted(), tally.resolvedBeforeAcceptance(),
        tally.carriedOver(), tally.concluded(), tally.withdrawn(), tally.pending(), tally.decisionsTotal()))
        .extracting(java.util.OptionalLong::getAsLong).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(tally.route()).isEmpty();
    assertThat(tally.withdrawalsCountedApart()).isTrue();
    ReviewTally cleared = ReviewTally.builder().from(tally).received(none).accepted(none).notAccepted(none)
        .resolvedBeforeAcceptance(none).carriedOver(none).concluded(none).withdrawn(none).pending(none)
        .decisionsTotal(none).route(Optional.of(LitigationRoute.AFTER_RECONSIDERATION)).build();
    assertThat(List.of(cleared.received(), cleared.accepted(), cleared.notAccepted(),
        cleared.resolvedBeforeAcceptance(), cleared.carriedOver(), cleared.concluded(), cleared.withdrawn(),
        cleared.pending(), cleared.decisionsTotal())).allMatch(java.util.OptionalLong::isEmpty);
    assertThat(cleared.route()).hasValue(LitigationRoute.AFTER_RECONSIDERATION);
    assertThat(cleared.withdrawalsCountedApart()).isTrue();
  }

  /** 陕西省 2016 (docs/domain.md, 'Review counting conventions'): 2,371 received, 1,968 accepted, 403 not, 150 carried over, 1,876 concluded. */
  private static ReviewTally shaanxi2016() {
    return ReviewTally.builder()
        .procedure(Procedure.RECONSIDERATION)
        .received(2371)
        .accepted(1968)
        .notAccepted(403)
        .carriedOver(150)
        .concluded(1876)
        .putDecision(Decision.CONFIRMED_ILLEGAL, 70)
        .putDecision(Decision.REVOKED, 209)
        .putDecision(Decision.CHANGED, 10)
        .putDecision(Decision.ORDERED_TO_PERFORM, 85)
        .build();
  }

  @Test
  void severalNegativeCounts_areAllReportedInOneException() {
    assertThatThrownBy(() -> ReviewTally.builder()
            .procedure(Procedure.RECONSIDERATION)
            .received(-1)
            .accepted(-2)
            .pending(-3)
            .putDecision(Decision.UPHELD, -4)
            .putOutcomeGroup(OutcomeGroup.OTHER, -5)
            .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactly(
              "received", "accepted", "pending", "decisions.upheld", "outcomeGroups.other");
          assertThat(e.violations().get(0).message()).isEqualTo("received (-1) must be >= 0");
          assertThat(e).hasMessageStartingWith("5 invariants broken: received: received (-1) must be >= 0");
          assertThat(e.violations().get(3).message()).isEqualTo("decisions.upheld (-4) must be >= 0");
          assertThat(e.violations().get(4).message()).isEqualTo("outcomeGroups.other (-5) must be >= 0");
        });
  }

  @Test
  void zeroDecisionAndOutcomeCounts_andADirectLitigationRoute_areAccepted() {
    ReviewTally tally = ReviewTally.builder()
        .procedure(Procedure.LITIGATION)
        .route(LitigationRoute.DIRECT)
        .putDecision(Decision.UPHELD, 0)
        .putOutcomeGroup(OutcomeGroup.OTHER, 0)
        .build();
    assertThat(tally.decisions()).containsEntry(Decision.UPHELD, 0L);
    assertThat(tally.outcomeGroups()).containsEntry(OutcomeGroup.OTHER, 0L);
  }

  @Test
  void missingProcedure_isReportedAsAViolation() {
    assertThatThrownBy(() -> ReviewTally.builder().received(1).build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("procedure"));
  }

  @Test
  void inconsistentCounts_canStillBeBuilt() {
    ReviewTally odd = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(1).accepted(5).build();
    assertThat(odd.acceptanceRate()).hasValue(Rate.of(5, 1));
  }

  @Test
  void routeOnReconsideration_isRefused() {
    assertThatThrownBy(() -> ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
            .route(LitigationRoute.DIRECT).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("route (DIRECT) is only for LITIGATION");
  }

  @Test
  void rates_ofShaanxi2016_matchThePublishedFigures() {
    ReviewTally tally = shaanxi2016();
    // 审结率 88.57% = 1,876 / (1,968 + 150)
    assertThat(tally.closureRate()).hasValue(Rate.of(1876, 2118));
    assertThat(tally.closureRate().orElseThrow().matches(new java.math.BigDecimal("88.57")))
        .isEqualTo(PercentMatch.ROUNDED);
    // corrections are only known as decisions, and the decisions are not complete: unknown
    assertThat(tally.corrected()).isEmpty();
    ReviewTally withGroup = ReviewTally.builder().from(tally).putOutcomeGroup(OutcomeGroup.CORRECTED, 374).build();
    // direct correction rate "20%" = 374 / 1,876
    assertThat(withGroup.correctionRate()).hasValue(Rate.of(374, 1876));
    assertThat(withGroup.correctionRate(RateBasis.ACCEPTED)).hasValue(Rate.of(374, 1968));
    assertThat(withGroup.correctionRate(RateBasis.RECEIVED)).hasValue(Rate.of(374, 2371));
    assertThat(withGroup.correctionRate(RateBasis.UNDER_REVIEW)).hasValue(Rate.of(374, 2118));
    assertThat(tally.acceptanceRate()).hasValue(Rate.of(1968, 2371));
  }

  @Test
  void completeDecisions_giveGroupsAndZeros() {
    ReviewTally tally = ReviewTally.builder()
        .procedure(Procedure.RECONSIDERATION)
        .concluded(10)
        .putDecision(Decision.UPHELD, 5)
        .putDecision(Decision.REVOKED, 2)
        .putDecision(Decision.TERMINATED_AFTER_CORRECTION, 1)
        .putDecision(Decision.MEDIATED, 2)
        .outcomesComplete(true)
        .build();
    assertThat(tally.decision(Decision.CHANGED)).hasValue(0);
    assertThat(tally.corrected()).hasValue(3); // 撤销 2 + 改正后终止 1
    assertThat(tally.group(OutcomeGroup.UPHELD)).hasValue(5);
    assertThat(tally.group(OutcomeGroup.OTHER)).hasValue(2);
    assertThat(tally.correctionRate()).hasValue(Rate.of(3, 10));
    assertThat(tally.mediationRate()).hasValue(Rate.of(2, 10)); // 调解 2 + 和解 0
  }

  @Test
  void unknownCounts_giveEmptyRates_andZeroDenominatorsToo() {
    ReviewTally nothing = ReviewTally.builder().procedure(Procedure.LITIGATION).build();
    assertThat(nothing.acceptanceRate()).isEmpty();
    assertThat(nothing.closureRate()).isEmpty();
    assertThat(nothing.correctionRate()).isEmpty();
    assertThat(nothing.mediationRate()).isEmpty();
    assertThat(nothing.decision(Decision.UPHELD)).isEmpty();
    ReviewTally zero = ReviewTally.builder().procedure(Procedure.LITIGATION).received(0).accepted(0).build();
    assertThat(zero.acceptanceRate()).isEmpty();
  }

  @Test
  void plus_addsKnownCounts_andUnknownStaysUnknown() {
    ReviewTally seed = SeedReport.reconsideration();
    ReviewTally other = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .received(20).accepted(18).concluded(15).withdrawn(2).pending(3).carriedOver(1)
        .withdrawalsCountedApart(true).build();
    ReviewTally sum = seed.plus(other);
    assertThat(sum.received()).hasValue(31);
    assertThat(sum.accepted()).hasValue(27);
    assertThat(sum.concluded()).hasValue(21);
    assertThat(sum.withdrawn()).hasValue(5);
    assertThat(sum.pending()).hasValue(3);
    assertThat(sum.carriedOver()).isEmpty(); // the seed does not state it
    assertThat(sum.withdrawalsCountedApart()).isTrue();
    assertThat(sum.acceptanceRate()).hasValue(Rate.of(27, 31));
  }

  @Test
  void plus_ofDifferentWithdrawalConventions_countsWithdrawalsInsideConcluded() {
    ReviewTally apart = SeedReport.reconsideration(); // 6 concluded + 3 withdrawn apart
    ReviewTally inside = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .concluded(10).withdrawn(4).build(); // 10 concluded, 4 of them withdrawn
    ReviewTally sum = apart.plus(inside);
    assertThat(sum.withdrawalsCountedApart()).isFalse();
    assertThat(sum.concluded()).hasValue(19); // (6 + 3) + 10
    assertThat(sum.withdrawn()).hasValue(7);
  }

  @Test
  void plus_ofDifferentProcedures_isRefused() {
    ReviewTally reconsideration = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).build();
    ReviewTally litigation = ReviewTally.builder().procedure(Procedure.LITIGATION).build();
    assertThatThrownBy(() -> reconsideration.plus(litigation))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot add a LITIGATION tally to RECONSIDERATION tallies");
  }

  @Test
  void addAll_ofAnotherProcedure_isRefused() {
    ReviewTallyAccumulator reconsideration = new ReviewTallyAccumulator();
    reconsideration.add(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).build());
    ReviewTallyAccumulator litigation = new ReviewTallyAccumulator();
    litigation.add(ReviewTally.builder().procedure(Procedure.LITIGATION).build());
    assertThatThrownBy(() -> reconsideration.addAll(litigation))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot add a LITIGATION tally to RECONSIDERATION tallies");
  }

  @Test
  void plus_keepsASharedRoute_andDropsDifferentOnes() {
    ReviewTally direct = ReviewTally.builder().procedure(Procedure.LITIGATION).route(LitigationRoute.DIRECT).build();
    ReviewTally after = ReviewTally.builder().procedure(Procedure.LITIGATION)
        .route(LitigationRoute.AFTER_RECONSIDERATION).build();
    assertThat(direct.plus(direct).route()).hasValue(LitigationRoute.DIRECT);
    assertThat(direct.plus(after).route()).isEmpty();
  }

  @Test
  void plus_overflow_namesTheCount() {
    ReviewTally big = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(Long.MAX_VALUE).build();
    assertThatThrownBy(() -> big.plus(big))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("RECONSIDERATION received overflowed");
  }

  @Test
  void summing_ofNothing_isEmpty_andOfOne_isItself() {
    assertThat(Stream.<ReviewTally>empty().collect(ReviewTally.summing())).isEmpty();
    ReviewTally tally = shaanxi2016();
    assertThat(Stream.of(tally).collect(ReviewTally.summing())).hasValue(tally);
  }

  @Test
  void of_tallysIndividualCases() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    List<ReviewCase> cases = List.of(
        ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("1").received(day).accepted(day)
            .decided(day.plusDays(10)).decision(Decision.REVOKED).build(),
        ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("2").received(day).accepted(day)
            .decided(day.plusDays(20)).decision(Decision.WITHDRAWN).build(),
        ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("3").received(day).accepted(day).build(),
        ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("4").received(day).refused(day.plusDays(3))
            .build());
    ReviewTally tally = ReviewCase.tally(cases);
    assertThat(tally.received()).hasValue(4);
    assertThat(tally.accepted()).hasValue(3);
    assertThat(tally.notAccepted()).hasValue(1);
    assertThat(tally.carriedOver()).hasValue(0);
    assertThat(tally.concluded()).hasValue(2);
    assertThat(tally.withdrawn()).hasValue(1);
    assertThat(tally.pending()).hasValue(1);
    assertThat(tally.outcomesComplete()).isTrue();
    assertThat(tally.corrected()).hasValue(1);
    assertThat(tally.correctionRate()).hasValue(Rate.of(1, 2));
    assertThat(tally.closureRate()).hasValue(Rate.of(2, 3));
  }

  @Test
  void of_knowsTheRouteOnlyWhenAllCasesShareIt() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    ReviewCase direct = ReviewCase.builder().procedure(Procedure.LITIGATION).route(LitigationRoute.DIRECT)
        .id("a").received(day).build();
    ReviewCase unknown = ReviewCase.builder().procedure(Procedure.LITIGATION).id("b").received(day).build();
    assertThat(ReviewCase.tally(List.of(direct, direct)).route()).hasValue(LitigationRoute.DIRECT);
    assertThat(ReviewCase.tally(List.of(direct, unknown)).route()).isEmpty();
  }

  @Test
  void of_refusesNoCasesWithoutProcedure_andMixedProcedures() {
    assertThatThrownBy(() -> ReviewCase.tally(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(ReviewCase.tally(Procedure.LITIGATION, List.of()).received()).hasValue(0);
    LocalDate day = LocalDate.of(2024, 3, 1);
    List<ReviewCase> mixed = List.of(
        ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("1").received(day).build(),
        ReviewCase.builder().procedure(Procedure.LITIGATION).id("2").received(day).build());
    assertThatThrownBy(() -> ReviewCase.tally(mixed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("case 2 is LITIGATION");
  }

  @Test
  void count_namesEachBasis() {
    ReviewTally tally = shaanxi2016();
    assertThat(tally.count(RateBasis.RECEIVED)).hasValue(2371);
    assertThat(tally.count(RateBasis.ACCEPTED)).hasValue(1968);
    assertThat(tally.count(RateBasis.UNDER_REVIEW)).hasValue(2118);
    assertThat(tally.count(RateBasis.CONCLUDED)).hasValue(1876);
    assertThat(Optional.of(RateBasis.CONCLUDED.chinese())).hasValue("审结");
  }
}
