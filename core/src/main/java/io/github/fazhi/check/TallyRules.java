package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import io.github.fazhi.Decision;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Path;
import io.github.fazhi.ReviewTally;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The rules over review tallies (see docs/domain.md, 'Review counting conventions' and 'Decisions and
 * outcome groups'). Reports count withdrawn cases inside 审结 or apart from it, and some state 维持 alone
 * where the official UPHELD group is 维持 + 驳回: a tally that adds up under one of those readings is
 * not an error, and {@link #COUNTING_CONVENTION} says which reading it needs.
 */
final class TallyRules {
  static final String ACCEPTED_EXCEEDS_RECEIVED = "review.accepted_exceeds_received";
  static final String NOT_ACCEPTED_MISMATCH = "review.not_accepted_mismatch";
  static final String BALANCE_MISMATCH = "review.balance_mismatch";
  static final String OUTCOMES_MISMATCH = "review.outcomes_mismatch";
  static final String GROUPS_DISAGREE = "review.groups_disagree_with_decisions";
  static final String WITHDRAWN_MISMATCH = "review.withdrawn_mismatch";
  static final String COUNTING_CONVENTION = "review.counting_convention";
  static final String DECISIONS_TOTAL_MISMATCH = "review.decisions_total_mismatch";

  private TallyRules() {}

  static List<Rule> rules() {
    return List.of(
        StandardRule.tallies(ACCEPTED_EXCEEDS_RECEIVED, TallyRules::acceptedExceedsReceived),
        StandardRule.tallies(NOT_ACCEPTED_MISMATCH, TallyRules::notAcceptedMismatch),
        StandardRule.tallies(BALANCE_MISMATCH, (path, tally, out) -> balance(path, tally, out, false)),
        StandardRule.tallies(OUTCOMES_MISMATCH, (path, tally, out) -> outcomes(path, tally, out, false)),
        StandardRule.tallies(GROUPS_DISAGREE, (path, tally, out) -> groups(path, tally, out, false)),
        StandardRule.tallies(WITHDRAWN_MISMATCH, (path, tally, out) -> withdrawn(path, tally, out, false)),
        StandardRule.tallies(COUNTING_CONVENTION, TallyRules::conventions),
        StandardRule.tallies(DECISIONS_TOTAL_MISMATCH, TallyRules::decisionsTotal));
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }

  private static void acceptedExceedsReceived(Path path, ReviewTally tally, List<Finding> out) {
    if (tally.accepted().isPresent() && tally.received().isPresent()
        && tally.accepted().getAsLong() > tally.received().getAsLong()) {
      long accepted = tally.accepted().getAsLong();
      long received = tally.received().getAsLong();
      out.add(Finding.of(ACCEPTED_EXCEEDS_RECEIVED, Severity.ERROR, path.field("accepted"),
          "accepted (" + accepted + ") must be <= received (" + received + ")",
          numbers("accepted", accepted, "received", received)));
    }
  }

  private static void notAcceptedMismatch(Path path, ReviewTally tally, List<Finding> out) {
    if (tally.received().isEmpty() || tally.accepted().isEmpty() || tally.notAccepted().isEmpty()) {
      return;
    }
    long received = tally.received().getAsLong();
    long accepted = tally.accepted().getAsLong();
    long notAccepted = tally.notAccepted().getAsLong();
    if (big(received).subtract(big(accepted)).compareTo(big(notAccepted)) != 0) {
      out.add(Finding.of(NOT_ACCEPTED_MISMATCH, Severity.ERROR, path.field("notAccepted"),
          "notAccepted (" + notAccepted + ") must be received (" + received + ") - accepted (" + accepted + ")",
          numbers("notAccepted", notAccepted, "received", received, "accepted", accepted)));
    }
  }

  /**
   * The decision columns against the total (合计) the table states beside them: equal when the columns
   * are complete, not above it otherwise (a column left out counts toward the total).
   */
  private static void decisionsTotal(Path path, ReviewTally tally, List<Finding> out) {
    if (tally.decisionsTotal().isEmpty() || tally.decisions().isEmpty()) {
      return;
    }
    long total = tally.decisionsTotal().getAsLong();
    BigInteger sum = sum(tally.decisions().values());
    int comparison = sum.compareTo(big(total));
    boolean complete = tally.outcomesComplete();
    if (complete ? comparison != 0 : comparison > 0) {
      StringBuilder columns = new StringBuilder();
      for (Map.Entry<Decision, Long> decision : tally.decisions().entrySet()) {
        columns.append(columns.length() == 0 ? "" : " + ").append(decision.getKey().chinese())
            .append(' ').append(decision.getValue());
      }
      out.add(Finding.of(DECISIONS_TOTAL_MISMATCH, Severity.ERROR, path.field("decisionsTotal"),
          "the decisions (" + columns + " = " + sum + ") must " + (complete ? "add up to" : "not exceed")
              + " decisionsTotal (" + total + ")",
          numbers("decisions", new BigDecimal(sum), "decisionsTotal", total)));
    }
  }

  // ---- withdrawals inside or apart from concluded ----

  /**
   * The same tally read under the other withdrawal convention, or null when that reading says nothing
   * new (withdrawals unknown or none).
   */
  private static @Nullable ReviewTally otherConvention(ReviewTally tally) {
    if (tally.withdrawn().isEmpty() || tally.withdrawn().getAsLong() == 0) {
      return null;
    }
    return ReviewTally.builder().from(tally).withdrawalsCountedApart(!tally.withdrawalsCountedApart()).build();
  }

  /** Says which withdrawal convention the tally needs, with the counts that show it. */
  private static Finding convention(Path path, ReviewTally needed, String what) {
    long withdrawn = needed.withdrawn().orElse(0);
    long concluded = needed.concluded().orElse(0);
    return Finding.of(COUNTING_CONVENTION, Severity.INFO, path,
        what + " with withdrawals counted " + (needed.withdrawalsCountedApart()
            ? "apart from concluded (withdrawalsCountedApart = true): concluded (" + concluded
                + ") + withdrawn (" + withdrawn + ")"
            : "inside concluded (withdrawalsCountedApart = false): concluded (" + concluded
                + ") includes withdrawn (" + withdrawn + ")"),
        numbers("concluded", concluded, "withdrawn", withdrawn));
  }

  /** Balance, outcomes and withdrawals that add up under another reading; one finding per reading. */
  private static void conventions(Path path, ReviewTally tally, List<Finding> out) {
    List<Finding> withdrawals = new ArrayList<>(1);
    balance(path, tally, withdrawals, true);
    if (withdrawals.isEmpty()) {
      withdrawn(path, tally, withdrawals, true);
    }
    if (withdrawals.isEmpty()) {
      outcomes(path, tally, withdrawals, true);
    }
    out.addAll(withdrawals);
    List<Finding> groups = new ArrayList<>(1);
    groups(path, tally, groups, true);
    for (Finding finding : groups) {
      if (!out.contains(finding)) {
        out.add(finding);
      }
    }
  }

  // ---- balance ----

  private static void balance(Path path, ReviewTally tally, List<Finding> out, boolean conventions) {
    Finding declared = imbalance(path, tally);
    if (declared == null) {
      return;
    }
    ReviewTally other = otherConvention(tally);
    boolean otherBalances = other != null && TallySums.concludedIncludingWithdrawn(other).isPresent()
        && imbalance(path, other) == null;
    if (other != null && otherBalances && conventions) {
      out.add(convention(path, other, "the tally balances"));
    } else if (!otherBalances && !conventions) {
      out.add(declared);
    }
  }

  /** The balance finding of the tally read as it says it counts withdrawals, or null when it balances. */
  private static @Nullable Finding imbalance(Path path, ReviewTally tally) {
    OptionalLong accepted = tally.accepted();
    Optional<BigInteger> concluded = TallySums.concludedIncludingWithdrawn(tally);
    if (accepted.isEmpty() || concluded.isEmpty()) {
      return null;
    }
    OptionalLong carried = tally.carriedOver();
    OptionalLong pending = tally.pending();
    String concludedName = tally.withdrawalsCountedApart() ? "concluded + withdrawn" : "concluded";
    long a = accepted.getAsLong();
    BigInteger k = concluded.get();
    if (carried.isPresent() && pending.isPresent()) {
      long c = carried.getAsLong();
      long p = pending.getAsLong();
      if (TallySums.underReview(tally).orElseThrow().compareTo(k.add(big(p))) != 0) {
        return Finding.of(BALANCE_MISMATCH, Severity.ERROR, path,
            "accepted (" + a + ") + carriedOver (" + c + ") must be " + concludedName + " (" + k
                + ") + pending (" + p + ")",
            numbers("accepted", a, "carriedOver", c, "concluded", new BigDecimal(k), "pending", p));
      }
    } else if (pending.isPresent()) {
      long p = pending.getAsLong();
      if (k.add(big(p)).compareTo(big(a)) < 0) {
        return Finding.of(BALANCE_MISMATCH, Severity.ERROR, path,
            concludedName + " (" + k + ") + pending (" + p + ") must be >= accepted (" + a
                + "): carriedOver would be negative",
            numbers("accepted", a, "concluded", new BigDecimal(k), "pending", p));
      }
    } else if (carried.isPresent()) {
      long c = carried.getAsLong();
      if (k.compareTo(TallySums.underReview(tally).orElseThrow()) > 0) {
        return Finding.of(BALANCE_MISMATCH, Severity.ERROR, path,
            concludedName + " (" + k + ") must be <= accepted (" + a + ") + carriedOver (" + c + ")",
            numbers("accepted", a, "carriedOver", c, "concluded", new BigDecimal(k)));
      }
    }
    return null;
  }

  // ---- outcomes ----

  /**
   * The concluded cases the outcomes make up: withdrawals included, unless they are counted apart and
   * the decisions do not list them.
   */
  private static Optional<BigInteger> outcomesTarget(ReviewTally tally) {
    if (tally.withdrawalsCountedApart() && !tally.decisions().containsKey(Decision.WITHDRAWN)) {
      return tally.concluded().isPresent() ? Optional.of(big(tally.concluded().getAsLong())) : Optional.empty();
    }
    return TallySums.concludedIncludingWithdrawn(tally);
  }

  private static BigInteger sum(Iterable<Long> counts) {
    long sum = 0;
    try {
      for (long count : counts) {
        sum = Math.addExact(sum, count);
      }
      return big(sum);
    } catch (ArithmeticException overflow) {
      BigInteger exact = BigInteger.ZERO;
      for (long count : counts) {
        exact = exact.add(big(count));
      }
      return exact;
    }
  }

  private static boolean outcomesBroken(BigInteger sum, BigInteger concluded, boolean complete) {
    int comparison = sum.compareTo(concluded);
    return complete ? comparison != 0 : comparison > 0;
  }

  private static void outcomes(Path path, ReviewTally tally, List<Finding> out, boolean conventions) {
    Optional<BigInteger> target = outcomesTarget(tally);
    if (target.isEmpty()) {
      return;
    }
    BigInteger k = target.get();
    if (!tally.decisions().isEmpty()) {
      BigInteger sum = sum(tally.decisions().values());
      boolean complete = tally.outcomesComplete();
      compareOutcomes(path, "decisions", sum, k, complete, tally, out, conventions);
    }
    if (!tally.outcomeGroups().isEmpty()) {
      BigInteger sum = sum(tally.outcomeGroups().values());
      boolean all = tally.outcomeGroups().size() == OutcomeGroup.values().length;
      OptionalLong rejected = upheldAlone(tally) ? tally.decision(Decision.REJECTED) : OptionalLong.empty();
      if (rejected.isPresent() && rejected.getAsLong() > 0 && outcomesBroken(sum, k, all)
          && !outcomesBroken(sum.add(big(rejected.getAsLong())), k, all)) {
        // the UPHELD group is 维持 alone: with 驳回 beside it, the groups make up concluded
        if (conventions) {
          out.add(upheldAloneFinding(path, tally.group(OutcomeGroup.UPHELD).orElse(0), big(rejected.getAsLong())));
        }
        return;
      }
      compareOutcomes(path, "outcome groups", sum, k, all, tally, out, conventions);
    }
  }

  /** Whether the stated UPHELD group equals the 维持 decisions alone, so it may be 维持 without 驳回. */
  private static boolean upheldAlone(ReviewTally tally) {
    Long group = tally.outcomeGroups().get(OutcomeGroup.UPHELD);
    OptionalLong upheld = tally.decision(Decision.UPHELD);
    return group != null && upheld.isPresent() && upheld.getAsLong() == group;
  }

  private static Finding upheldAloneFinding(Path path, long upheld, BigInteger rejected) {
    return Finding.of(COUNTING_CONVENTION, Severity.INFO, path.field("outcomeGroups").field("upheld"),
        "outcome group UPHELD (" + upheld + ") is 维持 (UPHELD) alone, not 维持 + 驳回 (" + upheld + " + "
            + rejected + ")",
        numbers("upheld", upheld, "rejected", new BigDecimal(rejected)));
  }

  @SuppressWarnings("TooManyParameters") // one comparison, reported by two rules
  private static void compareOutcomes(Path path, String what, BigInteger sum, BigInteger concluded,
      boolean complete, ReviewTally tally, List<Finding> out, boolean conventions) {
    if (!outcomesBroken(sum, concluded, complete)) {
      return;
    }
    ReviewTally other = otherConvention(tally);
    Optional<BigInteger> otherConcluded = other == null ? Optional.empty() : outcomesTarget(other);
    boolean otherFits = other != null && otherConcluded.isPresent()
        && !outcomesBroken(sum, otherConcluded.get(), complete);
    if (other != null && otherFits && conventions) {
      out.add(convention(path, other, "the " + what + " add up"));
    } else if (!otherFits && !conventions) {
      out.add(Finding.of(OUTCOMES_MISMATCH, Severity.ERROR, path.field(what.equals("decisions")
              ? "decisions" : "outcomeGroups"),
          "the " + what + " (" + sum + ") must " + (complete ? "add up to" : "not exceed")
              + " the concluded cases (" + concluded + ")",
          numbers(what, new BigDecimal(sum), "concluded", new BigDecimal(concluded))));
    }
  }

  // ---- outcome groups against decisions ----

  private static void groups(Path path, ReviewTally tally, List<Finding> out, boolean conventions) {
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
      long count = stated.getValue();
      int comparison = big(count).compareTo(sum);
      if (complete ? comparison == 0 : comparison >= 0) {
        continue;
      }
      // A report's 维持 alone, written down as the UPHELD group (维持 + 驳回), is not an error.
      boolean upheldOnly = group == OutcomeGroup.UPHELD && upheldAlone(tally);
      String name = group.name().toLowerCase(Locale.ROOT);
      if (upheldOnly && conventions) {
        out.add(upheldAloneFinding(path, count, sum.subtract(big(count))));
      } else if (!upheldOnly && !conventions) {
        out.add(Finding.of(GROUPS_DISAGREE, Severity.ERROR, path.field("outcomeGroups").field(name),
            "outcome group " + group + " (" + count + ") must be " + (complete ? "" : ">= ")
                + "the sum of its decisions (" + sum + ")",
            numbers(name, count, "decisions", new BigDecimal(sum))));
      }
    }
  }

  // ---- withdrawals ----

  private static void withdrawn(Path path, ReviewTally tally, List<Finding> out, boolean conventions) {
    if (tally.withdrawn().isEmpty()) {
      return;
    }
    long withdrawn = tally.withdrawn().getAsLong();
    boolean decisionApplies = !tally.withdrawalsCountedApart()
        || tally.decisions().containsKey(Decision.WITHDRAWN);
    OptionalLong decided = tally.decision(Decision.WITHDRAWN);
    if (!conventions && decisionApplies && decided.isPresent() && decided.getAsLong() != withdrawn) {
      out.add(Finding.of(WITHDRAWN_MISMATCH, Severity.ERROR, path.field("withdrawn"),
          "withdrawn (" + withdrawn + ") must be decisions.withdrawn (" + decided.getAsLong() + ")",
          numbers("withdrawn", withdrawn, "decisions.withdrawn", decided.getAsLong())));
    }
    // More withdrawn than concluded cannot be counted inside concluded, only apart from it.
    if (conventions && !tally.withdrawalsCountedApart() && tally.concluded().isPresent()
        && withdrawn > tally.concluded().getAsLong()) {
      out.add(convention(path, ReviewTally.builder().from(tally).withdrawalsCountedApart(true).build(),
          "withdrawn (" + withdrawn + ") exceeding concluded (" + tally.concluded().getAsLong()
              + ") fits only"));
    }
  }
}
