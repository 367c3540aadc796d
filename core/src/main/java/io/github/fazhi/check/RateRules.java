package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.PercentMatch;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rules over stated percentages with a basis (see docs/domain.md, 'Numbers as written'): an exact
 * value matches its basis rounded half-up or truncated at its precision; a bound ({@code 70%以上}) holds
 * when the exact rate keeps it; an approximate value ({@code 约35%}) lies within half a unit of its last
 * place plus {@link #APPROXIMATE_POINTS} percentage points of the exact rate.
 */
final class RateRules {
  static final String RATE_MISMATCH = "indicator.rate_mismatch";
  static final String RATE_TRUNCATED = "indicator.rate_truncated";

  /** How much wider than its rounding an approximate share (约) may lie from its basis: half a point. */
  static final BigDecimal APPROXIMATE_POINTS = new BigDecimal("0.5");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private RateRules() {}

  static List<Rule> rules() {
    return List.of(
        StandardRule.of(RATE_MISMATCH, view -> rates(view, false)),
        StandardRule.of(RATE_TRUNCATED, view -> rates(view, true)));
  }

  private static List<Finding> rates(ReportView view, boolean truncations) {
    List<Finding> out = new ArrayList<>();
    for (LocatedIndicator located : view.indicators()) {
      Indicator indicator = located.indicator();
      if (indicator.basis().isEmpty()) {
        continue;
      }
      Rate basis = indicator.basis().get();
      BigDecimal stated = indicator.value();
      String name = indicator.code().orElse(indicator.label());
      int scale = Math.max(0, stated.scale());
      if (indicator.qualifier() == Qualifier.APPROXIMATELY) {
        if (!truncations && !approximately(basis, stated)) {
          List<String> alternatives = alternatives(view, basis, stated, true);
          out.add(Finding.of(RATE_MISMATCH, Severity.ERROR, located.at(),
              name + " (约" + stated.toPlainString() + ") is more than " + tolerance(stated).toPlainString()
                  + " points from its basis " + basis + " (" + basis.percent(scale + 1).toPlainString() + ")"
                  + wouldMatch(alternatives),
              numbers("stated", stated, "numerator", basis.numerator(), "denominator", basis.denominator())));
        }
        continue;
      }
      PercentMatch match = basis.matches(stated);
      if (match == PercentMatch.TRUNCATED && truncations) {
        out.add(Finding.of(RATE_TRUNCATED, Severity.INFO, located.at(),
            name + " (" + stated.toPlainString() + ") is its basis " + basis + " truncated, not rounded ("
                + basis.percent(scale).toPlainString() + ")",
            numbers("stated", stated, "numerator", basis.numerator(), "denominator", basis.denominator())));
      } else if (match == PercentMatch.MISMATCH && !truncations && !keepsBound(indicator, basis)) {
        List<String> alternatives = alternatives(view, basis, stated, false);
        out.add(Finding.of(RATE_MISMATCH, Severity.ERROR, located.at(),
            name + " (" + stated.toPlainString() + ") does not match its basis " + basis + " ("
                + basis.percent(scale).toPlainString() + ")" + wouldMatch(alternatives),
            numbers("stated", stated, "numerator", basis.numerator(), "denominator", basis.denominator())));
      }
    }
    return out;
  }

  private static String wouldMatch(List<String> alternatives) {
    return alternatives.isEmpty()
        ? ""
        : "; it would match with " + String.join(" or ", alternatives) + " as denominator";
  }

  /** Half a unit of the stated value's last place, plus half a point. */
  private static BigDecimal tolerance(BigDecimal stated) {
    return HALF.movePointLeft(Math.max(0, stated.scale())).add(APPROXIMATE_POINTS);
  }

  /** Whether the exact rate lies within the tolerance of an approximate stated value, compared exactly. */
  static boolean approximately(Rate basis, BigDecimal stated) {
    // |numerator * 100 - stated * denominator| <= tolerance * denominator
    BigDecimal denominator = BigDecimal.valueOf(basis.denominator());
    BigDecimal gap = BigDecimal.valueOf(basis.numerator()).multiply(HUNDRED).subtract(stated.multiply(denominator));
    return gap.abs().compareTo(tolerance(stated).multiply(denominator)) <= 0;
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

  private static List<String> alternatives(ReportView view, Rate basis, BigDecimal stated, boolean approximate) {
    // Every tally's counts and every count indicator are offered, in report order: two tallies of one
    // procedure (litigation counted per route) are named by their route, or else by their place.
    Report report = view.report();
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
      put(candidates, prefix + "underReview", TallySums.underReview(tally));
      put(candidates, prefix + "concluded", tally.concluded());
      if (tally.withdrawalsCountedApart()) {
        put(candidates, prefix + "concluded + withdrawn", TallySums.concludedIncludingWithdrawn(tally));
      }
      put(candidates, prefix + "withdrawn", tally.withdrawn());
      put(candidates, prefix + "pending", tally.pending());
    }
    for (LocatedIndicator located : view.indicators()) {
      Indicator indicator = located.indicator();
      if (indicator.kind() == IndicatorKind.COUNT) {
        // a count fits a long once scaled: Indicator.MAX_BASE_VALUE
        put(candidates, indicator.label(), OptionalLong.of(indicator.baseValue().longValueExact()));
      }
    }
    List<String> matches = new ArrayList<>();
    for (Map.Entry<String, Long> candidate : candidates) {
      long denominator = candidate.getValue();
      String shown = candidate.getKey() + " (" + denominator + ")";
      if (denominator > 0 && denominator != basis.denominator() && !matches.contains(shown)) {
        Rate other = Rate.of(basis.numerator(), denominator);
        if (approximate ? approximately(other, stated) : other.matches(stated).isConsistent()) {
          matches.add(shown);
        }
      }
    }
    return matches;
  }

  /** A tally's name in a message: its procedure, and its litigation route if it counts one route. */
  private static String tallyName(ReviewTally tally) {
    return tally.procedure().chinese() + tally.route().map(route -> " " + route.chinese()).orElse("");
  }

  private static void put(List<Map.Entry<String, Long>> candidates, String name, OptionalLong value) {
    if (value.isPresent()) {
      candidates.add(Map.entry(name, value.getAsLong()));
    }
  }

  /** An exact sum is a candidate only while it fits a long. */
  private static void put(List<Map.Entry<String, Long>> candidates, String name, Optional<BigInteger> value) {
    if (value.isPresent() && value.get().bitLength() < Long.SIZE) {
      candidates.add(Map.entry(name, value.get().longValueExact()));
    }
  }
}
