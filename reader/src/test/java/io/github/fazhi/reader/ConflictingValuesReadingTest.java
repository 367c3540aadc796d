package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.StandardRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reader gives two numbers one label or one code only when they can be one quantity, so the checker's
 * {@code report.conflicting_values} (an error) speaks of what a report states, not of how it was read: shares
 * written {@code 占45.3%} after each count, a count of lists beside a count of items, a group's sessions beside
 * everyone's. A quantity a report does state twice with two values is still flagged. In a 政府信息公开 report,
 * requests 办结 are not reconsideration cases. The texts are our own, in
 * the style of real reports; the figures are those of real reports.
 */
class ConflictingValuesReadingTest {
  private static final String OPEN_GOV_TAIL = "二、主动公开政府信息情况\n规章 | 0 | 0 | 2 |\n"
      + "五、存在的主要问题及改进情况\n公开的形式还不够多样，下一步将加以改进。\n"
      + "六、其他需要报告的事项\n本年度未收取信息处理费。\n";

  private static Report read(String text) {
    Draft draft = ReportReader.standard().read(text, Hints.none());
    return draft.report().orElseThrow(() -> new AssertionError(draft.undetermined().toString()));
  }

  private static List<Finding> conflicts(Report report) {
    return ReportChecker.standard().check(report).stream()
        .filter(f -> f.ruleId().equals(StandardRules.CONFLICTING_VALUES)).toList();
  }

  private static List<Indicator> workAreaNumbers(Report report) {
    List<Indicator> all = new ArrayList<>();
    report.workAreas().forEach(area -> {
      all.addAll(area.indicators());
      area.measures().forEach(measure -> all.addAll(measure.indicators()));
    });
    return all;
  }

