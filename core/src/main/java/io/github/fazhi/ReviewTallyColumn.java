package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.internal.Bits;
import io.github.fazhi.internal.Sums;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Many {@link ReviewTally} values of one procedure held as columns (列存储), ready to be summed again and
 * again: {@link #sum()} returns exactly the tally a {@link ReviewTallyAccumulator} given the same tallies
 * returns.
 *
 * <h2>Columns</h2>
 * Each tally is read once, when it is added to the {@link Builder}, and what it adds to the sum is laid
 * out by column: the seven counts (and concluded with withdrawals, for tallies that count them apart), the
 * thirteen decisions and the three outcome groups as {@code long} columns (0 where unknown), with bit sets
 * for "unknown", "stated", "withdrawals counted apart" and "outcomes complete". An outcome group a tally
 * does not state but that follows from its complete decisions is worked out when the tally is added.
 * {@link #sum()} sums the columns and combines the bits.
 *
 * <h2>Overflow</h2>
 * Sums are exact: {@link #sum()} throws {@link ArithmeticException} when a sum does not fit a
 * {@code long}, as the accumulator does (the partial sums its message names may differ). When every count
 * is below 2⁵³ the columns are summed in blocks of 1,024 too small to overflow, and the blocks' sums added
 * with {@link Math#addExact}; otherwise count by count.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings({"Immutable", "EnumOrdinal"}) // arrays never written after build(); columns by ordinal
public final class ReviewTallyColumn {
  private static final Decision[] DECISIONS = Decision.values();
  private static final OutcomeGroup[] GROUPS = OutcomeGroup.values();
  /** The counts in the order of {@link ReviewTallyAccumulator}: the seven, then concluded with withdrawals. */
  private static final int COUNTS = 8;
  private static final int CONCLUDED = 4;
  private static final int CONCLUDED_INCLUSIVE = 7;
  private static final String[] NAMES = {
    "received", "accepted", "notAccepted", "carriedOver", "concluded", "withdrawn", "pending", "concluded"
  };
  private static final int BLOCK = 1024;
  private static final long BLOCK_SAFE = 1L << 53;

  private final int size;
  private final @Nullable Procedure procedure;
  private final Optional<LitigationRoute> route;
  private final boolean routeMixed;
  /** counts, then decisions, then groups: {@code COUNTS + 13 + 3} columns of {@code size} values. */
  private final long[][] columns;
  /** Per column, the tallies where the count is unknown (counts, groups) or stated (decisions, groups). */
  private final long[][] unknown;
  private final long[][] stated;
  private final long[] apart;
  private final long[] complete;
  private final boolean blockSafe;

  private ReviewTallyColumn(Builder builder) {
    size = builder.size;
    procedure = builder.procedure;
    route = builder.route;
    routeMixed = builder.routeMixed;
    columns = new long[builder.columns.length][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = Arrays.copyOf(builder.columns[c], size);
    }
    int words = (size + 63) / 64;
    unknown = copy(builder.unknown, words);
    stated = copy(builder.stated, words);
    apart = Arrays.copyOf(builder.apart, words);
    complete = Arrays.copyOf(builder.complete, words);
    blockSafe = builder.blockSafe;
  }

  private static long[][] copy(long[][] bits, int words) {
    long[][] copy = new long[bits.length][];
    for (int c = 0; c < bits.length; c++) {
      copy[c] = Arrays.copyOf(bits[c], words);
    }
    return copy;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many tallies the column holds.
   *
   * @return the number of tallies, at least 0
   */
  public int size() {
    return size;
  }

  /**
   * Returns the sum of the tallies: equal to what a {@link ReviewTallyAccumulator} given them returns.
   *
   * @return the sum, or empty when the column holds no tally
   * @throws ArithmeticException if a count's sum does not fit a {@code long}
   */
  public Optional<ReviewTally> sum() {
    if (size == 0) {
      return Optional.empty();
    }
    Procedure p = requireNonNull(procedure);
    boolean anyApart = Bits.anySet(apart);
    boolean anyNotApart = !all(apart);
    boolean allComplete = all(complete);
    boolean mixed = anyApart && anyNotApart;
    long[] sums = new long[columns.length];
    for (int c = 0; c < columns.length; c++) {
      sums[c] = blockSafe ? blockSum(p, c) : orderedSum(p, c);
    }
    ReviewTally.Builder builder = ReviewTally.builder()
        .procedure(p)
        .route(routeMixed ? Optional.empty() : route)
        .received(known(sums, 0))
        .accepted(known(sums, 1))
        .notAccepted(known(sums, 2))
        .carriedOver(known(sums, 3))
        .concluded(known(sums, mixed ? CONCLUDED_INCLUSIVE : CONCLUDED))
        .withdrawn(known(sums, 5))
        .pending(known(sums, 6))
        .withdrawalsCountedApart(anyApart && !anyNotApart)
        .outcomesComplete(allComplete);
    for (int d = 0; d < DECISIONS.length; d++) {
      int c = COUNTS + d;
      // a decision a tally does not state is 0 when its outcomes are complete, and unknown otherwise;
      // the sum states it when some tally does
      if (Bits.anySet(stated[c]) && !anyUnstatedAndIncomplete(stated[c])) {
        builder.putDecision(DECISIONS[d], sums[c]);
      }
    }
    for (int g = 0; g < GROUPS.length; g++) {
      int c = COUNTS + DECISIONS.length + g;
      // a group is known from a tally that states it or whose outcomes are complete; the sum states it
      // when every tally gives it and some tally states it
      if (Bits.anySet(stated[c]) && !anyUnstatedAndIncomplete(stated[c])) {
        builder.putOutcomeGroup(GROUPS[g], sums[c]);
      }
    }
    return Optional.of(builder.build());
  }

  private OptionalLong known(long[] sums, int c) {
    return Bits.anySet(unknown[c]) ? OptionalLong.empty() : OptionalLong.of(sums[c]);
  }

  private long blockSum(Procedure p, int c) {
    long[] column = columns[c];
    long total = 0;
    for (int start = 0; start < size; start += BLOCK) {
      int end = Math.min(size, start + BLOCK);
      long block = 0;
      for (int i = start; i < end; i++) {
        block += column[i];
      }
      total = Sums.add(p, nameOf(c), total, block);
    }
    return total;
  }

  private long orderedSum(Procedure p, int c) {
    long[] column = columns[c];
    long total = 0;
    for (int i = 0; i < size; i++) {
      total = Sums.add(p, nameOf(c), total, column[i]);
    }
    return total;
  }

  private static Object nameOf(int c) {
    if (c < COUNTS) {
      return NAMES[c];
    }
    return c < COUNTS + DECISIONS.length ? DECISIONS[c - COUNTS] : GROUPS[c - COUNTS - DECISIONS.length];
  }

  private boolean anyUnstatedAndIncomplete(long[] statedBits) {
    for (int w = 0; w < statedBits.length; w++) {
      if ((~statedBits[w] & ~complete[w] & mask(w)) != 0) {
        return true;
      }
    }
    return false;
  }

  private boolean all(long[] bits) {
    for (int w = 0; w < bits.length; w++) {
      if ((~bits[w] & mask(w)) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The bits of word {@code w} that stand for tallies: all but those past the last tally. */
  private long mask(int w) {
    int rest = size - w * 64;
    return rest >= 64 ? -1L : (1L << rest) - 1;
  }

  @Override
  public String toString() {
    return "ReviewTallyColumn{" + size + " " + procedure + " tallies}";
  }

  /**
   * Collects tallies into a {@link ReviewTallyColumn}, reading each as it is added.
   *
   * <p>This class is not thread-safe.
   */
  public static final class Builder {
    private int size;
    private @Nullable Procedure procedure;
    private Optional<LitigationRoute> route = Optional.empty();
    private boolean routeMixed;
    private final long[][] columns = new long[COUNTS + DECISIONS.length + GROUPS.length][16];
    private final long[][] unknown = new long[columns.length][1];
    private final long[][] stated = new long[columns.length][1];
    private long[] apart = new long[1];
    private long[] complete = new long[1];
    private boolean blockSafe = true;
    private final long[] groupFromDecisions = new long[GROUPS.length];

    private Builder() {}

    /**
     * Adds a tally.
     *
     * @param tally  a tally of the same procedure as those added before, not null
     * @return this builder
     * @throws IllegalArgumentException if its procedure differs
     * @throws ArithmeticException if its decisions of one outcome group add up beyond a {@code long}
     */
    public Builder add(ReviewTally tally) {
      requireNonNull(tally, "tally");
      if (size == 0) {
        procedure = tally.procedure();
        route = tally.route();
      } else if (procedure != tally.procedure()) {
        throw new IllegalArgumentException(
            "cannot add a " + tally.procedure() + " tally to " + procedure + " tallies");
      } else {
        routeMixed |= !route.equals(tally.route());
      }
      grow();
      int i = size;
      put(0, i, tally.received());
      put(1, i, tally.accepted());
      put(2, i, tally.notAccepted());
      put(3, i, tally.carriedOver());
      put(CONCLUDED, i, tally.concluded());
      put(5, i, tally.withdrawn());
      put(6, i, tally.pending());
      put(CONCLUDED_INCLUSIVE, i, tally.concludedIncludingWithdrawn());
      if (tally.withdrawalsCountedApart()) {
        set(apart, i);
      }
      boolean isComplete = tally.outcomesComplete();
      if (isComplete) {
        set(complete, i);
      }
      Arrays.fill(groupFromDecisions, 0);
      for (Map.Entry<Decision, Long> decision : tally.decisions().entrySet()) {
        int c = COUNTS + decision.getKey().ordinal();
        long count = decision.getValue();
        value(c, i, count);
        set(stated[c], i);
        int g = decision.getKey().group().ordinal();
        groupFromDecisions[g] = Sums.add(procedure, decision.getKey().group(), groupFromDecisions[g], count);
      }
      Map<OutcomeGroup, Long> groups = tally.outcomeGroups();
      for (OutcomeGroup group : GROUPS) {
        int c = COUNTS + DECISIONS.length + group.ordinal();
        Long statedGroup = groups.isEmpty() ? null : groups.get(group);
        if (statedGroup != null) {
          set(stated[c], i);
          value(c, i, statedGroup);
        } else if (isComplete) {
          // not stated, but known from the complete decisions
          value(c, i, groupFromDecisions[group.ordinal()]);
        }
      }
      size++;
      return this;
    }

    private void put(int c, int i, OptionalLong count) {
      if (count.isPresent()) {
        value(c, i, count.getAsLong());
      } else {
        set(unknown[c], i);
      }
    }

    private void value(int c, int i, long count) {
      columns[c][i] = count;
      blockSafe &= count < BLOCK_SAFE;
    }

    private void grow() {
      if (size == columns[0].length) {
        for (int c = 0; c < columns.length; c++) {
          columns[c] = Arrays.copyOf(columns[c], size * 2);
        }
      }
      int words = size / 64 + 1;
      if (words > apart.length) {
        for (int c = 0; c < columns.length; c++) {
          unknown[c] = Arrays.copyOf(unknown[c], words * 2);
          stated[c] = Arrays.copyOf(stated[c], words * 2);
        }
        apart = Arrays.copyOf(apart, words * 2);
        complete = Arrays.copyOf(complete, words * 2);
      }
    }

    private static void set(long[] bits, int i) {
      bits[i >>> 6] |= 1L << i;
    }

    /**
     * Returns the column of the tallies added.
     *
     * @return the column, never null
     */
    public ReviewTallyColumn build() {
      return new ReviewTallyColumn(this);
    }
  }
}
