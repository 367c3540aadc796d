package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our own corpus of number expressions, in sentences written in the style of the reports, covering the
 * phenomena of the Recognizers-Text Chinese number, percentage and range specifications: Arabic numbers
 * with and without separators, full-width digits, decimals, Chinese and 大写 numerals, 两, 〇/零, 万/亿 and
 * 万万, mixtures (5万4千6百), percentages in signs and in words, percentage points, 倍, fractions, ranges —
 * and, where Recognizers-Text goes wrong, qualifiers kept as qualifiers and 个百分点 kept apart from %.
 *
 * <p>Each case: the sentence, the expected written form, the base value (scale applied), the unit with
 * its scale, the qualifier.
 */
class NumberCorpusTest {
  static Stream<Arguments> corpus() {
    return Stream.of(
        // Arabic numbers
        c("全年共受理各类案件1338宗。", "1338宗", "1338", "宗", Qualifier.EXACT),
        c("累计办理登记业务12,345件,比较顺利。", "12,345件", "12345", "件", Qualifier.EXACT),
        c("共开展培训1,234,567人次。", "1,234,567人次", "1234567", "人次", Qualifier.EXACT),
        c("办结率达98.8%。", "98.8%", "98.8", "%", Qualifier.EXACT),
        c("全区设立窗口１４５个。", "１４５个", "145", "个", Qualifier.EXACT),
        c("满意率为９９．５％。", "９９．５％", "99.5", "％", Qualifier.EXACT),
        c("调解成功率达99﹪,效果良好。", "99﹪", "99", "﹪", Qualifier.EXACT),
        c("共审查文件 56 件。", "56 件", "56", "件", Qualifier.EXACT),
        // Chinese numerals
        c("组织了两个专题的学习。", "两个", "2", "个", Qualifier.EXACT),
        c("全市十一个部门参加评议。", "十一个", "11", "个", Qualifier.EXACT),
        c("共有二十三家单位完成整改。", "二十三家", "23", "家", Qualifier.EXACT),
        c("先后举办一百二十场讲座。", "一百二十场", "120", "场", Qualifier.EXACT),
        c("清理文件一百零五件。", "一百零五件", "105", "件", Qualifier.EXACT),
        c("新建服务站三千零二十个。", "三千零二十个", "3020", "个", Qualifier.EXACT),
        c("培训执法人员壹佰贰拾名。", "壹佰贰拾名", "120", "名", Qualifier.EXACT),
        c("拨付经费叁拾万元。", "叁拾万元", "300000", "万元", Qualifier.EXACT),
        c("辦理案件兩百件。", "兩百件", "200", "件", Qualifier.EXACT),
        c("办结投诉五万四千六百件。", "五万四千六百件", "54600", "件", Qualifier.EXACT),
        c("受理咨询5万4千6百件。", "5万4千6百件", "54600", "件", Qualifier.EXACT),
        c("惠及群众三万万人。", "三万万人", "300000000", "人", Qualifier.EXACT),
        c("共四十点五万元资金到位。", "四十点五万元", "405000", "万元", Qualifier.EXACT),
        // 万 and 亿
        c("开展普法活动9.5万余场。", "9.5万余场", "95000", "万场", Qualifier.MORE_THAN),
        c("全年办理11.34万件。", "11.34万件", "113400", "万件", Qualifier.EXACT),
        c("节约财政资金95亿元。", "95亿元", "9500000000", "亿元", Qualifier.EXACT),
        c("撬动社会投资4.78万亿元。", "4.78万亿元", "4780000000000", "万亿元", Qualifier.EXACT),
        c("服务群众1.19万人。", "1.19万人", "11900", "万人", Qualifier.EXACT),
        c("发放宣传资料20万份以上。", "20万份以上", "200000", "万份", Qualifier.AT_LEAST),
        c("接听热线500余万次。", "500余万次", "5000000", "万次", Qualifier.MORE_THAN),
        c("涉及金额500万余元。", "500万余元", "5000000", "万元", Qualifier.MORE_THAN),
        c("群众来电20万次以上。", "20万次以上", "200000", "万次", Qualifier.AT_LEAST),
        // qualifiers
        c("收到申请100余件。", "100余件", "100", "件", Qualifier.MORE_THAN),
        c("参加群众1000多人。", "1000多人", "1000", "人", Qualifier.MORE_THAN),
        c("受理率70%以上。", "70%以上", "70", "%", Qualifier.AT_LEAST),
        c("覆盖近5000户。", "近5000户", "5000", "户", Qualifier.APPROXIMATELY),
        c("投入约13亿元。", "约13亿元", "1300000000", "亿元", Qualifier.APPROXIMATELY),
        c("培训逾3000人次。", "逾3000人次", "3000", "人次", Qualifier.MORE_THAN),
        c("出动执法人员超过200名。", "超过200名", "200", "名", Qualifier.MORE_THAN),
        c("每年学法不少于4次。", "不少于4次", "4", "次", Qualifier.AT_LEAST),
        c("审核时间缩短至3个工作日以内。", "3个工作日以内", "3", "个工作日", Qualifier.AT_MOST),
        c("平均用时20天左右。", "20天左右", "20", "天", Qualifier.APPROXIMATELY),
        c("办理时限不超过15日。", "不超过15日", "15", "日", Qualifier.AT_MOST),
        c("不足10%的案件进入诉讼。", "不足10%", "10", "%", Qualifier.LESS_THAN),
        // percentages
        c("复议纠错率为百分之五。", "百分之五", "5", "%", Qualifier.EXACT),
        c("出庭率达到百分之百。", "百分之百", "100", "%", Qualifier.EXACT),
        c("群众满意率百分之九十五点五。", "百分之九十五点五", "95.5", "%", Qualifier.EXACT),
        c("公开率百分之九十以上。", "百分之九十以上", "90", "%", Qualifier.AT_LEAST),
        c("败诉率较上年下降六个百分点。", "下降六个百分点", "6", "个百分点", Qualifier.EXACT),
        c("比上年提高2.5个百分点。", "提高2.5个百分点", "2.5", "个百分点", Qualifier.EXACT),
        c("案件量是上年的3倍。", "3倍", "3", "倍", Qualifier.EXACT),
        c("其中58件,占5.4%。", "5.4%", "5.4", "%", Qualifier.EXACT),
        // spaces, stray characters
        c("共办理 1,338 宗 ,结案率 99 %。", "1,338 宗", "1338", "宗", Qualifier.EXACT));
  }

