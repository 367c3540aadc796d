package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Decision;
import io.github.fazhi.Procedure;
import io.github.fazhi.ReviewTally;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A count of a review tally that statistics total across reports (复议/诉讼案件数), each named once: its
 * code under a procedure ({@code reconsideration.received}) is the catalogue code of the same quantity,
 * so a report's tally and its coded indicator are one quantity, never two totals.
 *
 * <p>Concluded cases are counted in the official sense, withdrawals included (see docs/domain.md,
 * 'Review counting conventions').
 */
public enum ReviewCount {
  /** 收到: cases received. */
  RECEIVED("received", "收到"),
  /** 受理: cases accepted. */
  ACCEPTED("accepted", "受理"),
  /** 不予受理: cases not accepted or otherwise handled. */
  NOT_ACCEPTED("not_accepted", "不予受理"),
  /** 上年结转: open cases carried over. */
  CARRIED_OVER("carried_over", "上年结转"),
  /** 审理: cases under review, accepted plus carried over. */
  UNDER_REVIEW("under_review", "审理"),
  /** 审结: cases concluded, withdrawals included. */
  CONCLUDED("concluded", "审结"),
  /** 撤回: cases withdrawn. */
  WITHDRAWN("withdrawn", "撤回"),
  /** 尚未审结: cases still open. */
  PENDING("pending", "尚未审结"),
  /** 纠错: cases corrected (the CORRECTED outcome group). */
  CORRECTED("corrected", "纠错"),
  /** 调解和解: cases mediated or settled. */
  MEDIATED("mediated", "调解和解");

  private final String code;
  private final String chinese;

  ReviewCount(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /**
   * Returns the code of this count under any procedure, such as {@code received}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the code of this count under a procedure, such as {@code reconsideration.received}.
   *
   * @param procedure  the procedure, not null
   * @return the code, never null
   */
  public String code(Procedure procedure) {
    return procedureCode(procedure) + "." + code;
  }

  /**
   * Returns the Chinese name of this count.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns this count of a tally.
   *
   * @param tally  the tally, not null
   * @return the count, or empty when the tally does not state it
   */
  public OptionalLong of(ReviewTally tally) {
    requireNonNull(tally, "tally");
    return switch (this) {
      case RECEIVED -> tally.received();
      case ACCEPTED -> tally.accepted();
      case NOT_ACCEPTED -> tally.notAccepted();
      case CARRIED_OVER -> tally.carriedOver();
      case UNDER_REVIEW -> tally.underReview();
      case CONCLUDED -> tally.concludedIncludingWithdrawn();
      case WITHDRAWN -> tally.withdrawn();
      case PENDING -> tally.pending();
      case CORRECTED -> tally.corrected();
      case MEDIATED -> mediated(tally);
    };
  }

  private static OptionalLong mediated(ReviewTally tally) {
    OptionalLong mediated = tally.decision(Decision.MEDIATED);
    OptionalLong settled = tally.decision(Decision.SETTLED);
    return mediated.isPresent() && settled.isPresent()
        ? OptionalLong.of(Math.addExact(mediated.getAsLong(), settled.getAsLong()))
        : OptionalLong.empty();
  }

  /**
   * Returns the code of a procedure in codes of counts and rates: {@code reconsideration} or
   * {@code litigation}.
   *
   * @param procedure  the procedure, not null
   * @return the code, never null
   */
  static String procedureCode(Procedure procedure) {
    return requireNonNull(procedure, "procedure").name().toLowerCase(Locale.ROOT);
  }
}
