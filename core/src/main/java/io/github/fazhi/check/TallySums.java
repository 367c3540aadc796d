package io.github.fazhi.check;

import io.github.fazhi.ReviewTally;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A tally's sums as exact integers, which no count can overflow: for checks that compare counts however
 * large they are (a tally may state counts near {@code Long.MAX_VALUE}, where {@link ReviewTally#underReview()}
 * would throw).
 */
final class TallySums {
  private TallySums() {}

  /** {@link ReviewTally#underReview()}, exactly: accepted + carried over, or empty when either is unknown. */
  static Optional<BigInteger> underReview(ReviewTally tally) {
    return sum(tally.accepted(), tally.carriedOver());
  }

  /**
   * {@link ReviewTally#concludedIncludingWithdrawn()}, exactly: concluded, plus withdrawn when counted
   * apart; empty when a needed count is unknown.
   */
  static Optional<BigInteger> concludedIncludingWithdrawn(ReviewTally tally) {
    return tally.withdrawalsCountedApart()
        ? sum(tally.concluded(), tally.withdrawn())
        : sum(tally.concluded(), OptionalLong.of(0));
  }

  private static Optional<BigInteger> sum(OptionalLong a, OptionalLong b) {
    return a.isPresent() && b.isPresent()
        ? Optional.of(BigInteger.valueOf(a.getAsLong()).add(BigInteger.valueOf(b.getAsLong())))
        : Optional.empty();
  }
}
