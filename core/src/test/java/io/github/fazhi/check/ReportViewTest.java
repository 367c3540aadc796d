package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import io.github.fazhi.testing.SeedReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportViewTest {
  @Test
  void theView_listsEveryIndicatorInReportOrder_withItsPath_partsAfterTheirWhole() {
    // 静海 2020: 515 retained items of which 218 licensing and 297 others; 18 cancelled; 31 lists
    Indicator lists = count(null, "31", "个").label("政务服务事项清单").build();
    Indicator retained = count(null, "515", "项").label("区级保留政务服务事项")
        .addPart(count(null, "218", "项").label("行政许可事项").build())
        .addPart(count(null, "297", "项").label("公共服务等其他事项").build()).build();
    Indicator cancelled = count(null, "18", "项").label("区级取消政务服务事项").build();
    Report report = complete(CheckFixtures.QUJIANG, 2020).addHeadlineIndicator(lists)
        .addWorkArea(WorkArea.builder().ordinal(2).title("依法全面履行政府职能").addIndicator(cancelled)
            .addMeasure(Measure.builder().ordinal(1).text("深化行政审批制度改革").addIndicator(retained).build())
            .build())
        .build();
    ReportView view = ReportView.of(report);
    assertThat(view.report()).isSameAs(report);
    // complete() states one measure without numbers in the first area
    assertThat(view.indicators()).extracting(LocatedIndicator::path).containsExactly(
        "headlineIndicators[0]",
        "workAreas[1].indicators[0]",
        "workAreas[1].measures[0].indicators[0]",
        "workAreas[1].measures[0].indicators[0].parts[0]",
        "workAreas[1].measures[0].indicators[0].parts[1]");
    List<LocatedIndicator> all = view.indicators();
    assertThat(all.get(3).indicator().label()).isEqualTo("行政许可事项");
    assertThat(all.get(3).whole()).containsSame(all.get(2));
    assertThat(all.get(2).whole()).isEmpty();
    assertThat(all.get(0).toString()).startsWith("headlineIndicators[0]: ");
    assertThat(view.toString()).isEqualTo("ReportView{曲江区 2020, 5 indicators}");
  }

  @Test
  void partsOfAPart_haveTheirOwnPath() {
    Indicator whole = count(null, "10", "件").label("总数")
        .addPart(count(null, "6", "件").label("甲").addPart(count(null, "2", "件").label("乙").build()).build())
        .build();
    ReportView view = ReportView.of(complete(CheckFixtures.QUJIANG, 2020, whole).build());
    assertThat(view.indicators()).extracting(LocatedIndicator::path).containsExactly(
        "workAreas[0].measures[0].indicators[0]",
        "workAreas[0].measures[0].indicators[0].parts[0]",
        "workAreas[0].measures[0].indicators[0].parts[0].parts[0]");
  }

  @Test
  void theSeedsView_holdsItsIndicators() {
    assertThat(ReportView.of(SeedReport.report()).indicators()).extracting(LocatedIndicator::indicator)
        .startsWith(SeedReport.report().indicators().get(0));
  }

  @Test
  void aRuleOfYourOwn_readsTheViewTheCheckerBuilds_andReportsTheSamePaths() {
    // every finding at an indicator's public path, one per indicator
    Rule everyNumber = new Rule() {
      @Override
      public String id() {
        return "mine.every_number";
      }

      @Override
      public List<Finding> check(Report report) {
        return check(ReportView.of(report));
      }

      @Override
      public List<Finding> check(ReportView view) {
        return view.indicators().stream()
            .map(located -> Finding.of(id(), Severity.INFO, located.at(), located.indicator().label()))
            .toList();
      }
    };
    Report report = complete(CheckFixtures.QUJIANG, 2020, count(null, "31", "个").label("清单").build()).build();
    assertThat(ReportChecker.empty().with(everyNumber).check(report)).extracting(Finding::path)
        .containsExactly("workAreas[0].measures[0].indicators[0]");
    assertThat(everyNumber.check(report)).isEqualTo(ReportChecker.empty().with(everyNumber).check(report));
  }

  @Test
  void aRuleThatOnlyReadsTheReport_isGivenItByTheDefaultViewMethod() {
    Rule byReport = new Rule() {
      @Override
      public String id() {
        return "mine.by_report";
      }

      @Override
      public List<Finding> check(Report report) {
        return List.of(Finding.of(id(), Severity.INFO, Path.root(), report.reporterName()));
      }
    };
    assertThat(byReport.check(ReportView.of(SeedReport.report()))).extracting(Finding::message)
        .containsExactly("曲江区");
    assertThat(byReport.applicability()).isEqualTo(Applicability.everyReport());
  }

  @Test
  void aStandardRule_givesTheSameFindingsFromTheReportAsFromItsView() {
    Report report = complete(CheckFixtures.QUJIANG, 2020, count("legal_aid.cases", "393", "件").build(),
        count("legal_aid.cases", "394", "件").build()).build();
    for (Rule rule : StandardRules.rules(io.github.fazhi.catalog.IndicatorCatalog.standard())) {
      assertThat(rule.check(report)).as(rule.id()).isEqualTo(rule.check(ReportView.of(report)));
    }
    assertThat(CheckFixtures.findings(report, StandardRules.CONFLICTING_VALUES)).hasSize(1);
  }
}
