package io.github.fazhi.check;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fazhi.Decision;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tallies generated consistent produce no finding; changing any single stated count of one produces at
 * least one.
 */
class TallyConsistencyProperties {
  private static final int RECEIVED = 0;
  private static final int ACCEPTED = 1;
  private static final int NOT_ACCEPTED = 2;
  private static final int CARRIED_OVER = 3;
  private static final int CONCLUDED = 4;
  private static final int WITHDRAWN = 5;
  private static final int PENDING = 6;
  private static final int UPHELD = 7;
  private static final int REVOKED = 8;
  private static final int WITHDRAWN_DECISION = 9;
  private static final int MEDIATED = 10;
  private static final int GROUP_UPHELD = 11;
  private static final int GROUP_CORRECTED = 12;
  private static final int GROUP_OTHER = 13;
  private static final int COUNTS = 14;

  /**
   * Derives a consistent set of stated counts from free numbers: accepted A, not accepted N, carried over
   * C, and splits of the concluded cases into upheld, revoked, withdrawn and mediated.
   */
  static long[] consistent(List<Integer> free, boolean apart) {
    long accepted = free.get(0);
    long notAccepted = free.get(1);
    long carried = free.get(2);
    long underReview = accepted + carried;
    long concludedAll = free.get(3) % (underReview + 1);
    long upheld = free.get(4) % (concludedAll + 1);
    long revoked = free.get(5) % (concludedAll - upheld + 1);
    long withdrawn = free.get(6) % (concludedAll - upheld - revoked + 1);
    long mediated = concludedAll - upheld - revoked - withdrawn;
    long[] c = new long[COUNTS];
    c[RECEIVED] = accepted + notAccepted;
    c[ACCEPTED] = accepted;
    c[NOT_ACCEPTED] = notAccepted;
    c[CARRIED_OVER] = carried;
    c[CONCLUDED] = apart ? concludedAll - withdrawn : concludedAll;
    c[WITHDRAWN] = withdrawn;
    c[PENDING] = underReview - concludedAll;
    c[UPHELD] = upheld;
    c[REVOKED] = revoked;
    c[WITHDRAWN_DECISION] = withdrawn;
    c[MEDIATED] = mediated;
    c[GROUP_UPHELD] = upheld;
    c[GROUP_CORRECTED] = revoked;
    c[GROUP_OTHER] = apart ? mediated : mediated + withdrawn;
    return c;
  }

  /** Builds the tally; counted apart, withdrawals are not among the decisions. */
  static ReviewTally tally(long[] c, boolean apart) {
    ReviewTally.Builder builder = ReviewTally.builder()
        .procedure(Procedure.RECONSIDERATION)
        .received(c[RECEIVED])
        .accepted(c[ACCEPTED])
        .notAccepted(c[NOT_ACCEPTED])
        .carriedOver(c[CARRIED_OVER])
        .concluded(c[CONCLUDED])
        .withdrawn(c[WITHDRAWN])
        .pending(c[PENDING])
        .withdrawalsCountedApart(apart)
        .outcomesComplete(true)
        .putDecision(Decision.UPHELD, c[UPHELD])
        .putDecision(Decision.REVOKED, c[REVOKED])
        .putDecision(Decision.MEDIATED, c[MEDIATED])
        .putOutcomeGroup(OutcomeGroup.UPHELD, c[GROUP_UPHELD])
        .putOutcomeGroup(OutcomeGroup.CORRECTED, c[GROUP_CORRECTED])
        .putOutcomeGroup(OutcomeGroup.OTHER, c[GROUP_OTHER]);
    if (!apart) {
      builder.putDecision(Decision.WITHDRAWN, c[WITHDRAWN_DECISION]);
    }
    return builder.build();
  }

  private static List<Finding> check(ReviewTally tally) {
    Report report = complete(jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY), 2020).addReview(tally).build();
    return ReportChecker.standard().check(report);
  }

  @Test
  void consistentTallies_produceNoFinding() {
    qt().forAll(lists().of(integers().between(0, 5_000)).ofSize(7), booleans().all())
        .checkAssert((free, apart) -> assertThat(check(tally(consistent(free, apart), apart))).isEmpty());
  }

  @Test
  void changingAnySingleStatedCount_producesAtLeastOneFinding() {
    qt().forAll(
            lists().of(integers().between(0, 5_000)).ofSize(7),
            booleans().all(),
            integers().between(0, COUNTS - 1),
            integers().between(1, 50))
        .assuming((free, apart, index, delta) -> !(apart && index == WITHDRAWN_DECISION))
        .checkAssert((free, apart, index, delta) -> {
          long[] counts = consistent(free, apart);
          // move the count up, or down when that stays at least 0
          counts[index] = counts[index] >= delta && delta % 2 == 0 ? counts[index] - delta : counts[index] + delta;
          assertThat(check(tally(counts, apart)))
              .as("changed count %d of %s", index, java.util.Arrays.toString(counts))
              .isNotEmpty();
        });
  }

  @Test
  void anyTally_evenWithAbsurdCounts_isCheckedWithoutARuleFailing() {
    qt().forAll(lists().of(longs().between(0, Long.MAX_VALUE)).ofSize(COUNTS), booleans().all())
        .checkAssert((counts, apart) -> {
          long[] c = counts.stream().mapToLong(Long::longValue).toArray();
          ReviewTally tally = tally(c, apart);
          Report report = complete(jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY), 2020,
                  io.github.fazhi.testing.TestReports.percent("reconsideration.correction_rate", "12.5")
                      .basis(io.github.fazhi.Rate.of(1, 9)).build())
              .addReview(tally).build();
          assertThat(ReportChecker.standard().check(report))
              .noneMatch(f -> f.ruleId().equals(ReportChecker.RULE_FAILED));
        });
  }
}
