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

/** The rules over coded indicators against the catalogue ({@link CatalogueRules}). */
class CatalogueRulesTest {
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
