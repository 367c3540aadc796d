package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.check.ReportChecker;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The forms of issue 23 that real prose uses and the reader used to pass over or misread, each read from
 * sentences written for this test in the style of real reports: enumerations, decision lists, labels after
 * the number, parentheses, ranks and streaks, Chinese numerals with measure words, traditional characters,
 * percentages and durations; and what is never a number (years, dates, document and article numbers).
 */
class MissedFormsTest {
  private static String report(String body) {
    return String.join("\n", "白沙市东湖区2022年法治政府建设年度报告", "一、主要举措和成效", "（一）深化改革。" + body,
        "东湖区人民政府", "2023年2月20日");
  }

  private static Report read(String body) {
    Draft draft = ReportReader.standard().read(report(body), Hints.none());
    return draft.report().orElseThrow(() -> new AssertionError(draft.toString()));
  }

  /** Each indicator of the first work area as {@code written kind value unit qualifier}, parts in brackets. */
  private static List<String> shown(String body) {
    return read(body).workAreas().get(0).indicators().stream().map(MissedFormsTest::shown).toList();
  }

  private static String shown(Indicator i) {
    return i.written().orElseThrow() + " " + i.kind() + " " + i.value().toPlainString() + i.unit().written() + " "
        + i.qualifier() + (i.parts().isEmpty() ? "" : " " + i.parts().stream().map(p -> p.written().orElseThrow()).toList());
  }

  @Test
  void anEnumeration_isAnIndicatorPerItem() {
    assertThat(shown("梳理精简审批事项64项、证明材料27项、申请表单19项。")).containsExactly(
        "64项 COUNT 64项 EXACT", "27项 COUNT 27项 EXACT", "19项 COUNT 19项 EXACT");
  }

  @Test
  void anEnumerationAfterAColon_holdsItsItemsAsPartsOfTheWholeItFollows() {
    // 64 + 27 + 19 = 110: the whole the sentence states before its colon
    assertThat(shown("全年共精简110项：审批事项64项、证明材料27项、申请表单19项。")).containsExactly(
        "110项 COUNT 110项 EXACT [64项, 27项, 19项]");
  }

  @Test
  void anEnumerationAfterAColon_thatExceedsTheWhole_staysFlat() {
    assertThat(shown("全年共精简100项：审批事项64项、证明材料27项、申请表单19项。")).hasSize(4);
  }

  @Test
  void aListOfDecisions_feedsTheReviewTally() {
    Report report = read("全年审结行政复议案件1320件，维持1100件、驳回130件、撤销45件、确认违法12件。");
    ReviewTally tally = report.reviews().get(0);
    assertThat(tally.concluded()).hasValue(1320);
    assertThat(tally.decisions()).containsEntry(Decision.UPHELD, 1100L).containsEntry(Decision.REJECTED, 130L)
        .containsEntry(Decision.REVOKED, 45L).containsEntry(Decision.CONFIRMED_ILLEGAL, 12L);
  }

  @Test
  void aCountWhoseLabelFollows_andACountInParentheses_andTwoVerbs_areRead() {
    assertThat(shown("开展法律知识讲座9场，组织23场送法下乡活动（覆盖7个社区），审查并备案规范性文件31件。"))
        .containsExactly("9场 COUNT 9场 EXACT", "23场 COUNT 23场 EXACT", "7个 COUNT 7个 EXACT",
            "31件 COUNT 31件 EXACT");
  }

  @Test
  void ranksAndStreaks_areRead() {
    assertThat(shown("年度依法行政考核第一，在全省评估中排名全市第二、并列全国第三，连续五年获评优秀，"
        + "成为全区第一个法治示范街道。")).containsExactly(
            "考核第一 RANK 1名 EXACT", "排名全市第二 RANK 2名 EXACT", "并列全国第三 RANK 3名 EXACT",
            "连续五年 COUNT 5年 EXACT", "全区第一 RANK 1名 EXACT");
  }

  @Test
  void anOrdinalThatRanksNothing_isNoRank() {
    assertThat(shown("全市第一季度召开会议5次，第一批试点2个。")).containsExactly(
        "5次 COUNT 5次 EXACT", "2个 COUNT 2个 EXACT");
  }

