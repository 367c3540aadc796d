package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.WorkArea;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads our own sample report ({@code sample-report.txt}, written for these tests in the style of real
 * reports): every expected value below is read off that text by hand.
 */
class ReportReaderTest {
  static String text;
  static Draft draft;
  static Report report;

  static String sample() {
    try (InputStream in = ReportReaderTest.class.getResourceAsStream("sample-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @BeforeAll
  static void read() {
    text = sample();
    draft = ReportReader.standard().read(text, Hints.none());
    assertThat(draft.report()).as(draft.toString()).isPresent();
    report = draft.report().get();
  }

  @Test
  void titleJurisdictionYearKindIssuerAndDate() {
    assertThat(report.title()).hasValue("青石市临江区2021年法治政府建设年度报告");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("青石市");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.COUNTY);
    assertThat(report.jurisdiction().orElseThrow().code()).isEmpty();
    assertThat(report.year()).isEqualTo(Year.of(2021));
    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(report.issuer()).hasValue("青石市临江区人民政府");
    assertThat(report.published()).hasValue(LocalDate.of(2022, 3, 15));
    assertThat(draft.undetermined()).isEmpty();
    assertThat(draft.conflicts()).isEmpty();
  }

  @Test
  void aTitleInTraditionalCharacters_namesTheKindToo() {
    String traditional = text.replace("青石市临江区2021年法治政府建设年度报告", "青石市临江区2021年法治政府建設年度報告");
    Draft read = ReportReader.standard().read(traditional, Hints.none());
    assertThat(read.report()).as(read.undetermined() + " " + read.conflicts()).hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL));
    assertThat(read.undetermined()).noneMatch(line -> line.startsWith("kind"));
  }

  @Test
  void thePreambleAndItsHeadlineNumber() {
    assertThat(report.preamble()).hasValueSatisfying(p -> assertThat(p).startsWith("2021年，临江区").endsWith("报告如下："));
    assertThat(report.headlineIndicators()).first().satisfies(i -> {
      assertThat(i.value()).isEqualByComparingTo("12");
      assertThat(i.unit().written()).isEqualTo("次");
      assertThat(i.label()).isEqualTo("区政府常务会议集体学法"); // 全年 is trimmed as a lead-in
    });
  }

  @Test
  void theLeadersDutyNumbers_areTheYearsHeadlineNumbers_tracedToTheirText() {
    // 三、党政主要负责人履行推进法治建设第一责任人职责情况: 全年主持召开专题会议5次 — a number of the year outside any
    // work area
    assertThat(report.headlineIndicators()).hasSize(2).element(1).satisfies(i -> {
      assertThat(i.value()).isEqualByComparingTo("5");
      assertThat(i.unit().written()).isEqualTo("次");
      assertThat(i.label()).isEqualTo("主持召开专题会议");
    });
    assertThat(report.indicators()).anySatisfy(i -> assertThat(i.label()).isEqualTo("主持召开专题会议"));
    assertThat(draft.traces()).filteredOn(t -> t.at().toString().equals("headlineIndicators[1]")).singleElement()
        .satisfies(t -> assertThat(t.span().written()).isEqualTo("5次"));
    assertThat(report.leadershipDuty()).containsExactly("区委、区政府主要负责人带头学法，全年主持召开专题会议5次，听取法治政府建设工作汇报。");
  }

