package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.area;
import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static io.github.fazhi.testing.TestReports.measure;
import static io.github.fazhi.testing.TestReports.percent;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every standard rule fires on a report that breaks it and stays silent on one that keeps it. */
class StandardRulesTest {
  private static final Jurisdiction QUJIANG = jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY);
  private static final ReportChecker CHECKER = ReportChecker.standard();

  private static List<Finding> findings(Report report, String ruleId) {
    return CHECKER.check(report).stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  private static Report withTally(ReviewTally tally) {
    return complete(QUJIANG, 2020).addReview(tally).build();
  }

  private static ReviewTally.Builder tally() {
    return ReviewTally.builder().procedure(Procedure.RECONSIDERATION);
  }

  private static Report withIndicators(Indicator... indicators) {
    return complete(QUJIANG, 2020, indicators).build();
  }

  @Test
  void aCompleteConsistentReport_hasNoFinding() {
    Report report = complete(QUJIANG, 2020, count("mediation.disputes", "1338", "宗").build())
        .published(LocalDate.of(2021, 3, 29))
        .addReview(tally().received(11).accepted(9).notAccepted(2).carriedOver(1).concluded(8).pending(2).build())
        .build();
    assertThat(CHECKER.check(report)).isEmpty();
  }

  @Nested
  class ReviewTallies {
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
  void eachRule_isNamedByItsId() {
    // rules print as their ids (what ReportChecker and logs show)
    assertThat(StandardRules.rules(IndicatorCatalog.standard()))
        .allSatisfy(rule -> assertThat(rule.toString()).isEqualTo(rule.id()))
        .first().hasToString(StandardRules.ACCEPTED_EXCEEDS_RECEIVED);
    assertThat(StandardRules.seriesRules()).extracting(Object::toString)
        .containsExactly(StandardRules.CARRIED_OVER_MISMATCH, StandardRules.DUPLICATE_REPORT,
            OpenGovInfoRules.CARRIED_OVER_MISMATCH, OpenGovInfoRules.IN_FORCE_MISMATCH);
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
      assertThat(findings(withTally(seedLike), StandardRules.BALANCE_MISMATCH)).isEmpty();
      // with withdrawals inside concluded, 6 + 0 < 9 would need a negative carry-over
      ReviewTally inside = tally().received(11).accepted(9).withdrawn(3).concluded(6).pending(0).build();
      assertThat(findings(withTally(inside), StandardRules.BALANCE_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("carriedOver would be negative"));
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
    void withdrawnCountedInsideConcluded_cannotExceedIt() {
      assertThat(findings(withTally(tally().withdrawn(4).concluded(3).build()), StandardRules.WITHDRAWN_MISMATCH))
          .singleElement().satisfies(f -> assertThat(f.message()).contains("must be <= concluded (3)"));
      // counted apart, 4 withdrawn next to 3 concluded is fine
      assertThat(findings(withTally(tally().withdrawn(4).concluded(3).withdrawalsCountedApart(true).build()),
          StandardRules.WITHDRAWN_MISMATCH)).isEmpty();
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
  }

  @Nested
  class Rates {
    private Indicator rate(String value, long numerator, long denominator) {
      return percent("reconsideration.correction_rate", value).basis(Rate.of(numerator, denominator)).build();
    }

    @Test
    void aRateThatMatchesItsBasisRounded_isSilent() {
      // 陕西 2016: 1,876 / 2,118 = 88.574…% → 88.57
      Report report = withIndicators(percent("reconsideration.closure_rate", "88.57").basis(Rate.of(1876, 2118))
          .build());
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).isEmpty();
      assertThat(findings(report, StandardRules.RATE_TRUNCATED)).isEmpty();
    }

    @Test
    void aRateThatIsItsBasisTruncated_isInformation() {
      // 4,996 / 10,000 = 49.96% published as 49.9
      Report report = withIndicators(rate("49.9", 4996, 10000));
      assertThat(findings(report, StandardRules.RATE_TRUNCATED)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[0]");
      });
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).isEmpty();
    }

    @Test
    void aMismatchedRate_isAnError_namingTheDenominatorThatWouldMatch() {
      // 陕西 2016: 374 corrections; "20%" is 374 / 1,876 (19.94 → 20), not 374 / 1,968 accepted (19.0).
      Report report = complete(QUJIANG, 2016, rate("20", 374, 1968))
          .addReview(tally().received(2371).accepted(1968).carriedOver(150).concluded(1876).pending(242).build())
          .build();
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("reconsideration.correction_rate (20) does not match its basis 374/1968"
            + " (19); it would match with 行政复议 concluded (1876) as denominator");
        assertThat(f.numbers()).containsEntry("denominator", BigDecimal.valueOf(1968));
      });
    }

    @Test
    void aMismatchedRate_withNoOtherCountThatFits_saysSoPlainly() {
      Report report = withIndicators(rate("50", 1, 3), count("legal_aid.cases", "7", "件").build());
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.message()).doesNotContain("would match"));
    }

    @Test
    void aCountIndicator_canBeTheDenominatorThatWouldMatch() {
      // 8,693 / 8,710 = 99.8% (垫江); stated basis 8,693 / 8,800 = 98.8
      Report report = withIndicators(
          count("mediation.disputes", "8710", "件").build(),
          percent("mediation.success_rate", "99.8").basis(Rate.of(8693, 8800)).build());
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("mediation.disputes (8710)"));
    }

    @Test
    void withdrawalsCountedApart_offerConcludedPlusWithdrawnAsADenominator() {
      // seed-like tally: 9 accepted, 6 concluded + 3 withdrawn apart; 2 corrections stated as 22%:
      // 2 / 6 = 33.3, but 2 / 9 = 22.2 → 22 with either accepted or concluded + withdrawn.
      Report report = complete(QUJIANG, 2020, rate("22", 2, 6))
          .addReview(tally().received(11).accepted(9).withdrawn(3).concluded(6).pending(0)
              .withdrawalsCountedApart(true).build())
          .build();
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.message()).endsWith(
              "it would match with 行政复议 accepted (9) or 行政复议 concluded + withdrawn (9) as denominator"));
    }

    @Test
    void aCountTooLargeForALong_isNoCandidateDenominator() {
      Report report = withIndicators(rate("50", 1, 3),
          count("legal_aid.cases", "100000000", "万亿件").build());
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.message()).doesNotContain("would match"));
    }

    @Test
    void aLowerBound_isKeptWhenTheExactRateReachesIt() {
      // "70%以上" with 75 / 100: at least 70, fine; with 60 / 100: broken
      Indicator kept = percent("service.one_window_rate", "70").qualifier(Qualifier.AT_LEAST)
          .basis(Rate.of(75, 100)).build();
      Indicator broken = percent("service.one_window_rate", "70").qualifier(Qualifier.AT_LEAST)
          .basis(Rate.of(60, 100)).build();
      assertThat(findings(withIndicators(kept), StandardRules.RATE_MISMATCH)).isEmpty();
      assertThat(findings(withIndicators(broken), StandardRules.RATE_MISMATCH)).hasSize(1);
    }

    @Test
    void upperBoundsAndApproximations_areJudgedByWhatTheyClaim() {
      Indicator below = percent("service.one_window_rate", "10").qualifier(Qualifier.LESS_THAN)
          .basis(Rate.of(5, 100)).build();
      Indicator above = percent("service.one_window_rate", "10").qualifier(Qualifier.AT_MOST)
          .basis(Rate.of(50, 100)).build();
      Indicator strictlyAbove = percent("service.one_window_rate", "50").qualifier(Qualifier.MORE_THAN)
          .basis(Rate.of(50, 100)).build();
      Indicator roughly = percent("service.one_window_rate", "35").qualifier(Qualifier.APPROXIMATELY)
          .basis(Rate.of(1, 3)).build();
      assertThat(findings(withIndicators(below), StandardRules.RATE_MISMATCH)).isEmpty();
      assertThat(findings(withIndicators(above), StandardRules.RATE_MISMATCH)).hasSize(1);
      // 50% exactly does not exceed 50, but the rounded value matches, so it is consistent
      assertThat(findings(withIndicators(strictlyAbove), StandardRules.RATE_MISMATCH)).isEmpty();
      assertThat(findings(withIndicators(roughly), StandardRules.RATE_MISMATCH)).isEmpty();
    }

    private List<Finding> run(String ruleId, Report report) {
      return StandardRules.rules(IndicatorCatalog.standard()).stream().filter(r -> r.id().equals(ruleId))
          .findFirst().orElseThrow().check(report);
    }

    @Test
    void truncationAndMismatch_areEachReportedByTheirOwnRuleOnly() {
      // 4,996 / 10,000 = 49.96% published as 49.9: truncated; 1 / 3 = 33.3% published as 50: mismatched
      Report truncated = withIndicators(rate("49.9", 4996, 10000));
      Report mismatched = withIndicators(rate("50", 1, 3));
      assertThat(run(StandardRules.RATE_TRUNCATED, truncated)).extracting(Finding::ruleId)
          .containsExactly(StandardRules.RATE_TRUNCATED);
      assertThat(run(StandardRules.RATE_MISMATCH, truncated)).isEmpty();
      assertThat(run(StandardRules.RATE_MISMATCH, mismatched)).extracting(Finding::ruleId)
          .containsExactly(StandardRules.RATE_MISMATCH);
      assertThat(run(StandardRules.RATE_TRUNCATED, mismatched)).isEmpty();
    }

    @Test
    void strictAndNonStrictBounds_areKeptWhenTheExactRateLiesOnTheirSide() {
      // "70%以上" as MORE_THAN with 75 / 100 = 75% > 70: kept; with 60 / 100: broken
      Indicator strictKept = percent("service.one_window_rate", "70").qualifier(Qualifier.MORE_THAN)
          .basis(Rate.of(75, 100)).build();
      Indicator strictBroken = percent("service.one_window_rate", "70").qualifier(Qualifier.MORE_THAN)
          .basis(Rate.of(60, 100)).build();
      // AT_MOST 10 with 5 / 100 = 5% <= 10: kept
      Indicator atMostKept = percent("service.one_window_rate", "10").qualifier(Qualifier.AT_MOST)
          .basis(Rate.of(5, 100)).build();
      assertThat(findings(withIndicators(strictKept), StandardRules.RATE_MISMATCH)).isEmpty();
      assertThat(findings(withIndicators(strictBroken), StandardRules.RATE_MISMATCH)).hasSize(1);
      assertThat(findings(withIndicators(atMostKept), StandardRules.RATE_MISMATCH)).isEmpty();
    }

    @Test
    void everyCountOfATally_isOfferedAsADenominator() {
      // received 50, accepted 40, not accepted 10, carried over 5 (under review 45), concluded 30,
      // withdrawn 4, pending 15 (40 + 5 = 30 + 15). A stated basis 1/3 never matches; each stated value
      // below is 1/n for exactly one of those counts n, at its precision.
      ReviewTally tally = tally().received(50).accepted(40).notAccepted(10).carriedOver(5).concluded(30)
          .withdrawn(4).pending(15).build();
      String[][] cases = {
          {"2.00", "received (50)"}, // 1/50 = 2.00%
          {"2.50", "accepted (40)"}, // 1/40 = 2.50%
          {"10.0", "notAccepted (10)"}, // 1/10 = 10.0%
          {"20.0", "carriedOver (5)"}, // 1/5 = 20.0%
          {"2.22", "underReview (45)"}, // 1/45 = 2.222…% → 2.22
          {"3.33", "concluded (30)"}, // 1/30 = 3.333…% → 3.33
          {"25.0", "withdrawn (4)"}, // 1/4 = 25.0%
          {"6.67", "pending (15)"}, // 1/15 = 6.666…% → 6.67
      };
      for (String[] c : cases) {
        Report report = complete(QUJIANG, 2020, rate(c[0], 1, 3)).addReview(tally).build();
        assertThat(findings(report, StandardRules.RATE_MISMATCH)).as(c[0]).singleElement()
            .satisfies(f -> assertThat(f.message())
                .endsWith("; it would match with 行政复议 " + c[1] + " as denominator"));
      }
    }

    @Test
    void twoTalliesOfOneProcedure_eachOfferTheirCounts_namedByRoute() {
      // litigation counted per route: 10 sued directly, 4 after reconsideration. A stated basis 1/3
      // published as 25.0 is 1/4, the second route's count, which must be offered although the first
      // tally of the same procedure came before it.
      ReviewTally direct = ReviewTally.builder().procedure(Procedure.LITIGATION)
          .route(LitigationRoute.DIRECT).received(10).build();
      ReviewTally afterReconsideration = ReviewTally.builder().procedure(Procedure.LITIGATION)
          .route(LitigationRoute.AFTER_RECONSIDERATION).received(4).build();
      Report report = complete(QUJIANG, 2020, rate("25.0", 1, 3))
          .addReview(direct).addReview(afterReconsideration).build();
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.message())
              .endsWith("; it would match with 行政诉讼 复议后起诉 received (4) as denominator"));
    }

    @Test
    void twoTalliesOfOneProcedureAndRoute_areToldApartByTheirPlace() {
      ReviewTally first = ReviewTally.builder().procedure(Procedure.LITIGATION).received(10).build();
      ReviewTally second = ReviewTally.builder().procedure(Procedure.LITIGATION).received(4).build();
      Report report = complete(QUJIANG, 2020, rate("25.0", 1, 3)).addReview(first).addReview(second).build();
      assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.message())
              .endsWith("; it would match with 行政诉讼 (reviews[1]) received (4) as denominator"));
    }
  }

  @Nested
  class Breakdowns {
    @Test
    void partsThatExceedTheirWhole_areAnError() {
      Indicator whole = count("service.items", "515", "项")
          .addPart(count("service.items_licensing", "218", "项").build())
          .addPart(count("service.items_other", "298", "项").build())
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).singleElement()
          .satisfies(f -> {
            assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[0].parts");
            assertThat(f.numbers()).containsEntry("parts", new BigDecimal("516"));
          });
    }

    @Test
    void partsOfAPart_areCheckedAtTheirOwnPath() {
      // 515 items, of which 300 licensing; of those, 200 + 200 = 400 exceed their whole of 300
      Indicator whole = count("service.items", "515", "项")
          .addPart(count("service.items_licensing", "300", "项")
              .addPart(count("service.items_licensing_online", "200", "项").build())
              .addPart(count("service.items_licensing_onsite", "200", "项").build())
              .build())
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).singleElement()
          .satisfies(f -> {
            assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[0].parts[0].parts");
            assertThat(f.numbers()).containsEntry("parts", new BigDecimal("400"));
          });
    }

    @Test
    void partsWithinTheirWhole_orWithBoundsThatForbidAVerdict_areSilent() {
      // 静海 2020: 515 = 218 licensing + 297 other
      Indicator jinghai = count("service.items", "515", "项")
          .addPart(count("service.items_licensing", "218", "项").build())
          .addPart(count("service.items_other", "297", "项").build())
          .partsComplete(true)
          .build();
      Indicator atLeast = count("service.items", "500", "项").qualifier(Qualifier.AT_LEAST)
          .addPart(count("service.items_licensing", "518", "项").build()).build();
      Indicator roughPart = count("service.items", "500", "项")
          .addPart(count("service.items_licensing", "518", "项").qualifier(Qualifier.APPROXIMATELY).build()).build();
      assertThat(findings(withIndicators(jinghai, atLeast, roughPart), StandardRules.PARTS_EXCEED_WHOLE)).isEmpty();
      assertThat(findings(withIndicators(jinghai), StandardRules.PARTS_DO_NOT_ADD_UP)).isEmpty();
    }

    @Test
    void partsInAnotherScale_areComparedOnceScaled() {
      // 1.19万人 whole; parts 11,000 人 + 1,000 人 = 12,000 > 11,900
      Indicator whole = Indicator.builder().label("参加人数").kind(IndicatorKind.COUNT)
          .value(new BigDecimal("1.19")).unit(Unit.of("万人"))
          .addPart(count(null, "11000", "人").build())
          .addPart(count(null, "1000", "人").qualifier(Qualifier.MORE_THAN).build())
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).singleElement()
          .satisfies(f -> assertThat(f.numbers().get("whole")).isEqualByComparingTo("11900"));
    }

    @Test
    void aCompleteBreakdownThatDoesNotAddUp_isAnError() {
      Indicator whole = count("service.items", "515", "项")
          .addPart(count("service.items_licensing", "218", "项").build())
          .addPart(count("service.items_other", "296", "项").build())
          .partsComplete(true)
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_DO_NOT_ADD_UP)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("(514)").contains("(515 项)"));
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).isEmpty();
    }

    @Test
    void aCompleteExactBreakdownThatExceeds_isLeftToPartsDoNotAddUp() {
      // 218 + 298 = 516 against 515, complete and exact: one finding, PARTS_DO_NOT_ADD_UP
      Indicator whole = count("service.items", "515", "项")
          .addPart(count("service.items_licensing", "218", "项").build())
          .addPart(count("service.items_other", "298", "项").build())
          .partsComplete(true)
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_DO_NOT_ADD_UP)).hasSize(1);
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).isEmpty();
    }

    @Test
    void aCompleteBreakdownWithAPartInAnotherUnit_isCheckedForExcess() {
      // the 5 人 part counts something else, so the countable parts (218 + 298 = 516 项) are not the
      // whole breakdown; PARTS_DO_NOT_ADD_UP is silent and PARTS_EXCEED_WHOLE speaks
      Indicator whole = count("service.items", "515", "项")
          .addPart(count("service.items_licensing", "218", "项").build())
          .addPart(count("service.items_other", "298", "项").build())
          .addPart(count(null, "5", "人").build())
          .partsComplete(true)
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).singleElement()
          .satisfies(f -> assertThat(f.numbers()).containsEntry("parts", new BigDecimal("516")));
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_DO_NOT_ADD_UP)).isEmpty();
    }

    @Test
    void anUpperBoundedWhole_withCompleteExactParts_isCheckedForExcess() {
      // at most 500 items, complete exact parts 300 + 300 = 600 > 500; PARTS_DO_NOT_ADD_UP needs an exact whole
      Indicator whole = count("service.items", "500", "项").qualifier(Qualifier.AT_MOST)
          .addPart(count("service.items_licensing", "300", "项").build())
          .addPart(count("service.items_other", "300", "项").build())
          .partsComplete(true)
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).singleElement()
          .satisfies(f -> assertThat(f.numbers()).containsEntry("parts", new BigDecimal("600")));
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_DO_NOT_ADD_UP)).isEmpty();
    }

    @Test
    void partsEqualToTheirWhole_inAnIncompleteBreakdown_areSilent() {
      // 218 + 297 = 515: the parts reach the whole but do not exceed it
      Indicator whole = count("service.items", "515", "项")
          .addPart(count("service.items_licensing", "218", "项").build())
          .addPart(count("service.items_other", "297", "项").build())
          .build();
      assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE)).isEmpty();
    }

    @Test
    void sharesOfOneWhole_mayMissOneHundredOnlyByTheirRounding() {
      // 天水 self-review: 22.68 + 76.65 + 0.67 = 100.00
      Indicator kept = count(null, "21142", "件")
          .addPart(percent(null, "22.68").build()).addPart(percent(null, "76.65").build())
          .addPart(percent(null, "0.67").build()).partsComplete(true).build();
      // 33 + 33 + 33 = 99: within 3 × 0.5 of 100, fine; 33 + 33 + 32 = 98 is not
      Indicator thirds = count(null, "3", "件")
          .addPart(percent(null, "33").build()).addPart(percent(null, "33").build())
          .addPart(percent(null, "33").build()).partsComplete(true).build();
      Indicator broken = count(null, "3", "件")
          .addPart(percent(null, "33").build()).addPart(percent(null, "33").build())
          .addPart(percent(null, "32").build()).partsComplete(true).build();
      assertThat(findings(withIndicators(kept, thirds), StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
      assertThat(findings(withIndicators(broken), StandardRules.SHARES_DO_NOT_ADD_UP)).singleElement()
          .satisfies(f -> assertThat(f.message()).isEqualTo(
              "the shares (98%) must add up to 100% within their rounding (1.5)"));
    }

    @Test
    void sharesOfAnIncompleteBreakdown_mustNotExceedOneHundred() {
      Indicator some = count(null, "309184", "件")
          .addPart(percent(null, "32.80").build()).addPart(percent(null, "29.96").build()).build();
      Indicator over = count(null, "100", "件")
          .addPart(percent(null, "60").build()).addPart(percent(null, "50").build()).build();
      assertThat(findings(withIndicators(some), StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
      assertThat(findings(withIndicators(over), StandardRules.SHARES_DO_NOT_ADD_UP)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("must not exceed"));
    }

    @Test
    void percentPartsOfAPercentWhole_orApproximateShares_areNotTreatedAsShares() {
      Indicator percentWhole = percent(null, "35").addPart(percent(null, "60").build())
          .addPart(percent(null, "60").build()).build();
      Indicator roughShares = count(null, "100", "件")
          .addPart(percent(null, "60").qualifier(Qualifier.APPROXIMATELY).build())
          .addPart(percent(null, "60").build()).build();
      assertThat(findings(withIndicators(percentWhole, roughShares), StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
    }

    @Test
    void aLowerBoundedShare_makesTheBreakdownIncomplete() {
      // 30%以上 + 30% = 60, marked complete; the lower bound means it need not reach 100, only not exceed it
      Indicator whole = count(null, "100", "件")
          .addPart(percent(null, "30").qualifier(Qualifier.AT_LEAST).build())
          .addPart(percent(null, "30").build())
          .partsComplete(true).build();
      assertThat(findings(withIndicators(whole), StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
    }

    @Test
    void sharesMissingOneHundredByExactlyTheirTolerance_areSilent() {
      // two whole-number shares: tolerance 0.5 + 0.5 = 1.0. Complete 50 + 49 = 99 (gap −1), incomplete
      // 50 + 51 = 101 (gap +1): both exactly at the tolerance, so both fine.
      Indicator complete = count(null, "100", "件")
          .addPart(percent(null, "50").build()).addPart(percent(null, "49").build()).partsComplete(true).build();
      Indicator incomplete = count(null, "100", "件")
          .addPart(percent(null, "50").build()).addPart(percent(null, "51").build()).build();
      assertThat(findings(withIndicators(complete, incomplete), StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
    }
  }

  @Nested
  class IndicatorsAgainstTheCatalogue {
    @Test
    void aShareStatedAsAnotherKindOutsideZeroToHundred_isAnError() {
      Indicator ratio = Indicator.builder().label("调解成功率").code("mediation.success_rate")
          .kind(IndicatorKind.RATIO).value(new BigDecimal("101")).unit(Unit.of("倍")).build();
      assertThat(findings(withIndicators(ratio), StandardRules.SHARE_OUT_OF_RANGE)).singleElement()
          .satisfies(f -> assertThat(f.path()).endsWith(".value"));
      Indicator inRange = Indicator.builder().label("调解成功率").code("mediation.success_rate")
          .kind(IndicatorKind.RATIO).value(new BigDecimal("0.99")).unit(Unit.of("倍")).build();
      assertThat(findings(withIndicators(inRange), StandardRules.SHARE_OUT_OF_RANGE)).isEmpty();
    }

    @Test
    void aShareOfExactlyZeroOrOneHundred_isInRange() {
      assertThat(findings(withIndicators(percent("mediation.success_rate", "0").build()),
          StandardRules.SHARE_OUT_OF_RANGE)).isEmpty();
      assertThat(findings(withIndicators(percent("mediation.success_rate", "100").build()),
          StandardRules.SHARE_OUT_OF_RANGE)).isEmpty();
    }

    @Test
    void aCatalogueCountThatIsNotWhole_isAnError() {
      Indicator amount = Indicator.builder().label("法律援助案件").code("legal_aid.cases")
          .kind(IndicatorKind.AMOUNT).value(new BigDecimal("3.5")).unit(Unit.of("件")).build();
      assertThat(findings(withIndicators(amount), StandardRules.COUNT_NOT_WHOLE)).hasSize(1);
      assertThat(findings(withIndicators(count("legal_aid.cases", "393", "件").build()),
          StandardRules.COUNT_NOT_WHOLE)).isEmpty();
    }

    @Test
    void aUnitThatCountsSomethingElse_isAWarning_whileAnEquivalentUnitIsFine() {
      assertThat(findings(withIndicators(count("mediation.disputes", "1338", "人").build()),
          StandardRules.UNIT_MISMATCH)).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      // 宗 counts what 件 counts; 万件 too once scaled
      assertThat(findings(withIndicators(count("mediation.disputes", "1338", "宗").build(),
          count("legal_aid.cases", "1", "万件").build()), StandardRules.UNIT_MISMATCH)).isEmpty();
    }

    @Test
    void aCodeOutsideTheCatalogue_isInformation() {
      assertThat(findings(withIndicators(count("hotline.calls", "284406", "个").build()),
          StandardRules.UNKNOWN_CODE)).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
      assertThat(findings(withIndicators(count(null, "1", "个").build()), StandardRules.UNKNOWN_CODE)).isEmpty();
    }
  }

  @Nested
  class TheReport {
    @Test
    void publishedAfterTheFirstOfApril_isAWarning() {
      Report late = complete(QUJIANG, 2020).published(LocalDate.of(2021, 4, 2)).build();
      Report onTime = complete(QUJIANG, 2020).published(LocalDate.of(2021, 4, 1)).build();
      assertThat(findings(late, StandardRules.PUBLISHED_LATE)).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      assertThat(findings(onTime, StandardRules.PUBLISHED_LATE)).isEmpty();
      assertThat(findings(complete(QUJIANG, 2020).build(), StandardRules.PUBLISHED_LATE)).isEmpty();
    }

    @Test
    void publishedBeforeItsYearEnded_isInformation() {
      Report early = complete(QUJIANG, 2019).published(LocalDate.of(2019, 12, 6)).build();
      assertThat(findings(early, StandardRules.PUBLISHED_BEFORE_YEAR_END)).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
      Report after = complete(QUJIANG, 2019).published(LocalDate.of(2020, 1, 2)).build();
      assertThat(findings(after, StandardRules.PUBLISHED_BEFORE_YEAR_END)).isEmpty();
    }

    @Test
    void eachMissingContentPart_isAWarning() {
      Report bare = Report.builder().jurisdiction(QUJIANG).issuer("曲江区人民政府").year(java.time.Year.of(2020))
          .build();
      assertThat(findings(bare, StandardRules.MISSING_PART)).extracting(Finding::path)
          .containsExactly("workAreas", "shortcomings", "leadershipDuty", "plans", "otherMatters");
      assertThat(findings(bare, StandardRules.MISSING_PART)).first()
          .satisfies(f -> assertThat(f.message()).contains(ContentPart.MEASURES_AND_RESULTS.chinese()));
      assertThat(findings(complete(QUJIANG, 2020).build(), StandardRules.MISSING_PART)).isEmpty();
    }

    @Test
    void ordinalsThatDoNotRunOneToN_areAWarning() {
      Report gap = complete(QUJIANG, 2020).addWorkArea(area(3, measure(1), measure(3))).build();
      assertThat(findings(gap, StandardRules.ORDINALS_NOT_SEQUENTIAL)).extracting(Finding::path)
          .containsExactly("workAreas[1].ordinal", "workAreas[1].measures[1].ordinal");
      Report plans = complete(QUJIANG, 2020)
          .addPlan(WorkArea.builder().ordinal(1).title("重复").text("重复").build()).build();
      assertThat(findings(plans, StandardRules.ORDINALS_NOT_SEQUENTIAL)).extracting(Finding::path)
          .containsExactly("plans[1].ordinal");
      assertThat(findings(complete(QUJIANG, 2020).addWorkArea(area(2, measure(1), measure(2))).build(),
          StandardRules.ORDINALS_NOT_SEQUENTIAL)).isEmpty();
    }

    @Test
    void anOrdinalFinding_namesTheOrdinalExpected() {
      // second area numbered 3, its second measure numbered 3: both should be 2
      Report gap = complete(QUJIANG, 2020).addWorkArea(area(3, measure(1), measure(3))).build();
      assertThat(findings(gap, StandardRules.ORDINALS_NOT_SEQUENTIAL)).hasSize(2).allSatisfy(f -> {
        assertThat(f.message()).isEqualTo("ordinal (3) must be 2: numbering runs 1..n in order");
        assertThat(f.numbers()).containsEntry("expected", BigDecimal.valueOf(2));
      });
    }

    @Test
    void aTallyCountStatedOtherwiseInTheText_isAnError() {
      Report report = complete(QUJIANG, 2020, count("reconsideration.received", "12", "宗").build(),
          count("reconsideration.accepted", "9", "宗").build(),
          count("reconsideration.accepted", "8", "宗").qualifier(Qualifier.AT_LEAST).build())
          .addReview(tally().received(11).accepted(9).build())
          .build();
      assertThat(findings(report, StandardRules.CONFLICTING_VALUES)).extracting(Finding::message).containsExactly(
          "reconsideration.accepted is stated as 8宗 here and as 9宗 at workAreas[0].measures[0].indicators[1]",
          "reconsideration.received is stated as 12宗 here and as 11 at reviews[0].received");
      Report noTally = withIndicators(count("reconsideration.received", "12", "宗").build());
      assertThat(findings(noTally, StandardRules.CONFLICTING_VALUES)).isEmpty();
    }

    @Test
    void oneCodeStatedTwiceWithDifferentValues_isAnError_butTheSameValueRepeatedIsNot() {
      Report twice = withIndicators(count("legal_aid.cases", "393", "件").build(),
          count("legal_aid.cases", "394", "件").build());
      assertThat(findings(twice, StandardRules.CONFLICTING_VALUES)).singleElement()
          .satisfies(f -> assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[1]"));
      Report repeated = withIndicators(count("legal_aid.cases", "1.19", "万件").build(),
          count("legal_aid.cases", "11900", "件").build());
      assertThat(findings(repeated, StandardRules.CONFLICTING_VALUES)).isEmpty();
    }
  }
}
