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
}
