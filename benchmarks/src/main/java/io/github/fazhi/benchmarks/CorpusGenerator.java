package io.github.fazhi.benchmarks;

import io.github.fazhi.Decision;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.TaskArea;
import io.github.fazhi.benchmarks.Raw.RawArea;
import io.github.fazhi.benchmarks.Raw.RawIndicator;
import io.github.fazhi.benchmarks.Raw.RawJurisdiction;
import io.github.fazhi.benchmarks.Raw.RawMeasure;
import io.github.fazhi.benchmarks.Raw.RawReport;
import io.github.fazhi.benchmarks.Raw.RawTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates realistic corpora of raw report inputs, shaped like the seed report (韶关市曲江区 2019): a
 * county, prefecture or province with a GB/T 2260-shaped six-digit code (province, prefecture, county),
 * seven work areas of three to five measures, about twenty stated numbers (each once, most with their
 * catalogue code) in 个, 项, 宗, 件, 条, 次, 人次, 万人 and % with qualifiers, a reconsideration tally (and
 * sometimes a litigation one), shortcomings and seven plan areas.
 *
 * <p>The same seed gives the same corpus. Every text is a fresh string, as a parser would produce, so
 * reports share no text with each other. Every generated input is valid: it builds as fazhi values and
 * passes Bean Validation.
 *
 * <p>This class is not thread-safe.
 */
public final class CorpusGenerator {
  /** The largest corpus the generator makes in one call. */
  public static final int MAX_REPORTS = 100_000;

  /**
   * The most series {@link #series(int, int)} makes: each needs its own division code, and the generator
   * draws from about 12,600 (27 provinces, 405 prefectures, 12,150 counties).
   */
  public static final int MAX_SERIES = 10_000;

  private static final String[][] PROVINCES = {
    {"11", "北京市"}, {"12", "天津市"}, {"13", "河北省"}, {"14", "山西省"}, {"21", "辽宁省"}, {"22", "吉林省"},
    {"23", "黑龙江省"}, {"31", "上海市"}, {"32", "江苏省"}, {"33", "浙江省"}, {"34", "安徽省"}, {"35", "福建省"},
    {"36", "江西省"}, {"37", "山东省"}, {"41", "河南省"}, {"42", "湖北省"}, {"43", "湖南省"}, {"44", "广东省"},
    {"45", "广西壮族自治区"}, {"46", "海南省"}, {"50", "重庆市"}, {"51", "四川省"}, {"52", "贵州省"},
    {"53", "云南省"}, {"61", "陕西省"}, {"62", "甘肃省"}, {"64", "宁夏回族自治区"}
  };
  private static final String SYLLABLES =
      "曲江韶关南雄仁化乐昌翁源新丰始兴武江浈阳山清远英德连州佛冈桐庐富阳临安建德淳安萧山余杭海宁平湖嘉善桐乡安吉长兴德清";
  private static final String[] AREA_TITLES = {
    "强化组织领导,提高思想认识", "建立健全工作机制,提升行政决策水平", "加强规范性文件管理,确保政令合法可行",
    "不断完善体制机制,加快政府职能转变", "加强信息公开工作,提升政府服务效能", "健全监督工作机制,进一步规范行政行为",
    "强化公共法律服务,维护社会和谐稳定"
  };
  private static final TaskArea[][] AREA_TASKS = {
    {TaskArea.ORGANISATION_2015, TaskArea.CAPACITY_2015}, {TaskArea.DECISION_MAKING_2015},
    {TaskArea.RULE_SYSTEM_2015}, {TaskArea.FUNCTIONS_2015}, {TaskArea.OVERSIGHT_2015},
    {TaskArea.ENFORCEMENT_2015, TaskArea.OVERSIGHT_2015}, {TaskArea.DISPUTE_RESOLUTION_2015}
  };
  private static final String[] PLAN_TITLES = {
    "切实加强组织领导", "推进依法科学民主决策", "进一步规范行政执法行为", "全面推进政务公开", "强化对行政权力的制约和监督",
    "依法有效化解社会矛盾纠纷", "提升政府工作人员法治思维和依法行政能力"
  };
  private static final String[] CLAUSES = {
    "认真落实《法治政府建设实施纲要》", "严格执行重大行政决策程序", "凡未经合法性审查的一律不得提交讨论",
    "在作出决策前通过网上公开、召开座谈会等形式广泛听取意见", "持续做好规范性文件的清理工作", "做到有件必备、有错必纠",
    "优化职能配置,合理划分事权", "组建综合执法队伍,实行“局队合一”", "积极推行首问负责制", "落实服务承诺制和限时办结制",
    "推进全区政府信息公开、政务公开工作", "切实保障了人民群众参与权、知情权、监督权", "严格落实行政执法公示制度",
    "采取不定期抽查的方式对执法案卷进行检查", "禁止非公务人员从事行政执法工作", "围绕“放管服”改革开展专项审计",
    "健全人民调解与行政调解、司法调解联动工作体系", "扩大法律援助范围,创新便民举措", "推进一村(社区)一法律顾问工作",
    "切实维护人民群众的合法权益", "加大行政机关负责人出庭应诉力度", "推行“阳光复议、便民复议”",
    "加强行政执法人员管理,建立信息台账", "深入开展“七五”普法活动", "健全政府法律顾问制度",
    "进一步精简审批事项,压缩审批时限", "加强重大行政决策公众参与平台建设", "推动执法重心和力量下移",
    "完善行政执法机关与审判机关信息共享机制", "发挥审计的重要监督作用"
  };

