package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.check.opengov.OpenGovRules;
import java.math.BigDecimal;

/**
 * The standard consistency rules (标准检查规则): the one list of them, and their stable ids. Each id below
 * names one rule, its severity and its source; {@link ReportChecker#standard()} runs them all. The rules
 * themselves live in families: tallies, rates, breakdowns, the catalogue, the report's parts and dates,
 * repeated values, and the rules across reports; the rules of 政府信息公开工作年度报告 have their ids in
 * {@link OpenGov} and live in their own package.
 *
 * <h2>Unknown counts</h2>
 * A rule that needs a count the report does not state stays silent: unknown is not zero.
 *
 * <h2>Which numbers</h2>
 * Indicator rules look at the numbers of the work areas ({@link Report#indicators()}) and their
 * breakdown parts, with paths such as {@code workAreas[6].measures[0].indicators[1].parts[0]}
 * ({@link LocatedIndicator#path()}); plan areas state targets and are not checked. Tally rules look at
 * every tally, {@code reviews[i]}.
 *
 * <h2>Which reports</h2>
 * Most rules apply to every report. {@link #MISSING_PART} and {@link #PUBLISHED_LATE} apply to
 * 法治政府建设年度报告 on 2019 and later ({@link Rule#applicability()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules {
  // ---- review tallies (docs/domain.md, 'Review counting conventions') ----

  /**
   * ERROR: a tally's accepted cases exceed its received cases (受理 ≤ 收到, a hard identity).
   */
  public static final String ACCEPTED_EXCEEDS_RECEIVED = TallyRules.ACCEPTED_EXCEEDS_RECEIVED;

  /**
   * ERROR: a tally states received, accepted and not-accepted cases, and not accepted ≠ received − accepted
   * (不予受理 = 收到 − 受理; 陕西 2016: 2,371 = 1,968 + 403).
   */
  public static final String NOT_ACCEPTED_MISMATCH = TallyRules.NOT_ACCEPTED_MISMATCH;

  /**
   * ERROR: accepted + carried over ≠ concluded + pending, under both ways of counting withdrawals (inside
   * 审结, or apart from it as the seed does: 9 = 6 + 3 + 0). With carried over unknown, concluded +
   * pending below accepted is reported (carried over would be negative); with pending unknown, concluded
   * above accepted + carried over. A tally that balances only under the other convention than the one it
   * states ({@link ReviewTally#withdrawalsCountedApart()}) is {@link #COUNTING_CONVENTION} instead.
   */
  public static final String BALANCE_MISMATCH = TallyRules.BALANCE_MISMATCH;

  /**
   * ERROR: the outcome counts do not add up to the concluded cases (withdrawals included): equal when
   * {@link ReviewTally#outcomesComplete()} or when all three outcome groups are stated, at most
   * otherwise. Where withdrawals are counted apart and the decisions do not list WITHDRAWN, the outcomes
   * are compared with {@link ReviewTally#concluded()} alone. Outcomes that add up under the other
   * withdrawal convention are {@link #COUNTING_CONVENTION} instead.
   */
  public static final String OUTCOMES_MISMATCH = TallyRules.OUTCOMES_MISMATCH;

  /**
   * ERROR: a stated outcome-group count disagrees with the decisions of that group: equal when the
   * decisions are complete, at least their sum otherwise (docs/domain.md, 'Decisions and outcome
   * groups'). An UPHELD group equal to the 维持 decisions alone is {@link #COUNTING_CONVENTION} instead.
   */
  public static final String GROUPS_DISAGREE = TallyRules.GROUPS_DISAGREE;

  /**
   * ERROR: the withdrawn count disagrees with the WITHDRAWN decisions. (More withdrawn than concluded
   * cases, which only fits withdrawals counted apart, is {@link #COUNTING_CONVENTION}.)
   */
  public static final String WITHDRAWN_MISMATCH = TallyRules.WITHDRAWN_MISMATCH;

  /**
   * INFO: a tally adds up only when read under another counting convention than the one it states, and
   * the finding names it: withdrawals counted inside 审结 or apart from it (its balance, its outcomes, or
   * more withdrawn than concluded cases), or an UPHELD group that is 维持 alone rather than 维持 + 驳回.
   */
  public static final String COUNTING_CONVENTION = TallyRules.COUNTING_CONVENTION;

  /**
   * ERROR: a table's decision columns do not agree with the total (合计) it states beside them
   * ({@link ReviewTally#decisionsTotal()}): they must add up to it when the columns are complete
   * ({@link ReviewTally#outcomesComplete()}), and must not exceed it otherwise. The message names every
   * column and both sums.
   */
  public static final String DECISIONS_TOTAL_MISMATCH = TallyRules.DECISIONS_TOTAL_MISMATCH;

  // ---- rates (docs/domain.md, 'Numbers as written') ----

  /**
   * ERROR: a stated percentage with a basis matches it neither rounded half-up nor truncated at its
   * published precision ({@link Rate#matches(BigDecimal)}); the message names the other stated counts
   * of the report that would have matched as denominator (published rates use different bases). A bound
   * ({@code 70%以上}) is consistent when the exact rate keeps it; an approximate value ({@code 约35%})
   * when the exact rate lies within half a unit of its last place plus half a percentage point.
   */
  public static final String RATE_MISMATCH = RateRules.RATE_MISMATCH;

  /**
   * INFO: a stated percentage is its basis truncated, not rounded (49.96% published as 49.9).
   */
  public static final String RATE_TRUNCATED = RateRules.RATE_TRUNCATED;

  /**
   * ERROR: a stated change does not match its growth base ({@link Indicator#growthBase()}, the two counts
   * it compares): a percent change neither rounded half-up nor truncated at its stated precision
   * ({@link GrowthBase#matches(BigDecimal)}), or any percent change from 0; a change in a count unlike
   * their difference. Bounds hold when the exact change keeps them; an approximate percent change lies
   * within half a unit of its last place plus half a percentage point; an approximate count change is not
   * checked.
   */
  public static final String GROWTH_MISMATCH = GrowthRules.GROWTH_MISMATCH;

  // ---- breakdowns ----

  /**
   * ERROR: the parts of a breakdown ({@code 其中…}) exceed their whole, in units that count the same
   * thing (静海 2020: 515 = 218 + 297). Only checked where the bounds allow: an exact or upper-bounded
   * whole, exact or lower-bounded parts.
   */
  public static final String PARTS_EXCEED_WHOLE = BreakdownRules.PARTS_EXCEED_WHOLE;

  /**
   * ERROR: a breakdown marked complete ({@link Indicator#partsComplete()}), all exact, does not add up
   * to its whole exactly.
   */
  public static final String PARTS_DO_NOT_ADD_UP = BreakdownRules.PARTS_DO_NOT_ADD_UP;

  /**
   * ERROR: percentage parts of a (non-percentage) whole are shares of it, and do not add up to 100 within
   * the rounding their precision allows: half a unit of the last place per part, and half a point more
   * per approximate part (22.68 + 76.65 + 0.67 = 100). A complete breakdown must reach 100; any
   * breakdown must not exceed it.
   */
  public static final String SHARES_DO_NOT_ADD_UP = BreakdownRules.SHARES_DO_NOT_ADD_UP;

  // ---- indicators against the catalogue (docs/domain.md, 'The indicator catalogue') ----

  /** ERROR: the catalogue says the indicator is a share, but its value lies outside 0..100. */
  public static final String SHARE_OUT_OF_RANGE = CatalogueRules.SHARE_OUT_OF_RANGE;

  /** ERROR: the catalogue says the indicator is a COUNT, but its value is not whole once scaled. */
  public static final String COUNT_NOT_WHOLE = CatalogueRules.COUNT_NOT_WHOLE;

  /**
   * WARNING: the unit does not count the same thing as the catalogue entry's units
   * ({@link io.github.fazhi.Unit#countsSameAs}).
   */
  public static final String UNIT_MISMATCH = CatalogueRules.UNIT_MISMATCH;

  /** INFO: the indicator's code is not in the catalogue, so it cannot be checked or aggregated. */
  public static final String UNKNOWN_CODE = CatalogueRules.UNKNOWN_CODE;

  // ---- the report (docs/domain.md, 'The annual report') ----

  /**
   * WARNING: a 法治政府建设年度报告 on 2019 or later was published after 1 April of the following year
   * (2019 督察工作规定 Art. 24; {@link Report#publicationDeadline()}).
   */
  public static final String PUBLISHED_LATE = ReportRules.PUBLISHED_LATE;

  /**
   * INFO: the report was published before its year ended, so its counts are "so far this year"
   * (截至目前; the seed is dated 2019-12-06).
   */
  public static final String PUBLISHED_BEFORE_YEAR_END = ReportRules.PUBLISHED_BEFORE_YEAR_END;

  /**
   * WARNING: one of the five content parts the 2019 督察工作规定 requires of a 法治政府建设年度报告 on 2019
   * or later is missing, one finding per part.
   */
  public static final String MISSING_PART = ReportRules.MISSING_PART;

  /**
   * WARNING: work areas, plan areas or the measures of an area are not numbered 1..n in order
   * ({@code (一)…(七)}, {@code 一是…四是}).
   */
  public static final String ORDINALS_NOT_SEQUENTIAL = ReportRules.ORDINALS_NOT_SEQUENTIAL;

  /**
   * INFO: the report names no issuer (签署机关) — many published pages carry no signature — so it is known
   * by its jurisdiction only.
   */
  public static final String ISSUER_MISSING = ReportRules.ISSUER_MISSING;

  /**
   * ERROR: one quantity is stated twice with different values (compared once scaled, with their
   * qualifiers): under the same catalogue code, or under the same label once spaces, full-width forms and
   * quotation marks are set aside ({@code “一窗”受理率} and {@code 一窗 受理率}; of one kind, in units that
   * count the same thing; parts of a breakdown within their whole); or an exact count coded
   * {@code reconsideration.received}, {@code .accepted}, {@code .withdrawn}, {@code .concluded} or
   * {@code .corrected} differs from the same count of the report's reconsideration tally.
   */
  public static final String CONFLICTING_VALUES = ConflictRules.CONFLICTING_VALUES;

  // ---- across reports ----

  /**
   * ERROR: this year's carried-over cases differ from last year's pending ones, for the same
   * reporting body ({@link Report#reportingBody()}), procedure and route (上年结转 = 上年未结).
   */
  public static final String CARRIED_OVER_MISMATCH = SeriesRules.CARRIED_OVER_MISMATCH;

  /**
   * ERROR: one reporting body ({@link Report#reportingBody()}: a jurisdiction, or a department of it) has
   * two reports of the same kind for the same year.
   */
  public static final String DUPLICATE_REPORT = SeriesRules.DUPLICATE_REPORT;

  /**
   * The ids of the standard rules of an open-government-information annual report (政府信息公开工作年度报告):
   * the identities of Table B and Table C, the overview against the tables, the report's sections and
   * deadline, and across the years of one body the carried-over applications and Table A's documents in
   * force (docs/domain.md, 'Open government information tables'). They apply to reports of kind
   * OPEN_GOV_INFO_ANNUAL with {@link Report#openGovInfo()} only.
   *
   * <h2>Unknown cells</h2>
   * A relation is only checked when every cell it needs is stated: unknown is not zero. A group row
   * ((三)…(六)) that the report leaves empty stands for the sum of its sub-rows.
   *
   * <h2>What one year cannot check</h2>
   * Table A has no identity inside one year: its 现行有效 cells are checked only against the previous
   * year's report of the same body ({@link #IN_FORCE_MISMATCH}), and its 行政许可, 行政处罚, 行政强制 and
   * 行政事业性收费 cells (and every cell of the 2019 trial layout's Table A) by no rule.
   *
   * <p>The ids start with {@code opengov.}, as released; the statistics codes of the same family are
   * {@code open_gov.…} ({@code io.github.fazhi.stats.opengov.OpenGovCodes}).
   */
  public static final class OpenGov {
    /**
     * ERROR: in a column of Table B, 一 + 二 ≠ 三(七) + 四 (the identity printed in the table's header:
     * 第一项加第二项之和，等于第三项加第四项之和). One finding per column.
     */
    public static final String APPLICATIONS_BALANCE = "opengov.applications_balance";

    /**
     * ERROR: in a column of Table B, (七)总计 ≠ (一) + (二) + (三) + (四) + (五) + (六), a group taken as its
     * stated row or else as the sum of its sub-rows. One finding per column.
     */
    public static final String RESULTS_TOTAL_MISMATCH = "opengov.results_total_mismatch";

    /**
     * ERROR: a group row that the report fills ((三)…(六)) is not the sum of its sub-rows, or a filled
     * 三、本年度办理结果 row is not (七)总计. One finding per group and column.
     */
    public static final String GROUP_MISMATCH = "opengov.group_mismatch";

    /**
     * ERROR: in a row of Table B, 总计 ≠ 自然人 + the five 法人或其他组织 columns. One finding per row.
     */
    public static final String ROW_TOTAL_MISMATCH = "opengov.row_total_mismatch";

    /**
     * ERROR: in a block of Table C, 总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结. One finding per block.
     */
    public static final String DISPUTES_TOTAL_MISMATCH = "opengov.disputes_total_mismatch";

    /**
     * ERROR: a number the overview states in prose disagrees with the table: received applications with
     * 一 总计 (not 一 + 二), carried over with 二 总计, carried forward with 四 总计, reconsideration with Table
     * C's 行政复议 总计, litigation with the sum of its two litigation blocks' 总计.
     */
    public static final String OVERVIEW_MISMATCH = "opengov.overview_mismatch";

    /**
     * WARNING: a report is published after its deadline ({@link Report#publicationDeadline()}): a
     * department's report by 31 January, a government's report by 31 March of the next year (政府信息公开条例
     * 2019 Art. 49; 31 March for all reports on years before 2019). With the issuer's kind unknown, 31 March.
     */
    public static final String PUBLISHED_LATE = "opengov.published_late";

    /**
     * WARNING: one of the six sections is missing, one finding per section; checked only when the report
     * records its sections at all.
     */
    public static final String MISSING_SECTION = "opengov.missing_section";

    /**
     * ERROR (across reports): in a column of Table B, 四 结转下年度继续办理 of year N ≠ 二 上年结转 of year N+1
     * of the same body. One finding per column.
     */
    public static final String CARRIED_OVER_MISMATCH = "opengov.series.carried_over_mismatch";

    /**
     * ERROR (across reports): in the 2021 layout, 现行有效 of year N+1 ≠ 现行有效 of year N + 本年制发 − 本年废止
     * of year N+1, for 规章 and for 行政规范性文件.
     */
    public static final String IN_FORCE_MISMATCH = "opengov.series.in_force_mismatch";

    private OpenGov() {}
  }

  private StandardRules() {}

  /**
   * Returns the standard rules over one report, checking indicators against the given catalogue.
   *
   * @param catalog  the catalogue, not null
   * @return the rules, in a fixed order; never null
   */
  public static ImmutableList<Rule> rules(IndicatorCatalog catalog) {
    requireNonNull(catalog, "catalog");
    return ImmutableList.<Rule>builder()
        .addAll(TallyRules.rules())
        .addAll(RateRules.rules())
        .addAll(GrowthRules.rules())
        .addAll(BreakdownRules.rules())
        .addAll(CatalogueRules.rules(catalog))
        .addAll(ReportRules.rules())
        .addAll(ConflictRules.rules())
        .addAll(OpenGovRules.rules())
        .build();
  }

  /**
   * Returns the standard rules across reports.
   *
   * @return the rules, in a fixed order; never null
   */
  public static ImmutableList<SeriesRule> seriesRules() {
    return ImmutableList.<SeriesRule>builder()
        .addAll(SeriesRules.rules())
        .addAll(OpenGovRules.seriesRules())
        .build();
  }
}
