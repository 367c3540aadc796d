package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.fazhi.internal.Sums;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * The counts a report states for one procedure over its period (行政复议/行政诉讼 案件统计): received,
 * accepted, not accepted, carried over, concluded, withdrawn, pending, and outcomes by {@link Decision}
 * or by {@link OutcomeGroup}. The seed's tally is 11 received, 9 accepted, 3 withdrawn after mediation,
 * 6 concluded, 0 pending.
 *
 * <h2>Unknown counts</h2>
 * Every count is optional: what the report does not state stays empty, and every rate or sum that needs
 * it is empty too. A decision missing from {@link #decisions()} is unknown, unless
 * {@link #outcomesComplete()} says the decisions cover every concluded case.
 *
 * <h2>Withdrawals</h2>
 * Official statistics count withdrawn cases inside 审结 (concluded); some reports, the seed among them,
 * count them apart ({@link #withdrawalsCountedApart()}). Rates always use
 * {@link #concludedIncludingWithdrawn()}, so both views give the same rates.
 *
 * <h2>Zero denominator</h2>
 * A rate whose denominator is 0 is empty, never 0 and never NaN.
 *
 * <h2>Invariants</h2>
 * Every count is at least 0; a route is given only for LITIGATION. Whether the counts add up (accepted ≤
 * received, outcomes = concluded …) is a consistency question for the checker: such tallies can be built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReviewTally {
  ReviewTally() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReviewTally}; {@code build()} throws {@link ValidationException}.
   *
   * <p>Each decision and outcome group is put once: a decision or group put twice, even with the same
   * count, is refused by {@code build()} at its path ({@code decisions.revoked}), together with every other
   * broken invariant. Setting a whole map ({@link #decisions(Map)}) replaces what was put before. A
   * missing procedure is reported alone, as by every builder of the model.
   */
  public static final class Builder extends ImmutableReviewTally.Builder {
    Builder() {}

    /**
     * Puts the counts of several decisions.
     *
     * @param counts  the counts by decision, not null
     * @return this builder
     */
    public Builder putAllDecisions(Map<? extends Decision, ? extends Long> counts) {
      counts.forEach((decision, count) -> putDecision(decision, count));
      return this;
    }

    /**
     * Replaces the counts by decision, and forgets what was put twice before.
     *
     * @param counts  the counts by decision, not null
     * @return this builder
     */
    public Builder decisions(Map<? extends Decision, ? extends Long> counts) {
      decisions(ImmutableListMultimap.of());
      return putAllDecisions(counts);
    }

    /**
     * Puts the counts of several outcome groups.
     *
     * @param counts  the counts by group, not null
     * @return this builder
     */
    public Builder putAllOutcomeGroups(Map<? extends OutcomeGroup, ? extends Long> counts) {
      counts.forEach((group, count) -> putOutcomeGroup(group, count));
      return this;
    }

    /**
     * Replaces the counts by outcome group, and forgets what was put twice before.
     *
     * @param counts  the counts by group, not null
     * @return this builder
     */
    public Builder outcomeGroups(Map<? extends OutcomeGroup, ? extends Long> counts) {
      outcomeGroups(ImmutableListMultimap.of());
      return putAllOutcomeGroups(counts);
    }
  }

  /**
   * Returns the procedure counted.
   *
   * @return the procedure, never null
   */
  public abstract Procedure procedure();

  /**
   * Returns the litigation route counted, where the tally covers one route only.
   *
   * @return the route, or empty (all routes, or reconsideration)
   */
  public abstract Optional<LitigationRoute> route();

  /**
   * Returns the cases received this period (收到, 新收, 申请).
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong received();

  /**
   * Returns the cases accepted this period (受理).
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong accepted();

  /**
   * Returns the cases not accepted or otherwise handled (不予受理).
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong notAccepted();

  /**
   * Returns the disputes settled by consultation before acceptance (受理前协商化解): counted outside the
   * accepted cases, and in no other count of this tally.
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong resolvedBeforeAcceptance();

  /**
   * Returns the open cases carried over from the previous period (上年结转).
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong carriedOver();

  /**
   * Returns the cases concluded (审结, 办结), as the report counts them: withdrawals included unless
   * {@link #withdrawalsCountedApart()}.
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong concluded();

  /**
   * Returns the cases withdrawn (撤回).
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong withdrawn();

  /**
   * Returns the cases still open at the end of the period (尚未审结).
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong pending();

  /**
   * Returns whether the report counts withdrawn cases apart from concluded ones, as the seed does
   * (3 withdrawn + 6 concluded = 9 accepted).
   *
   * @return true when {@link #concluded()} excludes withdrawals; false unless set
   */
  @Value.Default
  public boolean withdrawalsCountedApart() {
    return false;
  }

  /**
   * Returns the stated outcome counts by decision, in the enum's order.
   *
   * @return the counts, never null
   */
  public final SortedMap<Decision, Long> decisions() {
    return decisionCounts();
  }

  /**
   * Returns the stated outcome counts by group, for reports that give only the three official columns.
   *
   * @return the counts, never null
   */
  public final SortedMap<OutcomeGroup, Long> outcomeGroups() {
    return outcomeGroupCounts();
  }

  /** Every decision as the builder was given it, in that order: a key twice when it was put twice. */
  @Value.Auxiliary
  abstract ImmutableListMultimap<Decision, Long> decisionsAsPut();

  /** Every outcome group as the builder was given it, in that order. */
  @Value.Auxiliary
  abstract ImmutableListMultimap<OutcomeGroup, Long> outcomeGroupsAsPut();

  @Value.Derived
  ImmutableSortedMap<Decision, Long> decisionCounts() {
    return ReviewTallyInvariants.firstOfEach(decisionsAsPut());
  }

  @Value.Derived
  ImmutableSortedMap<OutcomeGroup, Long> outcomeGroupCounts() {
    return ReviewTallyInvariants.firstOfEach(outcomeGroupsAsPut());
  }

  /**
   * Returns the total (合计) a table of decisions states beside its columns, where it does; a checker can
   * compare it with the columns' sum.
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalLong decisionsTotal();

  /**
   * Returns whether {@link #decisions()} covers every concluded case, so that a decision it does not
   * list counts 0: a table of decisions that names every column (其他 included, {@link Decision#OTHER})
   * is complete.
   *
   * @return true when the decisions are complete; false unless set
   */
  @Value.Default
  public boolean outcomesComplete() {
    return false;
  }

  /**
   * Returns the cases under review: accepted plus carried over (审理).
   *
   * @return the count, or empty when either is unknown
   */
  public OptionalLong underReview() {
    return add("underReview", accepted(), carriedOver());
  }

  /**
   * Returns the concluded cases in the official sense, withdrawals included: {@link #concluded()}, plus
   * {@link #withdrawn()} when they are counted apart.
   *
   * @return the count, or empty when a needed count is unknown
   */
  public OptionalLong concludedIncludingWithdrawn() {
    return withdrawalsCountedApart() ? add("concluded", concluded(), withdrawn()) : concluded();
  }

  /**
   * Returns the count a rate basis names.
   *
   * @param basis  the basis, not null
   * @return the count, or empty when unknown
   */
  public OptionalLong count(RateBasis basis) {
    requireNonNull(basis, "basis");
    return switch (basis) {
      case RECEIVED -> received();
      case ACCEPTED -> accepted();
      case UNDER_REVIEW -> underReview();
      case CONCLUDED -> concludedIncludingWithdrawn();
    };
  }

  /**
   * Returns the cases closed with the given decision: the stated count, or 0 when the decisions are
   * complete and do not list it.
   *
   * @param decision  the decision, not null
   * @return the count, or empty when unknown
   */
  public OptionalLong decision(Decision decision) {
    requireNonNull(decision, "decision");
    Long stated = decisions().get(decision);
    if (stated != null) {
      return OptionalLong.of(stated);
    }
    return outcomesComplete() ? OptionalLong.of(0) : OptionalLong.empty();
  }

  /**
   * Returns the cases with an outcome in the given group: the stated group count, or else the sum of its
   * decisions when the decisions are complete.
   *
   * @param group  the group, not null
   * @return the count, or empty when unknown
   */
  public OptionalLong group(OutcomeGroup group) {
    requireNonNull(group, "group");
    Long stated = outcomeGroups().get(group);
    if (stated != null) {
      return OptionalLong.of(stated);
    }
    if (!outcomesComplete()) {
      return OptionalLong.empty();
    }
    long sum = 0;
    for (Map.Entry<Decision, Long> entry : decisions().entrySet()) {
      if (entry.getKey().group() == group) {
        sum = Sums.add("outcome group", group, sum, entry.getValue());
      }
    }
    return OptionalLong.of(sum);
  }

  /**
   * Returns the corrected cases (纠错): the {@link OutcomeGroup#CORRECTED} group.
   *
   * @return the count, or empty when unknown
   */
  public OptionalLong corrected() {
    return group(OutcomeGroup.CORRECTED);
  }

  /**
   * Returns the acceptance rate: accepted ÷ received (受理率). The seed's is 9/11.
   *
   * @return the rate, or empty when a count is unknown or nothing was received
   */
  public Optional<Rate> acceptanceRate() {
    return rate(accepted(), received());
  }

  /**
   * Returns the closure rate: concluded (withdrawals included) ÷ (accepted + carried over) (审结率).
   *
   * @return the rate, or empty when a count is unknown or nothing was under review
   */
  public Optional<Rate> closureRate() {
    return rate(concludedIncludingWithdrawn(), underReview());
  }

  /**
   * Returns the correction rate over concluded cases: corrected ÷ concluded (纠错率).
   *
   * @return the rate, or empty when a count is unknown or nothing was concluded
   */
  public Optional<Rate> correctionRate() {
    return correctionRate(RateBasis.CONCLUDED);
  }

  /**
   * Returns the correction rate over the named basis: corrected ÷ {@link #count(RateBasis)}. Published
   * rates use different bases (docs/domain.md, 'Review counting conventions').
   *
   * @param basis  the denominator, not null
   * @return the rate, or empty when a count is unknown or the denominator is 0
   */
  public Optional<Rate> correctionRate(RateBasis basis) {
    return rate(corrected(), count(basis));
  }

  /**
   * Returns the mediation rate: {@link #mediatedOrSettled()} ÷ concluded, withdrawals included (调解和解率).
   *
   * @return the rate, or empty when a count is unknown or nothing was concluded
   */
  public Optional<Rate> mediationRate() {
    return rate(mediatedOrSettled(), concludedIncludingWithdrawn());
  }

  /**
   * Returns the cases mediated or settled (调解和解): {@link Decision#MEDIATED} plus
   * {@link Decision#SETTLED} plus {@link Decision#MEDIATED_OR_SETTLED}. Where the report states the two as
   * one number, that number holds them both, and mediated or settled cases it does not list apart count 0.
   *
   * @return the count, or empty when unknown
   */
  public OptionalLong mediatedOrSettled() {
    Long combined = decisions().get(Decision.MEDIATED_OR_SETTLED);
    if (combined == null) {
      return add("mediated", decision(Decision.MEDIATED), decision(Decision.SETTLED));
    }
    long apart = Sums.add("mediated", decisions().getOrDefault(Decision.MEDIATED, 0L),
        decisions().getOrDefault(Decision.SETTLED, 0L));
    return OptionalLong.of(Sums.add("mediated", apart, combined));
  }

  /**
   * Adds two tallies of the same procedure: each count is the sum where both are known, and unknown
   * otherwise (unknown + known = unknown). When the two count withdrawals differently, the sum counts
   * them inside concluded.
   *
   * @param other  a tally of the same procedure, not null
   * @return the sum, never null
   * @throws IllegalArgumentException if the procedures differ
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ReviewTally plus(ReviewTally other) {
    ReviewTallyAccumulator accumulator = new ReviewTallyAccumulator();
    accumulator.add(this);
    accumulator.add(other);
    return accumulator.snapshot().orElseThrow();
  }

  /**
   * Returns a collector that sums tallies as {@link #plus(ReviewTally)} does; the result is empty for no
   * tallies. It is unordered and concurrent-safe through merging, so a parallel stream gives exactly the
   * sequential result.
   *
   * @return the collector, never null
   */
  public static Collector<ReviewTally, ?, Optional<ReviewTally>> summing() {
    return ReviewTallyAccumulator.collector();
  }

  private static OptionalLong add(String what, OptionalLong a, OptionalLong b) {
    return a.isPresent() && b.isPresent()
        ? OptionalLong.of(Sums.add(what, a.getAsLong(), b.getAsLong()))
        : OptionalLong.empty();
  }

  private static Optional<Rate> rate(OptionalLong numerator, OptionalLong denominator) {
    return numerator.isPresent() && denominator.isPresent()
        ? Rate.tryOf(numerator.getAsLong(), denominator.getAsLong())
        : Optional.empty();
  }

  @Value.Check
  void check() {
    ReviewTallyInvariants.check(this);
  }
}
