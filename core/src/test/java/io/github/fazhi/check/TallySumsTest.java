package io.github.fazhi.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Procedure;
import io.github.fazhi.ReviewTally;
import org.junit.jupiter.api.Test;

/** The exact sums the tally rules compare: the derived counts of a tally, without overflow. */
class TallySumsTest {
  @Test
  void exactCounts_areTheDerivedCounts_withoutOverflow() {
    // seed: 9 accepted, 6 concluded + 3 withdrawn apart; carried over unknown
    ReviewTally seed = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).accepted(9).concluded(6)
        .withdrawn(3).withdrawalsCountedApart(true).build();
    assertThat(TallySums.concludedIncludingWithdrawn(seed)).contains(java.math.BigInteger.valueOf(9));
    assertThat(TallySums.underReview(seed)).isEmpty();
    // withdrawals inside concluded: concluded alone, even with withdrawn unknown
    ReviewTally inside = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).accepted(1968)
        .carriedOver(150).concluded(1876).build();
    assertThat(TallySums.concludedIncludingWithdrawn(inside)).contains(java.math.BigInteger.valueOf(1876));
    assertThat(TallySums.underReview(inside)).contains(java.math.BigInteger.valueOf(2118));
    // counted apart with withdrawn unknown: unknown
    assertThat(TallySums.concludedIncludingWithdrawn(
        ReviewTally.builder().from(inside).withdrawalsCountedApart(true).build())).isEmpty();
    // beyond a long: exact where underReview() throws
    ReviewTally huge = ReviewTally.builder().procedure(Procedure.RECONSIDERATION).accepted(Long.MAX_VALUE)
        .carriedOver(1).concluded(Long.MAX_VALUE).withdrawn(2).withdrawalsCountedApart(true).build();
    java.math.BigInteger max = java.math.BigInteger.valueOf(Long.MAX_VALUE);
    assertThat(TallySums.underReview(huge)).contains(max.add(java.math.BigInteger.ONE));
    assertThat(TallySums.concludedIncludingWithdrawn(huge)).contains(max.add(java.math.BigInteger.TWO));
    assertThatThrownBy(huge::underReview).isInstanceOf(ArithmeticException.class);
  }
}
