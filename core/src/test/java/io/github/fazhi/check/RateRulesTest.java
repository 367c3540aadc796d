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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The rules over stated percentages with a basis ({@link RateRules}). */
class RateRulesTest {
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
  void aCountTooLargeForALong_neverReachesTheRules_andTheLargestIsACandidate() {
    // 10^8 万亿件 is 10^20 件: refused where it is built (Indicator.MAX_BASE_VALUE), so the rules never meet it
    assertThatThrownBy(() -> count("legal_aid.cases", "100000000", "万亿件").build())
        .isInstanceOf(io.github.fazhi.ValidationException.class).hasMessageContaining("must be at most");
    // 1 of 3 stated as 50%: 2 would match; the largest count there can be (2^63 - 1) is offered and does not
    Report report = withIndicators(rate("50", 1, 3),
        count("legal_aid.cases", "9223372036854775807", "件").build(), count("legal_aid.cases", "2", "件").build());
    assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("would match with").contains("(2)")
            .doesNotContain("9223372036854775807"));
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
    Indicator roughly = percent("service.one_window_rate", "33").qualifier(Qualifier.APPROXIMATELY)
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

  @Test
  void anApproximateShareFarFromItsBasis_isAnError_namingTheCountThatWouldMatch() {
    // National 1999–2013: 1.12 million received, 1.01 million accepted, 920,000 concluded; corrections
    // and withdrawals after correction 320,000: "约35%" is 320,000 / 920,000 = 34.8%. Over the accepted
    // 1.01 million it is 31.7%, more than 1.0 point (0.5 rounding + 0.5) from 35.
    ReviewTally tally = tally().received(1_120_000).accepted(1_010_000).concluded(920_000).build();
    Indicator wrong = percent(null, "35").label("综合纠错率").qualifier(Qualifier.APPROXIMATELY)
        .basis(Rate.of(320_000, 1_010_000)).build();
    Report report = complete(QUJIANG, 2013, wrong).addReview(tally).build();
    assertThat(findings(report, StandardRules.RATE_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("综合纠错率 (约35) is more than 1.0 points from its basis 320000/1010000"
          + " (31.7); it would match with 行政复议 concluded (920000) as denominator");
    });
    Indicator right = percent(null, "35").label("综合纠错率").qualifier(Qualifier.APPROXIMATELY)
        .basis(Rate.of(320_000, 920_000)).build();
    assertThat(CHECKER.check(complete(QUJIANG, 2013, right).addReview(tally).build())).isEmpty();
  }

  @Test
  void anApproximateShare_isWithinHalfAUnitOfItsLastPlacePlusHalfAPoint() {
    // 约35: within 1.0 (34 / 100 and 36 / 100 are at the edge, 33.9 and 36.1 beyond it)
    // 约12.8: within 0.55 (national 2023: 27,300 / 293,000 = 9.3% is far from a stated 12.83%)
    assertThat(RateRules.approximately(Rate.of(34, 100), new BigDecimal("35"))).isTrue();
    assertThat(RateRules.approximately(Rate.of(36, 100), new BigDecimal("35"))).isTrue();
    assertThat(RateRules.approximately(Rate.of(339, 1000), new BigDecimal("35"))).isFalse();
    assertThat(RateRules.approximately(Rate.of(361, 1000), new BigDecimal("35"))).isFalse();
    assertThat(RateRules.approximately(Rate.of(1225, 10_000), new BigDecimal("12.8"))).isTrue();
    assertThat(RateRules.approximately(Rate.of(1224, 10_000), new BigDecimal("12.8"))).isFalse();
    assertThat(RateRules.approximately(Rate.of(27_300, 293_000), new BigDecimal("12.8"))).isFalse();
  }

  @Test
  void anApproximateShare_isNeverReportedAsTruncated() {
    // 4,996 / 10,000 = 49.96%: "约49.9" is near enough, and no truncation is claimed
    Indicator roughly = Indicator.builder().from(rate("49.9", 4996, 10000)).qualifier(Qualifier.APPROXIMATELY).build();
    assertThat(CHECKER.check(withIndicators(roughly))).isEmpty();
  }
}
