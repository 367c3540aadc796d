package io.github.fazhi.examples;

import io.github.fazhi.Decision;
import io.github.fazhi.Procedure;
import io.github.fazhi.ReviewCase;
import io.github.fazhi.ReviewTally;
import java.time.LocalDate;
import java.util.List;

/**
 * Shows how to tally individual administrative review cases ({@link ReviewCase#tally(Iterable)}) and find
 * the ones decided late ({@link ReviewCase#isDecidedLate()}: after 60 days from acceptance, 30 in the
 * simplified procedure, plus any approved extension). The cases are made up.
 */
public final class ReviewCasesExample {
  private ReviewCasesExample() {}

  /**
   * Tallies the cases and prints the late ones.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    List<ReviewCase> cases = List.of(
        decided("复议〔2020〕1号", LocalDate.of(2020, 1, 6), LocalDate.of(2020, 2, 20), Decision.UPHELD, false),
        // 61 days after acceptance: one day late.
        decided("复议〔2020〕2号", LocalDate.of(2020, 3, 2), LocalDate.of(2020, 5, 2), Decision.REVOKED, false),
        // Simplified procedure, 35 days: late.
        decided("复议〔2020〕3号", LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 6), Decision.MEDIATED, true),
        decided("复议〔2020〕4号", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 20), Decision.WITHDRAWN, false),
        ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("复议〔2020〕5号")
            .received(LocalDate.of(2020, 12, 1)).accepted(LocalDate.of(2020, 12, 3)).build());
    ReviewTally tally = ReviewCase.tally(cases);
    System.out.println("received " + tally.received().orElseThrow() + ", accepted "
        + tally.accepted().orElseThrow() + ", concluded " + tally.concluded().orElseThrow() + ", pending "
        + tally.pending().orElseThrow());
    System.out.println("correction rate " + tally.correctionRate().map(r -> r + " = " + r.percent(1) + "%")
        .orElse("—") + ", mediation rate " + tally.mediationRate().map(r -> r + " = " + r.percent(1) + "%")
        .orElse("—"));
    for (ReviewCase c : cases) {
      if (c.isDecidedLate()) {
        System.out.println("late: " + c.id() + " accepted " + c.accepted().orElseThrow() + ", deadline "
            + c.decisionDeadline().orElseThrow() + ", decided " + c.decided().orElseThrow());
      }
    }
  }

  private static ReviewCase decided(
      String id, LocalDate accepted, LocalDate decided, Decision decision, boolean simplified) {
    return ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id(id)
        .received(accepted).accepted(accepted).decided(decided).decision(decision).simplified(simplified)
        .build();
  }
}