  @Test
  void numbersInOtherMatters_areHeadlineNumbers_andAShortcomingsAreUnplaced() {
    Draft read = ReportReader.standard().read(text
        .replace("三是行政规范性文件管理还需进一步加强。", "三是部分案件办理周期偏长，仍有5件案件未按期办结。")
        .replace("　　无。", "　　全年接受人大代表建议办理8件。"), Hints.none());
    Report withNumbers = read.report().orElseThrow();
    assertThat(withNumbers.headlineIndicators()).extracting(i -> i.written().orElseThrow())
        .containsExactly("12次", "5次", "8件");
    // a shortcoming's count is of what went wrong (未按期办结), not the year's 审结72件: no figure, so no conflict
    assertThat(read.unplaced()).extracting(u -> u.span().written() + ": " + u.reason())
        .containsExactly("5件: in the shortcomings");
    assertThat(ReportChecker.standard().check(withNumbers)).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void theLeadersDutyNumbers_takeNoCode_soTheyNeitherConflictWithNorUnsettleTheYearsFigures() {
    // 专题学法6次 would be coded study.sessions, as the preamble's 12次 is: two values of one code
    Draft read = ReportReader.standard().read(text.replace("全年主持召开专题会议5次",
        "主持召开区政府常务会议专题学法6次"), Hints.none());
    Report withStudy = read.report().orElseThrow();
    assertThat(withStudy.headlineIndicators()).extracting(i -> i.value().intValue(), Indicator::code)
        .containsExactly(tuple(12, Optional.of("study.sessions")), tuple(6, Optional.empty()));
    assertThat(ReportChecker.standard().check(withStudy)).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void aLeadersDutyNumbersLabel_leavesOutTheEnumerationWord() {
    Report enumerated = ReportReader.standard().read(text.replace("区委、区政府主要负责人带头学法，全年主持召开专题会议5次，",
        "一是带头学法。二是专题学法6次，"), Hints.none()).report().orElseThrow();
    assertThat(enumerated.headlineIndicators()).extracting(Indicator::label).containsExactly("区政府常务会议集体学法", "专题学法");
  }

  @Test
  void aHeadingOfMeasuresResultsAndShortcomings_opensTheMeasures() {
    // round 7: 一、2022年推进法治政府建设主要举措、成效和不足 — its sections are work areas
    assertThat(Outliner.partNamed("2022年推进法治政府建设主要举措、成效和不足")).isEqualTo(Section.Part.MEASURES);
    assertThat(Outliner.partNamed("存在的不足和原因")).isEqualTo(Section.Part.SHORTCOMINGS);
    assertThat(Outliner.partNamed("工作成效及存在的问题")).isEqualTo(Section.Part.SHORTCOMINGS);
    assertThat(Outliner.partNamed("存在的不足及下一步工作打算")).isEqualTo(Section.Part.SHORTCOMINGS);
    Report report = ReportReader.standard().read(text.replace("一、2021年推进法治政府建设的主要举措和成效", "一、2021年推进法治政府建设的主要举措、成效和不足"),
        Hints.none()).report().orElseThrow();
    assertThat(report.workAreas()).hasSize(4);
  }

  @Test
  void aPlanAreasAim_isThatPlansIndicator_andNoneOfTheYears() {
    // 四、2022年工作安排 （一）…全年开展集中学法不少于4次
    assertThat(report.plans().get(0).indicators()).singleElement().satisfies(i -> {
      assertThat(i.value()).isEqualByComparingTo("4");
      assertThat(i.qualifier()).isEqualTo(Qualifier.AT_LEAST);
      assertThat(i.label()).isEqualTo("开展集中学法");
    });
    assertThat(report.plans().get(1).indicators()).isEmpty();
    assertThat(report.indicators()).noneMatch(i -> i.label().equals("开展集中学法"));
    assertThat(draft.traces()).filteredOn(t -> t.at().toString().equals("plans[0].indicators[0]")).singleElement()
        .satisfies(t -> assertThat(t.span().written()).isEqualTo("不少于4次"));
  }

  @Test
  void fourWorkAreasWithTheirMeasures() {
    assertThat(report.workAreas()).extracting(WorkArea::title).containsExactly(
        "加强组织保障，压实工作责任", "深化“放管服”改革，优化营商环境", "规范行政执法，提升执法质效", "化解矛盾纠纷，维护社会稳定");
    assertThat(report.workAreas()).extracting(area -> area.measures().size()).containsExactly(2, 3, 2, 3);
    assertThat(report.workAreas().get(0).measures().get(0).text())
        .isEqualTo("健全议事机制。区委全面依法治区委员会召开全体会议3次，研究法治建设重要事项15项。");
  }

  @Test
  void everyNumberWithValueUnitQualifierAndKind() {
    assertThat(numbers(report)).containsExactly(
        "1/1 3 次 EXACT COUNT", "1/1 15 项 EXACT COUNT", "1/2 26 个 EXACT COUNT", "1/2 100 % EXACT PERCENT",
        "2/1 42 项 EXACT COUNT", "2/1 3 个工作日 AT_MOST DURATION",
        "2/2 11.34 万件 EXACT COUNT", "2/2 98.6 ％ EXACT PERCENT",
        "2/2 2.5 个百分点 EXACT PERCENTAGE_POINTS",
        "2/3 1.2 万户 EXACT COUNT", "2/3 17.1 % EXACT PERCENT_CHANGE",
        "3/1 2356 条 EXACT COUNT", "3/1 210 件 EXACT COUNT", "3/2 300 卷 APPROXIMATELY COUNT",
        "3/2 95.5 % AT_LEAST PERCENT",
        "4/1 86 件 EXACT COUNT", "4/1 79 件 EXACT COUNT", "4/1 7 件 EXACT COUNT", "4/1 72 件 EXACT COUNT",
        // 审结72件，其中维持48件，撤销5件，确认违法3件，申请人撤回申请16件: the parts of the 72
        "4/1 · 48 件 EXACT COUNT", "4/1 · 5 件 EXACT COUNT", "4/1 · 3 件 EXACT COUNT", "4/1 · 16 件 EXACT COUNT",
        "4/1 7 件 EXACT COUNT",
        "4/2 45 件 EXACT COUNT", "4/2 100 % EXACT PERCENT", "4/2 4 件 EXACT COUNT",
        "4/3 9.5 万场 MORE_THAN COUNT", "4/3 99 ﹪ EXACT PERCENT");
  }

  @Test
  void everyNumberOfTheSampleIsPlaced() {
    assertThat(draft.unplaced()).isEmpty();
  }

  @Test
  void aNumberInThePlansOpening_outsideAnyPlanArea_isUnplacedAsAnAim() {
    Draft read = ReportReader.standard().read(
        text.replace("2022年，临江区将继续深入推进", "2022年，临江区将开展专项行动3次，继续深入推进"), Hints.none());
    assertThat(read.unplaced()).extracting(u -> u.span().written() + ": " + u.reason())
        .containsExactly("3次: in next year's plans: an aim, not a result");
  }

  @Test
  void aTallyCountAboveTheLargestLong_isListedAsUnplaced_andNeitherInTheTallyNorAnIndicator() {
    // 10^20 - 1 received: more than 2^63 - 1, so no total could add it
    Draft big = ReportReader.standard().read(text.replace("收到行政复议申请86件", "收到行政复议申请99999999999999999999件"),
        Hints.none());
    ReviewTally reconsideration = big.report().orElseThrow().reviews().get(0);
    assertThat(reconsideration.received()).isEmpty();
    assertThat(reconsideration.accepted()).hasValue(79);
    assertThat(big.report().orElseThrow().indicators())
        .noneMatch(indicator -> indicator.value().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0);
    assertThat(big.unplaced()).filteredOn(u -> u.span().written().equals("99999999999999999999件")).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("must be at most 9223372036854775807 in 件"));
  }

  @Test
  void theReconsiderationAndLitigationTallies() {
    ReviewTally reconsideration = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .received(86).accepted(79).notAccepted(7).concluded(72).withdrawn(16).pending(7)
        .putDecision(Decision.UPHELD, 48).putDecision(Decision.REVOKED, 5).putDecision(Decision.CONFIRMED_ILLEGAL, 3)
        .build();
    ReviewTally litigation = ReviewTally.builder().procedure(Procedure.LITIGATION).received(45)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 4).build();
    assertThat(report.reviews()).containsExactly(reconsideration, litigation);
  }

