package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Enums;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collector;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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

  /** Builds a {@link ReviewTally}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableReviewTally.Builder {
    Builder() {}

    /**
     * Builds the tally.
     *
     * @return the tally, never null
     * @throws ValidationException if the procedure is missing, an invariant is broken, or a decision or
     *     an outcome group was put twice (even with the same count)
     */
    @Override
    public ReviewTally build() {
      try {
        return super.build();
      } catch (ValidationException e) {
        throw e;
      } catch (IllegalArgumentException duplicate) {
        // Guava's map builders refuse a key put twice only when the maps are built, and their message
        // names the key but not the map; nothing else in the generated build() throws this exception.
        throw new ValidationException(List.of(Violation.of(duplicatePath(duplicate.getMessage()),
            "a decision or outcome group was put twice (" + duplicate.getMessage() + "): put each once")));
      }
    }
  }

  /**
   * Returns the path of the key Guava's message names ({@code "Multiple entries with same key: REVOKED=1
   * and REVOKED=2"} gives {@code decisions.revoked}), or {@code ""} when the key is not known or could be
   * a decision or an outcome group alike ({@code UPHELD}).
   */
  static String duplicatePath(@Nullable String message) {
    if (message != null) {
      int start = message.indexOf(": ");
      int end = message.indexOf('=', start + 1);
      if (start >= 0 && end > start) {
        String key = message.substring(start + 2, end);
        boolean decision = Enums.getIfPresent(Decision.class, key).isPresent();
        boolean group = Enums.getIfPresent(OutcomeGroup.class, key).isPresent();
        if (decision != group) {
          return (decision ? "decisions." : "outcomeGroups.") + key.toLowerCase(Locale.ROOT);
        }
      }
    }
    return "";
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
  @Value.NaturalOrder
  public abstract SortedMap<Decision, Long> decisions();

  /**
   * Returns the stated outcome counts by group, for reports that give only the three official columns.
   *
   * @return the counts, never null
   */
  @Value.NaturalOrder
  public abstract SortedMap<OutcomeGroup, Long> outcomeGroups();

  /**
   * Returns whether {@link #decisions()} covers every concluded case, so that a decision it does not
   * list counts 0.
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
   * Returns {@link #underReview()} as an exact integer, which no count can overflow: for checks that
   * compare counts however large they are.
   *
   * @return the count, or empty when either is unknown
   */
  public Optional<BigInteger> exactUnderReview() {
    return exactSum(accepted(), carriedOver());
  }

  /**
   * Returns {@link #concludedIncludingWithdrawn()} as an exact integer, which no count can overflow: for
   * checks that compare counts however large they are.
   *
   * @return the count, or empty when a needed count is unknown
   */
  public Optional<BigInteger> exactConcludedIncludingWithdrawn() {
    return withdrawalsCountedApart()
        ? exactSum(concluded(), withdrawn())
        : exactSum(concluded(), OptionalLong.of(0));
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
   * rates use different bases (brief §3.4).
   *
   * @param basis  the denominator, not null
   * @return the rate, or empty when a count is unknown or the denominator is 0
   */
  public Optional<Rate> correctionRate(RateBasis basis) {
    return rate(corrected(), count(basis));
  }

  /**
   * Returns the mediation rate: (mediated + settled) ÷ concluded, withdrawals included (调解和解率).
   *
   * @return the rate, or empty when a count is unknown or nothing was concluded
   */
  public Optional<Rate> mediationRate() {
    return rate(
        add("mediated", decision(Decision.MEDIATED), decision(Decision.SETTLED)),
        concludedIncludingWithdrawn());
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
    return Collector.of(
        ReviewTallyAccumulator::new,
        ReviewTallyAccumulator::add,
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        ReviewTallyAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Tallies individual cases, all of one procedure: every case counts as received this period (nothing
   * carried over); accepted, refused, decided and pending cases are counted, withdrawals inside
   * concluded, and the decisions are complete.
   *
   * @param cases  at least one case, all of the same procedure
   * @return the tally, never null
   * @throws IllegalArgumentException if there is no case or the procedures differ
   */
  public static ReviewTally of(Iterable<ReviewCase> cases) {
    Iterator<ReviewCase> iterator = cases.iterator();
    if (!iterator.hasNext()) {
      throw new IllegalArgumentException("cannot tell the procedure of no cases; use of(Procedure, cases)");
    }
    return of(iterator.next().procedure(), cases);
  }

  /**
   * Tallies individual cases of the given procedure, as {@link #of(Iterable)} does; no case gives a
   * tally of zeros.
   *
   * @param procedure  the procedure of every case, not null
   * @param cases  the cases, possibly none
   * @return the tally, never null
   * @throws IllegalArgumentException if a case has another procedure
   */
  public static ReviewTally of(Procedure procedure, Iterable<ReviewCase> cases) {
    requireNonNull(procedure, "procedure");
    long received = 0;
    long accepted = 0;
    long refused = 0;
    Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
    Set<LitigationRoute> routes = EnumSet.noneOf(LitigationRoute.class);
    boolean routeUnknown = false;
    for (ReviewCase c : cases) {
      if (c.procedure() != procedure) {
        throw new IllegalArgumentException(
            "case " + c.id() + " is " + c.procedure() + ", not " + procedure);
      }
      received++;
      accepted += c.accepted().isPresent() ? 1 : 0;
      refused += c.refused().isPresent() ? 1 : 0;
      c.decision().ifPresent(decision -> decisions.merge(decision, 1L, Long::sum));
      if (c.route().isPresent()) {
        routes.add(c.route().get());
      } else {
        routeUnknown = true;
      }
    }
    long concluded = decisions.values().stream().mapToLong(Long::longValue).sum();
    Builder builder = builder()
        .procedure(procedure)
        .received(received)
        .accepted(accepted)
        .notAccepted(refused)
        .carriedOver(0)
        .concluded(concluded)
        .withdrawn(decisions.getOrDefault(Decision.WITHDRAWN, 0L))
        .pending(accepted - concluded)
        .putAllDecisions(decisions)
        .outcomesComplete(true);
    if (!routeUnknown && routes.size() == 1) {
      builder.route(routes.iterator().next());
    }
    return builder.build();
  }

  private static OptionalLong add(String what, OptionalLong a, OptionalLong b) {
    return a.isPresent() && b.isPresent()
        ? OptionalLong.of(Sums.add(what, a.getAsLong(), b.getAsLong()))
        : OptionalLong.empty();
  }

  private static Optional<BigInteger> exactSum(OptionalLong a, OptionalLong b) {
    return a.isPresent() && b.isPresent()
        ? Optional.of(BigInteger.valueOf(a.getAsLong()).add(BigInteger.valueOf(b.getAsLong())))
        : Optional.empty();
  }

  private static Optional<Rate> rate(OptionalLong numerator, OptionalLong denominator) {
    return numerator.isPresent() && denominator.isPresent()
        ? Rate.tryOf(numerator.getAsLong(), denominator.getAsLong())
        : Optional.empty();
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants()
        .nonNegative("received", received())
        .nonNegative("accepted", accepted())
        .nonNegative("notAccepted", notAccepted())
        .nonNegative("carriedOver", carriedOver())
        .nonNegative("concluded", concluded())
        .nonNegative("withdrawn", withdrawn())
        .nonNegative("pending", pending());
    decisions().forEach((decision, count) ->
        invariants.nonNegative("decisions." + decision.name().toLowerCase(java.util.Locale.ROOT), count));
    outcomeGroups().forEach((group, count) ->
        invariants.nonNegative("outcomeGroups." + group.name().toLowerCase(java.util.Locale.ROOT), count));
    invariants.that(route().isEmpty() || procedure() == Procedure.LITIGATION, "route",
        () -> "route (" + route().map(Enum::name).orElse("") + ") is only for LITIGATION");
    invariants.throwIfBroken();
  }
}