  private static Indicator written(List<Indicator> indicators, String written) {
    return indicators.stream().filter(i -> i.written().equals(Optional.of(written))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + written + " in " + indicators));
  }

  @Test
  void sharesWrittenAfterEachCount_areSharesOfThoseCounts_notOneQuantity() {
    Report report = read("青石市临江区2022年政府信息公开工作年度报告\n一、总体情况\n"
        + "本年度全区收到政府信息公开申请130件，均按期答复，其中予以公开或部分公开59件、占45.3%；"
        + "不予公开32件、占24.6%；无法提供26件、占20%。\n" + OPEN_GOV_TAIL);

    List<Indicator> overview = List.copyOf(report.openGovInfo().orElseThrow().sectionIndicators().values());
    assertThat(written(overview, "45.3%").label()).isEqualTo("予以公开或部分公开占比");
    assertThat(written(overview, "24.6%").label()).isEqualTo("不予公开占比");
    assertThat(written(overview, "20%").label()).isEqualTo("无法提供占比");
    assertThat(conflicts(report)).isEmpty();
  }

  @Test
  void sharesInAWorkArea_takeTheCountBeforeThem() {
    Report report = read("临江区2021年法治政府建设年度报告\n一、主要举措和成效\n"
        + "（一）畅通复议渠道。从申请方式看，当面申请133件，占82.6%；邮寄申请28件，占17.4%。\n");

    List<Indicator> numbers = workAreaNumbers(report);
    assertThat(written(numbers, "82.6%").label()).isEqualTo("当面申请占比");
    assertThat(written(numbers, "17.4%").label()).isEqualTo("邮寄申请占比");
    assertThat(conflicts(report)).isEmpty();
  }

  @Test
  void aShareAfterACountOfWhatAQuotationNames_isAShareOfThatCount() {
    // the count's clause names its subject in quotation marks, right before the number
    Report report = read("临江区2021年法治政府建设年度报告\n一、主要举措和成效\n"
        + "（一）依法办理公开申请。全年办结申请141件，其中“予以公开”11件，占比7.9%。\n");

    List<Indicator> numbers = workAreaNumbers(report);
    assertThat(written(written(numbers, "141件").parts(), "11件").label()).isEqualTo("予以公开");
    assertThat(written(numbers, "7.9%").label()).isEqualTo("予以公开占比");
  }

  @Test
  void aQuotationOrTitleHoldingNumbers_inTheClauseBefore_isNoEndOfItsSubject() {
    // the subject of a change or share is the clause before, up to its count: never cut at a number inside 《》 or
    // “” (推行“, 全区“); after a title, the title
    Report report = read("临江区2023年法治政府建设年度报告\n一、主要举措和成效\n（一）优化政务服务。"
        + "推行“一网通办”后办件量12万件，同比增长5%；全区“12345”热线转办件3200件，占38.5%；"
        + "编发《2023年法治简报》24期，同比增长20%。\n");

    List<Indicator> numbers = workAreaNumbers(report);
    // the change is named by what its count is named (whatever that label is), never by a cut at 一 or 1
    assertThat(written(numbers, "同比增长5%").label()).isEqualTo(written(numbers, "12万件").label() + "同比增长")
        .doesNotContain("“");
    assertThat(numbers).extracting(Indicator::label).contains("热线转办件占比", "编发《2023年法治简报》同比增长")
        .doesNotContain("全区“占比", "编发《同比增长");
  }

  @Test
  void aShareThatSaysNotWhatItIsAShareOf_isLeftUnplacedWithItsSpan() {
    String text = "临江区2021年法治政府建设年度报告\n一、主要举措和成效\n（一）化解行政争议。\n占比达到45.3%，较上年有所提高。\n";
    Draft draft = ReportReader.standard().read(text, Hints.none());

    assertThat(workAreaNumbers(draft.report().orElseThrow())).noneMatch(i -> i.written().equals(Optional.of("45.3%")));
    assertThat(draft.unplaced()).anySatisfy(unplaced -> {
      assertThat(text.substring(unplaced.span().start(), unplaced.span().end())).isEqualTo("45.3%");
      assertThat(unplaced.reason()).contains("占");
    });
  }

  @Test
  void aCountOfLists_isNotACountOfItems() {
    Report report = read("临江区2020年法治政府建设年度报告\n一、主要举措和成效\n"
        + "（一）深化放管服改革。对照市级目录，梳理确认区级各类政务服务事项清单31个。"
        + "目前区级保留政务服务事项515项。\n");

    List<Indicator> numbers = workAreaNumbers(report);
    assertThat(written(numbers, "31个").code()).isEmpty();
    assertThat(written(numbers, "515项").code()).hasValue("service.items");
    assertThat(conflicts(report)).isEmpty();
  }

  @Test
  void oneCodeGuessedForTwoDifferentlyLabelledValues_isLeftOffBoth_theNumbersStay() {
    String text = "临江区2025年法治政府建设年度报告\n一、主要举措和成效\n"
        + "（一）抓牢关键少数。区委理论学习中心组全年开展法治专题学习研讨5次。\n"
        + "（二）推动学法全覆盖。带动各级党组织中心组开展法治专题学习400余场次。\n";
    Draft draft = ReportReader.standard().read(text, Hints.none());
    Report report = draft.report().orElseThrow();

    List<Indicator> numbers = workAreaNumbers(report);
    assertThat(written(numbers, "5次").code()).isEmpty();
    assertThat(written(numbers, "400余场次").code()).isEmpty();
    assertThat(draft.traces()).extracting(trace -> text.substring(trace.span().start(), trace.span().end()))
        .contains("5次", "400余场次");
    assertThat(conflicts(report)).isEmpty();
  }

  @Test
  void oneCodeOfTwoEqualValues_underTwoLabels_keepsItsCode() {
    Report report = read("临江区2025年法治政府建设年度报告\n一、主要举措和成效\n"
        + "（一）抓牢关键少数。区政府常务会议开展专题学法12次。\n"
        + "（二）推动学法全覆盖。全年组织领导干部专题学法12次。\n");

    List<Indicator> numbers = workAreaNumbers(report);
    assertThat(numbers).filteredOn(i -> i.written().equals(Optional.of("12次")))
        .extracting(Indicator::code).containsOnly(Optional.of("study.sessions")).hasSize(2);
  }

  @Test
  void aQuantityTheReportStatesTwiceWithTwoValues_isStillAConflict() {
    Report report = read("临江区2023年法治政府建设年度报告\n一、主要举措和成效\n"
        + "（一）加强学法用法。全年组织专题学法12次。\n"
        + "（二）完善制度建设。组织专题学法14次。\n");

    List<Indicator> numbers = workAreaNumbers(report);
    assertThat(written(numbers, "12次").code()).hasValue("study.sessions");
    assertThat(written(numbers, "14次").code()).hasValue("study.sessions");
    assertThat(conflicts(report)).hasSize(1)
        .allSatisfy(finding -> assertThat(finding.message()).contains("study.sessions", "14", "12"));
  }

  @Test
  void requestsConcludedInAnOpenGovOverview_areNotReconsiderationCases() {
    Report report = read("青石市临江区2023年政府信息公开工作年度报告\n一、总体情况\n"
        + "（二）依申请公开。本年新收政府信息公开申请25件，上年结转2件，办结24件，结转下年度继续办理3件。"
        + "\n" + OPEN_GOV_TAIL);

    List<Indicator> overview = List.copyOf(report.openGovInfo().orElseThrow().sectionIndicators().values());
    assertThat(overview).filteredOn(i -> i.written().equals(Optional.of("24件"))).singleElement()
        .satisfies(concluded -> assertThat(concluded.code()).isEmpty());
  }
  @Test
  void changesComparedWithAYear_areNamedByWhatChanged_notAllByTheYearComparedWith() {
    // 行政许可 down 183 and 行政处罚 up 3 on the year before: two changes, not one quantity 比2019年
    Report report = read("青石市2020年政府信息公开工作年度报告\n一、总体情况\n"
        + "全市集中公开权责清单，其中行政许可710项，比2019年减少183项；行政处罚4312项，比2019年增加3项。"
        + "本市行政事业性收费48项，比2019年减少1项。\n" + OPEN_GOV_TAIL);

    List<Indicator> overview = List.copyOf(report.openGovInfo().orElseThrow().sectionIndicators().values());
    assertThat(written(overview, "减少183项").label()).isEqualTo("行政许可减少");
    assertThat(written(overview, "增加3项").label()).isEqualTo("行政处罚增加");
    assertThat(conflicts(report)).isEmpty();
  }

  @Test
  void theSameWordsAfterReconsiderationAndAfterLitigation_areTwoQuantities() {
    // 结果纠正 and 纠错率 of the 行政复议 cases, then of the 一审 litigation (a subject opening with 一, no number)
    Report report = read("青石市2020年政府信息公开工作年度报告\n一、总体情况\n"
        + "信息公开类行政复议813件，其中，结果纠正42件，纠错率为5.17%。"
        + "一审行政诉讼案件687件，结果纠正23件，纠错率3.14%。\n" + OPEN_GOV_TAIL);

    List<Indicator> overview = List.copyOf(report.openGovInfo().orElseThrow().sectionIndicators().values());
    assertThat(written(overview, "23件").label()).isEqualTo("一审行政诉讼案件结果纠正");
    assertThat(written(overview, "42件").label()).isEqualTo("信息公开类行政复议结果纠正");
    assertThat(conflicts(report)).isEmpty();
  }

  @Test
  void aTimeLimitInAWorkingDays_isNoCountOfRequestsReceived() {
    // 收到…申请 then 2个工作日: a time limit, not the overview's 收到申请 figure (the table says 30)
    Report report = read("青石市2020年政府信息公开工作年度报告\n一、总体情况\n"
        + "各单位线下收到的政府信息公开申请要求在2个工作日内录入办理平台，确保应登尽登。\n" + OPEN_GOV_TAIL);

    assertThat(report.openGovInfo().orElseThrow().overview(io.github.fazhi.opengov.OverviewFigure.APPLICATIONS_RECEIVED))
        .isEmpty();
  }
}
