package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.ReviewTally;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rates of a review tally with a named basis (architecture: Statistics), each a ratio of two
 * {@link ReviewCount}s, so that over many reports it is a ratio of sums. Each is named once: its code
 * under a procedure ({@code reconsideration.correction_rate}) is the catalogue code of the same rate.
 */
public enum TallyRate {
  /** 受理率: accepted ÷ received. */
  ACCEPTANCE("acceptance_rate", "受理率", ReviewCount.ACCEPTED, ReviewCount.RECEIVED),
  /** 审结率: concluded (withdrawals included) ÷ (accepted + carried over). */
  CLOSURE("closure_rate", "审结率", ReviewCount.CONCLUDED, ReviewCount.UNDER_REVIEW),
  /** 纠错率: corrected ÷ concluded (withdrawals included). */
  CORRECTION("correction_rate", "纠错率", ReviewCount.CORRECTED, ReviewCount.CONCLUDED),
  /** 调解和解率: (mediated + settled) ÷ concluded (withdrawals included). */
  MEDIATION("mediation_rate", "调解和解率", ReviewCount.MEDIATED, ReviewCount.CONCLUDED);

  private final String code;
  private final String chinese;
  private final ReviewCount numerator;
  private final ReviewCount denominator;

  TallyRate(String code, String chinese, ReviewCount numerator, ReviewCount denominator) {
    this.code = code;
    this.chinese = chinese;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the code of this rate under any procedure, such as {@code correction_rate}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the code of this rate under a procedure, such as {@code reconsideration.correction_rate}.
   *
   * @param procedure  the procedure, not null
   * @return the code, never null
   */
  public String code(Procedure procedure) {
    return ReviewCount.procedureCode(procedure) + "." + code;
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
   * Returns the count divided.
   *
   * @return the numerator, never null
   */
  public ReviewCount numerator() {
    return numerator;
  }

  /**
   * Returns the count divided by.
   *
   * @return the denominator, never null
   */
  public ReviewCount denominator() {
    return denominator;
  }

  /**
   * Returns this rate of a tally.
   *
   * @param tally  the tally, not null
   * @return the rate, or empty when a count is unknown or the denominator is 0
   */
  public Optional<Rate> of(ReviewTally tally) {
    requireNonNull(tally, "tally");
    OptionalLong n = numerator.of(tally);
    OptionalLong d = denominator.of(tally);
    return n.isPresent() && d.isPresent() ? Rate.tryOf(n.getAsLong(), d.getAsLong()) : Optional.empty();
  }
}
