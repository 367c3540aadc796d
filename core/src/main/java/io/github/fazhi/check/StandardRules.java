package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.PercentMatch;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The standard consistency rules (标准检查规则) and their stable ids. Each id below names one rule, its
 * severity and its source; {@link ReportChecker#standard()} runs them all.
 *
 * <h3>Unknown counts</h3>
 * A rule that needs a count the report does not state stays silent: unknown is not zero.
 *
 * <h3>Which numbers</h3>
 * Indicator rules look at the numbers of the work areas ({@link Report#indicators()}) and their
 * breakdown parts, with paths such as {@code workAreas[6].measures[0].indicators[1].parts[0]}; plan areas
 * state targets and are not checked. Tally rules look at every tally, {@code reviews[i]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules {
  // ---- review tallies (brief §3.4) ----

  /**
   * ERROR: a tally's accepted cases exceed its received cases (受理 ≤ 收到; brief §3.4, hard identity).
   */
  public static final String ACCEPTED_EXCEEDS_RECEIVED = "review.accepted_exceeds_received";

  /**
   * ERROR: a tally states received, accepted and not-accepted cases, and not accepted ≠ received − accepted
   * (不予受理 = 收到 − 受理; brief §3.4, 陕西 2016: 2,371 = 1,968 + 403).
   */
  public static final String NOT_ACCEPTED_MISMATCH = "review.not_accepted_mismatch";

  /**
   * ERROR: accepted + carried over ≠ concluded + pending, where concluded includes withdrawals counted
   * apart ({@link ReviewTally#concludedIncludingWithdrawn()}; the seed's 9 = 6 + 3 + 0). With carried
   * over unknown, concluded + pending below accepted is reported (carried over would be negative); with
   * pending unknown, concluded above accepted + carried over (brief §3.4: concluded ≤ accepted +
   * carriedOver; pending = underReview − concluded).
   */
  public static final String BALANCE_MISMATCH = "review.balance_mismatch";

  /**
   * ERROR: the outcome counts do not add up to the concluded cases (withdrawals included): equal when
   * {@link ReviewTally#outcomesComplete()} or when all three outcome groups are stated, at most
   * otherwise (brief §3.4: "these outcomes make up concluded"). Where withdrawals are counted apart and
   * the decisions do not list WITHDRAWN, the outcomes are compared with {@link ReviewTally#concluded()}
   * alone.
   */
  public static final String OUTCOMES_MISMATCH = "review.outcomes_mismatch";

  /**
   * ERROR: a stated outcome-group count disagrees with the decisions of that group: equal when the
   * decisions are complete, at least their sum otherwise (brief §4.4: the three official columns).
   */
  public static final String GROUPS_DISAGREE = "review.groups_disagree_with_decisions";

  /**
   * ERROR: the withdrawn count disagrees with the WITHDRAWN decisions, or (withdrawals counted inside
   * concluded) exceeds the concluded cases (brief §0, §3.4).
   */
  public static final String WITHDRAWN_MISMATCH = "review.withdrawn_mismatch";

  // ---- rates (architecture: Numbers) ----

  /**
   * ERROR: a stated percentage with a basis matches it neither rounded half-up nor truncated at its
   * published precision ({@link Rate#matches(BigDecimal)}); the message names the other stated counts
   * of the report that would have matched as denominator (brief §3.4: published rates use different
   * bases). A bound ({@code 70%以上}) is consistent when the exact rate keeps it; an approximate value is
   * not checked.
   */
  public static final String RATE_MISMATCH = "indicator.rate_mismatch";

  /**
   * INFO: a stated percentage is its basis truncated, not rounded (49.96% published as 49.9).
   */
  public static final String RATE_TRUNCATED = "indicator.rate_truncated";

  // ---- breakdowns ----

  /**
   * ERROR: the parts of a breakdown ({@code 其中…}) exceed their whole, in units that count the same
   * thing (brief §5.2 row 7: 515 = 218 + 297). Only checked where the bounds allow: an exact or upper-
   * bounded whole, exact or lower-bounded parts.
   */
  public static final String PARTS_EXCEED_WHOLE = "breakdown.parts_exceed_whole";

  /**
   * ERROR: a breakdown marked complete ({@link Indicator#partsComplete()}), all exact, does not add up
   * to its whole exactly.
   */
  public static final String PARTS_DO_NOT_ADD_UP = "breakdown.parts_do_not_add_up";

  /**
   * ERROR: percentage parts of a (non-percentage) whole are shares of it, and do not add up to 100 within
   * the rounding their precision allows: half a unit of the last place per part (brief §5.4 row 31:
   * 22.68 + 76.65 + 0.67 = 100). A complete breakdown must reach 100; any breakdown must not exceed it.
   */
  public static final String SHARES_DO_NOT_ADD_UP = "breakdown.shares_do_not_add_up";

  // ---- indicators against the catalogue (brief §5) ----

  /** ERROR: the catalogue says the indicator is a share, but its value lies outside 0..100. */
  public static final String SHARE_OUT_OF_RANGE = "indicator.share_out_of_range";

  /** ERROR: the catalogue says the indicator is a COUNT, but its value is not whole once scaled. */
  public static final String COUNT_NOT_WHOLE = "indicator.count_not_whole";

  /**
   * WARNING: the unit does not count the same thing as the catalogue entry's units
   * ({@link io.github.fazhi.Unit#countsSameAs}).
   */
  public static final String UNIT_MISMATCH = "indicator.unit_mismatch";

  /** INFO: the indicator's code is not in the catalogue, so it cannot be checked or aggregated. */
  public static final String UNKNOWN_CODE = "indicator.unknown_code";

  // ---- the report ----

  /**
   * WARNING: the report was published after 1 April of the following year (2019 督察工作规定 Art. 24;
   * brief §1.1; {@link Report#publicationDeadline()}).
   */
  public static final String PUBLISHED_LATE = "report.published_late";

  /**
   * INFO: the report was published before its year ended, so its counts are "so far this year"
   * (截至目前; brief §0: the seed is dated 2019-12-06).
   */
  public static final String PUBLISHED_BEFORE_YEAR_END = "report.published_before_year_end";

  /** WARNING: one of the five required content parts is missing, one finding per part (brief §1.3). */
  public static final String MISSING_PART = "report.missing_part";

  /**
   * WARNING: work areas, plan areas or the measures of an area are not numbered 1..n in order (brief §0:
   * {@code (一)…(七)}, {@code 一是…四是}).
   */
  public static final String ORDINALS_NOT_SEQUENTIAL = "report.ordinals_not_sequential";

  /**
   * ERROR: the same catalogue code is stated twice with different values (compared once scaled, with
   * their qualifiers), or an exact count coded {@code reconsideration.received}, {@code .accepted},
   * {@code .withdrawn}, {@code .concluded} or {@code .corrected} differs from the same count of the
   * report's reconsideration tally (the seed states both, and they agree).
   */
  public static final String CONFLICTING_VALUES = "report.conflicting_values";

  // ---- across reports ----

  /**
   * ERROR: this year's carried-over cases differ from last year's pending ones, for the same
   * reporting body ({@link Report#reportingBody()}), procedure and route (上年结转 = 上年未结; brief §3.4).
   */
  public static final String CARRIED_OVER_MISMATCH = "series.carried_over_mismatch";

  /**
   * ERROR: one reporting body ({@link Report#reportingBody()}: a jurisdiction, or a department of it) has
   * two reports of the same kind for the same year.
   */
  public static final String DUPLICATE_REPORT = "series.duplicate_report";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private StandardRules() {}

  /**
   * Returns the standard rules over one report, checking indicators against the given catalogue.
   *
   * @param catalog  the catalogue, not null
   * @return the rules, in a fixed order; never null
   */
  public static ImmutableList<Rule> rules(IndicatorCatalog catalog) {
    requireNonNull(catalog, "catalog");
    return ImmutableList.of(
        rule(ACCEPTED_EXCEEDS_RECEIVED, tallies(StandardRules::acceptedExceedsReceived)),
        rule(NOT_ACCEPTED_MISMATCH, tallies(StandardRules::notAcceptedMismatch)),
        rule(BALANCE_MISMATCH, tallies(StandardRules::balance)),
        rule(OUTCOMES_MISMATCH, tallies(StandardRules::outcomes)),
        rule(GROUPS_DISAGREE, tallies(StandardRules::groups)),
        rule(WITHDRAWN_MISMATCH, tallies(StandardRules::withdrawn)),
        rule(RATE_MISMATCH, report -> rates(report, false)),
        rule(RATE_TRUNCATED, report -> rates(report, true)),
        rule(PARTS_EXCEED_WHOLE, indicators(StandardRules::partsExceedWhole)),
        rule(PARTS_DO_NOT_ADD_UP, indicators(StandardRules::partsDoNotAddUp)),
        rule(SHARES_DO_NOT_ADD_UP, indicators(StandardRules::shares)),
        rule(SHARE_OUT_OF_RANGE, catalogued(catalog, StandardRules::shareOutOfRange)),
        rule(COUNT_NOT_WHOLE, catalogued(catalog, StandardRules::countNotWhole)),
        rule(UNIT_MISMATCH, catalogued(catalog, StandardRules::unitMismatch)),
        rule(UNKNOWN_CODE, report -> unknownCodes(report, catalog)),
        rule(PUBLISHED_LATE, StandardRules::publishedLate),
        rule(PUBLISHED_BEFORE_YEAR_END, StandardRules::publishedBeforeYearEnd),
        rule(MISSING_PART, StandardRules::missingParts),
        rule(ORDINALS_NOT_SEQUENTIAL, StandardRules::ordinals),
        rule(CONFLICTING_VALUES, StandardRules::conflictingValues),
        OpenGovInfoRules.rule(OpenGovInfoRules.APPLICATIONS_BALANCE),
        OpenGovInfoRules.rule(OpenGovInfoRules.RESULTS_TOTAL_MISMATCH),
        OpenGovInfoRules.rule(OpenGovInfoRules.GROUP_MISMATCH),
        OpenGovInfoRules.rule(OpenGovInfoRules.ROW_TOTAL_MISMATCH),
        OpenGovInfoRules.rule(OpenGovInfoRules.DISPUTES_TOTAL_MISMATCH),
        OpenGovInfoRules.rule(OpenGovInfoRules.OVERVIEW_MISMATCH),
        OpenGovInfoRules.rule(OpenGovInfoRules.PUBLISHED_LATE),
        OpenGovInfoRules.rule(OpenGovInfoRules.MISSING_SECTION));
  }

  /**
   * Returns the standard rules across reports.
   *
   * @return the rules, in a fixed order; never null
   */
  public static ImmutableList<SeriesRule> seriesRules() {
    return ImmutableList.of(
        series(CARRIED_OVER_MISMATCH, StandardRules::carriedOver),
        series(DUPLICATE_REPORT, StandardRules::duplicates),
        OpenGovInfoRules.seriesRule(OpenGovInfoRules.CARRIED_OVER_MISMATCH),
        OpenGovInfoRules.seriesRule(OpenGovInfoRules.IN_FORCE_MISMATCH));
  }

  // ---------------------------------------------------------------------------------------------------
  // plumbing

  private record SimpleRule(String id, Function<Report, List<Finding>> body) implements Rule {
    @Override
    public List<Finding> check(Report report) {
      return body.apply(report);
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private record SimpleSeriesRule(String id, Function<Collection<Report>, List<Finding>> body)
      implements SeriesRule {
    @Override
    public List<Finding> check(Collection<Report> reports) {
      return body.apply(reports);
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private interface TallyCheck {
    void check(String path, ReviewTally tally, List<Finding> out);
  }

  private interface IndicatorCheck {
    void check(Located located, List<Finding> out);
  }

  private interface CatalogCheck {
    void check(Located located, CatalogEntry entry, List<Finding> out);
  }

  private static Rule rule(String id, Function<Report, List<Finding>> body) {
    return new SimpleRule(id, body);
  }

  private static SeriesRule series(String id, Function<Collection<Report>, List<Finding>> body) {
    return new SimpleSeriesRule(id, body);
  }

  private static Function<Report, List<Finding>> tallies(TallyCheck check) {
    return report -> {
      List<Finding> out = new ArrayList<>();
      for (int i = 0; i < report.reviews().size(); i++) {
        check.check("reviews[" + i + "]", report.reviews().get(i), out);
      }
      return out;
    };
  }

  private static Function<Report, List<Finding>> indicators(IndicatorCheck check) {
    return report -> {
      List<Finding> out = new ArrayList<>();
      for (Located located : Located.all(report)) {
        check.check(located, out);
      }
      return out;
    };
  }

  private static Function<Report, List<Finding>> catalogued(IndicatorCatalog catalog, CatalogCheck check) {
    return report -> {
      List<Finding> out = new ArrayList<>();
      for (Located located : Located.all(report)) {
        Optional<CatalogEntry> entry = located.indicator().code().flatMap(catalog::entry);
        entry.ifPresent(e -> check.check(located, e, out));
      }
      return out;
    };
  }

  private static Map<String, BigDecimal> numbers(Object... nameValues) {
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      Object value = nameValues[i + 1];
      numbers.put((String) nameValues[i],
          value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) value).longValue()));
    }
    return numbers;
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------------
  // review tallies

  private static void acceptedExceedsReceived(String path, ReviewTally tally, List<Finding> out) {
    if (tally.accepted().isPresent() && tally.received().isPresent()
        && tally.accepted().getAsLong() > tally.received().getAsLong()) {
      long accepted = tally.accepted().getAsLong();
      long received = tally.received().getAsLong();
      out.add(Finding.of(ACCEPTED_EXCEEDS_RECEIVED, Severity.ERROR, path + ".accepted",
          "accepted (" + accepted + ") must be <= received (" + received + ")",
          numbers("accepted", accepted, "received", received)));
    }
  }

  private static void notAcceptedMismatch(String path, ReviewTally tally, List<Finding> out) {
    if (tally.received().isEmpty() || tally.accepted().isEmpty() || tally.notAccepted().isEmpty()) {
      return;
    }
    long received = tally.received().getAsLong();
    long accepted = tally.accepted().getAsLong();
    long notAccepted = tally.notAccepted().getAsLong();
    if (big(received).subtract(big(accepted)).compareTo(big(notAccepted)) != 0) {
      out.add(Finding.of(NOT_ACCEPTED_MISMATCH, Severity.ERROR, path + ".notAccepted",
          "notAccepted (" + notAccepted + ") must be received (" + received + ") - accepted (" + accepted + ")",
          numbers("notAccepted", notAccepted, "received", received, "accepted", accepted)));
    }
  }

  /** Concluded cases withdrawals included, in BigInteger so that absurd counts cannot overflow. */
  private static Optional<BigInteger> concludedAll(ReviewTally tally) {
    if (tally.concluded().isEmpty()) {
      return Optional.empty();
    }
    BigInteger concluded = big(tally.concluded().getAsLong());
    if (!tally.withdrawalsCountedApart()) {
      return Optional.of(concluded);
    }
    return tally.withdrawn().isPresent()
        ? Optional.of(concluded.add(big(tally.withdrawn().getAsLong())))
        : Optional.empty();
  }

  private static void balance(String path, ReviewTally tally, List<Finding> out) {
    OptionalLong accepted = tally.accepted();
    OptionalLong carried = tally.carriedOver();
    Optional<BigInteger> concluded = concludedAll(tally);
    OptionalLong pending = tally.pending();
    if (accepted.isEmpty() || concluded.isEmpty()) {
      return;
    }
    String concludedName = tally.withdrawalsCountedApart() ? "concluded + withdrawn" : "concluded";
    long a = accepted.getAsLong();
    BigInteger k = concluded.get();
    BigDecimal kd = new BigDecimal(k);
    if (carried.isPresent() && pending.isPresent()) {
      long c = carried.getAsLong();
      long p = pending.getAsLong();
      if (big(a).add(big(c)).compareTo(k.add(big(p))) != 0) {
        out.add(Finding.of(BALANCE_MISMATCH, Severity.ERROR, path,
            "accepted (" + a + ") + carriedOver (" + c + ") must be " + concludedName + " (" + k
                + ") + pending (" + p + ")",
            numbers("accepted", a, "carriedOver", c, "concluded", kd, "pending", p)));
      }
    } else if (pending.isPresent()) {
      long p = pending.getAsLong();
      if (k.add(big(p)).compareTo(big(a)) < 0) {
        out.add(Finding.of(BALANCE_MISMATCH, Severity.ERROR, path,
            concludedName + " (" + k + ") + pending (" + p + ") must be >= accepted (" + a
                + "): carriedOver would be negative",
            numbers("accepted", a, "concluded", kd, "pending", p)));
      }
    } else if (carried.isPresent()) {
      long c = carried.getAsLong();
      if (k.compareTo(big(a).add(big(c))) > 0) {
        out.add(Finding.of(BALANCE_MISMATCH, Severity.ERROR, path,
            concludedName + " (" + k + ") must be <= accepted (" + a + ") + carriedOver (" + c + ")",
            numbers("accepted", a, "carriedOver", c, "concluded", kd)));
      }
    }
  }

  private static void outcomes(String path, ReviewTally tally, List<Finding> out) {
    // Withdrawals counted apart stay apart from the outcomes too, unless the decisions list them.
    Optional<BigInteger> concluded =
        tally.withdrawalsCountedApart() && !tally.decisions().containsKey(Decision.WITHDRAWN)
            ? (tally.concluded().isPresent() ? Optional.of(big(tally.concluded().getAsLong())) : Optional.empty())
            : concludedAll(tally);
    if (concluded.isEmpty()) {
      return;
    }
    BigInteger k = concluded.get();
    if (!tally.decisions().isEmpty()) {
      BigInteger sum = BigInteger.ZERO;
      for (long count : tally.decisions().values()) {
        sum = sum.add(big(count));
      }
      compareOutcomes(path + ".decisions", "decisions", sum, k, tally.outcomesComplete(), out);
    }
    if (!tally.outcomeGroups().isEmpty()) {
      BigInteger sum = BigInteger.ZERO;
      for (long count : tally.outcomeGroups().values()) {
        sum = sum.add(big(count));
      }
      boolean all = tally.outcomeGroups().size() == OutcomeGroup.values().length;
      compareOutcomes(path + ".outcomeGroups", "outcome groups", sum, k, all, out);
    }
  }

  private static void compareOutcomes(
      String path, String what, BigInteger sum, BigInteger concluded, boolean complete, List<Finding> out) {
    int comparison = sum.compareTo(concluded);
    if (complete ? comparison != 0 : comparison > 0) {
      out.add(Finding.of(OUTCOMES_MISMATCH, Severity.ERROR, path,
          "the " + what + " (" + sum + ") must " + (complete ? "add up to" : "not exceed")
              + " the concluded cases (" + concluded + ")",
          numbers(what, new BigDecimal(sum), "concluded", new BigDecimal(concluded))));
    }
  }

  private static void groups(String path, ReviewTally tally, List<Finding> out) {
    for (Map.Entry<OutcomeGroup, Long> stated : tally.outcomeGroups().entrySet()) {
      OutcomeGroup group = stated.getKey();
      BigInteger sum = BigInteger.ZERO;
      boolean any = false;
      for (Map.Entry<Decision, Long> decision : tally.decisions().entrySet()) {
        if (decision.getKey().group() == group) {
          sum = sum.add(big(decision.getValue()));
          any = true;
        }
      }
      boolean complete = tally.outcomesComplete();
      if (!any && !complete) {
        continue;
      }
      int comparison = big(stated.getValue()).compareTo(sum);
      if (complete ? comparison != 0 : comparison < 0) {
        out.add(Finding.of(GROUPS_DISAGREE, Severity.ERROR, path + ".outcomeGroups." + lower(group),
            "outcome group " + group + " (" + stated.getValue() + ") must be "
                + (complete ? "" : ">= ") + "the sum of its decisions (" + sum + ")",
            numbers(lower(group), stated.getValue(), "decisions", new BigDecimal(sum))));
      }
    }
  }

  private static void withdrawn(String path, ReviewTally tally, List<Finding> out) {
    if (tally.withdrawn().isEmpty()) {
      return;
    }
    long withdrawn = tally.withdrawn().getAsLong();
    boolean decisionApplies = !tally.withdrawalsCountedApart()
        || tally.decisions().containsKey(Decision.WITHDRAWN);
    OptionalLong decided = tally.decision(Decision.WITHDRAWN);
    if (decisionApplies && decided.isPresent() && decided.getAsLong() != withdrawn) {
      out.add(Finding.of(WITHDRAWN_MISMATCH, Severity.ERROR, path + ".withdrawn",
          "withdrawn (" + withdrawn + ") must be decisions.withdrawn (" + decided.getAsLong() + ")",
          numbers("withdrawn", withdrawn, "decisions.withdrawn", decided.getAsLong())));
    }
    if (!tally.withdrawalsCountedApart() && tally.concluded().isPresent()
        && withdrawn > tally.concluded().getAsLong()) {
      long concluded = tally.concluded().getAsLong();
      out.add(Finding.of(WITHDRAWN_MISMATCH, Severity.ERROR, path + ".withdrawn",
          "withdrawn (" + withdrawn + ") must be <= concluded (" + concluded
              + "), which counts withdrawals inside",
          numbers("withdrawn", withdrawn, "concluded", concluded)));
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // rates

  private static List<Finding> rates(Report report, boolean truncations) {
    List<Finding> out = new ArrayList<>();
    List<Located> all = Located.all(report);
    for (Located located : all) {
      Indicator indicator = located.indicator();
      if (indicator.basis().isEmpty() || indicator.qualifier() == Qualifier.APPROXIMATELY) {
        continue;
      }
      Rate basis = indicator.basis().get();
      BigDecimal stated = indicator.value();
      PercentMatch match = basis.matches(stated);
      String name = indicator.code().orElse(indicator.label());
      if (match == PercentMatch.TRUNCATED && truncations) {
        out.add(Finding.of(RATE_TRUNCATED, Severity.INFO, located.path(),
            name + " (" + stated.toPlainString() + ") is its basis " + basis + " truncated, not rounded ("
                + basis.percent(Math.max(0, stated.scale())).toPlainString() + ")",
            numbers("stated", stated, "numerator", basis.numerator(), "denominator", basis.denominator())));
      } else if (match == PercentMatch.MISMATCH && !truncations && !keepsBound(indicator, basis)) {
        List<String> alternatives = alternatives(report, all, basis, stated);
        out.add(Finding.of(RATE_MISMATCH, Severity.ERROR, located.path(),
            name + " (" + stated.toPlainString() + ") does not match its basis " + basis + " ("
                + basis.percent(Math.max(0, stated.scale())).toPlainString() + ")"
                + (alternatives.isEmpty()
                    ? ""
                    : "; it would match with " + String.join(" or ", alternatives) + " as denominator"),
            numbers("stated", stated, "numerator", basis.numerator(), "denominator", basis.denominator())));
      }
    }
    return out;
  }

  private static boolean keepsBound(Indicator indicator, Rate basis) {
    Qualifier qualifier = indicator.qualifier();
    if (!qualifier.isLowerBound() && !qualifier.isUpperBound()) {
      return false;
    }
    // compare numerator * 100 with stated * denominator, exactly
    int comparison = BigDecimal.valueOf(basis.numerator()).multiply(HUNDRED)
        .compareTo(indicator.value().multiply(BigDecimal.valueOf(basis.denominator())));
    if (qualifier.isLowerBound()) {
      return qualifier.isStrict() ? comparison > 0 : comparison >= 0;
    }
    return qualifier.isStrict() ? comparison < 0 : comparison <= 0;
  }

  private static List<String> alternatives(Report report, List<Located> all, Rate basis, BigDecimal stated) {
    // Every tally's counts and every count indicator are offered, in report order: two tallies of one
    // procedure (litigation counted per route) are named by their route, or else by their place.
    List<Map.Entry<String, Long>> candidates = new ArrayList<>();
    List<ReviewTally> tallies = report.reviews();
    Map<String, Integer> sameName = new HashMap<>();
    for (ReviewTally tally : tallies) {
      sameName.merge(tallyName(tally), 1, Integer::sum);
    }
    for (int i = 0; i < tallies.size(); i++) {
      ReviewTally tally = tallies.get(i);
      String name = tallyName(tally);
      String prefix = (sameName.getOrDefault(name, 0) > 1 ? name + " (reviews[" + i + "])" : name) + " ";
      put(candidates, prefix + "received", tally.received());
      put(candidates, prefix + "accepted", tally.accepted());
      put(candidates, prefix + "notAccepted", tally.notAccepted());
      put(candidates, prefix + "carriedOver", tally.carriedOver());
      put(candidates, prefix + "underReview", sum(tally.accepted(), tally.carriedOver()));
      put(candidates, prefix + "concluded", tally.concluded());
      if (tally.withdrawalsCountedApart()) {
        put(candidates, prefix + "concluded + withdrawn", sum(tally.concluded(), tally.withdrawn()));
      }
      put(candidates, prefix + "withdrawn", tally.withdrawn());
      put(candidates, prefix + "pending", tally.pending());
    }
    for (Located located : all) {
      Indicator indicator = located.indicator();
      if (indicator.kind() == IndicatorKind.COUNT) {
        try {
          put(candidates, indicator.label(), OptionalLong.of(indicator.baseValue().longValueExact()));
        } catch (ArithmeticException tooLarge) {
          // not a candidate denominator
        }
      }
    }
    List<String> matches = new ArrayList<>();
    for (Map.Entry<String, Long> candidate : candidates) {
      long denominator = candidate.getValue();
      String shown = candidate.getKey() + " (" + denominator + ")";
      if (denominator > 0 && denominator != basis.denominator() && !matches.contains(shown)
          && Rate.of(basis.numerator(), denominator).matches(stated).isConsistent()) {
        matches.add(shown);
      }
    }
    return matches;
  }

  /** A tally's name in a message: its procedure, and its litigation route if it counts one route. */
  private static String tallyName(ReviewTally tally) {
    return tally.procedure().chinese() + tally.route().map(route -> " " + route.chinese()).orElse("");
  }

  /** The sum of two known counts, or empty when one is unknown or the sum overflows. */
  private static OptionalLong sum(OptionalLong a, OptionalLong b) {
    if (a.isEmpty() || b.isEmpty()) {
      return OptionalLong.empty();
    }
    long sum = a.getAsLong() + b.getAsLong();
    return sum < 0 ? OptionalLong.empty() : OptionalLong.of(sum);
  }

  private static void put(List<Map.Entry<String, Long>> candidates, String name, OptionalLong value) {
    if (value.isPresent()) {
      candidates.add(Map.entry(name, value.getAsLong()));
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // breakdowns

  private static List<Indicator> countParts(Indicator whole) {
    List<Indicator> parts = new ArrayList<>();
    if (!whole.kind().isAdditive()) {
      return parts;
    }
    for (Indicator part : whole.parts()) {
      if (part.kind().isAdditive() && part.unit().countsSameAs(whole.unit())) {
        parts.add(part);
      }
    }
    return parts;
  }

  private static BigDecimal sumOf(List<Indicator> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator part : parts) {
      sum = sum.add(part.baseValue());
    }
    return sum;
  }

  private static void partsExceedWhole(Located located, List<Finding> out) {
    Indicator whole = located.indicator();
    List<Indicator> parts = countParts(whole);
    if (parts.isEmpty() || whole.qualifier().isLowerBound() || whole.qualifier() == Qualifier.APPROXIMATELY) {
      return;
    }
    boolean allExact = whole.qualifier() == Qualifier.EXACT;
    for (Indicator part : parts) {
      Qualifier q = part.qualifier();
      if (q.isUpperBound() || q == Qualifier.APPROXIMATELY) {
        return;
      }
      allExact &= q == Qualifier.EXACT;
    }
    if (whole.partsComplete() && allExact && parts.size() == whole.parts().size()) {
      return; // PARTS_DO_NOT_ADD_UP says it exactly
    }
    BigDecimal sum = sumOf(parts);
    if (sum.compareTo(whole.baseValue()) > 0) {
      out.add(Finding.of(PARTS_EXCEED_WHOLE, Severity.ERROR, located.path() + ".parts",
          "the parts (" + sum.toPlainString() + ") must not exceed the whole (" + whole.baseValue().toPlainString()
              + " " + whole.unit().base() + ")",
          numbers("parts", sum, "whole", whole.baseValue())));
    }
  }

  private static void partsDoNotAddUp(Located located, List<Finding> out) {
    Indicator whole = located.indicator();
    List<Indicator> parts = countParts(whole);
    if (!whole.partsComplete() || parts.size() != whole.parts().size()
        || whole.qualifier() != Qualifier.EXACT) {
      return;
    }
    for (Indicator part : parts) {
      if (part.qualifier() != Qualifier.EXACT) {
        return;
      }
    }
    BigDecimal sum = sumOf(parts);
    if (sum.compareTo(whole.baseValue()) != 0) {
      out.add(Finding.of(PARTS_DO_NOT_ADD_UP, Severity.ERROR, located.path() + ".parts",
          "the complete parts (" + sum.toPlainString() + ") must add up to the whole ("
              + whole.baseValue().toPlainString() + " " + whole.unit().base() + ")",
          numbers("parts", sum, "whole", whole.baseValue())));
    }
  }

  private static void shares(Located located, List<Finding> out) {
    Indicator whole = located.indicator();
    if (whole.kind() == IndicatorKind.PERCENT) {
      return;
    }
    List<Indicator> shares = new ArrayList<>();
    for (Indicator part : whole.parts()) {
      if (part.kind() == IndicatorKind.PERCENT) {
        shares.add(part);
      }
    }
    if (shares.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal tolerance = BigDecimal.ZERO;
    boolean allExact = true;
    for (Indicator share : shares) {
      Qualifier q = share.qualifier();
      if (q.isUpperBound() || q == Qualifier.APPROXIMATELY) {
        return;
      }
      allExact &= q == Qualifier.EXACT;
      sum = sum.add(share.value());
      tolerance = tolerance.add(HALF.movePointLeft(Math.max(0, share.value().scale())));
    }
    boolean complete = whole.partsComplete() && allExact && shares.size() == whole.parts().size();
    BigDecimal gap = sum.subtract(HUNDRED);
    boolean broken = complete ? gap.abs().compareTo(tolerance) > 0 : gap.compareTo(tolerance) > 0;
    if (broken) {
      out.add(Finding.of(SHARES_DO_NOT_ADD_UP, Severity.ERROR, located.path() + ".parts",
          "the shares (" + sum.toPlainString() + "%) must " + (complete ? "add up to" : "not exceed")
              + " 100% within their rounding (" + tolerance.toPlainString() + ")",
          numbers("shares", sum, "tolerance", tolerance)));
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // indicators against the catalogue

  private static void shareOutOfRange(Located located, CatalogEntry entry, List<Finding> out) {
    BigDecimal value = located.indicator().value();
    if (entry.isShare() && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      out.add(Finding.of(SHARE_OUT_OF_RANGE, Severity.ERROR, located.path() + ".value",
          entry.code() + " is a share, so value (" + value.toPlainString() + ") must be between 0 and 100",
          numbers("value", value)));
    }
  }

  private static void countNotWhole(Located located, CatalogEntry entry, List<Finding> out) {
    BigDecimal scaled = located.indicator().baseValue();
    if (entry.kind() == IndicatorKind.COUNT && scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0) {
      out.add(Finding.of(COUNT_NOT_WHOLE, Severity.ERROR, located.path() + ".value",
          entry.code() + " is a count, so value (" + scaled.toPlainString() + " " + located.indicator().unit().base()
              + ") must be whole",
          numbers("value", scaled)));
    }
  }

  private static void unitMismatch(Located located, CatalogEntry entry, List<Finding> out) {
    if (!entry.fits(located.indicator().unit())) {
      out.add(Finding.of(UNIT_MISMATCH, Severity.WARNING, located.path() + ".unit",
          "unit (" + located.indicator().unit() + ") does not count what " + entry.code() + " counts ("
              + entry.unit() + ")"));
    }
  }

  private static List<Finding> unknownCodes(Report report, IndicatorCatalog catalog) {
    List<Finding> out = new ArrayList<>();
    for (Located located : Located.all(report)) {
      Optional<String> code = located.indicator().code();
      if (code.isPresent() && !catalog.contains(code.get())) {
        out.add(Finding.of(UNKNOWN_CODE, Severity.INFO, located.path() + ".code",
            "code (\"" + code.get() + "\") is not in the catalogue"));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------
  // the report

  private static List<Finding> publishedLate(Report report) {
    if (report.published().isEmpty() || report.kind() == ReportKind.OPEN_GOV_INFO_ANNUAL) {
      return List.of();
    }
    LocalDate published = report.published().get();
    LocalDate deadline = report.publicationDeadline();
    if (published.isAfter(deadline)) {
      return List.of(Finding.of(PUBLISHED_LATE, Severity.WARNING, "published",
          "published (" + published + ") must be on or before " + deadline + " (2019 督察工作规定 Art. 24)"));
    }
    return List.of();
  }

  private static List<Finding> publishedBeforeYearEnd(Report report) {
    if (report.published().isPresent() && report.published().get().getYear() <= report.year().getValue()) {
      return List.of(Finding.of(PUBLISHED_BEFORE_YEAR_END, Severity.INFO, "published",
          "published (" + report.published().get() + ") before " + report.year() + " ended: its counts are "
              + "so far this year (截至目前)"));
    }
    return List.of();
  }

  private static List<Finding> missingParts(Report report) {
    if (report.kind() == ReportKind.OPEN_GOV_INFO_ANNUAL) {
      return List.of(); // its sections are OpenGovInfoRules.MISSING_SECTION's
    }
    List<Finding> out = new ArrayList<>();
    for (ContentPart part : report.missingParts()) {
      out.add(Finding.of(MISSING_PART, Severity.WARNING, pathOf(part),
          "required part " + part + " (" + part.chinese() + ") is missing"));
    }
    return out;
  }

  private static String pathOf(ContentPart part) {
    return switch (part) {
      case MEASURES_AND_RESULTS -> "workAreas";
      case SHORTCOMINGS -> "shortcomings";
      case LEADERSHIP_DUTY -> "leadershipDuty";
      case NEXT_YEAR_PLANS -> "plans";
      case OTHER_MATTERS -> "otherMatters";
    };
  }

  private static List<Finding> ordinals(Report report) {
    List<Finding> out = new ArrayList<>();
    areaOrdinals("workAreas", report.workAreas(), out);
    areaOrdinals("plans", report.plans(), out);
    for (int a = 0; a < report.workAreas().size(); a++) {
      WorkArea area = report.workAreas().get(a);
      for (int m = 0; m < area.measures().size(); m++) {
        int ordinal = area.measures().get(m).ordinal();
        if (ordinal != m + 1) {
          out.add(ordinalFinding("workAreas[" + a + "].measures[" + m + "].ordinal", ordinal, m + 1));
        }
      }
    }
    return out;
  }

  private static void areaOrdinals(String path, List<WorkArea> areas, List<Finding> out) {
    for (int i = 0; i < areas.size(); i++) {
      int ordinal = areas.get(i).ordinal();
      if (ordinal != i + 1) {
        out.add(ordinalFinding(path + "[" + i + "].ordinal", ordinal, i + 1));
      }
    }
  }

  private static Finding ordinalFinding(String path, int ordinal, int expected) {
    return Finding.of(ORDINALS_NOT_SEQUENTIAL, Severity.WARNING, path,
        "ordinal (" + ordinal + ") must be " + expected + ": numbering runs 1..n in order",
        numbers("ordinal", ordinal, "expected", expected));
  }

  private static List<Finding> conflictingValues(Report report) {
    List<Finding> out = new ArrayList<>();
    Map<String, Located> first = new LinkedHashMap<>();
    for (Located located : Located.all(report)) {
      Optional<String> code = located.indicator().code();
      if (code.isEmpty()) {
        continue;
      }
      Located earlier = first.putIfAbsent(code.get(), located);
      if (earlier == null) {
        continue;
      }
      Indicator a = earlier.indicator();
      Indicator b = located.indicator();
      boolean same = a.baseValue().compareTo(b.baseValue()) == 0
          && a.qualifier() == b.qualifier()
          && a.unit().countsSameAs(b.unit());
      if (!same) {
        out.add(Finding.of(CONFLICTING_VALUES, Severity.ERROR, located.path(),
            code.get() + " is stated as " + b.value().toPlainString() + b.unit() + " here and as "
                + a.value().toPlainString() + a.unit() + " at " + earlier.path(),
            numbers("value", b.baseValue(), "earlier", a.baseValue())));
      }
    }
    tallyAgreement(report, out);
    return out;
  }

  private static final Map<String, Function<ReviewTally, OptionalLong>> TALLY_CODES = Map.of(
      "reconsideration.received", ReviewTally::received,
      "reconsideration.accepted", ReviewTally::accepted,
      "reconsideration.withdrawn", ReviewTally::withdrawn,
      "reconsideration.concluded", ReviewTally::concluded,
      "reconsideration.corrected", ReviewTally::corrected);

  /** An exact count coded like a tally count states the same number as the reconsideration tally. */
  private static void tallyAgreement(Report report, List<Finding> out) {
    Optional<ReviewTally> tally = report.review(io.github.fazhi.Procedure.RECONSIDERATION);
    if (tally.isEmpty()) {
      return;
    }
    String tallyPath = "reviews[" + report.reviews().indexOf(tally.get()) + "]";
    for (Located located : Located.all(report)) {
      Indicator indicator = located.indicator();
      Function<ReviewTally, OptionalLong> count = indicator.code().map(TALLY_CODES::get).orElse(null);
      if (count == null || indicator.qualifier() != Qualifier.EXACT || indicator.kind() != IndicatorKind.COUNT) {
        continue;
      }
      OptionalLong stated = count.apply(tally.get());
      if (stated.isPresent() && indicator.baseValue().compareTo(BigDecimal.valueOf(stated.getAsLong())) != 0) {
        String field = indicator.code().get().substring("reconsideration.".length());
        out.add(Finding.of(CONFLICTING_VALUES, Severity.ERROR, located.path(),
            indicator.code().get() + " is stated as " + indicator.value().toPlainString() + indicator.unit()
                + " here and as " + stated.getAsLong() + " at " + tallyPath + "." + field,
            numbers("value", indicator.baseValue(), "tally", stated.getAsLong())));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // across reports

  private static String where(Report report) {
    return "[" + report.jurisdiction().name() + " " + report.year() + "]";
  }

  /** What makes reports one series: the same body and kind; with the year, one report of the series. */
  private record SeriesKey(String body, ReportKind kind, int year) {
    static SeriesKey of(Report report, int yearsBefore) {
      return new SeriesKey(report.reportingBody(), report.kind(), report.year().getValue() - yearsBefore);
    }
  }

  private static List<Finding> carriedOver(Collection<Report> reports) {
    // Indexed once, so that a corpus is checked in time linear in its size; each key keeps the reports'
    // order, so the findings come in the order of the reports.
    ListMultimap<SeriesKey, Report> byYear = ArrayListMultimap.create();
    for (Report report : reports) {
      byYear.put(SeriesKey.of(report, 0), report);
    }
    List<Finding> out = new ArrayList<>();
    for (Report later : reports) {
      for (Report earlier : byYear.get(SeriesKey.of(later, 1))) {
        for (int i = 0; i < later.reviews().size(); i++) {
          ReviewTally now = later.reviews().get(i);
          for (ReviewTally before : earlier.reviews()) {
            if (before.procedure() != now.procedure() || !before.route().equals(now.route())
                || now.carriedOver().isEmpty() || before.pending().isEmpty()) {
              continue;
            }
            long carried = now.carriedOver().getAsLong();
            long pending = before.pending().getAsLong();
            if (carried != pending) {
              out.add(Finding.of(CARRIED_OVER_MISMATCH, Severity.ERROR,
                  where(later) + " reviews[" + i + "].carriedOver",
                  "carriedOver (" + carried + ") must be last year's pending (" + pending + ") of "
                      + now.procedure(),
                  numbers("carriedOver", carried, "previousPending", pending)));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Finding> duplicates(Collection<Report> reports) {
    List<Finding> out = new ArrayList<>();
    Map<SeriesKey, Report> seen = new HashMap<>();
    for (Report report : reports) {
      Report earlier = seen.putIfAbsent(SeriesKey.of(report, 0), report);
      if (earlier != null) {
        out.add(Finding.of(DUPLICATE_REPORT, Severity.ERROR, where(report),
            report.jurisdiction().name() + " has two " + report.kind() + " reports for " + report.year()
                + (earlier.equals(report) ? " (the same report twice)" : "")));
      }
    }
    return out;
  }
}
