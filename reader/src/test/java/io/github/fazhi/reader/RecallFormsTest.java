package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Indicator;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms the tuning half of the second corpus round (issue 23, docs/reader.md) showed the reader passing
 * over, each read from sentences written for this test in the style of real reports: qualifiers written as
 * 超, 突破, 约为 and 高于, a qualifier before a word of change, a streak in traditional characters, a count in 万
 * with no unit after it, scores and parts, the headings of a 政府信息公开 report run into one line, its
 * introduction before the first heading; and what stays no number (十分, a clock time, 文号, 第十条, 十四五,
 * 5·15, a phone number, a street number).
 */
class RecallFormsTest {
  private static String lawReport(String body) {
    return String.join("\n", "白沙市东湖区2023年法治政府建设年度报告", "一、主要举措和成效", "（一）深化改革。" + body,
        "东湖区人民政府", "2024年2月20日");
  }

  /** Each indicator of the first work area as {@code value unit qualifier}, parts left out. */
  private static List<String> shown(String body) {
    Draft draft = ReportReader.standard().read(lawReport(body), Hints.none());
    Report report = draft.report().orElseThrow(() -> new AssertionError(draft.toString()));
    return report.workAreas().get(0).indicators().stream().map(RecallFormsTest::shown).toList();
  }

  private static String shown(Indicator i) {
    return i.written().orElseThrow() + " = " + i.value().toPlainString() + i.unit().written() + " " + i.qualifier();
  }

  /** A 政府信息公开 report read from {@code text}, its identity given as hints as the corpus gives it. */
  private static Draft openGov(String text) {
    // a text run into one line has no title line to read the identity from
    return ReportReader.standard().read(text, Hints.none().withKind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .withJurisdictionName("东湖区").withYear(Year.of(2023)).withIssuer("东湖区人民政府"));
  }

  /** The indicators of one section of a 政府信息公开 report read from {@code text}. */
  private static List<String> section(String text, OpenGovSection section) {
    Draft draft = openGov(text);
    return draft.sectionIndicators().getOrDefault(section, com.google.common.collect.ImmutableList.of()).stream().map(t -> shown(t.indicator()))
        .toList();
  }

  @Test
  void qualifiersWrittenAsChao_tupo_yueWei_gaoYu_areRead() {
    assertThat(shown("培训执法人员超600人次，纠错率约为15%，公职律师覆盖率高于60%，受理案件突破一万件。"))
        .containsExactly("超600人次 = 600人次 MORE_THAN", "约为15% = 15% APPROXIMATELY",
            "高于60% = 60% MORE_THAN", "突破一万件 = 1万件 MORE_THAN");
  }

  @Test
  void aQualifierBeforeAWordOfChange_qualifiesTheChange() {
    assertThat(shown("平均办理时间比上年约缩短2.5个工作日。")).containsExactly("约缩短2.5个工作日 = -2.5个工作日 APPROXIMATELY");
  }

  @Test
  void aStreakInTraditionalCharacters_isRead() {
    assertThat(shown("案件量連續三年保持下降，共審查文件12件。")).containsExactly("連續三年 = 3年 EXACT", "12件 = 12件 EXACT");
  }

  @Test
  void yuAndWanInTraditionalCharacters_areReadAsTheirSimplifiedForms() {
    // round 9 (a traditional-character copy of a 体育局 page): 餘 is 余, 萬 is 万
    assertThat(shown("組織專題採訪10餘次，相關內容轉發1.3萬餘次、評論2.3萬餘條。")).containsExactly(
        "10餘次 = 10次 MORE_THAN", "1.3萬餘次 = 1.3万次 MORE_THAN", "2.3萬餘條 = 2.3万条 MORE_THAN");
  }

  @Test
  void countiesAndTownshipsCountedTogether_areCounts() {
    // round 10: 全州13县市, written with no measure word
    assertThat(shown("全州13县市、28乡镇全部完成赋权，审查文件12件。"))
        .containsExactly("13县市 = 13县市 EXACT", "28乡镇 = 28乡镇 EXACT", "12件 = 12件 EXACT");
  }

  @Test
  void aStreakWrittenAsAnOrdinal_isItsCount_butAnotherOrdinalIsNoNumber() {
    // 连续第8年 has lasted eight years; 第57次 numbers a meeting, 排名第3 ranks
    assertThat(shown("财政透明度连续第8年位居前列，連續第三屆获评先进，召开第57次常务会议，审查文件12件。"))
        .containsExactly("连续第8年 = 8年 EXACT", "連續第三屆 = 3届 EXACT", "12件 = 12件 EXACT");
  }

