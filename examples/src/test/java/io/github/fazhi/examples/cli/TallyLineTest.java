package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Decision;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Procedure;
import io.github.fazhi.ReviewTally;
import org.junit.jupiter.api.Test;

class TallyLineTest {

  @Test
  void statedCounts_inTheReportsWords_unknownLeftOut() {
    ReviewTally tally = ReviewTally.builder()
        .procedure(Procedure.RECONSIDERATION)
        .received(36)
        .accepted(30)
        .concluded(28)
        .putDecision(Decision.UPHELD, 20)
        .putDecision(Decision.REVOKED, 3)
        .build();

    // withdrawn, pending and the rest are not stated: absent, never 0
    assertThat(TallyLine.of(tally)).isEqualTo("行政复议 · 收到 36 · 受理 30 · 审结 28 · 维持 20, 撤销 3");
  }

  @Test
  void aLitigationRoute_isNamedBesideItsProcedure() {
    ReviewTally tally = ReviewTally.builder()
        .procedure(Procedure.LITIGATION)
        .route(LitigationRoute.DIRECT)
        .received(0)
        .build();

    assertThat(TallyLine.of(tally)).isEqualTo("行政诉讼（未经复议直接起诉） · 收到 0");
  }
}
