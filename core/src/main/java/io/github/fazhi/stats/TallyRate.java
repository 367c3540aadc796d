package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Rate;
import io.github.fazhi.ReviewTally;
import java.util.Optional;

/**
 * The rates of a review tally with a named basis (architecture: Statistics), each a ratio of counts, so
 * that over many reports it is a ratio of sums.
 */
public enum TallyRate {
  /** 受理率: accepted ÷ received. */
  ACCEPTANCE("受理率"),
  /** 审结率: concluded (withdrawals included) ÷ (accepted + carried over). */
  CLOSURE("审结率"),
  /** 纠错率: corrected ÷ concluded (withdrawals included). */
  CORRECTION("纠错率"),
  /** 调解和解率: (mediated + settled) ÷ concluded (withdrawals included). */
  MEDIATION("调解和解率");

  private final String chinese;
  TallyRate(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this rate.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns this rate of a tally.
   *
   * @param tally  the tally, not null
   * @return the rate, or empty when a count is unknown or the denominator is 0
   */
  public Optional<Rate> of(ReviewTally tally) {
    requireNonNull(tally, "tally");
    return switch (this) {
      case ACCEPTANCE -> tally.acceptanceRate();
      case CLOSURE -> tally.closureRate();
      case CORRECTION -> tally.correctionRate();
      case MEDIATION -> tally.mediationRate();
    };
  }
}
