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

/** The rules over breakdowns ({@link BreakdownRules}). */
class BreakdownRulesTest {
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
  void percentPartsOfAPercentWhole_areNotTreatedAsShares() {
    Indicator percentWhole = percent(null, "35").addPart(percent(null, "60").build())
        .addPart(percent(null, "60").build()).build();
    assertThat(findings(withIndicators(percentWhole), StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
  }

  @Test
  void approximateShares_areCheckedWithHalfAPointMoreEach() {
    // Issue #13: approximate shares were skipped, so 约60% + 60% = 120% passed.
    Indicator roughShares = count(null, "100", "件")
        .addPart(percent(null, "60").qualifier(Qualifier.APPROXIMATELY).build())
        .addPart(percent(null, "60").build()).build();
    assertThat(findings(withIndicators(roughShares), StandardRules.SHARES_DO_NOT_ADD_UP)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("the shares (120%) must not exceed 100% within their rounding (1.5)"));
    // 约51% + 50% = 101: within 0.5 + 0.5 (约) + 0.5 = 1.5
    Indicator justOver = count(null, "100", "件")
        .addPart(percent(null, "51").qualifier(Qualifier.APPROXIMATELY).build())
        .addPart(percent(null, "50").build()).build();
    // complete: 约32.8 + 67 = 99.8 is within 0.05 + 0.5 + 0.5; 约32.8 + 66 = 98.8 is not
    Indicator complete = count(null, "100", "件")
        .addPart(percent(null, "32.8").qualifier(Qualifier.APPROXIMATELY).build())
        .addPart(percent(null, "67").build()).partsComplete(true).build();
    Indicator short_ = count(null, "100", "件")
        .addPart(percent(null, "32.8").qualifier(Qualifier.APPROXIMATELY).build())
        .addPart(percent(null, "66").build()).partsComplete(true).build();
    assertThat(findings(withIndicators(justOver, complete), StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
    assertThat(findings(withIndicators(short_), StandardRules.SHARES_DO_NOT_ADD_UP)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("the shares (98.8%) must add up to 100% within their rounding (1.05)"));
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
