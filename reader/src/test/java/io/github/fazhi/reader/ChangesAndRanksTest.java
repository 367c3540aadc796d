package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ranks (排名第一) and changes (同比增长17.1%, 下降3个百分点, 减少20件): their spans take in the ranking or change
 * word, so that the written form read again gives the same signed value; in a report they become RANK,
 * PERCENT_CHANGE, PERCENTAGE_POINTS and CHANGE indicators, with the growth base where the sentence states
 * the previous count. The sentences are written for this test in the style of real reports.
 */
class ChangesAndRanksTest {
  static Stream<Arguments> ranks() {
    return Stream.of(
        Arguments.of("法治政府建设考核排名第一。", "排名第一", "1", ""),
        Arguments.of("依法行政考评位列全市第二，较上年前进两位。", "位列全市第二", "2", ""),
        Arguments.of("在全省考核中排名第3位。", "排名第3位", "3", "位"),
        Arguments.of("连续两年位居全省县（市、区）第一。", "位居全省县（市、区）第一", "1", ""),
        Arguments.of("综合得分居第十二名。", "居第十二名", "12", "名"),
        Arguments.of("在年度考评中蝉联全省第一。", "蝉联全省第一", "1", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranks")
  void readsARankFromItsRankingWordToItsOrdinal(String sentence, String written, String place, String unit) {
    Mention rank = NumberScanner.scan(sentence).stream().filter(m -> m.form() == Mention.Form.RANK)
        .findFirst().orElseThrow();
    assertThat(rank.span().written()).isEqualTo(written);
    assertThat(rank.value()).isEqualByComparingTo(place);
    assertThat(rank.unit()).isEqualTo(unit);
    assertThat(NumberScanner.scan(written)).singleElement().satisfies(again -> assertThat(again.sameReading(rank)).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"各项工作名列前茅。", "创成全国第一批法治政府建设示范地区。", "依照条例第二十条的规定。",
      "居民第二次参与评议。", "排名，第一是加强领导。", "位列全市第0。", "位列全国100个城市第10名。"})
  void noRankWithoutARankingWordAndAnOrdinal(String sentence) {
    assertThat(NumberScanner.scan(sentence)).noneMatch(m -> m.form() == Mention.Form.RANK);
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("纠错率同比下降3个百分点。", "同比下降3个百分点", "-3", Qualifier.EXACT),
        Arguments.of("败诉案件较上年减少20件。", "减少20件", "-20", Qualifier.EXACT),
        Arguments.of("网上办件量增长了约15%。", "增长了约15%", "15", Qualifier.APPROXIMATELY),
        Arguments.of("申请量增幅为110.32%。", "增幅为110.32%", "110.32", Qualifier.EXACT),
        Arguments.of("行政诉讼案件降幅达12.5%。", "降幅达12.5%", "-12.5", Qualifier.EXACT),
        Arguments.of("投诉量同比增长2倍。", "同比增长2倍", "2", Qualifier.EXACT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void aChangeSpansItsSignWordAndReadsBackSigned(String sentence, String written, String signed, Qualifier qualifier) {
    Mention change = NumberScanner.scan(sentence).stream().filter(m -> m.direction() != Mention.Direction.NONE)
        .findFirst().orElseThrow();
    assertThat(change.span().written()).isEqualTo(written);
    assertThat(change.signedValue()).isEqualByComparingTo(signed);
    assertThat(change.qualifier()).isEqualTo(qualifier);
    assertThat(NumberScanner.scan(written)).singleElement()
        .satisfies(again -> assertThat(again.sameReading(change)).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"覆盖率提高到95%。", "满意率提升至98.5%。", "网办率提高为96%。", "新增市场主体1.2万户。",
      "为企业增加了一条办事渠道。"})
  void aNewLevelIsNoChange(String sentence) {
    assertThat(NumberScanner.scan(sentence)).allMatch(m -> m.direction() == Mention.Direction.NONE);
  }

  @Test
  void anAnniversaryIsNoCountOfWeeks() {
    assertThat(NumberScanner.scan("纪念法治建设十五周年。")).isEmpty();
    assertThat(NumberScanner.scan("培训为期两周。")).extracting(m -> m.span().written()).containsExactly("两周");
  }

  @Test
  void aChangeAfterAClauseOpeningWithAYearIsLabelledByThatClause() {
    String text = "白沙市东湖区2022年法治政府建设年度报告\n一、主要举措和成效\n（一）化解行政争议。"
        + "2022年新受理行政复议案件151件，同比增长128.78%。\n东湖区人民政府\n2023年2月20日";
    Report report = ReportReader.standard().read(text, Hints.none()).report().orElseThrow();
    assertThat(report.workAreas().get(0).indicators()).extracting(Indicator::label)
        .containsExactly("2022年新受理行政复议案件", "新受理行政复议案件同比增长");
  }

  @Test
  void aMentionReadsTheSameOnlyWithTheSameDirection() {
    Mention up = NumberScanner.scan("增长3%").get(0);
    Mention down = NumberScanner.scan("下降3%").get(0);
    Mention plain = NumberScanner.scan("达3%").get(0);
    assertThat(up.sameReading(down)).isFalse();
    assertThat(up.sameReading(plain)).isFalse();
    assertThat(up.toString()).contains("UP");
    assertThat(plain.signedValue()).isEqualByComparingTo("3");
  }

  static final String REPORT = String.join("\n",
      "白沙市东湖区2022年法治政府建设年度报告",
      "2022年，东湖区全面推进依法行政，在全市法治政府建设考核中排名第2位。",
      "一、主要举措和成效",
      "（一）深化政务服务改革。全年办理公证事项1200件，比上年同期的1000件增长20%。网办率达96%，同比提高4.5个百分点。",
      "（二）规范行政执法。全年行政处罚案件较上年减少35件，罚没金额同比下降12.5%。",
      "（三）化解矛盾纠纷。投诉量同比增长2倍，群众满意率提高为97%。",
      "二、存在的不足",
      "基层执法力量仍然薄弱。",
      "东湖区人民政府",
      "2023年2月20日");

  @Test
  void inAReportRanksAndChangesBecomeSignedIndicatorsWithTheirBase() {
    Draft draft = ReportReader.standard().read(REPORT, Hints.none());
    Report report = draft.report().orElseThrow(() -> new AssertionError(draft.toString()));
    Indicator rank = report.headlineIndicators().get(0);
    assertThat(rank.kind()).isEqualTo(IndicatorKind.RANK);
    assertThat(rank.value()).isEqualByComparingTo("2");
    assertThat(rank.unit().written()).isEqualTo("位");
    assertThat(rank.written()).hasValue("排名第2位");

    List<Indicator> services = report.workAreas().get(0).indicators();
    assertThat(services).extracting(i -> i.written().orElseThrow() + " " + i.kind() + " " + i.value().toPlainString())
        .containsExactly("1200件 COUNT 1200", "增长20% PERCENT_CHANGE 20", "96% PERCENT 96",
            "同比提高4.5个百分点 PERCENTAGE_POINTS 4.5");
    assertThat(services.get(1).growthBase()).hasValue(GrowthBase.of(1200, 1000));
    assertThat(services.get(3).label()).isEqualTo("网办率同比提高");

    List<Indicator> enforcement = report.workAreas().get(1).indicators();
    assertThat(enforcement).extracting(i -> i.written().orElseThrow() + " " + i.kind() + " " + i.value().toPlainString())
        .containsExactly("减少35件 CHANGE -35", "同比下降12.5% PERCENT_CHANGE -12.5");
    assertThat(enforcement).allMatch(i -> i.growthBase().isEmpty());

    assertThat(report.workAreas().get(2).indicators()).isEmpty();
    assertThat(draft.unplaced()).extracting(u -> u.span().written() + ": " + u.reason()).containsExactly(
        "1000件: " + GrowthBases.PREVIOUS,
        "同比增长2倍: " + ChangeMentions.MULTIPLES,
        "97%: " + ChangeMentions.REASON);
    for (Trace trace : draft.traces()) {
      assertThat(REPORT.substring(trace.span().start(), trace.span().end()))
          .isEqualTo(trace.indicator().written().orElseThrow());
    }
  }

  @Test
  void anAmbiguousSentenceGivesNoBase() {
    String text = REPORT.replace("比上年同期的1000件增长20%", "比上年同期的1000件增加200件，增长20%");
    Report report = ReportReader.standard().read(text, Hints.none()).report().orElseThrow();
    assertThat(report.workAreas().get(0).indicators()).allMatch(i -> i.growthBase().isEmpty());
  }
}
