package io.github.fazhi.check;

import static io.github.fazhi.check.CheckFixtures.withIndicators;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two rate rules share one body; each must report its own findings when run alone (a user may drop
 * either from a checker): an approximate share far from its basis is the mismatch rule's, never the
 * truncation rule's.
 */
class RateRulesApartTest {
  private static List<Finding> alone(String ruleId, Report report) {
    Rule rule = ReportChecker.standard().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
        .orElseThrow();
    return rule.check(ReportView.of(report));
  }

  @Test
  void anApproximateShareFarFromItsBasis_isFoundByTheMismatchRuleAlone() {
    // "约35%" over 320 / 1,010 = 31.7%: more than 1.0 point (0.5 rounding + 0.5) from 35
    Indicator roughly = Indicator.builder().label("综合纠错率").kind(IndicatorKind.PERCENT)
        .value(new BigDecimal("35")).unit(Unit.of("%")).written("约35%").qualifier(Qualifier.APPROXIMATELY)
        .basis(Rate.of(320, 1010)).build();
    Report report = withIndicators(roughly);
    assertThat(alone(StandardRules.RATE_MISMATCH, report)).extracting(Finding::ruleId)
        .containsExactly(StandardRules.RATE_MISMATCH);
    assertThat(alone(StandardRules.RATE_TRUNCATED, report)).isEmpty();
  }
}