  /**
   * Templates of stated numbers: label, catalogue code (null where the catalogue has none), kind, unit,
   * smallest and largest value. A report states each at most once, as real reports do: a code stated twice
   * with two values is a finding ({@code report.conflicting_values}).
   */
  private record Template(String label, String code, IndicatorKind kind, String unit, int min, int max) {}

  private static final Template[] TEMPLATES = {
    new Template("政府常务会议学法专题", "study.topics", IndicatorKind.COUNT, "个", 1, 12),
    new Template("领导干部专题学法", "study.sessions", IndicatorKind.COUNT, "次", 2, 24),
    new Template("举办法治培训班", "training.classes", IndicatorKind.COUNT, "期", 1, 30),
    new Template("参加法治培训", "training.attendees", IndicatorKind.COUNT, "人次", 100, 8000),
    new Template("履职报告评议对象单位", "law_popularisation.units_evaluated", IndicatorKind.COUNT, "个", 3, 40),
    new Template("回归机关的行政职能", "reform.functions_returned", IndicatorKind.COUNT, "项", 10, 400),
    new Template("撤销的事业单位", "reform.institutions_abolished", IndicatorKind.COUNT, "个", 1, 60),
    new Template("综合服务窗口和专业窗口", "service.windows", IndicatorKind.COUNT, "个", 20, 300),
    new Template("“一窗”分类受理率", "service.one_window_rate", IndicatorKind.PERCENT, "%", 60, 100),
    new Template("办结率", "service.completion_rate", IndicatorKind.PERCENT, "%", 85, 100),
    new Template("政府信息公开责任单位", "openness.responsible_units", IndicatorKind.COUNT, "个", 10, 120),
    new Template("主动公开政府信息", "openness.items_published", IndicatorKind.COUNT, "条", 200, 90_000),
    new Template("专项审计重点内容", "audit.special_audits", IndicatorKind.COUNT, "项", 1, 15),
    new Template("行政处罚案件", "enforcement.penalties", IndicatorKind.COUNT, "件", 10, 3000),
    new Template("人民调解组织调处各类民事纠纷", "mediation.disputes", IndicatorKind.COUNT, "宗", 100, 9000),
    new Template("调解成功率", "mediation.success_rate", IndicatorKind.PERCENT, "%", 90, 100),
    new Template("驻村居律师提供服务", "legal_adviser.services", IndicatorKind.COUNT, "件", 100, 5000),
    new Template("法律援助案件", "legal_aid.cases", IndicatorKind.COUNT, "宗", 20, 3000),
    new Template("解答法律咨询", "legal_services.consultations", IndicatorKind.COUNT, "人次", 100, 20_000),
    new Template("开展普法活动", "law_popularisation.events", IndicatorKind.COUNT, "场次", 10, 300),
    new Template("普法宣传受众", null, IndicatorKind.COUNT, "万人", 1, 60),
    new Template("行政执法人员培训", null, IndicatorKind.COUNT, "万人", 1, 9),
    new Template("行政执法案卷评查", null, IndicatorKind.COUNT, "件", 20, 800),
    new Template("合法性审查文件", "legality_review.count", IndicatorKind.COUNT, "件", 10, 500),
  };