  @Test
  void theOtherParts() {
    assertThat(report.shortcomings()).hasSize(3).first().asString().startsWith("部分单位对法治建设重视不够");
    assertThat(report.leadershipDuty()).singleElement().asString().startsWith("区委、区政府主要负责人带头学法");
    assertThat(report.plansPreamble()).hasValueSatisfying(p -> assertThat(p).startsWith("2022年，临江区将继续"));
    assertThat(report.plans()).extracting(WorkArea::title).containsExactly("持续加强组织领导", "深入推进严格规范公正文明执法");
    assertThat(report.otherMatters()).containsExactly("无。");
  }

  @Test
  void everyTraceIsTheWrittenFormAndReadsBackToTheSameNumber() {
    long parts = report.indicators().stream().mapToLong(i -> i.parts().size()).sum();
    long aims = report.plans().stream().mapToLong(plan -> plan.indicators().size()).sum();
    // 27 numbers and 4 parts of the year (the leaders' 5次 among them), and the plans' one aim (不少于4次)
    assertThat(draft.traces()).hasSize(report.indicators().size() + (int) parts + (int) aims).hasSize(32);
    for (Trace trace : draft.traces()) {
      assertThat(text.substring(trace.span().start(), trace.span().end()))
          .isEqualTo(trace.indicator().written().orElseThrow());
      List<Mention> again = NumberScanner.scan(trace.span().written());
      assertThat(again).hasSize(1);
      assertThat(again.get(0).signedValue()).isEqualByComparingTo(trace.indicator().value());
      assertThat(again.get(0).scaledUnit()).isEqualTo(trace.indicator().unit().written());
      assertThat(again.get(0).qualifier()).isEqualTo(trace.indicator().qualifier());
    }
  }

