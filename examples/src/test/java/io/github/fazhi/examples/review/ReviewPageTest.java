package io.github.fazhi.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Measure;
import io.github.fazhi.Path;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReviewPageTest {
  private static final String TEXT = "全年调处纠纷1338宗，调解成功率99%；共收到申请12件。";

  private static Indicator count(String label, long value, String unit, String written) {
    return Indicator.builder().label(label).kind(IndicatorKind.COUNT).value(BigDecimal.valueOf(value))
        .unit(Unit.of(unit)).written(written).build();
  }

  @Test
  void segments_areExactlyTheText_withEachMarkOnItsWrittenForm() {
    ReviewPage page = ReviewPage.builder("t", TEXT)
        .number(Path.root().field("workAreas").index(0).field("measures").index(0).field("indicators").index(0), 6, 11, count("调处纠纷", 1338, "宗", "1338宗"))
        .unplaced(26, 29, "no label")
        .build();
    assertThat(page.segments().stream().map(ReviewPage.Segment::text).collect(Collectors.joining()))
        .isEqualTo(TEXT);
    assertThat(page.marks()).singleElement().satisfies(mark -> {
      assertThat(mark.written()).isEqualTo("1338宗");
      assertThat(mark.id()).isEqualTo("m1");
      assertThat(mark.details()).contains("标签 label: 调处纠纷", "数值 value: 1338 宗");
      assertThat(mark.severity()).isEmpty();
    });
    assertThat(page.unplaced()).singleElement().satisfies(u -> assertThat(u.written()).isEqualTo("12件"));
  }

  @Test
  void aFinding_linksToTheNumberItIsAbout_andColoursIt() {
    ReviewPage page = ReviewPage.builder("t", TEXT)
        .number(Path.root().field("workAreas").index(0).field("measures").index(0).field("indicators").index(0), 6, 11, count("调处纠纷", 1338, "宗", "1338宗"))
        .number(Path.root().field("workAreas").index(0).field("measures").index(0).field("indicators").index(0).field("parts").index(0), 17, 20, Indicator.builder().label("成功率")
            .kind(IndicatorKind.PERCENT).value(BigDecimal.valueOf(99)).unit(Unit.of("%")).written("99%").build())
        .findings(List.of(
            Finding.of("a.info", Severity.INFO, Path.root().field("workAreas").index(0).field("measures").index(0).field("indicators").index(0), "note"),
            Finding.of("b.error", Severity.ERROR, Path.root().field("workAreas").index(0).field("measures").index(0).field("indicators").index(0).field("parts").index(0).field("basis"), "bad"),
            Finding.of("c.warning", Severity.WARNING, Path.root().field("leadershipDuty"), "missing")))
        .build();
    // Errors first; the basis finding belongs to the part (the longest path that is its ancestor).
    assertThat(page.findings()).extracting(ReviewPage.PageFinding::ruleId)
        .containsExactly("b.error", "c.warning", "a.info");
    assertThat(page.findings().get(0).href()).isEqualTo("#m2");
    assertThat(page.findings().get(1).href()).isEqualTo("#text");
    assertThat(page.findings().get(2).href()).isEqualTo("#m1");
    assertThat(page.marks().get(0).cssClass()).isEqualTo("mark sev-info");
    assertThat(page.marks().get(0).href()).isEqualTo("#f3");
    assertThat(page.marks().get(1).cssClass()).isEqualTo("mark sev-error");
    assertThat(page.errors()).isEqualTo(1);
    assertThat(page.warnings()).isEqualTo(1);
    assertThat(page.notes()).isEqualTo(1);
  }

  @Test
  void marksOutsideTheText_areAllNamedInOneException() {
    assertThatThrownBy(() -> ReviewPage.builder("t", "abc")
            .number(Path.root().field("headlineIndicators").index(0), 2, 9, count("x", 1, "件", "1件"))
            .unplaced(-1, 1, "r")
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 marks outside the text or the tables")
        .hasMessageContaining("headlineIndicators[0]: span [2, 9)")
        .hasMessageContaining("unplaced: span [-1, 1)");
  }

  @Test
  void theSeedsOutline_marksEveryNumber_atItsWrittenForm() {
    Report seed = SeedReport.report();
    ReviewPage page = ReportOutline.page("qujiang-2019", seed, ReportChecker.standard().check(seed));
    assertThat(page.marks()).hasSize(SeedReport.INDICATOR_COUNT);
    for (Mark mark : page.marks()) {
      assertThat(page.text().substring(mark.start(), mark.end())).isEqualTo(mark.written());
    }
    assertThat(page.marks()).extracting(Mark::written).contains("1338宗", "达99﹪", "70%以上");
    assertThat(page.tallies()).singleElement().satisfies(tally -> {
      assertThat(tally.counts()).contains(new TallyView.Cell("收到 received", "11"),
          new TallyView.Cell("上年结转 carried over", "—"));
      assertThat(tally.rates()).contains(new TallyView.Cell("受理率 acceptance", "81.8% (9/11)"),
          new TallyView.Cell("结案率 closure", "—"));
    });
    assertThat(page.about()).isEqualTo("曲江区 · 2019 · 法治政府建设年度报告");
  }

  @Test
  void theRenderedPage_escapesWhatComesFromTheReport_andLinksBothWays() {
    Report report = Report.builder()
        .kind(ReportKind.RULE_OF_LAW_ANNUAL)
        .jurisdiction(Jurisdiction.builder().name("<b>某区</b>").level(JurisdictionLevel.COUNTY).build())
        .issuer("某区人民政府")
        .year(Year.of(2020))
        .addWorkAreas(WorkArea.builder().ordinal(1).title("<script>alert(1)</script>加强复议")
            .addMeasures(Measure.builder().ordinal(1).text("调解成功率达到95%。")
                .addIndicators(Indicator.builder().label("调解成功率").kind(IndicatorKind.PERCENT)
                    .value(new BigDecimal("95")).unit(Unit.of("%")).written("95%")
                    .basis(Rate.of(9, 10)).build())
                .build())
            .build())
        .addReviews(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(10).accepted(12).build())
        .build();
    List<Finding> findings = ReportChecker.standard().check(report);
    ReviewPage page = ReportOutline.page("x", report, findings);
    Document html = Jsoup.parse(ReviewSite.create().page(page));

    assertThat(html.select("script")).isEmpty();
    assertThat(html.select("b")).allSatisfy(b -> assertThat(b.text()).doesNotContain("某区"));
    assertThat(html.getElementById("text").text()).contains("<script>alert(1)</script>加强复议");
    Element mark = html.getElementById("m1");
    assertThat(mark).isNotNull();
    assertThat(mark.ownText()).isEqualTo("95%");
    assertThat(mark.hasClass("sev-error")).isTrue(); // 9/10 is 90%, not 95%
    Element finding = html.getElementById(mark.attr("href").substring(1));
    assertThat(finding).isNotNull();
    assertThat(finding.selectFirst("a.goto").attr("href")).isEqualTo("#m1");
    // The tally's own error (accepted > received) links to the tally.
    assertThat(html.select("aside li a.goto").eachAttr("href")).contains("#tally-0");
    assertThat(html.getElementById("tally-0").text()).contains("收到 received 10", "受理 accepted 12");
    assertThat(html.select(".count-error").text()).isEqualTo(Long.toString(page.errors()));
    assertThat(page.errors()).isGreaterThanOrEqualTo(2);
    assertThat(html.select("svg text").eachText()).contains("行政复议", "收到 received", "10", "12");
  }

  /** A short report in the style of a district's, in our own words. */
  private static final String DISTRICT_TEXT = String.join("\n",
      "临江区2020年法治政府建设年度报告",
      "2020年，临江区坚持依法行政，现将有关情况报告如下：",
      "一、主要举措和成效",
      "（一）化解矛盾纠纷",
      "一是全年调处矛盾纠纷230宗，调解成功率达到95%。二是收到行政复议申请12件，依法受理10件。",
      "二、存在的不足",
      "部分单位依法行政意识有待提高。",
      "临江区人民政府",
      "2021年3月15日");

  @Test
  void aDraftsPage_marksEveryTracedNumberAtItsSpan_andTheUnplacedApart() {
    io.github.fazhi.reader.Draft draft =
        io.github.fazhi.reader.ReportReader.standard().read(DISTRICT_TEXT, io.github.fazhi.reader.Hints.none());
    Report report = draft.report().orElseThrow();
    ReviewPage page = DraftPages.page("linjiang-2020", draft, report, ReportChecker.standard().check(report));
    assertThat(page.text()).isEqualTo(draft.source());
    assertThat(page.marks()).hasSize(draft.traces().size()).isNotEmpty();
    assertThat(page.unplaced()).hasSize(draft.unplaced().size());
    for (Mark mark : page.marks()) {
      assertThat(draft.source().substring(mark.start(), mark.end())).isEqualTo(mark.written());
    }
    assertThat(page.marks()).extracting(Mark::written).contains("230宗", "12件", "10件");
    assertThat(page.segments().stream().map(ReviewPage.Segment::text).collect(Collectors.joining()))
        .isEqualTo(draft.source());
    assertThat(page.about()).isEqualTo("临江区 · 2020 · 法治政府建设年度报告");
  }

  @Test
  void qualifiersAndBases_areInTheTooltip() {
    Indicator atLeast = Indicator.builder().label("备案率").kind(IndicatorKind.PERCENT)
        .value(new BigDecimal("70")).unit(Unit.of("%")).qualifier(Qualifier.AT_LEAST).written("70%")
        .basis(Rate.of(7, 10)).build();
    assertThat(IndicatorDetails.of(atLeast)).contains("限定 qualifier: 以上 at_least", "依据 basis: 7/10");
  }

  @Test
  void openGovTables_showEveryCellOfTheLayout_unknownAsUnknown_andMarkTheCellsTheFindingsName() {
    Report report = BrokenOpenGovReport.report();
    List<Finding> findings = ReportChecker.standard().check(report);
    ReviewPage page = ReportOutline.page("t", report, findings);
    OpenGovView view = page.openGov().orElseThrow();
    TableView b = view.applications().orElseThrow();
    // 2021 layout: 25 numeric rows and 5 group rows (三, (三)…(六)), 7 applicant columns.
    assertThat(b.rows()).hasSize(30);
    assertThat(b.rows().stream().filter(r -> !r.group())).hasSize(25);
    assertThat(b.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(7));
    assertThat(b.rows().get(0).label()).isEqualTo("一、本年新收政府信息公开申请数量");
    assertThat(b.header().get(1)).extracting(TableView.Head::label)
        .containsExactly("自然人", "法人或其他组织", "总计");
    Map<Path, TableView.Cell> cells = view.cells();
    TableView.Cell unknown = cells.get(Path.root().field("openGovInfo").field("applications").field("cells").key("not_processed_mass_repeated").key("research_institution"));
    assertThat(unknown.value()).isEqualTo("—");
    assertThat(unknown.known()).isFalse();
    assertThat(unknown.cssClass()).contains("unknown");
    assertThat(unknown.href()).isEmpty();
    TableView.Cell zero = cells.get(Path.root().field("openGovInfo").field("applications").field("cells").key("not_processed_petition").key("natural_person"));
    assertThat(zero.value()).isEqualTo("0");
    assertThat(zero.known()).isTrue();

    // The six cells named by the errors (worked out by hand in BrokenOpenGovReport) and the missing section.
    assertThat(cells.values().stream().filter(c -> c.severity().isPresent()).map(TableView.Cell::path).toList())
        .containsExactlyInAnyOrder("openGovInfo.sections.other_matters", "openGovInfo.overview.litigations",
            "openGovInfo.applications.cells[disclosed][total]",
            "openGovInfo.applications.cells[not_disclosed][natural_person]",
            "openGovInfo.applications.cells[results_total][natural_person]",
            "openGovInfo.applications.cells[results_total][total]",
            "openGovInfo.disputes.cells[reconsideration][total]");
    TableView.Cell disclosed = cells.get(Path.root().field("openGovInfo").field("applications").field("cells").key("disclosed").key("total"));
    assertThat(disclosed.value()).isEqualTo("26");
    assertThat(disclosed.row()).isEqualTo("（一）予以公开");
    assertThat(disclosed.column()).isEqualTo("总计");
    assertThat(disclosed.cssClass()).isEqualTo("num cell sev-error");
    ReviewPage.PageFinding rowTotal = page.findings().stream()
        .filter(f -> f.ruleId().equals("opengov.row_total_mismatch")).findFirst().orElseThrow();
    assertThat(rowTotal.href()).isEqualTo("#" + disclosed.id());
    assertThat(disclosed.href()).isEqualTo("#" + rowTotal.id());
    assertThat(rowTotal.textHref()).isEmpty(); // the outline does not hold the table's numbers
    assertThat(cells.get(Path.root().field("openGovInfo").field("sections").field("other_matters")).value()).isEqualTo("缺 missing");
    assertThat(cells.get(Path.root().field("openGovInfo").field("sections").field("overview")).value()).isEqualTo("有 present");
    assertThat(cells.get(Path.root().field("openGovInfo").field("overview").field("applications_carried_forward")).value()).isEqualTo("—");
    assertThat(page.errors()).isEqualTo(BrokenOpenGovReport.ERRORS);
    assertThat(page.warnings()).isEqualTo(BrokenOpenGovReport.WARNINGS);

    // Table A of the 2021 layout: 第二十条第（一）、（五）、（六）、（八）项; 行政强制 unknown.
    assertThat(view.proactive()).extracting(TableView::title)
        .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
    assertThat(cells.get(Path.root().field("openGovInfo").field("proactive").field("cells").key("compulsion").key("decisions")).value()).isEqualTo("—");
    assertThat(cells.get(Path.root().field("openGovInfo").field("proactive").field("cells").key("fees").key("fee_amount")).value()).isEqualTo("1.25");

    Document html = Jsoup.parse(ReviewSite.create().page(page));
    Element td = html.getElementById(disclosed.id());
    assertThat(td).isNotNull();
    assertThat(td.attr("data-path")).isEqualTo(disclosed.path());
    assertThat(td.selectFirst("a.cell-link").attr("href")).isEqualTo("#" + rowTotal.id());
    assertThat(td.select(".tip .line").eachText()).contains("行 row: （一）予以公开", "列 column: 总计");
    assertThat(html.getElementById(rowTotal.id()).selectFirst("a.goto").attr("href"))
        .isEqualTo("#" + disclosed.id());
    assertThat(html.select("#table-b tbody tr")).hasSize(30);
    assertThat(html.select("td.cell.sev-error")).hasSize(BrokenOpenGovReport.ERRORS);
    // The outline shows the sections' texts.
    assertThat(page.text()).contains("一、总体情况", "五、存在的主要问题及改进情况").doesNotContain("六、其他需要报告的事项");
  }

  @Test
  void theTrialLayout_hasItsOwnRowsAndLabels() {
    OpenGovInfo info = OpenGovInfo.builder().layout(OpenGovLayout.TRIAL_2019)
        .applications(ApplicationTable.builder()
            .cell(ApplicationRow.OTHER_HANDLING, ApplicantColumn.TOTAL, 3).build())
        .proactive(ProactiveDisclosureTable.builder()
            .cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.NEWLY_MADE, 4).build())
        .build();
    OpenGovView view = OpenGovView.of(info);
    TableView b = view.applications().orElseThrow();
    // (六)其他处理 is one numeric row: 27 rows, of which 4 groups and 23 numeric.
    assertThat(b.rows()).hasSize(27);
    assertThat(b.rows().stream().filter(r -> !r.group())).hasSize(23);
    assertThat(view.cells().get(Path.root().field("openGovInfo").field("applications").field("cells").key("other_handling").key("total")).value()).isEqualTo("3");
    assertThat(view.proactive()).extracting(TableView::title).containsExactly("第二十条第（一）项",
        "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项");
    TableView first = view.proactive().get(0);
    assertThat(first.rows()).extracting(TableView.Row::label).containsExactly("规章", "规范性文件");
    assertThat(first.header().get(0)).extracting(TableView.Head::label)
        .containsExactly("本年新制作数量", "本年新公开数量", "对外公开总数量");
    assertThat(view.proactive().get(1).header().get(0)).extracting(TableView.Head::label)
        .containsExactly("上一年项目数量", "本年增/减", "处理决定数量");
    // No sections recorded: presence unknown, not "missing"; no Table C: none shown.
    assertThat(view.sections()).allSatisfy(c -> assertThat(c.value()).isEqualTo("—"));
    assertThat(view.disputes()).isEmpty();
  }

  @Test
  void aCellsSpanInTheText_isMarked_andLinksTheCellAndItsFindingToIt() {
    String text = "共收到政府信息公开申请50件，行政复议3件。";
    Report report = BrokenOpenGovReport.report();
    ReviewPage page = ReviewPage.builder("t", text)
        .openGovInfo(report.openGovInfo())
        .findings(ReportChecker.standard().check(report))
        .cell(Path.root().field("openGovInfo").field("disputes").field("cells").key("reconsideration").key("total"), 19, 21)
        .cell(Path.root().field("openGovInfo").field("applications").field("cells").key("new_received").key("total"), 11, 14)
        .build();
    assertThat(page.marks()).extracting(Mark::written).containsExactly("50件", "3件");
    Mark reconsideration = page.marks().get(1);
    assertThat(reconsideration.severity()).contains(Severity.ERROR);
    assertThat(reconsideration.details()).contains("行 row: 行政复议", "列 column: 总计", "数值 value: 3");
    assertThat(page.marks().get(0).severity()).isEmpty();
    ReviewPage.PageFinding disputes = page.findings().stream()
        .filter(f -> f.ruleId().equals("opengov.disputes_total_mismatch")).findFirst().orElseThrow();
    OpenGovView view = page.openGov().orElseThrow();
    TableView.Cell cell = view.cells().get(Path.root().field("openGovInfo").field("disputes").field("cells").key("reconsideration").key("total"));
    // The finding goes to the cell, and from there to the number in the text; the mark goes to the finding.
    assertThat(disputes.href()).isEqualTo("#" + cell.id());
    assertThat(disputes.textHref()).isEqualTo("#" + reconsideration.id());
    assertThat(cell.textMark()).contains(reconsideration.id());
    assertThat(reconsideration.href()).isEqualTo("#" + disputes.id());
    // A cell no finding names links to its number in the text.
    TableView.Cell received = view.cells().get(Path.root().field("openGovInfo").field("applications").field("cells").key("new_received").key("total"));
    assertThat(received.href()).isEqualTo("#" + page.marks().get(0).id());
  }

  @Test
  void aCellSpan_whosePathNamesNoCell_isNamedInTheException() {
    assertThatThrownBy(() -> ReviewPage.builder("t", "50件")
            .openGovInfo(BrokenOpenGovReport.report().openGovInfo())
            .cell(Path.root().field("openGovInfo").field("applications").field("cells").key("no_such_row").key("total"), 0, 3)
            .cell(Path.root().field("openGovInfo").field("disputes").field("cells").key("reconsideration").key("total"), 0, 9)
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 marks outside the text or the tables")
        .hasMessageContaining("cells[no_such_row][total]: no cell of the tables shown has this path")
        .hasMessageContaining("cells[reconsideration][total]: span [0, 9) is not inside the text");
  }
}
