package io.github.fazhi.check;

import static io.github.fazhi.check.CheckFixtures.findings;
import static io.github.fazhi.check.CheckFixtures.withIndicators;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.percent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Breakdown;
import io.github.fazhi.Indicator;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * 上海市 2014: 6200 applications broken down by respondent (60, 421, 782, 2995, 1942, shares 1%, 6.8%,
 * 12.6%, 48.3%, 31.3%), by reviewing organ (1186, 1680, 1750, 1584), and in part by matter (the top five:
 * 2100, 1060, 705, 490, 232). Each breakdown is checked against the whole, at its own path.
 */
class NamedBreakdownsTest {
  private Breakdown named(String name, boolean complete, Indicator... parts) {
    return Breakdown.builder().name(name).addParts(parts).complete(complete).build();
  }

  private Indicator cases(String value) {
    return count(null, value, "件").build();
  }

  private Indicator shanghai(String lastOrgan, String firstShare) {
    return count(null, "6200", "件")
        .addBreakdown(named("被申请人", true, cases("60"), cases("421"), cases("782"), cases("2995"), cases("1942"),
            percent(null, firstShare).build(), percent(null, "6.8").build(), percent(null, "12.6").build(),
            percent(null, "48.3").build(), percent(null, "31.3").build()))
        .addBreakdown(named("复议机关", true, cases("1186"), cases("1680"), cases("1750"), cases(lastOrgan)))
        .addBreakdown(named("申请事项", false, cases("2100"), cases("1060"), cases("705"), cases("490"),
            cases("232")))
        .build();
  }

  @Test
  void shanghai2014_everyBreakdownAddsUp_andNothingIsFound() {
    Report report = withIndicators(shanghai("1584", "1"));
    assertThat(findings(report, StandardRules.PARTS_DO_NOT_ADD_UP)).isEmpty();
    assertThat(findings(report, StandardRules.PARTS_EXCEED_WHOLE)).isEmpty();
    assertThat(findings(report, StandardRules.SHARES_DO_NOT_ADD_UP)).isEmpty();
  }

  @Test
  void aNamedBreakdownThatDoesNotAddUp_isFoundAtItsPath() {
    Report report = withIndicators(shanghai("1586", "3"));
    assertThat(findings(report, StandardRules.PARTS_DO_NOT_ADD_UP)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[0].breakdowns[1].parts");
      assertThat(f.numbers()).containsEntry("parts", new BigDecimal("6202"));
    });
    // The shares 3 + 6.8 + 12.6 + 48.3 + 31.3 = 102.0 of a complete breakdown.
    assertThat(findings(report, StandardRules.SHARES_DO_NOT_ADD_UP)).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[0].breakdowns[0].parts"));
  }

  @Test
  void aNamedBreakdownBesideTheParts_isCountedAfterThem() {
    Indicator whole = count(null, "151", "件")
        .addPart(cases("140")).addPart(cases("11")).partsComplete(true)
        .addBreakdown(named("申请事项", false, cases("75"), cases("16"), cases("40"), cases("40")))
        .addBreakdown(named("管理类别", false, cases("77"), cases("42"), cases("11"), cases("30")))
        .build();
    // 75 + 16 + 40 + 40 = 171 and 77 + 42 + 11 + 30 = 160 both exceed 151; the parts (151) do not.
    assertThat(findings(withIndicators(whole), StandardRules.PARTS_EXCEED_WHOLE))
        .extracting(Finding::path).containsExactly(
            "workAreas[0].measures[0].indicators[0].breakdowns[0].parts",
            "workAreas[0].measures[0].indicators[0].breakdowns[1].parts");
  }

  @Test
  void aPartOfANamedBreakdown_isCheckedAtItsOwnPath() {
    // 被申请人为县政府部门 140 件, 达 92.71%: 140/151 is 92.72 rounded, 92.71 truncated.
    Indicator share = percent(null, "92.71").basis(Rate.of(140, 151)).build();
    Indicator whole = count(null, "151", "件")
        .addBreakdown(named("被申请人", false, cases("140"), share)).build();
    assertThat(findings(withIndicators(whole), StandardRules.RATE_TRUNCATED)).singleElement()
        .satisfies(f -> assertThat(f.path())
            .isEqualTo("workAreas[0].measures[0].indicators[0].breakdowns[0].parts[1]"));
  }
}
