package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overview's counts in prose, the words of counts, and the section headings real reports use. */
class OverviewFiguresTest {
  private static Map<OverviewFigure, Long> figures(String text) {
    return OverviewFigures.read(text, new Region(0, text.length())).figures().values().stream()
        .collect(Collectors.toMap(OverviewFigures.Read::figure, OverviewFigures.Read::value));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "0=0", "7=7", "1,234=1234", "１２=12", "十=10", "十二=12", "二十=20", "两=2", "一百零三=103", "一百一十=110",
      "三万五千=35000", "二〇二二=2022", "零=0"})
  void countWords_readTheirValue(String written, long value) {
    assertThat(CountWords.end(written, 0, written.length())).isEqualTo(written.length());
    assertThat(CountWords.value(written)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({"三四", "百", "十十", "一二三"})
  void countWords_withoutOneValue_areNone(String written) {
    assertThat(CountWords.value(written)).isEmpty();
  }

  @Test
  void countWords_startOnlyAtADigitOrTen() {
    assertThat(CountWords.end("万件", 0, 2)).isZero();
    assertThat(CountWords.end("百件", 0, 2)).isZero();
    assertThat(CountWords.end("12,34件", 0, 6)).isEqualTo(2); // a comma not before three digits
  }

  @Test
  void eachFigure_inTheWordsRealOverviewsUse() {
    assertThat(figures("2022年，本办共收到8份政府信息公开申请，均为自然人申请。")).containsExactlyEntriesOf(
        Map.of(OverviewFigure.APPLICATIONS_RECEIVED, 8L));
    assertThat(figures("全年受理依申请信息56条，按期答复。")).containsExactlyEntriesOf(
        Map.of(OverviewFigure.APPLICATIONS_RECEIVED, 56L));
    assertThat(figures("收到公民、法人或其他组织提交政府信息公开申请0条。")).containsExactlyEntriesOf(
        Map.of(OverviewFigure.APPLICATIONS_RECEIVED, 0L));
    assertThat(figures("全市共收到政府信息申请公开件658件，因政府信息公开引起的行政复议22件、行政诉讼案件1件。"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(OverviewFigure.APPLICATIONS_RECEIVED, 658L,
            OverviewFigure.RECONSIDERATIONS, 22L, OverviewFigure.LITIGATIONS, 1L));
    assertThat(figures("另有上年结转的政府信息公开申请3件，结转下年度继续办理的申请一件。"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(OverviewFigure.APPLICATIONS_CARRIED_OVER, 3L,
            OverviewFigure.APPLICATIONS_CARRIED_FORWARD, 1L));
    assertThat(figures("本年度通过门户网站主动公开政府信息478条，其中规范性文件3件。")).containsExactlyEntriesOf(
        Map.of(OverviewFigure.PROACTIVE_ITEMS, 478L));
  }

  @Test
  void whatIsNoFigure_isNotRead() {
    // no number, a percentage, a year, a breakdown, counts of other things
    assertThat(figures("本年度未收到政府信息公开申请，无行政复议。办结率100%。2023年以来，部门信箱收到群众咨询3条。"
        + "其中，予以公开2件。")).isEmpty();
  }

  @Test
  void approximateAmbiguousAndSecondCounts_areUnplaced_withTheirReason() {
    String text = "主动公开政府信息3500余条；受理政府信息公开申请近20件；政府信息公开行政复议、行政诉讼0件；"
        + "共收到政府信息公开申请5件；又收到政府信息公开申请6件。";
    OverviewFigures.Result result = OverviewFigures.read(text, new Region(0, text.length()));
    assertThat(result.figures()).containsOnlyKeys(OverviewFigure.APPLICATIONS_RECEIVED);
    assertThat(result.figures().get(OverviewFigure.APPLICATIONS_RECEIVED).value()).isEqualTo(5);
    assertThat(result.unplaced()).extracting(u -> u.span().written() + ": " + u.reason()).containsExactly(
        "3500: an approximate or scaled count of 主动公开政府信息",
        "20: an approximate or scaled count of 收到政府信息公开申请",
        "0: one count of both 行政复议 and 行政诉讼",
        "6: a second count of 收到政府信息公开申请 (the first, 5, is kept)");
    result.unplaced().forEach(u -> assertThat(u.span().isIn(text)).isTrue());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "一、总体情况=OVERVIEW", "一、概述=OVERVIEW", "一、工作基本情况=OVERVIEW",
      "二、主动公开政府信息情况=PROACTIVE_DISCLOSURE", "二、主动公开政府政府情况=PROACTIVE_DISCLOSURE",
      "三、收到和处理政府信息公开申请情况=APPLICATIONS", "三、依申请公开政府信息情况=APPLICATIONS",
      "四、政府信息公开行政复议、行政诉讼情况=DISPUTES",
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况=DISPUTES",
      "五、存在的主要问题及改进情况=PROBLEMS_AND_IMPROVEMENTS",
      "五、政府信息公开工作存在的主要问题及改进情况=PROBLEMS_AND_IMPROVEMENTS",
      "四、存在问题及改进情况=PROBLEMS_AND_IMPROVEMENTS",
      "六、其他需要报告的事项=OTHER_MATTERS", "六、其它需要报告事项=OTHER_MATTERS"})
  void sectionHeadings_inTheirVariants(String line, OpenGovSection section) {
    assertThat(OpenGovSections.sectionOf(line)).isEqualTo(section);
  }

  @ParameterizedTest
  @CsvSource({"一、本年新收政府信息公开申请数量", "四、结转下年度继续办理", "(一)主动公开情况", "总体情况",
      "一是加强组织领导，及时调整信息公开工作领导小组，明确专人具体负责日常政府信息公开工作的落实情况",
      "二、主动公开政府信息情况 | 1 |"})
  void otherLines_headNoSection(String line) {
    assertThat(OpenGovSections.sectionOf(line)).isNull();
  }

  @Test
  void traditionalCharacters_readAsSimplified() {
    assertThat(figures("本年度共收到政府信息公開申請兩件，主動公開政府信息一萬二千條。")).containsExactlyInAnyOrderEntriesOf(
        Map.of(OverviewFigure.APPLICATIONS_RECEIVED, 2L, OverviewFigure.PROACTIVE_ITEMS, 12_000L)); // 一万二千
    assertThat(OpenGovSections.sectionOf("四、政府信息公開行政復議、行政訴訟情況")).isEqualTo(OpenGovSection.DISPUTES);
    assertThat(OpenGovInfoTableReader.applicationRow("二、上年結轉政府信息公開申請數量"))
        .contains(io.github.fazhi.opengov.ApplicationRow.CARRIED_OVER);
    assertThat(Simplified.of("行政處罰")).isEqualTo("行政处罚");
    assertThat(Simplified.of("plain 简体")).isEqualTo("plain 简体");
  }
}
