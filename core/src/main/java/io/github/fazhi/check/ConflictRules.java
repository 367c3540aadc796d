package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import com.google.common.collect.Maps;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Path;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rule over one quantity stated twice: by the same catalogue code, by the same label once normalised
 * ({@link Indicator#comparableLabel()}), or as a coded count and the same count of the reconsideration
 * tally.
 */
final class ConflictRules {
  static final String CONFLICTING_VALUES = "report.conflicting_values";

  private static final Map<String, Function<ReviewTally, OptionalLong>> TALLY_CODES = Map.of(
      "reconsideration.received", ReviewTally::received,
      "reconsideration.accepted", ReviewTally::accepted,
      "reconsideration.withdrawn", ReviewTally::withdrawn,
      "reconsideration.concluded", ReviewTally::concluded,
      "reconsideration.corrected", ReviewTally::corrected);

  private ConflictRules() {}

  static List<Rule> rules() {
    return List.of(StandardRule.of(CONFLICTING_VALUES, ConflictRules::conflictingValues));
  }

  /**
   * A part's label is compared within its whole's: two breakdowns may each have a part called 其他. The
   * whole comes before its parts in the view, so its key is already in {@code keys}.
   */
  private static String labelKey(LocatedIndicator located, String[] keys) {
    String own = located.indicator().comparableLabel();
    LocatedIndicator whole = located.wholeOrNull();
    return whole != null ? keys[whole.position()] + "\u0000" + own : own;
  }

  private static List<Finding> conflictingValues(ReportView view) {
    List<Finding> out = new ArrayList<>();
    int expected = view.indicators().size();
    Map<String, LocatedIndicator> byCode = Maps.newHashMapWithExpectedSize(expected);
    Map<String, LocatedIndicator> byLabel = Maps.newHashMapWithExpectedSize(expected);
    String[] keys = new String[expected];
    for (LocatedIndicator located : view.indicators()) {
      Indicator indicator = located.indicator();
      String code = located.code();
      LocatedIndicator earlier = null;
      if (code != null) {
        earlier = byCode.putIfAbsent(code, located);
      }
      String label = labelKey(located, keys);
      keys[located.position()] = label;
      LocatedIndicator sameLabel = byLabel.putIfAbsent(label, located);
      if (earlier != null && code != null) {
        compare(code, earlier, located, true, out);
      } else if (sameLabel != null) {
        compare(indicator.label(), sameLabel, located, false, out);
      }
    }
    tallyAgreement(view, out);
    return out;
  }

  /**
   * Reports two statements of one quantity that differ once scaled, or in their qualifier. Two
   * statements under one label only name one quantity when they are of one kind and count the same thing.
   */
  private static void compare(
      String name, LocatedIndicator earlier, LocatedIndicator later, boolean byCode, List<Finding> out) {
    Indicator a = earlier.indicator();
    Indicator b = later.indicator();
    boolean comparable = a.unit().countsSameAs(b.unit());
    if (!byCode && (!comparable || a.kind() != b.kind())) {
      return;
    }
    if (!a.statesSameAmountAs(b)) {
      out.add(Finding.of(CONFLICTING_VALUES, Severity.ERROR, later.at(),
          name + " is stated as " + b.value().toPlainString() + b.unit() + " here and as "
              + a.value().toPlainString() + a.unit() + " at " + earlier.path(),
          numbers("value", b.baseValue(), "earlier", a.baseValue())));
    }
  }

  /** An exact count coded like a tally count states the same number as the reconsideration tally. */
  private static void tallyAgreement(ReportView view, List<Finding> out) {
    Report report = view.report();
    Optional<ReviewTally> tally = report.review(Procedure.RECONSIDERATION);
    if (tally.isEmpty()) {
      return;
    }
    for (LocatedIndicator located : view.indicators()) {
      Indicator indicator = located.indicator();
      String code = located.code();
      if (code == null) {
        continue;
      }
      @Nullable Function<ReviewTally, OptionalLong> count = TALLY_CODES.get(code);
      if (count == null || indicator.qualifier() != Qualifier.EXACT || indicator.kind() != IndicatorKind.COUNT) {
        continue;
      }
      OptionalLong stated = count.apply(tally.get());
      if (stated.isPresent() && indicator.baseValue().compareTo(BigDecimal.valueOf(stated.getAsLong())) != 0) {
        String field = code.substring("reconsideration.".length());
        Path tallyPath = StandardRule.reviewPath(report.reviews().indexOf(tally.get()));
        out.add(Finding.of(CONFLICTING_VALUES, Severity.ERROR, located.at(),
            code + " is stated as " + indicator.value().toPlainString() + indicator.unit()
                + " here and as " + stated.getAsLong() + " at " + tallyPath.field(field),
            numbers("value", indicator.baseValue(), "tally", stated.getAsLong())));
      }
    }
  }
}