  private static Arguments c(String sentence, String written, String baseValue, String unit, Qualifier qualifier) {
    return Arguments.of(sentence, written, baseValue, unit, qualifier);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsTheNumberWithItsUnitAndQualifier(String sentence, String written, String baseValue, String unit,
      Qualifier qualifier) {
    List<Mention> mentions = NumberScanner.scan(sentence);
    Mention mention = mentions.stream().filter(m -> m.span().written().equals(written)).findFirst().orElse(null);
    assertThat(mention).as("%s in %s", written, mentions).isNotNull();
    assertThat(mention.baseValue()).isEqualByComparingTo(new BigDecimal(baseValue));
    assertThat(mention.scaledUnit()).isEqualTo(unit);
    assertThat(mention.qualifier()).isEqualTo(qualifier);
    assertThat(sentence.substring(mention.span().start(), mention.span().end())).isEqualTo(written);
    // reading the written form alone gives the same reading
    assertThat(NumberScanner.scan(written)).singleElement().satisfies(again -> assertThat(again.sameReading(mention)).isTrue());
  }

  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of("办理时限压缩至3至5个工作日。", "3至5个工作日", "3", "5", "个工作日"),
        Arguments.of("每场培训50-100人。", "50-100人", "50", "100", "人"),
        Arguments.of("覆盖率提升到10%～20%。", "10%～20%", "10", "20", "%"),
        Arguments.of("建成站点一百至二百个。", "一百至二百个", "100", "200", "个"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void readsRangesAsOneMentionWithBothEnds(String sentence, String written, String low, String high, String unit) {
    assertThat(NumberScanner.scan(sentence)).singleElement().satisfies(mention -> {
      assertThat(mention.form()).isEqualTo(Mention.Form.RANGE);
      assertThat(mention.span().written()).isEqualTo(written);
      assertThat(mention.value()).isEqualByComparingTo(low);
      assertThat(mention.upper()).hasValueSatisfying(upper -> assertThat(upper).isEqualByComparingTo(high));
      assertThat(mention.unit()).isEqualTo(unit);
    });
  }

  @Test
  void readsFractionsWithNumeratorAndDenominator() {
    assertThat(NumberScanner.scan("三分之一的案件以调解结案。")).singleElement().satisfies(mention -> {
      assertThat(mention.form()).isEqualTo(Mention.Form.FRACTION);
      assertThat(mention.value()).isEqualByComparingTo("1");
      assertThat(mention.upper()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3"));
    });
    assertThat(NumberScanner.scan("三分之二以上的镇街完成创建。")).singleElement()
        .satisfies(mention -> assertThat(mention.qualifier()).isEqualTo(Qualifier.AT_LEAST));
  }

  @Test
  void keepsPercentagePointsApartFromPercent() {
    List<Mention> mentions = NumberScanner.scan("纠错率为12%,比上年提高3个百分点。");
    assertThat(mentions).extracting(Mention::unit).containsExactly("%", "个百分点");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2019年,我区全面推进依法行政。",
      "二〇一九年十二月六日",
      "2019年5月,新大厅正式运行。",
      "根据《法治政府建设实施纲要(2015-2020年)》的要求。",
      "印发《关于做好2020年依法行政工作的通知》(曲府办〔2019〕28号)。",
      "依照条例第二十条的规定。",
      "依照条例第20条的规定。",
      "开展第二届评议活动。",
      "一是加强组织领导。二是完善制度。",
      "(一)强化组织领导",
      "（二）完善制度建设",
      "推进一村(社区)一法律顾问工作。",
      "落实行政执法三项制度。",
      "深入贯彻党的十九大和十九届四中全会精神。",
      "树牢四个意识,坚决做到两个维护。",
      "咨询电话:0751-6666666。",
      "联系电话 020-12345678",
      "会议于9:30召开。",
      "实现“一窗受理”。",
      "推行“最多跑一次”改革。",
      "当好第一道防线。",
      "以个人名义提出申请。",
  })
  void numbersThatAreNotIndicatorsAreNotMentions(String sentence) {
    assertThat(NumberScanner.scan(sentence)).isEmpty();
  }

  @Test
  void anArabicNumberWithoutAUnitIsAMentionWithAnEmptyUnit() {
    assertThat(NumberScanner.scan("拨打12345热线反映问题。")).singleElement()
        .satisfies(mention -> assertThat(mention.unit()).isEmpty());
  }

  @Test
  void aMillionDigitsAreNotReadAsANumber() {
    String digits = "1".repeat(1_000_000);
    List<Unplaced> unreadable = new java.util.ArrayList<>();
    List<Mention> mentions = new java.util.ArrayList<>();
    NumberScanner.scan(digits + "件", 0, digits.length() + 1, mentions, unreadable);
    assertThat(mentions).isEmpty();
    assertThat(unreadable).singleElement().satisfies(u -> assertThat(u.reason()).contains("too many digits"));
  }

  @Test
  void aChineseNumeralOf200000Characters_isListedAsUnreadable_notDroppedSilently() {
    String numeral = "三".repeat(200_000);
    String text = "组织培训" + numeral + "场。";
    List<Unplaced> unreadable = new java.util.ArrayList<>();
    List<Mention> mentions = new java.util.ArrayList<>();
    NumberScanner.scan(text, 0, text.length(), mentions, unreadable);
    assertThat(mentions).isEmpty();
    assertThat(unreadable).singleElement().satisfies(u -> {
      assertThat(u.span().start()).isEqualTo(4);
      assertThat(u.span().end()).isEqualTo(4 + 200_000);
      assertThat(u.reason()).isEqualTo("a Chinese numeral of 200000 characters: too long to be a count");
    });
  }
}
