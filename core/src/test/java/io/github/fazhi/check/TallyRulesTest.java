package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.area;
import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static io.github.fazhi.testing.TestReports.measure;
import static io.github.fazhi.testing.TestReports.percent;
import static io.github.fazhi.check.CheckFixtures.CHECKER;
import static io.github.fazhi.check.CheckFixtures.QUJIANG;
import static io.github.fazhi.check.CheckFixtures.findings;
import static io.github.fazhi.check.CheckFixtures.tally;
import static io.github.fazhi.check.CheckFixtures.withIndicators;
import static io.github.fazhi.check.CheckFixtures.withTally;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules over review tallies ({@link TallyRules}). */
class TallyRulesTest {
  @Test
  void acceptedMoreThanReceived_isReportedAsAnError() {
    List<Finding> found = findings(withTally(tally().received(11).accepted(12).build()),
        StandardRules.ACCEPTED_EXCEEDS_RECEIVED);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("reviews[0].accepted");
      assertThat(f.message()).isEqualTo("accepted (12) must be <= received (11)");
      assertThat(f.numbers()).containsEntry("accepted", BigDecimal.valueOf(12))
          .containsEntry("received", BigDecimal.valueOf(11));
    });
  }

  @Test
  void acceptedUpToReceived_orUnknown_isSilent() {
    assertThat(findings(withTally(tally().received(11).accepted(11).build()),
        StandardRules.ACCEPTED_EXCEEDS_RECEIVED)).isEmpty();
    assertThat(findings(withTally(tally().accepted(11).build()), StandardRules.ACCEPTED_EXCEEDS_RECEIVED))
        .isEmpty();
  }

  @Test
  void notAcceptedOtherThanReceivedMinusAccepted_isAnError() {
    // 陕西 2016 states 2,371 = 1,968 + 403; a report saying 400 breaks it.
    List<Finding> found = findings(withTally(tally().received(2371).accepted(1968).notAccepted(400).build()),
        StandardRules.NOT_ACCEPTED_MISMATCH);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("reviews[0].notAccepted");
    });
    assertThat(findings(withTally(tally().received(2371).accepted(1968).notAccepted(403).build()),
        StandardRules.NOT_ACCEPTED_MISMATCH)).isEmpty();
    assertThat(findings(withTally(tally().received(2371).notAccepted(400).build()),
        StandardRules.NOT_ACCEPTED_MISMATCH)).isEmpty();
  }

  @Test
  void acceptedPlusCarriedOverOtherThanConcludedPlusPending_isAnError() {
    // 陕西 2016: under review 2,118 = 1,968 + 150, concluded 1,876, so pending must be 242.
    ReviewTally broken = tally().accepted(1968).carriedOver(150).concluded(1876).pending(240).build();
    assertThat(findings(withTally(broken), StandardRules.BALANCE_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("accepted (1968) + carriedOver (150) must be concluded (1876) + pending (240)"));
    ReviewTally kept = tally().accepted(1968).carriedOver(150).concluded(1876).pending(242).build();
    assertThat(findings(withTally(kept), StandardRules.BALANCE_MISMATCH)).isEmpty();
  }

  @Test
  void withdrawalsCountedApart_countInTheBalance_asTheSeedDoes() {
    // seed: 9 accepted = 6 concluded + 3 withdrawn + 0 pending; carried over not stated.
    ReviewTally seedLike = tally().received(11).accepted(9).withdrawn(3).concluded(6).pending(0)
        .withdrawalsCountedApart(true).build();
    assertThat(CHECKER.check(withTally(seedLike))).isEmpty();
  }

  @Test
  void theSeedsTally_transcribedWithoutItsConvention_isInformation_namingTheConventionThatBalances() {
    // Issue #13: the same 11 / 9 / 3 withdrawn / 6 concluded / 0 pending without withdrawalsCountedApart
    // read 6 + 0 < 9 as "carriedOver would be negative" (ERROR). Counted apart, 6 + 3 + 0 = 9 balances.
    ReviewTally inside = tally().received(11).accepted(9).withdrawn(3).concluded(6).pending(0).build();
    assertThat(CHECKER.check(withTally(inside))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.COUNTING_CONVENTION);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.path()).isEqualTo("reviews[0]");
      assertThat(f.message()).isEqualTo("the tally balances with withdrawals counted apart from concluded"
          + " (withdrawalsCountedApart = true): concluded (6) + withdrawn (3)");
      assertThat(f.numbers()).containsExactly(
          java.util.Map.entry("concluded", BigDecimal.valueOf(6)), java.util.Map.entry("withdrawn", BigDecimal.valueOf(3)));
    });
  }

  @Test
  void aTallyNoConventionBalances_isStillAnError() {
    // 9 accepted, 2 withdrawn, 6 concluded, 0 pending: 6 + 0 < 9 inside and 6 + 2 + 0 < 9 apart
    ReviewTally inside = tally().received(11).accepted(9).withdrawn(2).concluded(6).pending(0).build();
    assertThat(CHECKER.check(withTally(inside))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.BALANCE_MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("concluded (6) + pending (0) must be >= accepted (9): carriedOver would be negative");
    });
    ReviewTally apart = tally().received(11).accepted(9).withdrawn(2).concluded(6).pending(0)
        .withdrawalsCountedApart(true).build();
    assertThat(CHECKER.check(withTally(apart))).extracting(Finding::ruleId)
        .containsExactly(StandardRules.BALANCE_MISMATCH);
  }

  @Test
  void aTallyThatStatesApartButBalancesInside_isInformationToo() {
    // 陕西 2016 read with withdrawals inside: 1,968 + 150 = 1,876 + 242. Stated as counted apart with 30
    // withdrawn, 1,876 + 30 + 242 ≠ 2,118; inside, it balances.
    ReviewTally apart = tally().accepted(1968).carriedOver(150).concluded(1876).withdrawn(30).pending(242)
        .withdrawalsCountedApart(true).build();
    assertThat(CHECKER.check(withTally(apart))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.COUNTING_CONVENTION);
      assertThat(f.message()).isEqualTo("the tally balances with withdrawals counted inside concluded"
          + " (withdrawalsCountedApart = false): concluded (1876) includes withdrawn (30)");
    });
  }

  @Test
  void concludedMoreThanUnderReview_withPendingUnknown_isAnError() {
    assertThat(findings(withTally(tally().accepted(5).carriedOver(1).concluded(7).build()),
        StandardRules.BALANCE_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("concluded (7) must be <= accepted (5) + carriedOver (1)"));
    assertThat(findings(withTally(tally().accepted(5).carriedOver(1).concluded(6).build()),
        StandardRules.BALANCE_MISMATCH)).isEmpty();
  }

  @Test
  void completeOutcomesThatDoNotAddUpToConcluded_areAnError() {
    ReviewTally broken = tally().concluded(10).putDecision(Decision.UPHELD, 6).putDecision(Decision.REVOKED, 3)
        .outcomesComplete(true).build();
    assertThat(findings(withTally(broken), StandardRules.OUTCOMES_MISMATCH)).singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("reviews[0].decisions");
          assertThat(f.message()).isEqualTo("the decisions (9) must add up to the concluded cases (10)");
        });
    ReviewTally kept = tally().concluded(9).putDecision(Decision.UPHELD, 6).putDecision(Decision.REVOKED, 3)
        .outcomesComplete(true).build();
    assertThat(findings(withTally(kept), StandardRules.OUTCOMES_MISMATCH)).isEmpty();
  }

  @Test
  void someOutcomesMayFallShortOfConcluded_butNeverExceedIt() {
    ReviewTally some = tally().concluded(10).putDecision(Decision.UPHELD, 6).build();
    assertThat(findings(withTally(some), StandardRules.OUTCOMES_MISMATCH)).isEmpty();
    ReviewTally tooMany = tally().concluded(5).putDecision(Decision.UPHELD, 6).build();
    assertThat(findings(withTally(tooMany), StandardRules.OUTCOMES_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("must not exceed"));
  }

  @Test
  void allThreeOutcomeGroups_mustAddUpToConcluded() {
    // 陕西 2016: 1,876 concluded; groups that add to 1,875 miss one case.
    ReviewTally broken = tally().concluded(1876).putOutcomeGroup(OutcomeGroup.UPHELD, 1400)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 374).putOutcomeGroup(OutcomeGroup.OTHER, 101).build();
    assertThat(findings(withTally(broken), StandardRules.OUTCOMES_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("reviews[0].outcomeGroups"));
    ReviewTally corrected = tally().concluded(1876).putOutcomeGroup(OutcomeGroup.CORRECTED, 374).build();
    assertThat(findings(withTally(corrected), StandardRules.OUTCOMES_MISMATCH)).isEmpty();
  }

  @Test
  void aGroupCountOtherThanItsCompleteDecisions_isAnError() {
    // 陕西 2016 direct corrections: 70 + 209 + 10 + 85 = 374
    ReviewTally.Builder base = tally().putDecision(Decision.CONFIRMED_ILLEGAL, 70).putDecision(Decision.REVOKED, 209)
        .putDecision(Decision.CHANGED, 10).putDecision(Decision.ORDERED_TO_PERFORM, 85);
    Report broken = withTally(base.putOutcomeGroup(OutcomeGroup.CORRECTED, 370).outcomesComplete(true).build());
    assertThat(findings(broken, StandardRules.GROUPS_DISAGREE)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("reviews[0].outcomeGroups.corrected");
      assertThat(f.numbers()).containsEntry("decisions", BigDecimal.valueOf(374));
    });
    ReviewTally kept = tally().putDecision(Decision.CONFIRMED_ILLEGAL, 70).putDecision(Decision.REVOKED, 209)
        .putDecision(Decision.CHANGED, 10).putDecision(Decision.ORDERED_TO_PERFORM, 85)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 374).outcomesComplete(true).build();
    assertThat(findings(withTally(kept), StandardRules.GROUPS_DISAGREE)).isEmpty();
  }

  @Test
  void aGroupBelowSomeOfItsDecisions_isAnError_butAboveThemIsNot() {
    ReviewTally below = tally().putDecision(Decision.REVOKED, 209).putOutcomeGroup(OutcomeGroup.CORRECTED, 200)
        .build();
    assertThat(findings(withTally(below), StandardRules.GROUPS_DISAGREE)).hasSize(1);
    ReviewTally above = tally().putDecision(Decision.REVOKED, 209).putOutcomeGroup(OutcomeGroup.CORRECTED, 374)
        .putOutcomeGroup(OutcomeGroup.UPHELD, 5).build();
    assertThat(findings(withTally(above), StandardRules.GROUPS_DISAGREE)).isEmpty();
  }

  @Test
  void withdrawnOtherThanItsDecisionCount_isAnError() {
    ReviewTally broken = tally().withdrawn(3).concluded(9).putDecision(Decision.WITHDRAWN, 2).build();
    assertThat(findings(withTally(broken), StandardRules.WITHDRAWN_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("withdrawn (3) must be decisions.withdrawn (2)"));
    ReviewTally kept = tally().withdrawn(3).concluded(9).putDecision(Decision.WITHDRAWN, 3).build();
    assertThat(findings(withTally(kept), StandardRules.WITHDRAWN_MISMATCH)).isEmpty();
  }

  @Test
  void moreWithdrawnThanConcluded_fitsOnlyWithWithdrawalsCountedApart_andIsInformation() {
    // Issue #13: this was a WITHDRAWN_MISMATCH error ("must be <= concluded (3)"); 4 withdrawn beside 3
    // concluded is what a report counting withdrawals apart states.
    Report report = withTally(tally().withdrawn(4).concluded(3).build());
    assertThat(CHECKER.check(report)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.COUNTING_CONVENTION);
      assertThat(f.message()).isEqualTo("withdrawn (4) exceeding concluded (3) fits only with withdrawals"
          + " counted apart from concluded (withdrawalsCountedApart = true): concluded (3) + withdrawn (4)");
    });
    // counted apart, 4 withdrawn next to 3 concluded is fine
    assertThat(CHECKER.check(withTally(tally().withdrawn(4).concluded(3).withdrawalsCountedApart(true).build())))
        .isEmpty();
    // as many withdrawn as concluded fits inside too
    assertThat(CHECKER.check(withTally(tally().withdrawn(3).concluded(3).build()))).isEmpty();
  }

  @Test
  void withdrawalsCountedApart_andAbsentFromTheDecisions_leaveTheOutcomesToConcludedAlone() {
    // 5 concluded + 3 withdrawn apart; the decisions (6 upheld) do not list WITHDRAWN, so they are
    // compared with the 5 concluded alone: 6 > 5 is an error although 6 <= 5 + 3.
    ReviewTally apart = tally().withdrawn(3).concluded(5).withdrawalsCountedApart(true)
        .putDecision(Decision.UPHELD, 6).build();
    assertThat(findings(withTally(apart), StandardRules.OUTCOMES_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("the decisions (6) must not exceed the concluded cases (5)"));
    // concluded unknown: nothing to compare with, and no rule fails
    Report unknown = withTally(tally().withdrawn(3).withdrawalsCountedApart(true)
        .putDecision(Decision.UPHELD, 6).build());
    assertThat(CHECKER.check(unknown)).extracting(Finding::ruleId)
        .doesNotContain(StandardRules.OUTCOMES_MISMATCH, ReportChecker.RULE_FAILED);
  }

  @Test
  void someOutcomesReachingConcludedExactly_areSilent() {
    // incomplete decisions may add up to at most concluded: 6 of 6 is allowed
    assertThat(findings(withTally(tally().concluded(6).putDecision(Decision.UPHELD, 6).build()),
        StandardRules.OUTCOMES_MISMATCH)).isEmpty();
  }

  @Test
  void completeDecisions_leaveNothingForAGroupWithoutDecisions() {
    // the decisions are complete (5 upheld, nothing else), so a stated CORRECTED group of 3 must be 0
    ReviewTally tally = tally().putDecision(Decision.UPHELD, 5).putOutcomeGroup(OutcomeGroup.UPHELD, 5)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 3).outcomesComplete(true).build();
    assertThat(findings(withTally(tally), StandardRules.GROUPS_DISAGREE)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("reviews[0].outcomeGroups.corrected");
      assertThat(f.message()).isEqualTo("outcome group CORRECTED (3) must be the sum of its decisions (0)");
    });
  }

  @Test
  void aGroupEqualToSomeOfItsDecisions_isSilent_andOneBelowIsToldAtLeast() {
    // incomplete decisions: 209 revoked, so CORRECTED must be >= 209; exactly 209 is fine
    ReviewTally equal = tally().putDecision(Decision.REVOKED, 209).putOutcomeGroup(OutcomeGroup.CORRECTED, 209)
        .build();
    assertThat(findings(withTally(equal), StandardRules.GROUPS_DISAGREE)).isEmpty();
    ReviewTally below = tally().putDecision(Decision.REVOKED, 209).putOutcomeGroup(OutcomeGroup.CORRECTED, 200)
        .build();
    assertThat(findings(withTally(below), StandardRules.GROUPS_DISAGREE)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("outcome group CORRECTED (200) must be >= the sum of its decisions (209)"));
  }

  @Test
  void decisionsThatAddUpOnlyWithWithdrawalsApart_areInformation_notAnError() {
    // 6 concluded as transcribed, 3 withdrawn, complete decisions 4 维持 + 2 调解 + 3 撤回 = 9 = 6 + 3:
    // the report counts withdrawals apart from concluded.
    ReviewTally tally = tally().withdrawn(3).concluded(6).putDecision(Decision.UPHELD, 4)
        .putDecision(Decision.MEDIATED, 2).putDecision(Decision.WITHDRAWN, 3).outcomesComplete(true).build();
    assertThat(CHECKER.check(withTally(tally))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.COUNTING_CONVENTION);
      assertThat(f.path()).isEqualTo("reviews[0]");
      assertThat(f.message()).isEqualTo("the decisions add up with withdrawals counted apart from concluded"
          + " (withdrawalsCountedApart = true): concluded (6) + withdrawn (3)");
    });
    // 4 + 2 + 3 = 9 fits neither 6 nor 6 + 2: an error
    ReviewTally neither = tally().withdrawn(2).concluded(6).putDecision(Decision.UPHELD, 4)
        .putDecision(Decision.MEDIATED, 2).putDecision(Decision.WITHDRAWN, 3).outcomesComplete(true).build();
    assertThat(CHECKER.check(withTally(neither))).extracting(Finding::ruleId)
        .containsExactly(StandardRules.OUTCOMES_MISMATCH, StandardRules.WITHDRAWN_MISMATCH);
  }

  @Test
  void outcomeGroupsThatAddUpOnlyWithWithdrawalsInside_areInformation() {
    // stated apart: 10 concluded + 2 withdrawn, and the decisions list the 2 withdrawals, so the three
    // groups must make 12; they make 5 + 2 + 3 = 10, which is concluded with withdrawals inside.
    ReviewTally tally = tally().withdrawn(2).concluded(10).withdrawalsCountedApart(true)
        .putDecision(Decision.WITHDRAWN, 2).putOutcomeGroup(OutcomeGroup.UPHELD, 5).putOutcomeGroup(OutcomeGroup.CORRECTED, 2)
        .putOutcomeGroup(OutcomeGroup.OTHER, 3).build();
    assertThat(CHECKER.check(withTally(tally))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.COUNTING_CONVENTION);
      assertThat(f.message()).startsWith("the outcome groups add up with withdrawals counted inside concluded");
    });
  }

  @Test
  void anUpheldGroupThatIsWeichiAlone_isInformation_notAGroupError() {
    // decisions 5 维持, 2 驳回, 1 撤销 (complete, 8 concluded); the report's "维持5件" put down as the
    // UPHELD group (维持 + 驳回 = 7) must not be flagged.
    ReviewTally.Builder base = tally().concluded(8).putDecision(Decision.UPHELD, 5)
        .putDecision(Decision.REJECTED, 2).putDecision(Decision.REVOKED, 1).outcomesComplete(true);
    assertThat(CHECKER.check(withTally(base.putOutcomeGroup(OutcomeGroup.UPHELD, 5).build())))
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo(StandardRules.COUNTING_CONVENTION);
          assertThat(f.path()).isEqualTo("reviews[0].outcomeGroups.upheld");
          assertThat(f.message()).isEqualTo("outcome group UPHELD (5) is 维持 (UPHELD) alone, not 维持 + 驳回 (5 + 2)");
          assertThat(f.numbers()).containsEntry("rejected", BigDecimal.valueOf(2));
        });
    // 6 is neither 维持 alone (5) nor 维持 + 驳回 (7): an error
    ReviewTally six = tally().concluded(8).putDecision(Decision.UPHELD, 5).putDecision(Decision.REJECTED, 2)
        .putDecision(Decision.REVOKED, 1).outcomesComplete(true).putOutcomeGroup(OutcomeGroup.UPHELD, 6).build();
    assertThat(CHECKER.check(withTally(six))).extracting(Finding::ruleId)
        .containsExactly(StandardRules.GROUPS_DISAGREE);
  }

  @Test
  void threeGroupsWithWeichiAlone_addUpWithBohuiBeside_andAreInformation() {
    // 8 concluded: groups UPHELD 5 (维持 alone) + CORRECTED 1 + OTHER 0 = 6; with 驳回 2, 8.
    ReviewTally tally = tally().concluded(8).putDecision(Decision.UPHELD, 5).putDecision(Decision.REJECTED, 2)
        .putOutcomeGroup(OutcomeGroup.UPHELD, 5).putOutcomeGroup(OutcomeGroup.CORRECTED, 1)
        .putOutcomeGroup(OutcomeGroup.OTHER, 0).build();
    assertThat(CHECKER.check(withTally(tally))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.COUNTING_CONVENTION);
      assertThat(f.path()).isEqualTo("reviews[0].outcomeGroups.upheld");
    });
    // with 驳回 3 the groups make 9, not 8: the outcome error stands
    ReviewTally over = tally().concluded(8).putDecision(Decision.UPHELD, 5).putDecision(Decision.REJECTED, 3)
        .putOutcomeGroup(OutcomeGroup.UPHELD, 5).putOutcomeGroup(OutcomeGroup.CORRECTED, 1)
        .putOutcomeGroup(OutcomeGroup.OTHER, 0).build();
    assertThat(CHECKER.check(withTally(over))).extracting(Finding::ruleId)
        .contains(StandardRules.OUTCOMES_MISMATCH);
  }

  // ---- review.decisions_total_mismatch ----

  @Test
  void shanghai2014_aCompleteDecisionTableThatAddsUpToItsTotal_isSilent() {
    // 3509 + 295 + 63 + 0 + 43 + 8 + 678 + 77 + 23 = 4696, the table's 合计
    ReviewTally tally = tally().received(6200).accepted(4955).notAccepted(1245).concluded(4696)
        .putDecision(Decision.UPHELD, 3509).putDecision(Decision.WITHDRAWN, 678).putDecision(Decision.REJECTED, 295)
        .putDecision(Decision.TERMINATED_AFTER_CORRECTION, 77).putDecision(Decision.REVOKED, 63)
        .putDecision(Decision.CONFIRMED_ILLEGAL, 43).putDecision(Decision.CHANGED, 0)
        .putDecision(Decision.ORDERED_TO_PERFORM, 8).putDecision(Decision.OTHER, 23)
        .decisionsTotal(4696).outcomesComplete(true).build();
    assertThat(findings(withTally(tally), StandardRules.DECISIONS_TOTAL_MISMATCH)).isEmpty();
    ReviewTally off = ReviewTally.builder().from(tally).decisionsTotal(4700).build();
    assertThat(findings(withTally(off), StandardRules.DECISIONS_TOTAL_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("= 4696) must add up to decisionsTotal (4700)"));
  }

  @Test
  void completeColumnsThatDoNotAddUpToTheirTotal_areAnError_namingEveryColumn() {
    ReviewTally tally = tally().putDecision(Decision.REVOKED, 15).putDecision(Decision.UPHELD, 30)
        .decisionsTotal(48).outcomesComplete(true).build();
    assertThat(findings(withTally(tally), StandardRules.DECISIONS_TOTAL_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("reviews[0].decisionsTotal");
      assertThat(f.message()).isEqualTo("the decisions (维持 30 + 撤销 15 = 45) must add up to decisionsTotal (48)");
      assertThat(f.numbers()).containsEntry("decisions", BigDecimal.valueOf(45))
          .containsEntry("decisionsTotal", BigDecimal.valueOf(48));
    });
  }

  @Test
  void incompleteColumns_mayFallShortOfTheirTotal_butNotExceedIt() {
    ReviewTally shortOf = tally().putDecision(Decision.UPHELD, 30).putDecision(Decision.REVOKED, 15)
        .decisionsTotal(48).build();
    assertThat(findings(withTally(shortOf), StandardRules.DECISIONS_TOTAL_MISMATCH)).isEmpty();
    ReviewTally exact = ReviewTally.builder().from(shortOf).decisionsTotal(45).build();
    assertThat(findings(withTally(exact), StandardRules.DECISIONS_TOTAL_MISMATCH)).isEmpty();
    ReviewTally over = ReviewTally.builder().from(shortOf).decisionsTotal(44).build();
    assertThat(findings(withTally(over), StandardRules.DECISIONS_TOTAL_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("the decisions (维持 30 + 撤销 15 = 45) must not exceed decisionsTotal (44)"));
  }

  @Test
  void noTotalOrNoColumns_isNothingToCompare() {
    assertThat(findings(withTally(tally().putDecision(Decision.UPHELD, 30).outcomesComplete(true).build()),
        StandardRules.DECISIONS_TOTAL_MISMATCH)).isEmpty();
    assertThat(findings(withTally(tally().decisionsTotal(48).build()), StandardRules.DECISIONS_TOTAL_MISMATCH))
        .isEmpty();
  }
}