  @Test
  void hintsFillWhatTheTextDoesNotStateAndLoseToWhatItDoes() {
    String untitled = text.replace("青石市临江区2021年法治政府建设年度报告", "年度工作报告").replace("青石市临江区人民政府\n", "");
    Draft bare = ReportReader.standard().read(untitled, Hints.none());
    assertThat(bare.report()).isEmpty();
    assertThat(bare.undetermined()).anyMatch(line -> line.startsWith("year"))
        .anyMatch(line -> line.startsWith("jurisdiction")).anyMatch(line -> line.startsWith("issuer"));
    Draft hinted = ReportReader.standard().read(untitled, Hints.none().withYear(Year.of(2021))
        .withJurisdictionName("临江区").withIssuer("临江区人民政府"));
    assertThat(hinted.report()).hasValueSatisfying(r -> {
      assertThat(r.year()).isEqualTo(Year.of(2021));
      assertThat(r.issuer()).hasValue("临江区人民政府");
    });
    Draft conflicting = ReportReader.standard().read(text, Hints.none().withYear(Year.of(2020)));
    assertThat(conflicting.report().orElseThrow().year()).isEqualTo(Year.of(2021));
    assertThat(conflicting.conflicts()).containsExactly("year: the text says 2021, the hint says 2020");
  }

  @Test
  void catalogueCodesOnlyWhereTheLabelNamesOneEntryOfTheSameKind() {
    Indicator mediation = report.workAreas().get(3).measures().get(2).indicators().get(1);
    assertThat(mediation.kind()).isEqualTo(IndicatorKind.PERCENT);
    assertThat(mediation.code()).hasValue("mediation.success_rate");
  }

  @Test
  void aWebPageReadsLikeItsText() {
    StringBuilder html = new StringBuilder("<html><head><script>var a = 2019;</script></head><body>"
        + "<div class=\"nav\">首页 &gt; 法治政府 共123条</div><div class=\"content\">");
    for (String line : text.split("\n")) {
      html.append("<p>").append(line.strip()).append("</p>");
    }
    html.append("</div><div class=\"footer\">联系电话：0000-1234567 版权所有</div></body></html>");
    Draft fromPage = ReportReader.standard().read(html.toString(), Hints.none());
    assertThat(fromPage.report()).isEqualTo(draft.report());
    for (Trace trace : fromPage.traces()) {
      assertThat(trace.span().isIn(fromPage.source())).isTrue();
    }
  }

  static List<String> numbers(Report report) {
    List<String> out = new java.util.ArrayList<>();
    for (WorkArea area : report.workAreas()) {
      for (Indicator indicator : area.indicators()) {
        out.add(area.ordinal() + "/- " + shown(indicator));
      }
      for (Measure measure : area.measures()) {
        for (Indicator indicator : measure.indicators()) {
          out.add(area.ordinal() + "/" + measure.ordinal() + " " + shown(indicator));
          for (Indicator part : indicator.parts()) {
            out.add(area.ordinal() + "/" + measure.ordinal() + " · " + shown(part));
          }
        }
      }
    }
    return out;
  }

  private static String shown(Indicator indicator) {
    return indicator.value().toPlainString() + " " + indicator.unit() + " " + indicator.qualifier() + " "
        + indicator.kind();
  }

  static Qualifier unused() {
    return Qualifier.EXACT;
  }
}