  private final SplittableRandom random;

  /**
   * Creates a generator.
   *
   * @param seed  the seed; the same seed gives the same inputs
   */
  public CorpusGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Generates a corpus.
   *
   * @param size  the number of reports, from 1 to {@link #MAX_REPORTS}
   * @return the reports' raw inputs, never null
   * @throws IllegalArgumentException if the size is out of range
   */
  List<RawReport> reports(int size) {
    if (size < 1 || size > MAX_REPORTS) {
      throw new IllegalArgumentException("size (" + size + ") must be between 1 and " + MAX_REPORTS);
    }
    List<RawReport> reports = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      reports.add(report());
    }
    return reports;
  }

  /**
   * Generates one seed-shaped report.
   *
   * @return its raw inputs, never null
   */
  RawReport report() {
    return report(jurisdiction(), 2015 + random.nextInt(10));
  }

  /**
   * Generates a series: jurisdictions that each report for {@code years} consecutive years from 2015, as
   * a province's or the country's collection holds them, so the checks across reports have series to
   * compare. The last jurisdiction's series is cut short when {@code size} is not a multiple of
   * {@code years}. Each jurisdiction has its own division code; the reports of one series share their
   * jurisdiction's texts.
   *
   * @param size  the number of reports, from 1 to {@link #MAX_REPORTS}
   * @param years  the length of each series, at least 1
   * @return the reports' raw inputs, series by series; never null
   * @throws IllegalArgumentException if the size is out of range, {@code years} is below 1 or the series
   *     would be more than {@link #MAX_SERIES}
   */
  List<RawReport> series(int size, int years) {
    if (size < 1 || size > MAX_REPORTS || years < 1) {
      throw new IllegalArgumentException(
          "size (" + size + ") must be between 1 and " + MAX_REPORTS + ", years (" + years + ") at least 1");
    }
    int series = (size + years - 1) / years;
    if (series > MAX_SERIES) {
      throw new IllegalArgumentException(
          size + " reports in series of " + years + " years need more than " + MAX_SERIES + " division codes");
    }
    List<RawReport> reports = new ArrayList<>(size);
    Set<String> codes = new HashSet<>();
    RawJurisdiction jurisdiction = jurisdiction();
    for (int i = 0; i < size; i++) {
      if (i % years == 0) {
        // A division code names one jurisdiction: draw again until it is new.
        do {
          jurisdiction = jurisdiction();
        } while (!codes.add(jurisdiction.code()));
      }
      reports.add(report(jurisdiction, 2015 + i % years));
    }
    return reports;
  }

  private RawReport report(RawJurisdiction jurisdiction, int year) {
    LocalDate published = random.nextInt(10) == 0
        ? LocalDate.of(year, 12, 1 + random.nextInt(31))
        : LocalDate.of(year + 1, 1 + random.nextInt(3), 1 + random.nextInt(28));
    String issuer = (jurisdiction.parent() == null ? "" : jurisdiction.parent()) + jurisdiction.name() + "人民政府";
    List<RawArea> areas = workAreas();
    List<RawTally> reviews = new ArrayList<>(2);
    reviews.add(reportedTally(Procedure.RECONSIDERATION));
    if (random.nextInt(10) < 3) {
      reviews.add(reportedTally(Procedure.LITIGATION));
    }
    List<String> shortcomings = new ArrayList<>();
    for (int i = 3 + random.nextInt(3); i > 0; i--) {
      shortcomings.add(sentence(2, 4));
    }
    List<RawArea> plans = new ArrayList<>(PLAN_TITLES.length);
    for (int i = 0; i < PLAN_TITLES.length; i++) {
      plans.add(new RawArea(i + 1, fresh(PLAN_TITLES[i]), List.of(), List.of(), sentence(8, 14)));
    }
    return new RawReport(
        jurisdiction, issuer, year, published,
        issuer.replace("人民政府", "") + year + "年度法治政府建设年度报告",
        year + "年," + sentence(5, 8),
        areas, reviews, shortcomings, (year + 1) + "年," + sentence(4, 7), plans);
  }

