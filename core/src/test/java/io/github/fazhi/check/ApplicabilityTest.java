package io.github.fazhi.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ValidationException;
import io.github.fazhi.testing.SeedReport;
import java.time.Year;
import org.junit.jupiter.api.Test;

class ApplicabilityTest {
  private static final Year Y2018 = Year.of(2018);
  private static final Year Y2019 = Year.of(2019);
  private static final Year Y2021 = Year.of(2021);

  @Test
  void everyReport_appliesToAnyKindInAnyYear() {
    for (ReportKind kind : ReportKind.values()) {
      assertThat(Applicability.everyReport().appliesTo(kind, Year.of(1990))).isTrue();
      assertThat(Applicability.everyReport().appliesTo(kind, Year.of(2090))).isTrue();
    }
    assertThat(Applicability.everyReport().kinds()).isEmpty();
  }

  @Test
  void aKindFromAYear_appliesToThatKindFromThatYearOn() {
    Applicability ruleOfLaw = Applicability.of(ReportKind.RULE_OF_LAW_ANNUAL, Y2019);
    assertThat(ruleOfLaw.appliesTo(ReportKind.RULE_OF_LAW_ANNUAL, Y2018)).isFalse();
    assertThat(ruleOfLaw.appliesTo(ReportKind.RULE_OF_LAW_ANNUAL, Y2019)).isTrue();
    assertThat(ruleOfLaw.appliesTo(ReportKind.RULE_OF_LAW_ANNUAL, Year.of(2024))).isTrue();
    assertThat(ruleOfLaw.appliesTo(ReportKind.OPEN_GOV_INFO_ANNUAL, Y2019)).isFalse();
    // the seed is a rule-of-law report on 2019
    assertThat(ruleOfLaw.appliesTo(SeedReport.report())).isTrue();
    assertThat(Applicability.of(ReportKind.OPEN_GOV_INFO_ANNUAL).appliesTo(SeedReport.report())).isFalse();
  }

  @Test
  void aLastYear_endsTheRange_inclusive() {
    // e.g. the 2019 open-government-information table layout, replaced in 2021
    Applicability layout2019 = Applicability.builder().addKind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .firstYear(Y2019).lastYear(Year.of(2020)).build();
    assertThat(layout2019.appliesTo(ReportKind.OPEN_GOV_INFO_ANNUAL, Year.of(2020))).isTrue();
    assertThat(layout2019.appliesTo(ReportKind.OPEN_GOV_INFO_ANNUAL, Y2021)).isFalse();
    assertThat(layout2019.appliesTo(ReportKind.OPEN_GOV_INFO_ANNUAL, Y2018)).isFalse();
  }

  @Test
  void severalKinds_areEachApplied() {
    Applicability two = Applicability.builder().addKind(ReportKind.RULE_OF_LAW_ANNUAL)
        .addKind(ReportKind.ENFORCEMENT_STATISTICS_ANNUAL).build();
    assertThat(two.appliesTo(ReportKind.ENFORCEMENT_STATISTICS_ANNUAL, Y2018)).isTrue();
    assertThat(two.appliesTo(ReportKind.RULE_OF_LAW_ANNUAL, Y2018)).isTrue();
    assertThat(two.appliesTo(ReportKind.OPEN_GOV_INFO_ANNUAL, Y2018)).isFalse();
  }

  @Test
  void aFirstYearAfterTheLast_isRefused_atItsPath() {
    assertThatThrownBy(() -> Applicability.builder().firstYear(Y2021).lastYear(Y2019).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("firstYear");
            assertThat(v.message()).isEqualTo("firstYear (2021) must be <= lastYear (2019)");
          });
        });
    // one year is a range too
    assertThat(Applicability.builder().firstYear(Y2019).lastYear(Y2019).build().appliesTo(ReportKind.RULE_OF_LAW_ANNUAL, Y2019))
        .isTrue();
  }

  @Test
  void applicabilities_areValues() {
    new EqualsTester()
        .addEqualityGroup(Applicability.everyReport(), Applicability.builder().build())
        .addEqualityGroup(Applicability.of(ReportKind.RULE_OF_LAW_ANNUAL),
            Applicability.builder().addKind(ReportKind.RULE_OF_LAW_ANNUAL).build())
        .addEqualityGroup(Applicability.of(ReportKind.RULE_OF_LAW_ANNUAL, Y2019))
        .addEqualityGroup(Applicability.builder().lastYear(Y2019).build())
        .testEquals();
  }
}
