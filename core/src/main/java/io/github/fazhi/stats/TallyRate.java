package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Rate;
import io.github.fazhi.ReviewTally;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rates of a review tally with a named basis (architecture: Statistics), each a ratio of counts, so
 * that over many reports it is a ratio of sums.
 */
public enum TallyRate {
  /** 受理率: accepted ÷ received. */
  ACCEPTANCE("受理率", ReviewTally::acceptanceRate),
  /** 审结率: concluded (withdrawals included) ÷ (accepted + carried over). */
  CLOSURE("审结率", ReviewTally::closureRate),
  /** 纠错率: corrected ÷ concluded (withdrawals included). */
  CORRECTION("纠错率", ReviewTally::correctionRate),
  /** 调解和解率: (mediated + settled) ÷ concluded (withdrawals included). */
  MEDIATION("调解和解率", ReviewTally::mediationRate);

  private final String chinese;
  private final Function<ReviewTally, Optional<Rate>> rate;

  TallyRate(String chinese, Function<ReviewTally, Optional<Rate>> rate) {
    this.chinese = chinese;
    this.rate = rate;
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
    return rate.apply(requireNonNull(tally, "tally"));
  }
}
