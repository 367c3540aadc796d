package io.github.fazhi;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.internal.Codes;
import io.github.fazhi.internal.ComparableLabels;
import io.github.fazhi.internal.Invariants;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One number a report states (指标), exactly as stated: {@code 调解成功率达99﹪} is the PERCENT 99 in
 * {@code ﹪}; {@code 70%以上} is the PERCENT 70, AT_LEAST; {@code 1.19万人} is the COUNT 1.19 in
 * {@code 万人} (11,900 people, see {@link #baseValue()}).
 *
 * <p>A percentage may carry its {@link #basis()}, the numerator and denominator behind it, so a checker
 * can recompute it; a change may carry its {@link #growthBase()}, the two counts it compares; a number may
 * carry {@link #parts()}, a breakdown of it ({@code 其中…}), and further named {@link #breakdowns()}.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>the label is not blank; a catalogue code is lower-case words joined by dots
 *       ({@code mediation.success_rate});
 *   <li>a COUNT is at least 0 and whole once scaled (1.19万 is whole, 1.5个 is not); a RANK is a whole
 *       number from 1; an AMOUNT, DURATION or RATIO is at least 0;
 *   <li>a COUNT, AMOUNT or DURATION (the kinds that add up) is at most {@link #MAX_BASE_VALUE} once scaled to
 *       its base unit (数值上限): totals add in overflow-checked {@code long}s, so a larger number could never
 *       be summed, and is refused here, where a report is built, rather than by every total that meets it;
 *   <li>a PERCENT is a share from 0 to 100, in a percent unit; a PERCENT_CHANGE is in a percent unit;
 *       PERCENTAGE_POINTS are in 个百分点; no other kind is in percent;
 *   <li>only a PERCENT has a basis; only a PERCENT_CHANGE or a CHANGE has a growth base; parts marked
 *       complete are not empty; every further breakdown is named, each name once.
 * </ul>
 * Whether the parts add up, or the basis matches the value, is a consistency question for the checker.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The largest value, in its base unit, of a number of a kind that adds up (COUNT, AMOUNT, DURATION):
   * {@link Long#MAX_VALUE}, 9,223,372,036,854,775,807, the largest a total can hold.
   */
  public static final BigDecimal MAX_BASE_VALUE = BigDecimal.valueOf(Long.MAX_VALUE);

  /** {@link #comparableLabel()}, once worked out. */
  private @Nullable String comparableLabel;

  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * Returns what the number counts, as the report words it ({@code 调处各类民事纠纷}).
   *
   * @return the label, never blank
   */
  public abstract String label();

  /**
   * Returns the catalogue code of this indicator, where it has been identified
   * ({@code mediation.disputes}).
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * Returns the kind of number.
   *
   * @return the kind, never null
   */
  public abstract IndicatorKind kind();

  /**
   * Returns the value exactly as stated, in {@link #unit()}: {@code 98.8} keeps its one decimal place.
   *
   * @return the value, never null
   */
  public abstract BigDecimal value();

  /**
   * Returns the unit as written.
   *
   * @return the unit, never null
   */
  public abstract Unit unit();

  /**
   * Returns how exactly the value is stated.
   *
   * @return the qualifier; {@link Qualifier#EXACT} unless set
   */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /**
   * Returns the numerator and denominator behind a percentage, where the report states them.
   *
   * @return the basis, or empty
   */
  public abstract Optional<Rate> basis();

  /**
   * Returns the two counts a change compares (this period's and the previous one's), where the report
   * states them: {@code 同比增长128.21%} of 89 cases against 39.
   *
   * @return the base, or empty
   */
  public abstract Optional<GrowthBase> growthBase();

  /**
   * Returns a breakdown of this number ({@code 其中…}), in order: its first breakdown, unnamed.
   *
   * @return the parts, never null
   */
  public abstract List<Indicator> parts();

  /**
   * Returns whether {@link #parts()} claims to cover the whole, so that they must add up to it exactly;
   * otherwise they only must not exceed it.
   *
   * @return true when the breakdown is complete; false unless set
   */
  @Value.Default
  public boolean partsComplete() {
    return false;
  }

  /**
   * Returns the further breakdowns of this number, each named ({@code 按复议事项}, {@code by respondent}):
   * real reports break one total down several ways.
   *
   * @return the named breakdowns, in order; never null
   */
  public abstract List<Breakdown> breakdowns();

  /**
   * Returns every breakdown of this number: {@link #parts()} first, as an unnamed breakdown complete when
   * {@link #partsComplete()} (when there are parts), then {@link #breakdowns()}. Each must add up to this
   * number when complete, and not exceed it otherwise.
   *
   * @return the breakdowns, never null
   */
  @Value.Lazy
  public ImmutableList<Breakdown> allBreakdowns() {
    ImmutableList.Builder<Breakdown> all = ImmutableList.builder();
    if (!parts().isEmpty()) {
      all.add(Breakdown.builder().parts(parts()).complete(partsComplete()).build());
    }
    return all.addAll(breakdowns()).build();
  }

  /**
   * Returns the label as two labels are compared to tell whether they name one quantity: without white
   * space (full-width spaces included) and quotation marks, full-width ASCII forms as their half-width
   * ones, Latin letters in lower case. {@code “一窗”受理率} and {@code 一窗 受理率} both give {@code 一窗受理率};
   * a label with nothing to change gives itself. Worked out once, when first asked for (the checker
   * compares every label of a report, {@code report.conflicting_values}), and kept: building an indicator
   * that is never checked does not pay for it (issue 26). It is no attribute: it takes no part in
   * {@code equals}, {@code hashCode} or {@code toString}.
   *
   * @return the comparable label, never null
   */
  public String comparableLabel() {
    // Racy single-check, as String.hashCode: threads that race each work out the same immutable String
    // (its fields are final, so it is safely published), and any of them may be kept.
    String comparable = comparableLabel;
    if (comparable == null) {
      comparable = ComparableLabels.comparable(label());
      comparableLabel = comparable;
    }
    return comparable;
  }

  /**
   * Returns the number as the report writes it, such as {@code 70%以上}, where kept.
   *
   * @return the written text, or empty
   */
  public abstract Optional<String> written();

  /**
   * Returns the value in the base unit: {@code 1.19} in {@code 万人} is {@code 11900.00}.
   *
   * @return the scaled value, never null
   */
  public BigDecimal baseValue() {
    return unit().toBase(value());
  }

  /**
   * Tells whether this number and another state the same amount (同一数值): units that count the same thing
   * ({@link Unit#countsSameAs}), values equal once scaled to the base unit, and the same qualifier. {@code
   * 1.19万人} and {@code 11900人} state the same amount; {@code 100余人} and {@code 100人} do not. Labels and
   * kinds are not compared. This is how the checker tells one statement of a quantity from a conflicting one
   * ({@code report.conflicting_values}).
   *
   * @param other  the other number, not null
   * @return whether both state the same amount
   */
  public boolean statesSameAmountAs(Indicator other) {
    return unit().countsSameAs(other.unit()) && baseValue().compareTo(other.baseValue()) == 0
        && qualifier() == other.qualifier();
  }

  @Value.Check
  void check() {
    // Each condition is tested here and its message built only when it is broken: no lambda, and the
    // scaled value worked out once (issue 26: building a report is checked at near the cost of records).
    Invariants invariants = new Invariants().notBlank("label", label()).notBlank("written", written());
    Optional<String> code = code();
    if (code.isPresent() && !Codes.isCode(code.get())) {
      invariants.broken("code", "code (\"" + code.get() + "\") must be lower-case words joined by dots");
    }
    BigDecimal value = value();
    Unit unit = unit();
    IndicatorKind kind = kind();
    BigDecimal baseValue = unit.toBase(value);
    boolean percentUnit = unit.isPercent();
    switch (kind) {
      case COUNT -> {
        if (value.signum() < 0) {
          invariants.broken("value", shownValue() + " must be >= 0");
        }
        if (!isWhole(baseValue)) {
          invariants.broken("value", shownValue() + " must be a whole count in " + unit.base()
              + " (scaled: " + Invariants.shown(baseValue.stripTrailingZeros()) + ")");
        }
      }
      case RANK -> {
        if (value.compareTo(BigDecimal.ONE) < 0 || !isWhole(value)) {
          invariants.broken("value", shownValue() + " must be a whole rank >= 1");
        }
      }
      case PERCENT -> {
        invariants.between("value", value, BigDecimal.ZERO, HUNDRED);
        if (!percentUnit) {
          invariants.broken("unit", "unit (" + unit + ") must be a percent sign for PERCENT");
        }
      }
      case PERCENT_CHANGE -> {
        if (!percentUnit) {
          invariants.broken("unit", "unit (" + unit + ") must be a percent sign for PERCENT_CHANGE");
        }
      }
      case PERCENTAGE_POINTS -> {
        if (!unit.isPercentagePoints()) {
          invariants.broken("unit", "unit (" + unit + ") must be 个百分点 for PERCENTAGE_POINTS");
        }
      }
      case AMOUNT, DURATION, RATIO -> {
        if (value.signum() < 0) {
          invariants.broken("value", shownValue() + " must be >= 0");
        }
      }
    }
    if (kind.isAdditive() && baseValue.compareTo(MAX_BASE_VALUE) > 0) {
      invariants.broken("value", shownValue() + " must be at most " + MAX_BASE_VALUE + " in "
          + unit.base() + ", the largest a total can add (scaled: "
          + Invariants.shown(baseValue.stripTrailingZeros()) + ")");
    }
    if (kind != IndicatorKind.PERCENT && kind != IndicatorKind.PERCENT_CHANGE && percentUnit) {
      invariants.broken("unit", "unit (" + unit + ") is a percent sign, but kind is " + kind);
    }
    if (kind != IndicatorKind.PERCENTAGE_POINTS && unit.isPercentagePoints()) {
      invariants.broken("unit", "unit (" + unit + ") is percentage points, but kind is " + kind);
    }
    Optional<Rate> basis = basis();
    if (basis.isPresent() && kind != IndicatorKind.PERCENT) {
      invariants.broken("basis", "basis (" + basis.get() + ") is only for a PERCENT, but kind is " + kind);
    }
    Optional<GrowthBase> growthBase = growthBase();
    if (growthBase.isPresent() && kind != IndicatorKind.PERCENT_CHANGE && kind != IndicatorKind.CHANGE) {
      invariants.broken("growthBase", "growthBase (" + growthBase.get().current() + " against "
          + growthBase.get().previous() + ") is only for a PERCENT_CHANGE or a CHANGE, but kind is " + kind);
    }
    if (partsComplete() && parts().isEmpty()) {
      invariants.broken("partsComplete", "partsComplete (true) needs at least one part");
    }
    List<Breakdown> breakdowns = breakdowns();
    if (!breakdowns.isEmpty()) {
      checkBreakdownNames(breakdowns, invariants);
    }
    invariants.throwIfBroken();
  }

  /** Each breakdown has a name, and no two the same. */
  private static void checkBreakdownNames(List<Breakdown> breakdowns, Invariants invariants) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < breakdowns.size(); i++) {
      Optional<String> name = breakdowns.get(i).name();
      Path path = Path.root().field("breakdowns").index(i).field("name");
      if (name.isEmpty()) {
        invariants.broken(path, path + " is missing: an unnamed breakdown belongs in parts");
      } else if (!names.add(name.get())) {
        invariants.broken(path, path + " (\"" + name.get() + "\") names another breakdown too");
      }
    }
  }

  private String shownValue() {
    return "value (" + Invariants.shown(value()) + ")";
  }

  private static boolean isWhole(BigDecimal value) {
    return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