  /**
   * Generates a reconsideration tally of the kind summed across reports: every count stated, decisions
   * complete.
   *
   * @return the tally, never null
   */
  RawTally summableTally() {
    long received = 5L + random.nextInt(300);
    long accepted = received - random.nextInt((int) received / 5 + 1);
    long pending = random.nextInt((int) accepted / 10 + 1);
    long concluded = accepted - pending;
    Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
    long left = concluded;
    for (Decision decision : new Decision[] {Decision.REVOKED, Decision.MEDIATED, Decision.WITHDRAWN,
        Decision.REJECTED}) {
      long n = random.nextInt((int) left / 4 + 1);
      decisions.put(decision, n);
      left -= n;
    }
    decisions.put(Decision.UPHELD, left);
    return new RawTally(Procedure.RECONSIDERATION, received, accepted, decisions.get(Decision.WITHDRAWN),
        concluded, pending, false, decisions, true);
  }

  /**
   * Generates a number of cases as reports state it: 宗 or 件 (which count the same thing), sometimes in
   * 万件 with two decimals, mostly exact and sometimes a lower bound (以上, 余).
   *
   * @return the indicator's raw inputs, never null
   */
  RawIndicator caseCount() {
    int kind = random.nextInt(20);
    String unit = kind == 0 ? "万件" : kind < 10 ? "宗" : "件";
    BigDecimal value = kind == 0
        ? BigDecimal.valueOf(100 + random.nextInt(900), 2)
        : BigDecimal.valueOf(1 + random.nextInt(5000));
    int q = random.nextInt(10);
    Qualifier qualifier = q == 0 ? Qualifier.AT_LEAST : q == 1 ? Qualifier.MORE_THAN : Qualifier.EXACT;
    return new RawIndicator("人民调解组织调处各类民事纠纷", "mediation.disputes", IndicatorKind.COUNT, value, unit,
        qualifier, written(value, unit, qualifier));
  }

  private RawJurisdiction jurisdiction() {
    String[] province = PROVINCES[random.nextInt(PROVINCES.length)];
    int level = random.nextInt(100);
    String prefecture = twoDigits(1 + random.nextInt(15));
    if (level < 3) {
      return new RawJurisdiction(fresh(province[1]), province[0] + "0000", JurisdictionLevel.PROVINCE, null);
    }
    String city = name(2) + "市";
    if (level < 15) {
      return new RawJurisdiction(city, province[0] + prefecture + "00", JurisdictionLevel.PREFECTURE,
          fresh(province[1]));
    }
    int county = 1 + random.nextInt(30);
    String suffix = county < 20 ? "区" : county < 28 ? "县" : "市";
    String code = province[0] + prefecture + twoDigits(county < 28 ? county : 81 + county - 28);
    return new RawJurisdiction(name(2) + suffix, code, JurisdictionLevel.COUNTY, city);
  }

  private List<RawArea> workAreas() {
    int[] measuresPerArea = new int[AREA_TITLES.length];
    int measures = 0;
    for (int i = 0; i < measuresPerArea.length; i++) {
      measuresPerArea[i] = 3 + random.nextInt(3);
      measures += measuresPerArea[i];
    }
    // About twenty numbers, each in a random measure (some measures state several, most none).
    int[] numbersPerMeasure = new int[measures];
    int numbers = 18 + random.nextInt(5);
    for (int n = numbers; n > 0; n--) {
      numbersPerMeasure[random.nextInt(measures)]++;
    }
    // Which templates, in which order: the first `numbers` of a shuffle, so none is stated twice.
    int[] deck = new int[TEMPLATES.length];
    for (int i = 0; i < deck.length; i++) {
      deck[i] = i;
    }
    for (int i = 0; i < numbers; i++) {
      int j = i + random.nextInt(deck.length - i);
      int swap = deck[i];
      deck[i] = deck[j];
      deck[j] = swap;
    }
    int drawn = 0;
    List<RawArea> areas = new ArrayList<>(AREA_TITLES.length);
    int m = 0;
    for (int a = 0; a < AREA_TITLES.length; a++) {
      List<RawMeasure> list = new ArrayList<>(measuresPerArea[a]);
      for (int i = 0; i < measuresPerArea[a]; i++, m++) {
        List<RawIndicator> indicators = new ArrayList<>(numbersPerMeasure[m]);
        StringBuilder text = new StringBuilder(sentence(3, 7));
        for (int k = 0; k < numbersPerMeasure[m]; k++) {
          RawIndicator indicator = indicator(TEMPLATES[deck[drawn++]]);
          indicators.add(indicator);
          text.append(indicator.label()).append(indicator.written()).append('。');
        }
        list.add(new RawMeasure(i + 1, text.toString(), indicators));
      }
      areas.add(new RawArea(a + 1, fresh(AREA_TITLES[a]), List.of(AREA_TASKS[a]), list, null));
    }
    return areas;
  }