  @Test
  void chineseNumeralsWithMeasureWords_areRead() {
    assertThat(shown("改革历时三年，培训执法人员近千人，涵盖八个方面，覆盖十六个镇街，走访逾百家企业。")).containsExactly(
        "历时三年 COUNT 3年 EXACT", "近千人 COUNT 1000人 APPROXIMATELY", "八个 COUNT 8个 EXACT",
        "十六个 COUNT 16个 EXACT", "逾百家 COUNT 100家 MORE_THAN");
  }

  @Test
  void traditionalCharacters_areReadAsTheirSimplifiedUnits() {
    assertThat(shown("辦結率提高4.4個百分點，受理一萬件，開展活動3場次，發布信息26條。")).containsExactly(
        "提高4.4個百分點 PERCENTAGE_POINTS 4.4个百分点 EXACT", "一萬件 COUNT 1万件 EXACT",
        "3場次 COUNT 3场次 EXACT", "26條 COUNT 26条 EXACT");
  }

  @Test
  void aShareBelowOnePercent_isReadAndNoDiallingCode() {
    assertThat(shown("不予处理3件、占0.8%，咨询电话0731-5550123。")).containsExactly(
        "3件 COUNT 3件 EXACT", "0.8% PERCENT 0.8% EXACT");
  }

  @Test
  void aCategoryNamedWithANumeral_isNoCount() {
    assertThat(shown("属于四类过程性信息2件。")).containsExactly("2件 COUNT 2件 EXACT");
  }

  @Test
  void percentagesAndDurations_areRead() {
    assertThat(shown("审批时限压缩72%，平均2个工作日办结，最快3天。")).containsExactly(
        "72% PERCENT 72% EXACT", "2个工作日 DURATION 2个工作日 EXACT", "3天 DURATION 3天 EXACT");
  }

  @Test
  void yearsDatesDocumentAndArticleNumbers_areNeverNumbers() {
    assertThat(shown("依据《条例》第二十条和东政发〔2019〕28号文件，于2022年3月5日起施行，二〇二二年底前完成，"
        + "共清理文件8件。")).containsExactly("8件 COUNT 8件 EXACT");
  }

