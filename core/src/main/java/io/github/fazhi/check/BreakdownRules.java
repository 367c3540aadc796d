package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import io.github.fazhi.Breakdown;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Path;
import io.github.fazhi.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules over breakdowns ({@code 其中…}): parts against their whole, and shares of one whole against
 * 100%. Only what the qualifiers allow is checked: an exact or upper-bounded whole, exact or
 * lower-bounded parts; an approximate share (约) widens the rounding by
 * {@link RateRules#APPROXIMATE_POINTS}.
 */
final class BreakdownRules {
  static final String PARTS_EXCEED_WHOLE = "breakdown.parts_exceed_whole";
  static final String PARTS_DO_NOT_ADD_UP = "breakdown.parts_do_not_add_up";
  static final String SHARES_DO_NOT_ADD_UP = "breakdown.shares_do_not_add_up";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private BreakdownRules() {}

  static List<Rule> rules() {
    return List.of(
        StandardRule.indicators(PARTS_EXCEED_WHOLE, BreakdownRules::partsExceedWhole),
        StandardRule.indicators(PARTS_DO_NOT_ADD_UP, BreakdownRules::partsDoNotAddUp),
        StandardRule.indicators(SHARES_DO_NOT_ADD_UP, BreakdownRules::shares));
  }

  private static List<Indicator> countParts(Indicator whole, Breakdown breakdown) {
    List<Indicator> parts = new ArrayList<>();
    if (!whole.kind().isAdditive()) {
      return parts;
    }
    for (Indicator part : breakdown.parts()) {
      if (part.kind().isAdditive() && part.unit().countsSameAs(whole.unit())) {
        parts.add(part);
      }
    }
    return parts;
  }

  /**
   * The path of a breakdown, {@code index} in {@link Indicator#allBreakdowns()}: its whole's path and
   * {@code .parts}, or {@code .breakdowns[0].parts}. Written only for a finding.
   */
  private static Path path(LocatedIndicator located, int index) {
    int named = located.indicator().parts().isEmpty() ? index : index - 1;
    return (named < 0 ? located.at() : located.at().field("breakdowns").index(named)).field("parts");
  }

  /** Runs a check on each breakdown of the indicator, {@code index} in {@link Indicator#allBreakdowns()}. */
  private interface EachBreakdown {
    void check(LocatedIndicator located, Breakdown breakdown, int index, List<Finding> out);
  }

  private static void eachBreakdown(LocatedIndicator located, List<Finding> out, EachBreakdown check) {
    List<Breakdown> breakdowns = located.indicator().allBreakdowns();
    for (int index = 0; index < breakdowns.size(); index++) {
      check.check(located, breakdowns.get(index), index, out);
    }
  }

  private static BigDecimal sumOf(List<Indicator> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator part : parts) {
      sum = sum.add(part.baseValue());
    }
    return sum;
  }

  private static void partsExceedWhole(LocatedIndicator located, List<Finding> out) {
    eachBreakdown(located, out, BreakdownRules::partsExceedWhole);
  }

  private static void partsExceedWhole(
      LocatedIndicator located, Breakdown breakdown, int index, List<Finding> out) {
    Indicator whole = located.indicator();
    List<Indicator> parts = countParts(whole, breakdown);
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
    if (breakdown.complete() && allExact && parts.size() == breakdown.parts().size()) {
      return; // PARTS_DO_NOT_ADD_UP says it exactly
    }
    BigDecimal sum = sumOf(parts);
    if (sum.compareTo(whole.baseValue()) > 0) {
      out.add(Finding.of(PARTS_EXCEED_WHOLE, Severity.ERROR, path(located, index),
          "the parts (" + sum.toPlainString() + ") must not exceed the whole (" + whole.baseValue().toPlainString()
              + " " + whole.unit().base() + ")",
          numbers("parts", sum, "whole", whole.baseValue())));
    }
  }

  private static void partsDoNotAddUp(LocatedIndicator located, List<Finding> out) {
    eachBreakdown(located, out, BreakdownRules::partsDoNotAddUp);
  }

  private static void partsDoNotAddUp(
      LocatedIndicator located, Breakdown breakdown, int index, List<Finding> out) {
    Indicator whole = located.indicator();
    List<Indicator> parts = countParts(whole, breakdown);
    if (!breakdown.complete() || parts.size() != breakdown.parts().size()
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
      out.add(Finding.of(PARTS_DO_NOT_ADD_UP, Severity.ERROR, path(located, index),
          "the complete parts (" + sum.toPlainString() + ") must add up to the whole ("
              + whole.baseValue().toPlainString() + " " + whole.unit().base() + ")",
          numbers("parts", sum, "whole", whole.baseValue())));
    }
  }

  private static void shares(LocatedIndicator located, List<Finding> out) {
    eachBreakdown(located, out, BreakdownRules::shares);
  }

  private static void shares(LocatedIndicator located, Breakdown breakdown, int index, List<Finding> out) {
    Indicator whole = located.indicator();
    if (whole.kind() == IndicatorKind.PERCENT) {
      return;
    }
    List<Indicator> shares = new ArrayList<>();
    for (Indicator part : breakdown.parts()) {
      if (part.kind() == IndicatorKind.PERCENT) {
        shares.add(part);
      }
    }
    if (shares.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal tolerance = BigDecimal.ZERO;
    boolean allStated = true;
    for (Indicator share : shares) {
      Qualifier q = share.qualifier();
      if (q.isUpperBound()) {
        return;
      }
      allStated &= q == Qualifier.EXACT || q == Qualifier.APPROXIMATELY;
      sum = sum.add(share.value());
      tolerance = tolerance.add(HALF.movePointLeft(Math.max(0, share.value().scale())));
      if (q == Qualifier.APPROXIMATELY) {
        tolerance = tolerance.add(RateRules.APPROXIMATE_POINTS);
      }
    }
    boolean complete = breakdown.complete() && allStated && shares.size() == breakdown.parts().size();
    BigDecimal gap = sum.subtract(HUNDRED);
    boolean broken = complete ? gap.abs().compareTo(tolerance) > 0 : gap.compareTo(tolerance) > 0;
    if (broken) {
      out.add(Finding.of(SHARES_DO_NOT_ADD_UP, Severity.ERROR, path(located, index),
          "the shares (" + sum.toPlainString() + "%) must " + (complete ? "add up to" : "not exceed")
              + " 100% within their rounding (" + tolerance.toPlainString() + ")",
          numbers("shares", sum, "tolerance", tolerance)));
    }
  }
}