  @Test
  void aStreakOfYearsWrittenAsNiandu_holdsTheDuInItsSpan() {
    // 连续三年度 and 连续第3年度: 度 is the streak's, not left to the label
    assertThat(shown("连续三年度获评先进，连续第3年度考核优秀，审查文件12件。"))
        .containsExactly("连续三年度 = 3年 EXACT", "连续第3年度 = 3年 EXACT", "12件 = 12件 EXACT");
    // 度汛 is a word of its own
    assertThat(shown("实现连续3年度汛安全。")).containsExactly("连续3年 = 3年 EXACT");
  }

  @Test
  void aCountIn10000s_withTheScaleApartOrAfter_yuOrDuo_isRead_butABareScaleIsNoUnit() {
    assertThat(shown("政务微博粉丝 12.6 万人，短视频播放80多万次，累计访问2万余次，公众号粉丝160多万。")).containsExactly(
        "12.6 万人 = 12.6万人 EXACT", "80多万次 = 80万次 MORE_THAN", "2万余次 = 2万次 MORE_THAN");
  }

  @Test
  void scoresAndParts_areCounts_butShifenAndAClockTimeAreNot() {
    assertThat(shown("考核得分96分，方案分为五部分，十分重视普法，于9时30分召开会议2次。")).containsExactly(
        "96分 = 96分 EXACT", "五部分 = 5部分 EXACT", "2次 = 2次 EXACT");
  }

  @Test
  void documentNumbers_articles_planNames_memorialDays_phoneAndStreetNumbers_areNeverNumbers() {
    assertThat(shown("依据东政发〔2023〕5号和《条例》第十条，对照“十四五”规划和二〇三五年远景目标，结合“5·15”政务公开日、"
        + "“3.15”权益日，在东湖路18号设咨询点（电话：0731-5550123，邮编：410000），共审查文件12件。"))
        .containsExactly("12件 = 12件 EXACT");
  }

  @Test
  void headingsRunIntoOneLine_stillDivideAnOpenGovernmentInformationReport() {
    String text = "白沙市东湖区人民政府2023年政府信息公开工作年度报告 一、总体情况 （一）主动公开 全年发布信息318条，"
        + "其中政务动态211条。 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 本年新收申请5件。";
    Draft draft = openGov(text);
    // 318 is the overview's figure of items published, and as written its indicator, with 211 a part of it
    assertThat(draft.report().orElseThrow().openGovInfo().orElseThrow().overview())
        .containsEntry(OverviewFigure.PROACTIVE_ITEMS, 318L);
    assertThat(section(text, OpenGovSection.OVERVIEW)).containsExactly("318条 = 318条 EXACT");
    assertThat(draft.report().orElseThrow().openGovInfo().orElseThrow().sectionIndicators(OpenGovSection.OVERVIEW)
        .get(0).parts()).extracting(i -> i.written().orElseThrow()).containsExactly("211条");
  }

  @Test
  void aCountEndingANameInQuotationMarks_isNoNumber() {
    assertThat(shown("落实“民营经济32条”和“十条措施”，新设政策专栏3个。")).containsExactly("3个 = 3个 EXACT");
  }

  @Test
  void theIntroductionBeforeTheFirstHeading_isReadWithTheOverview_withoutItsAddressOrPhone() {
    String text = String.join("\n", "白沙市东湖区人民政府2023年政府信息公开工作年度报告",
        "本报告由总体情况、主动公开政府信息情况等六部分组成，统计期限自2023年1月1日至12月31日。如有疑问，请联系区政府办公室"
            + "（地址：东湖路18号206室，邮编：410000，电话：0731-5550123，电子邮箱：dhxxgk@163.com）。",
        "一、总体情况", "全年发布信息318条。", "二、主动公开政府信息情况");
    assertThat(section(text, OpenGovSection.OVERVIEW)).containsExactly("六部分 = 6部分 EXACT", "318条 = 318条 EXACT");
  }

  @Test
  void aReportWithoutSectionHeadings_isReadAsOneOverview() {
    String text = String.join("\n", "白沙市生态环境局2023年政府信息公开工作年度报告", "办理信息公开行政复议 0 件。",
        "（四）政府信息公开平台建设", "微博发布信息 16000 条，微信发布信息 1500 条。");
    assertThat(section(text, OpenGovSection.OVERVIEW)).containsExactly("0 件 = 0件 EXACT", "16000 条 = 16000条 EXACT",
        "1500 条 = 1500条 EXACT");
  }
}