  @Test
  void theProseOfAnOpenGovernmentInformationReport_isReadPerSection() {
    String text = String.join("\n",
        "白沙市东湖区人民政府2022年政府信息公开工作年度报告",
        "一、总体情况",
        "（一）主动公开。全年通过门户网站发布信息1520条，政务微博发布286条，微信公众号推送433条，"
            + "召开新闻发布会12场，制发政策解读材料41篇（其中图解17篇、视频解读6个）。",
        "（二）回应关切。12345热线回复群众诉求875件，举办政府开放日活动4次。",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "东湖区人民政府",
        "2023年1月20日");
    Draft draft = ReportReader.standard().read(text, Hints.none().withYear(Year.of(2022)));
    assertThat(draft.report().orElseThrow().kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    List<Trace> overview = draft.sectionIndicators().get(OpenGovSection.OVERVIEW);
    assertThat(overview).extracting(t -> t.indicator().written().orElseThrow()).containsExactly(
        "1520条", "286条", "433条", "12场", "41篇", "17篇", "6个", "875件", "4次");
    assertThat(overview.get(1).indicator().label()).isEqualTo("政务微博发布");
    assertThat(overview.get(0).path()).isEqualTo("openGovInfo.sectionIndicators.overview[0]");
    assertThat(overview.get(8).path()).isEqualTo("openGovInfo.sectionIndicators.overview[8]");
    // the report holds them, in the same order, and every trace is among the draft's traces
    assertThat(draft.report().orElseThrow().openGovInfo().orElseThrow().sectionIndicators(OpenGovSection.OVERVIEW))
        .containsExactlyElementsOf(overview.stream().map(Trace::indicator).toList());
    assertThat(draft.traces()).containsAll(overview);
    assertThat(draft.report().orElseThrow().indicators()).hasSize(9);
    for (Trace trace : overview) {
      assertThat(text.substring(trace.span().start(), trace.span().end()))
          .isEqualTo(trace.indicator().written().orElseThrow());
    }
    // 12345 is the hotline's name, not a count
    assertThat(overview).noneMatch(t -> t.indicator().value().intValue() == 12345);
  }

  @Test
  void aReportOfAnotherKind_hasNoSectionIndicators() {
    assertThat(ReportReader.standard().read(report("召开会议3次。"), Hints.none()).sectionIndicators()).isEmpty();
  }

  @Test
  void aCountRightAfterATitleInBookMarks_isLabelledByTheTitle() {
    // round 4 of the whole-file corpus: 编发《…公报》24期, 印发《…清单》4133项 were passed over (no label)
    List<Indicator> indicators = read("全年编发《东湖政务》36期，印发《东湖区行政许可事项清单》512项。")
        .workAreas().get(0).indicators();

    assertThat(indicators).extracting(MissedFormsTest::shown).containsExactly(
        "36期 COUNT 36期 EXACT", "512项 COUNT 512项 EXACT");
    assertThat(indicators).extracting(Indicator::label)
        .containsExactly("编发《东湖政务》", "印发《东湖区行政许可事项清单》");
    // 编发《…》 holds no catalogue word; the second counts lists (清单), though 行政许可事项 is in its title
    assertThat(indicators).extracting(Indicator::code).containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void countsOfItemsTimesAndCharacters() {
    // round 6: 1511条次, 23篇次 and 63万字 were passed over (no such unit)
    assertThat(shown("发布信息1511条次，刊发稿件23篇次，编印学习资料63万字，核查企业12家次。")).containsExactly(
        "1511条次 COUNT 1511条次 EXACT", "23篇次 COUNT 23篇次 EXACT", "63万字 COUNT 63万字 EXACT",
        "12家次 COUNT 12家次 EXACT");
    assertThat(read("编印学习资料63万字。").workAreas().get(0).indicators().get(0).unit().scale()).isEqualTo(10_000L);
  }

  @Test
  void aMottoOfSoManyCharacters_isNoCount() {
    // 十六字方针 and 12字工作法 name a motto: 字 counts characters only from a hundred or with a scale
    assertThat(NumberScanner.scan("坚持十六字方针，落实八字要求，推广12字工作法")).noneMatch(m -> m.scaledUnit().equals("字"));
    assertThat(shown("编写学习材料5000字。")).containsExactly("5000字 COUNT 5000字 EXACT");
  }

  @Test
  void oneLabelWithTwoAmounts_ofTwoSubjects_isTwoLabels_andNoConflict() {
    // round 7 (荔浦市 2022): the government's and the departments' requests, each 办理结果为予以公开
    Report report = read("本级新收申请为2件，办理结果为予以公开2件；部门新收申请为4件，办理结果为予以公开1件。");
    assertThat(report.workAreas().get(0).indicators()).extracting(Indicator::label, i -> i.value().intValue())
        .contains(tuple("本级新收申请办理结果为予以公开", 2), tuple("部门新收申请办理结果为予以公开", 1));
    assertThat(ReportChecker.standard().check(report)).noneMatch(f -> f.ruleId().equals("report.conflicting_values"));
  }

  @Test
  void twoAccountsNamedInQuotationMarks_labelTheirOwnNumbers_andNoConflict() {
    // round 8: two WeChat accounts, each with its posts, clicks and reposts, in one sentence
    Report report = read("“青石市城管局”官方微信公众号发文600条，点击量40000次，转载1800次；"
        + "“青石城管执法”官方微信公众号发文40条，点击量4000次，转载80次。");
    assertThat(report.workAreas().get(0).indicators()).extracting(Indicator::label).contains(
        "“青石市城管局”官方微信公众号发文", "“青石城管执法”官方微信公众号发文");
    assertThat(ReportChecker.standard().check(report)).noneMatch(f -> f.ruleId().equals("report.conflicting_values"));
  }

  @Test
  void whatTheCountedThingsAchieve_inQuotationMarks_isPartOfTheLabel() {
    // round 8: 641项事项实现“秒批秒办”，93项事项实现“跨省通办” are two quantities
    Report report = read("600项事项实现“秒批秒办”，90项事项实现“跨省通办”。");
    assertThat(report.workAreas().get(0).indicators()).extracting(Indicator::label)
        .containsExactly("事项实现“秒批秒办”", "事项实现“跨省通办”");
    assertThat(ReportChecker.standard().check(report)).noneMatch(f -> f.ruleId().equals("report.conflicting_values"));
  }

  @Test
  void oneLabelWithTwoAmounts_ofOneSubject_staysOneLabel_andIsAConflict() {
    Report report = read("全年受理申请5件，予以公开3件。全年受理申请5件，予以公开4件。");
    assertThat(report.workAreas().get(0).indicators()).extracting(Indicator::label).contains("予以公开");
    assertThat(ReportChecker.standard().check(report)).anyMatch(f -> f.ruleId().equals("report.conflicting_values"));
  }

  @Test
  void countsOfLevels_afterArabicDigitsOnly() {
    // round 7: 国、省、市、县4级涉企政策文件; 三级联动 names a practice
    assertThat(shown("集成展示国、省、市、县4级涉企政策文件。")).containsExactly("4级 COUNT 4级 EXACT");
    assertThat(NumberScanner.scan("建立区、镇、村三级联动机制")).noneMatch(m -> m.scaledUnit().equals("级"));
  }

  @Test
  void aSloganInQuotationMarksAfterACount_isNoPartOfItsLabel() {
    // 36件“件件有回音”: the quotation says something of the count, and the clause ends with it
    assertThat(read("办理人大代表建议36件“件件有回音”，政协提案12件。").workAreas().get(0).indicators())
        .extracting(Indicator::label).containsExactly("办理人大代表建议", "政协提案");
  }

  @Test
  void aCountRightAfterAQuotation_isLabelledByTheQuotation() {
    // round 5 of the whole-file corpus: “同意公开”3件，“不予公开”2件 were passed over (no label)
    List<Indicator> indicators = read("按期答复申请人。“同意公开”6件，“部分公开”0件、“不予公开”3件。")
        .workAreas().get(0).indicators();

    assertThat(indicators).extracting(Indicator::label).containsExactly("同意公开", "部分公开", "不予公开");
    assertThat(indicators).extracting(i -> i.value().intValue()).containsExactly(6, 0, 3);
  }

  @Test
  void aCountRightBeforeAQuotation_isLabelledByTheQuotationAndTheWordsAfterIt() {
    // round 5: 20个“高效办成一件事”主题事项落地 was passed over (no label)
    List<Indicator> indicators = read("15个“一件事一次办”主题事项落地，开展“法律进乡村”8场。")
        .workAreas().get(0).indicators();

    assertThat(indicators).extracting(Indicator::label).containsExactly("“一件事一次办”主题事项落地", "开展“法律进乡村”");
    assertThat(indicators).extracting(MissedFormsTest::shown).containsExactly(
        "15个 COUNT 15个 EXACT", "8场 COUNT 8场 EXACT");
  }

  @Test
  void aQuotationThatDoesNotCloseRightBeforeTheNumber_labelsNothing() {
    // the marks do not pair up: no quotation to take, and the clause says nothing else
    Draft draft = ReportReader.standard().read(report("全年“开展活动”，”12次。"), Hints.none());
    assertThat(draft.unplaced()).extracting(u -> u.span().written()).contains("12次");
  }

  @Test
  void aCountOfATitlesCopies_takesNoCodeFromTheWordsOfTheTitle() {
    // 行政处罚 (enforcement.penalties) and 学法 (study.sessions) are words of the titles, not what is counted
    List<Indicator> indicators = read("汇编《东湖区行政处罚典型案例》10件，发放《中华人民共和国行政处罚法》2000册，"
        + "编印《领导干部学法用法读本》500册。").workAreas().get(0).indicators();

    assertThat(indicators).extracting(MissedFormsTest::shown).containsExactly(
        "10件 COUNT 10件 EXACT", "2000册 COUNT 2000册 EXACT", "500册 COUNT 500册 EXACT");
    assertThat(indicators).extracting(Indicator::code)
        .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void aCountAfterATitle_keepsTheCodeOfTheWordsOutsideIt() {
    // 专题学法 is outside the title: the count is of study sessions on the law the title names
    List<Indicator> indicators = read("围绕《中华人民共和国行政处罚法》开展专题学法12次。").workAreas().get(0).indicators();

    assertThat(indicators).extracting(Indicator::code).containsExactly(Optional.of("study.sessions"));
  }

  @Test
  void aNumberInsideATitle_staysNone() {
    assertThat(shown("学习《东湖区2022年普法要点》，开展活动36场。")).containsExactly("36场 COUNT 36场 EXACT");
  }
}