  private RawIndicator indicator(Template t) {
    BigDecimal value;
    Qualifier qualifier = Qualifier.EXACT;
    if (t.kind() == IndicatorKind.PERCENT) {
      value = random.nextBoolean()
          ? BigDecimal.valueOf(t.min() + random.nextInt(t.max() - t.min() + 1))
          : BigDecimal.valueOf(t.min() * 10 + random.nextInt((t.max() - t.min()) * 10 + 1), 1);
      if (random.nextInt(4) == 0) {
        qualifier = Qualifier.AT_LEAST;
      }
    } else if (t.unit().startsWith("万")) {
      value = BigDecimal.valueOf(t.min() * 100 + random.nextInt((t.max() - t.min()) * 100 + 1), 2);
      qualifier = random.nextInt(3) == 0 ? Qualifier.MORE_THAN : Qualifier.EXACT;
    } else {
      value = BigDecimal.valueOf(t.min() + random.nextInt(t.max() - t.min() + 1));
      int q = random.nextInt(8);
      qualifier = q == 0 ? Qualifier.MORE_THAN : q == 1 ? Qualifier.APPROXIMATELY : Qualifier.EXACT;
    }
    return new RawIndicator(fresh(t.label()), t.code(), t.kind(), value, t.unit(), qualifier,
        written(value, t.unit(), qualifier));
  }

  private RawTally reportedTally(Procedure procedure) {
    long received = 3L + random.nextInt(120);
    long accepted = received - random.nextInt((int) received / 4 + 1);
    long withdrawn = random.nextInt((int) accepted / 3 + 1);
    long pending = random.nextInt((int) (accepted - withdrawn) / 5 + 1);
    long concluded = accepted - withdrawn - pending;
    boolean apart = random.nextBoolean();
    // Reports often leave a count unstated: unknown is not zero.
    return new RawTally(procedure, received, accepted, withdrawn,
        apart ? concluded : concluded + withdrawn, random.nextInt(4) == 0 ? null : Long.valueOf(pending), apart, Map.of(),
        false);
  }

  private String sentence(int minClauses, int maxClauses) {
    StringBuilder text = new StringBuilder();
    for (int i = minClauses + random.nextInt(maxClauses - minClauses + 1); i > 0; i--) {
      text.append(CLAUSES[random.nextInt(CLAUSES.length)]).append(i == 1 ? '。' : ',');
    }
    return text.toString();
  }

  private String name(int syllables) {
    StringBuilder name = new StringBuilder(syllables + 1);
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
    }
    return name.toString();
  }

  private static String written(BigDecimal value, String unit, Qualifier qualifier) {
    String number = value.toPlainString() + unit;
    return switch (qualifier) {
      case AT_LEAST -> number + "以上";
      case MORE_THAN -> unit.startsWith("万") // 1.19万余人, 100余宗
          ? value.toPlainString() + "万余" + unit.substring(1)
          : value.toPlainString() + "余" + unit;
      case APPROXIMATELY -> "约" + number;
      default -> number;
    };
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** A copy with its own character array, as a parser would make: no two reports share text. */
  private static String fresh(String text) {
    return new String(text.toCharArray());
  }
}
