package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;

/**
 * The standard consistency rules (标准检查规则): the one list of them, and their stable ids. Each id below
 * names one rule, its severity and its source; {@link ReportChecker#standard()} runs them all. The rules
 * themselves live in families: tallies, rates, breakdowns, the catalogue, the report's parts and dates,
 * repeated values, and the rules across reports.
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
        .addAll(OpenGovInfoRules.rules())
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
        .addAll(OpenGovInfoRules.seriesRules())
        .build();
  }
}
