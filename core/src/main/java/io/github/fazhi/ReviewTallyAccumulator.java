package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.fazhi.internal.Sums;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * A mutable sum of {@link ReviewTally} values of one procedure, mergeable with another accumulator as if
 * every tally had been added to one: {@code add}, {@code addAll} and {@link #snapshot()}, in the shape of
 * Guava's {@code StatsAccumulator}. {@link ReviewTally#summing()} is its collector.
 *
 * <h2>Unknown counts</h2>
 * A count is known in the sum only when every added tally states it.
 *
 * <p>This class is not thread-safe: use one per thread and merge them.
 */
// Counts are kept in arrays indexed by enum ordinal: an accumulator may sum millions of tallies, and
// EnumMaps of boxed Longs would cost an allocation per addition.
@SuppressWarnings("EnumOrdinal")
public final class ReviewTallyAccumulator {
  private static final int RECEIVED = 0;
  private static final int ACCEPTED = 1;
  private static final int NOT_ACCEPTED = 2;
  private static final int CARRIED_OVER = 3;
  private static final int CONCLUDED = 4;
  private static final int WITHDRAWN = 5;
  private static final int PENDING = 6;
  private static final int CONCLUDED_INCLUSIVE = 7;
  private static final String[] NAMES = {
    "received", "accepted", "notAccepted", "carriedOver", "concluded", "withdrawn", "pending", "concluded"
  };
  private static final Decision[] DECISIONS = Decision.values();
  private static final OutcomeGroup[] GROUPS = OutcomeGroup.values();

  private long tallies;
  private @Nullable Procedure procedure;
  private Optional<LitigationRoute> route = Optional.empty();
  private boolean routeMixed;
  private final long[] counts = new long[8];
  private final boolean[] unknown = new boolean[8];
  private boolean anyApart;
  private boolean anyNotApart;
  private boolean allComplete = true;
  private final long[] decisions = new long[DECISIONS.length];
  private final boolean[] decisionUnknown = new boolean[DECISIONS.length];
  private final boolean[] decisionStated = new boolean[DECISIONS.length];
  private final long[] groups = new long[GROUPS.length];
  private final boolean[] groupUnknown = new boolean[GROUPS.length];
  private final boolean[] groupStated = new boolean[GROUPS.length];
  // Reused by add(), so that adding a tally allocates nothing of its own.
  private final long[] scratchGroups = new long[GROUPS.length];
  private final boolean[] scratchStated = new boolean[DECISIONS.length];

  /** Creates an empty accumulator. */
  public ReviewTallyAccumulator() {}

  /**
   * Adds one tally.
   *
   * @param tally  a tally of the same procedure as those added before, not null
   * @throws IllegalArgumentException if its procedure differs
   * @throws ArithmeticException if a count overflows a {@code long}; the accumulator is then unusable
   */
  public void add(ReviewTally tally) {
    requireNonNull(tally, "tally");
    joinProcedure(tally.procedure(), tally.route(), false);
    tallies++;
    addCount(RECEIVED, tally.received());
    addCount(ACCEPTED, tally.accepted());
    addCount(NOT_ACCEPTED, tally.notAccepted());
    addCount(CARRIED_OVER, tally.carriedOver());
    addCount(CONCLUDED, tally.concluded());
    addCount(WITHDRAWN, tally.withdrawn());
    addCount(PENDING, tally.pending());
    addCount(CONCLUDED_INCLUSIVE, tally.concludedIncludingWithdrawn());
    anyApart |= tally.withdrawalsCountedApart();
    anyNotApart |= !tally.withdrawalsCountedApart();
    boolean complete = tally.outcomesComplete();
    allComplete &= complete;
    // One pass over the stated decisions; a decision not stated is 0 when the outcomes are complete,
    // and unknown otherwise.
    long[] groupFromDecisions = scratchGroups;
    boolean[] stated = scratchStated;
    Arrays.fill(groupFromDecisions, 0);
    Arrays.fill(stated, false);
    // The tally's own map (copyOfSorted returns it as is), read by index: iterating its entry set would
    // make an entry object per decision.
    ImmutableSortedMap<Decision, Long> stateds = ImmutableSortedMap.copyOfSorted(tally.decisions());
    List<Decision> keys = stateds.keySet().asList();
    List<Long> values = stateds.values().asList();
    for (int k = 0; k < keys.size(); k++) {
      addDecision(keys.get(k), values.get(k), groupFromDecisions, stated);
    }
    if (!complete) {
      for (int i = 0; i < DECISIONS.length; i++) {
        decisionUnknown[i] |= !stated[i];
      }
    }
    SortedMap<OutcomeGroup, Long> statedGroups = tally.outcomeGroups();
    boolean noGroupStated = statedGroups.isEmpty();
    for (OutcomeGroup group : GROUPS) {
      int g = group.ordinal();
      Long statedGroup = noGroupStated ? null : statedGroups.get(group);
      if (statedGroup != null) {
        groupStated[g] = true;
        groups[g] = Sums.add(procedure, group, groups[g], statedGroup);
      } else if (complete) {
        groups[g] = Sums.add(procedure, group, groups[g], groupFromDecisions[g]);
      } else {
        groupUnknown[g] = true;
      }
    }
  }

  private void addDecision(Decision decision, long count, long[] groupFromDecisions, boolean[] stated) {
    int i = decision.ordinal();
    stated[i] = true;
    decisionStated[i] = true;
    decisions[i] = Sums.add(procedure, decision, decisions[i], count);
    int g = decision.group().ordinal();
    groupFromDecisions[g] = Sums.add(procedure, decision.group(), groupFromDecisions[g], count);
  }

  /**
   * Adds everything another accumulator holds, as if each of its tallies had been added here.
   *
   * @param other  an accumulator of the same procedure, or an empty one; not null
   * @throws IllegalArgumentException if the procedures differ
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public void addAll(ReviewTallyAccumulator other) {
    requireNonNull(other, "other");
    if (other.tallies == 0) {
      return;
    }
    joinProcedure(requireNonNull(other.procedure), other.route, other.routeMixed);
    tallies = Sums.add("tally count", tallies, other.tallies);
    for (int i = 0; i < counts.length; i++) {
      unknown[i] |= other.unknown[i];
      counts[i] = Sums.add(procedure, NAMES[i], counts[i], other.counts[i]);
    }
    anyApart |= other.anyApart;
    anyNotApart |= other.anyNotApart;
    allComplete &= other.allComplete;
    for (int i = 0; i < decisions.length; i++) {
      decisionStated[i] |= other.decisionStated[i];
      decisionUnknown[i] |= other.decisionUnknown[i];
      decisions[i] = Sums.add(procedure, DECISIONS[i], decisions[i], other.decisions[i]);
    }
    for (int i = 0; i < groups.length; i++) {
      groupStated[i] |= other.groupStated[i];
      groupUnknown[i] |= other.groupUnknown[i];
      groups[i] = Sums.add(procedure, GROUPS[i], groups[i], other.groups[i]);
    }
  }

  /**
   * Returns how many tallies were added.
   *
   * @return the number of tallies, at least 0
   */
  public long count() {
    return tallies;
  }

  /**
   * Returns the sum of the tallies added so far.
   *
   * @return the sum, or empty when nothing was added
   */
  public Optional<ReviewTally> snapshot() {
    if (tallies == 0) {
      return Optional.empty();
    }
    boolean mixed = anyApart && anyNotApart;
    ReviewTally.Builder builder = ReviewTally.builder()
        .procedure(requireNonNull(procedure))
        .route(routeMixed ? Optional.empty() : route)
        .received(known(RECEIVED))
        .accepted(known(ACCEPTED))
        .notAccepted(known(NOT_ACCEPTED))
        .carriedOver(known(CARRIED_OVER))
        .concluded(known(mixed ? CONCLUDED_INCLUSIVE : CONCLUDED))
        .withdrawn(known(WITHDRAWN))
        .pending(known(PENDING))
        .withdrawalsCountedApart(anyApart && !anyNotApart)
        .outcomesComplete(allComplete);
    for (int i = 0; i < decisions.length; i++) {
      if (decisionStated[i] && !decisionUnknown[i]) {
        builder.putDecision(DECISIONS[i], decisions[i]);
      }
    }
    for (int i = 0; i < groups.length; i++) {
      if (groupStated[i] && !groupUnknown[i]) {
        builder.putOutcomeGroup(GROUPS[i], groups[i]);
      }
    }
    return Optional.of(builder.build());
  }

  /** The collector of {@link ReviewTally#summing()}: unordered, merging accumulators. */
  static Collector<ReviewTally, ?, Optional<ReviewTally>> collector() {
    return Collector.of(ReviewTallyAccumulator::new, ReviewTallyAccumulator::add,
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        ReviewTallyAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  private void joinProcedure(Procedure other, Optional<LitigationRoute> otherRoute, boolean otherMixed) {
    if (tallies == 0) {
      procedure = other;
      route = otherRoute;
      routeMixed = otherMixed;
      return;
    }
    if (procedure != other) {
      throw new IllegalArgumentException(
          "cannot add a " + other + " tally to " + procedure + " tallies");
    }
    routeMixed |= otherMixed || !route.equals(otherRoute);
  }

  private void addCount(int index, OptionalLong value) {
    if (value.isPresent()) {
      counts[index] = Sums.add(procedure, NAMES[index], counts[index], value.getAsLong());
    } else {
      unknown[index] = true;
    }
  }

  private OptionalLong known(int index) {
    return unknown[index] ? OptionalLong.empty() : OptionalLong.of(counts[index]);
  }
}
