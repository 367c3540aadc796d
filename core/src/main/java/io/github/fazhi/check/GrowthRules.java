package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.PercentMatch;
import io.github.fazhi.Qualifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * The rule over stated changes with their growth base (增长的基数, see docs/domain.md, 'Numbers as
 * written'): a {@link IndicatorKind#PERCENT_CHANGE} against its two counts at the precision it was stated
 * with (rounded half-up, or truncated), a {@link IndicatorKind#CHANGE} against their difference exactly.
 * A bound ({@code 增长20%以上}) holds when the exact change keeps it; an approximate percent change
 * ({@code 增长约20%}) when the exact one lies within half a unit of its last place plus half a percentage
 * point, as for shares ({@link RateRules#APPROXIMATE_POINTS}); an approximate CHANGE is not checked.
 */
final class GrowthRules {
  static final String GROWTH_MISMATCH = "indicator.growth_mismatch";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private GrowthRules() {}

  static List<Rule> rules() {
    return List.of(StandardRule.indicators(GROWTH_MISMATCH, GrowthRules::growth));
  }

  private static void growth(LocatedIndicator located, List<Finding> out) {
    Indicator indicator = located.indicator();
    if (indicator.growthBase().isEmpty()) {
      return;
    }
    GrowthBase base = indicator.growthBase().get();
    String name = indicator.code().orElse(indicator.label());
    BigDecimal stated = indicator.value();
    String counts = base.current() + " against " + base.previous();
    if (indicator.kind() == IndicatorKind.PERCENT_CHANGE) {
      if (base.previous() == 0) {
        out.add(Finding.of(GROWTH_MISMATCH, Severity.ERROR, located.at(),
            name + " (" + stated.toPlainString() + "%) is a change in percent, but its growth base " + counts
                + " grows from 0, which has no percent",
            numbers("stated", stated, "current", base.current(), "previous", base.previous())));
      } else if (!percentAgrees(indicator, base)) {
        int scale = Math.max(0, stated.scale());
        BigDecimal exact = base.percentChange(scale).orElseThrow();
        out.add(Finding.of(GROWTH_MISMATCH, Severity.ERROR, located.at(),
            name + " (" + shown(indicator) + "%) does not match its growth base " + counts + " ("
                + exact.toPlainString() + "%)",
            numbers("stated", stated, "current", base.current(), "previous", base.previous())));
      }
    } else if (indicator.kind() == IndicatorKind.CHANGE && !changeAgrees(indicator, base)) {
      out.add(Finding.of(GROWTH_MISMATCH, Severity.ERROR, located.at(),
          name + " (" + shown(indicator) + " " + indicator.unit() + ") does not match its growth base " + counts
              + " (" + base.change() + ")",
          numbers("stated", stated, "current", base.current(), "previous", base.previous())));
    }
  }

  private static String shown(Indicator indicator) {
    Qualifier qualifier = indicator.qualifier();
    String value = indicator.value().toPlainString();
    return qualifier == Qualifier.EXACT ? value : qualifier + " " + value;
  }

  private static boolean percentAgrees(Indicator indicator, GrowthBase base) {
    BigDecimal stated = indicator.value();
    Qualifier qualifier = indicator.qualifier();
    // the exact change in percent is change * 100 / previous: compare change * 100 with stated * previous
    BigDecimal previous = BigDecimal.valueOf(base.previous());
    BigDecimal scaledChange = new BigDecimal(BigInteger.valueOf(base.current()).subtract(
        BigInteger.valueOf(base.previous()))).multiply(HUNDRED);
    if (qualifier == Qualifier.APPROXIMATELY) {
      BigDecimal tolerance = HALF.movePointLeft(Math.max(0, stated.scale())).add(RateRules.APPROXIMATE_POINTS);
      return scaledChange.subtract(stated.multiply(previous)).abs().compareTo(tolerance.multiply(previous)) <= 0;
    }
    if (qualifier.isLowerBound() || qualifier.isUpperBound()) {
      return keeps(qualifier, scaledChange.compareTo(stated.multiply(previous)));
    }
    return base.matches(stated) != PercentMatch.MISMATCH;
  }

  private static boolean changeAgrees(Indicator indicator, GrowthBase base) {
    Qualifier qualifier = indicator.qualifier();
    if (qualifier == Qualifier.APPROXIMATELY) {
      return true;
    }
    BigDecimal stated = indicator.baseValue();
    BigDecimal change = new BigDecimal(BigInteger.valueOf(base.current()).subtract(BigInteger.valueOf(base.previous())));
    int comparison = change.compareTo(stated.setScale(Math.max(0, stated.scale()), RoundingMode.UNNECESSARY));
    if (qualifier.isLowerBound() || qualifier.isUpperBound()) {
      return keeps(qualifier, comparison);
    }
    return comparison == 0;
  }

  /** Whether the exact value, compared with the stated bound, keeps it. */
  private static boolean keeps(Qualifier qualifier, int exactAgainstStated) {
    if (qualifier.isLowerBound()) {
      return qualifier.isStrict() ? exactAgainstStated > 0 : exactAgainstStated >= 0;
    }
    return qualifier.isStrict() ? exactAgainstStated < 0 : exactAgainstStated <= 0;
  }
}
