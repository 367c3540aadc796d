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

/** The rule over one quantity stated twice ({@link ConflictRules}). */
class ConflictRulesTest {
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

  @Test
  void oneLabelStatedTwiceWithDifferentValues_isAnError_whateverItsQuotesSpacesAndWidth() {
    // 北京 2022: "“一门”进驻和“一窗”受理事项占比" 90%以上 and "实行“双授权”事项占比" 85%以上, neither coded.
    // Stated again with ASCII quotes, a full-width space and full-width digits' forms, 85%以上 conflicts.
    Indicator first = percent(null, "90").label("“一门”进驻和“一窗”受理事项占比").qualifier(Qualifier.AT_LEAST).build();
    Indicator other = percent(null, "85").label("实行“双授权”事项占比").qualifier(Qualifier.AT_LEAST).build();
    Indicator again = percent(null, "85").label("\"一门\"进驻和\"一窗\"　受理事项占比").qualifier(Qualifier.AT_LEAST)
        .build();
    assertThat(findings(withIndicators(first, other, again), StandardRules.CONFLICTING_VALUES)).singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("workAreas[0].measures[0].indicators[2]");
          assertThat(f.message()).isEqualTo("\"一门\"进驻和\"一窗\"　受理事项占比 is stated as 85% here and as 90%"
              + " at workAreas[0].measures[0].indicators[0]");
          assertThat(f.numbers()).containsEntry("earlier", new BigDecimal("90"));
        });
    // the same value under a differently written label is no conflict
    Indicator same = percent(null, "90").label("“一门”进驻和“一窗” 受理事项占比").qualifier(Qualifier.AT_LEAST).build();
    assertThat(findings(withIndicators(first, other, same), StandardRules.CONFLICTING_VALUES)).isEmpty();
  }

  @Test
  void oneLabelWithAnotherQualifierOrScale_isCompared_butAnotherKindOrUnitIsAnotherQuantity() {
    // 密云 2022: 媒体宣传 300余次, 媒体宣传受众 10万余人
    Indicator times = count(null, "300", "次").label("媒体宣传").qualifier(Qualifier.MORE_THAN).build();
    Indicator exactly = count(null, "300", "次").label("媒体宣传").build();
    assertThat(findings(withIndicators(times, exactly), StandardRules.CONFLICTING_VALUES)).hasSize(1);
    Indicator audience = count(null, "10", "万人").label("媒体宣传受众").qualifier(Qualifier.MORE_THAN).build();
    Indicator audienceAgain = count(null, "100000", "人").label("媒体宣传受众").qualifier(Qualifier.MORE_THAN)
        .build();
    Indicator people = count(null, "300", "人").label("媒体宣传").qualifier(Qualifier.MORE_THAN).build();
    Indicator share = percent(null, "30").label("媒体宣传").build();
    assertThat(findings(withIndicators(times, audience, audienceAgain, people, share),
        StandardRules.CONFLICTING_VALUES)).isEmpty();
  }

  @Test
  void partsOfTwoBreakdowns_areComparedWithinTheirWhole() {
    // 静海 2020: 515 retained items = 218 行政许可事项 + 297 其他; a second breakdown's 其他 is another number
    Indicator retained = count(null, "515", "项").label("区级保留政务服务事项")
        .addPart(count(null, "218", "项").label("行政许可事项").build())
        .addPart(count(null, "297", "项").label("其他").build()).build();
    Indicator cancelled = count(null, "18", "项").label("区级取消政务服务事项")
        .addPart(count(null, "11", "项").label("其他").build()).build();
    assertThat(findings(withIndicators(retained, cancelled), StandardRules.CONFLICTING_VALUES)).isEmpty();
    Indicator retainedAgain = count(null, "515", "项").label("区级保留政务服务事项")
        .addPart(count(null, "298", "项").label("其他").build()).build();
    assertThat(findings(withIndicators(retained, retainedAgain), StandardRules.CONFLICTING_VALUES))
        .extracting(Finding::path).containsExactly("workAreas[0].measures[0].indicators[1].parts[0]");
  }

  @Test
  void aCodeStatedTwice_isComparedByCode_evenUnderTwoLabels() {
    Indicator a = count("legal_aid.cases", "393", "件").label("法律援助案件").build();
    Indicator b = count("legal_aid.cases", "394", "件").label("办理法律援助").build();
    Indicator c = count(null, "394", "件").label("法律援助案件").build();
    // b conflicts with a by code; c with a by label
    assertThat(findings(withIndicators(a, b, c), StandardRules.CONFLICTING_VALUES)).extracting(Finding::path)
        .containsExactly("workAreas[0].measures[0].indicators[1]", "workAreas[0].measures[0].indicators[2]");
  }
}
