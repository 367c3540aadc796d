package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.fazhi.Indicator;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Path;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCheckerTest {
  private static final io.github.fazhi.Jurisdiction QUJIANG =
      jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY);

  private static ReviewTally reconsideration(long carriedOver, long pending) {
    return ReviewTally.builder().procedure(Procedure.RECONSIDERATION).carriedOver(carriedOver).pending(pending)
        .build();
  }

  @Test
  void theSeed_yieldsExactlyTheFindingsItsTextImplies() {
    // Read off qujiang-2019.txt: dated 2019-12-06, inside the year it covers ("到目前为止", "截至目前");
    // no part on the leaders' duty and no "other matters" part. Its tally 11 → 9 = 6 + 3 + 0 adds up; its
    // units fit the catalogue (宗 counts cases; 件(次) services); no stated rate has a basis to recompute.
    List<Finding> findings = ReportChecker.standard().check(SeedReport.report());
    assertThat(findings).extracting(Finding::ruleId, Finding::severity, Finding::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(
            StandardRules.PUBLISHED_BEFORE_YEAR_END, Severity.INFO, "published"),
        org.assertj.core.groups.Tuple.tuple(StandardRules.MISSING_PART, Severity.WARNING, "leadershipDuty"),
        org.assertj.core.groups.Tuple.tuple(StandardRules.MISSING_PART, Severity.WARNING, "otherMatters"));
  }

  @Test
  void aRuleThatThrows_becomesAFinding_andTheOtherRulesStillRun() {
    Rule broken = new Rule() {
      @Override
      public String id() {
        return "mine.broken";
      }

      @Override
      public List<Finding> check(Report report) {
        throw new IllegalStateException("boom");
      }
    };
    List<Finding> findings = ReportChecker.standard().with(broken).check(SeedReport.report());
    assertThat(findings).hasSize(4);
    assertThat(findings.get(3).ruleId()).isEqualTo(ReportChecker.RULE_FAILED);
    assertThat(findings.get(3).severity()).isEqualTo(Severity.ERROR);
    assertThat(findings.get(3).message()).contains("mine.broken").contains("boom");
  }

  @Test
  void aRuleThatReturnsNull_orANullFinding_orHasNoId_becomesAFinding() {
    Rule nullList = rule("mine.null", null);
    java.util.ArrayList<Finding> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    Rule nullFinding = rule("mine.null_finding", withNull);
    Rule noId = new Rule() {
      @Override
      public String id() {
        throw new IllegalStateException("no id");
      }

      @Override
      public List<Finding> check(Report report) {
        throw new IllegalStateException("no check");
      }
    };
    List<Finding> findings = ReportChecker.empty().with(nullList).with(nullFinding).with(noId)
        .check(SeedReport.report());
    assertThat(findings).extracting(Finding::message).containsExactly(
        "rule mine.null returned null",
        "rule mine.null_finding returned a null finding",
        "rule (unnamed rule) failed: java.lang.IllegalStateException: no check");
  }

  @Test
  void usersAddTheirOwnRules_replaceByIdAndRemoveById() {
    Finding mine = Finding.of("mine.always", Severity.INFO, Path.root(), "always");
    Rule always = rule("mine.always", List.of(mine));
    ReportChecker checker = ReportChecker.standard().with(always);
    assertThat(checker.check(SeedReport.report())).contains(mine);
    assertThat(checker.rules()).hasSize(StandardRules.rules(IndicatorCatalog.standard()).size() + 1);
    // same id replaces in place
    assertThat(checker.with(rule("mine.always", List.of())).rules()).hasSize(checker.rules().size());
    assertThat(checker.without("mine.always").check(SeedReport.report())).doesNotContain(mine);
    assertThat(ReportChecker.standard().without(StandardRules.MISSING_PART).check(SeedReport.report()))
        .extracting(Finding::ruleId).containsExactly(StandardRules.PUBLISHED_BEFORE_YEAR_END);
    assertThat(checker.toString()).contains("mine.always").contains(StandardRules.DUPLICATE_REPORT);
  }

  @Test
  void withoutASeriesRuleId_dropsThatSeriesRuleOnly() {
    // the standard series rules are CARRIED_OVER_MISMATCH and DUPLICATE_REPORT
    ReportChecker noDuplicates = ReportChecker.standard().without(StandardRules.DUPLICATE_REPORT);
    assertThat(noDuplicates.seriesRules()).extracting(SeriesRule::id)
        .containsExactly(StandardRules.CARRIED_OVER_MISMATCH, StandardRules.OpenGov.CARRIED_OVER_MISMATCH,
            StandardRules.OpenGov.IN_FORCE_MISMATCH);
    assertThat(noDuplicates.rules()).hasSize(StandardRules.rules(IndicatorCatalog.standard()).size());
    // the same report twice is a duplicate for the standard checker, but not once that rule is gone
    Report first = complete(QUJIANG_FOR_SERIES, 2020).build();
    assertThat(ReportChecker.standard().checkSeries(List.of(first, first))).hasSize(1);
    assertThat(noDuplicates.checkSeries(List.of(first, first))).isEmpty();
    // removing a single-report rule leaves both series rules
    assertThat(ReportChecker.standard().without(StandardRules.MISSING_PART).seriesRules()).extracting(SeriesRule::id)
        .containsExactly(StandardRules.CARRIED_OVER_MISMATCH, StandardRules.DUPLICATE_REPORT,
            StandardRules.OpenGov.CARRIED_OVER_MISMATCH, StandardRules.OpenGov.IN_FORCE_MISMATCH);
  }

  private static final io.github.fazhi.Jurisdiction QUJIANG_FOR_SERIES =
      jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY);

  @Test
  void theStandardChecker_overAnotherCatalogue_judgesCodesByIt() {
    assertThat(ReportChecker.standard(IndicatorCatalog.empty()).check(SeedReport.report()))
        .filteredOn(f -> f.ruleId().equals(StandardRules.UNKNOWN_CODE)).hasSize(SeedReport.INDICATOR_COUNT);
  }

  @Test
  void carriedOverOtherThanLastYearsPending_isAnError() {
    Report y2019 = complete(QUJIANG, 2019).addReview(reconsideration(0, 4)).build();
    Report y2020 = complete(QUJIANG, 2020).addReview(reconsideration(3, 0)).build();
    List<Finding> findings = ReportChecker.standard().checkSeries(List.of(y2020, y2019));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(StandardRules.CARRIED_OVER_MISMATCH);
      assertThat(f.path()).isEqualTo("[曲江区 2020] reviews[0].carriedOver");
      assertThat(f.numbers()).isEqualTo(ImmutableMap.of(
          "carriedOver", BigDecimal.valueOf(3), "previousPending", BigDecimal.valueOf(4)));
    });
  }

  @Test
  void carriedOverEqualToLastYearsPending_orOfAnotherJurisdictionOrProcedure_isSilent() {
    Report y2019 = complete(QUJIANG, 2019).addReview(reconsideration(0, 4)).build();
    Report y2020 = complete(QUJIANG, 2020).addReview(reconsideration(4, 0))
        .addReview(ReviewTally.builder().procedure(Procedure.LITIGATION).route(LitigationRoute.DIRECT)
            .carriedOver(9).build())
        .build();
    Report elsewhere = complete(jurisdiction("浈江区", "韶关市", JurisdictionLevel.COUNTY), 2020)
        .addReview(reconsideration(7, 0)).build();
    Report y2022 = complete(QUJIANG, 2022).addReview(reconsideration(8, 0)).build();
    assertThat(ReportChecker.standard().checkSeries(List.of(y2019, y2020, elsewhere, y2022))).isEmpty();
  }

  @Test
  void twoReportsOfOneJurisdictionForOneYear_areAnError() {
    Report first = complete(QUJIANG, 2020).build();
    Report second = complete(QUJIANG, 2020).title("另一份").build();
    assertThat(ReportChecker.standard().checkSeries(List.of(first, second))).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo(StandardRules.DUPLICATE_REPORT);
          assertThat(f.message()).doesNotContain("the same report twice");
        });
    assertThat(ReportChecker.standard().checkSeries(List.of(first, first))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("the same report twice"));
    assertThat(ReportChecker.standard().checkSeries(List.of(first, complete(QUJIANG, 2021).build()))).isEmpty();
  }

  @Test
  void numbersOutsideMeasures_areCheckedToo() {
    Indicator headline = Indicator.builder().label("调处纠纷").code("mediation.disputes")
        .kind(io.github.fazhi.IndicatorKind.COUNT).value(BigDecimal.valueOf(1338)).unit(io.github.fazhi.Unit.of("宗"))
        .build();
    Indicator areaLevel = Indicator.builder().from(headline).value(BigDecimal.valueOf(1300)).build();
    Report report = complete(QUJIANG, 2020).addHeadlineIndicator(headline)
        .addWorkArea(io.github.fazhi.WorkArea.builder().ordinal(1).title("工作").addIndicator(areaLevel).build())
        .build();
    assertThat(ReportChecker.standard().check(report))
        .filteredOn(f -> f.ruleId().equals(StandardRules.CONFLICTING_VALUES)).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("workAreas[1].indicators[0]")); // complete() has one area already
  }

  @Test
  void aGovernmentAndItsDepartment_reportingForOneYear_areTwoBodies_notADuplicate() {
    Report government = complete(QUJIANG, 2020).issuerKind(IssuerKind.GOVERNMENT)
        .addReview(reconsideration(0, 4)).build();
    Report bureau = complete(QUJIANG, 2020).issuer("韶关市曲江区司法局").issuerKind(IssuerKind.DEPARTMENT)
        .addReview(reconsideration(0, 1)).build();
    Report bureauNextYear = complete(QUJIANG, 2021).issuer("韶关市曲江区司法局").issuerKind(IssuerKind.DEPARTMENT)
        .addReview(reconsideration(1, 0)).build();
    // the bureau's 2021 carried-over (1) follows the bureau's 2020 pending (1), not the government's (4)
    assertThat(ReportChecker.standard().checkSeries(List.of(government, bureau, bureauNextYear))).isEmpty();
    assertThat(government.reportingBody()).isNotEqualTo(bureau.reportingBody());
    assertThat(bureau.reportingBody()).isEqualTo(bureauNextYear.reportingBody());
  }

  @Test
  void checkAll_putsEachReportsFindingsUnderItsName_thenTheSeriesFindings() {
    Report seed = SeedReport.report();
    List<Finding> findings = ReportChecker.standard().checkAll(List.of(seed, seed));
    assertThat(findings).extracting(Finding::path).containsExactly(
        "[曲江区 2019] published", "[曲江区 2019] leadershipDuty", "[曲江区 2019] otherMatters",
        "[曲江区 2019] published", "[曲江区 2019] leadershipDuty", "[曲江区 2019] otherMatters",
        "[曲江区 2019]");
  }

  @Test
  void aSeriesRuleThatThrows_becomesAFinding() {
    SeriesRule broken = new SeriesRule() {
      @Override
      public String id() {
        return "mine.series";
      }

      @Override
      public List<Finding> check(java.util.Collection<Report> reports) {
        throw new UnsupportedOperationException("nope");
      }
    };
    assertThat(ReportChecker.empty().with(broken).checkSeries(List.of(SeedReport.report())))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("mine.series").contains("nope"));
    assertThat(ReportChecker.empty().with(broken).with(broken).seriesRules()).hasSize(1);
  }

  @Test
  void findings_areValues() {
    Finding a = Finding.of("x.y", Severity.ERROR, Path.root().field("p"), "m", ImmutableMap.of("n", BigDecimal.ONE));
    new EqualsTester()
        .addEqualityGroup(a, Finding.of("x.y", Severity.ERROR, Path.root().field("p"), "m", ImmutableMap.of("n", BigDecimal.ONE)))
        .addEqualityGroup(Finding.of("x.y", Severity.ERROR, Path.root().field("p"), "m"))
        .addEqualityGroup(Finding.of("x.z", Severity.ERROR, Path.root().field("p"), "m"))
        .addEqualityGroup(Finding.of("x.y", Severity.WARNING, Path.root().field("p"), "m"))
        .addEqualityGroup(Finding.of("x.y", Severity.ERROR, Path.root().field("q"), "m"))
        .addEqualityGroup(Finding.of("x.y", Severity.ERROR, Path.root().field("p"), "n"))
        .testEquals();
    assertThat(a.toString()).isEqualTo("ERROR x.y at p: m");
    assertThat(Finding.of("x.y", Severity.INFO, Path.root(), "m").toString()).isEqualTo("INFO x.y: m");
    assertThat(a.under(Path.inReport("a", 2020)).path()).isEqualTo("[a 2020] p");
    assertThatThrownBy(() -> Finding.of(" ", Severity.INFO, Path.root(), "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.of("x", Severity.INFO, Path.root(), " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
  }

  private static Rule rule(String id, List<Finding> result) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Finding> check(Report report) {
        return result;
      }
    };
  }

  @Test
  void aRuleRunsOnlyOnTheReportsItAppliesTo() {
    Rule openGovOnly = new Rule() {
      @Override
      public String id() {
        return "mine.open_gov";
      }

      @Override
      public List<Finding> check(Report report) {
        return List.of(Finding.of(id(), Severity.INFO, Path.root(), "checked"));
      }

      @Override
      public Applicability applicability() {
        return Applicability.of(io.github.fazhi.ReportKind.OPEN_GOV_INFO_ANNUAL, java.time.Year.of(2019));
      }
    };
    ReportChecker checker = ReportChecker.empty().with(openGovOnly);
    Report ruleOfLaw = complete(QUJIANG, 2020).build();
    Report openGov2020 = complete(QUJIANG, 2020).kind(io.github.fazhi.ReportKind.OPEN_GOV_INFO_ANNUAL).build();
    Report openGov2018 = complete(QUJIANG, 2018).kind(io.github.fazhi.ReportKind.OPEN_GOV_INFO_ANNUAL).build();
    assertThat(checker.check(ruleOfLaw)).isEmpty();
    assertThat(checker.check(openGov2020)).hasSize(1);
    assertThat(checker.check(openGov2018)).isEmpty();
  }

  @Test
  void aSeriesRule_isHandedOnlyTheReportsItAppliesTo() {
    List<java.util.Collection<Report>> seen = new java.util.ArrayList<>();
    SeriesRule from2020 = new SeriesRule() {
      @Override
      public String id() {
        return "mine.series_from_2020";
      }

      @Override
      public List<Finding> check(java.util.Collection<Report> reports) {
        seen.add(List.copyOf(reports));
        return List.of();
      }

      @Override
      public Applicability applicability() {
        return Applicability.builder().firstYear(java.time.Year.of(2020)).build();
      }
    };
    Report y2019 = complete(QUJIANG, 2019).build();
    Report y2020 = complete(QUJIANG, 2020).build();
    Report y2021 = complete(QUJIANG, 2021).build();
    ReportChecker.empty().with(from2020).checkSeries(List.of(y2021, y2019, y2020));
    assertThat(seen).singleElement().isEqualTo(List.of(y2021, y2020));
  }

  @Test
  void aRuleWhoseApplicabilityFails_becomesAFinding() {
    Rule broken = new Rule() {
      @Override
      public String id() {
        return "mine.no_applicability";
      }

      @Override
      public List<Finding> check(Report report) {
        return List.of();
      }

      @Override
      public Applicability applicability() {
        throw new IllegalStateException("which reports?");
      }
    };
    assertThat(ReportChecker.empty().with(broken).check(SeedReport.report())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("mine.no_applicability").contains("which reports?"));
  }

  @Test
  void theCheckerBuildsOneViewPerReport_andHandsItToEveryRule() {
    List<ReportView> views = new java.util.ArrayList<>();
    Rule recording = new Rule() {
      @Override
      public String id() {
        return "mine.recording";
      }

      @Override
      public List<Finding> check(Report report) {
        throw new AssertionError("the checker calls check(ReportView)");
      }

      @Override
      public List<Finding> check(ReportView view) {
        views.add(view);
        return List.of();
      }
    };
    Rule second = new Rule() {
      @Override
      public String id() {
        return "mine.second";
      }

      @Override
      public List<Finding> check(Report report) {
        throw new AssertionError("the checker calls check(ReportView)");
      }

      @Override
      public List<Finding> check(ReportView view) {
        views.add(view);
        return List.of();
      }
    };
    Report seed = SeedReport.report();
    assertThat(ReportChecker.empty().with(recording).with(second).check(seed)).isEmpty();
    assertThat(views).hasSize(2);
    assertThat(views.get(0)).isSameAs(views.get(1));
    assertThat(views.get(0).report()).isSameAs(seed);
  }
}
