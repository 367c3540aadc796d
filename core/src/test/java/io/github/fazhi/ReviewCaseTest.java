package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewCaseTest {
  private static final LocalDate RECEIVED = LocalDate.of(2024, 1, 10);
  private static final LocalDate ACCEPTED = LocalDate.of(2024, 1, 15);

  private static ReviewCase.Builder reconsideration() {
    return ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("曲复〔2024〕1号")
        .received(RECEIVED).accepted(ACCEPTED);
  }

  @Test
  void reconsideration_mustBeDecidedWithin60DaysOfAcceptance() {
    ReviewCase open = reconsideration().build();
    assertThat(open.decisionDeadline()).hasValue(LocalDate.of(2024, 3, 15)); // 15 Jan + 60 days (leap year)
    ReviewCase onTime = reconsideration().decided(LocalDate.of(2024, 3, 15)).decision(Decision.UPHELD).build();
    assertThat(onTime.isDecidedLate()).isFalse();
    ReviewCase late = reconsideration().decided(LocalDate.of(2024, 3, 16)).decision(Decision.UPHELD).build();
    assertThat(late.isDecidedLate()).isTrue();
  }

  @Test
  void extension_ofAtMost30Days_movesTheDeadline() {
    ReviewCase extended = reconsideration().extensionDays(30)
        .decided(LocalDate.of(2024, 4, 14)).decision(Decision.REVOKED).build();
    assertThat(extended.decisionDeadline()).hasValue(LocalDate.of(2024, 4, 14));
    assertThat(extended.isDecidedLate()).isFalse();
    assertThatThrownBy(() -> reconsideration().extensionDays(31).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("extensionDays (31) must be <= 30 for reconsideration");
  }

  @Test
  void simplifiedProcedures_haveShorterLimits() {
    assertThat(reconsideration().simplified(true).build().decisionDeadline())
        .hasValue(ACCEPTED.plusDays(30));
    ReviewCase.Builder suit = ReviewCase.builder().procedure(Procedure.LITIGATION).id("(2024)粤0205行初1号")
        .received(RECEIVED).accepted(ACCEPTED);
    assertThat(suit.build().decisionDeadline()).hasValue(LocalDate.of(2024, 7, 15)); // six months
    assertThat(suit.simplified(true).build().decisionDeadline()).hasValue(ACCEPTED.plusDays(45));
  }

  @Test
  void isOverdue_judgesOpenCasesOnAGivenDay() {
    ReviewCase open = reconsideration().build();
    assertThat(open.isOverdue(LocalDate.of(2024, 3, 15))).isFalse();
    assertThat(open.isOverdue(LocalDate.of(2024, 3, 16))).isTrue();
    ReviewCase decidedLater = reconsideration().decided(LocalDate.of(2024, 4, 1)).decision(Decision.UPHELD).build();
    assertThat(decidedLater.isOverdue(LocalDate.of(2024, 3, 20))).isTrue();
    assertThat(decidedLater.isOverdue(LocalDate.of(2024, 4, 2))).isFalse();
    ReviewCase notAccepted = ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("x")
        .received(RECEIVED).build();
    assertThat(notAccepted.decisionDeadline()).isEmpty();
    assertThat(notAccepted.isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(notAccepted.isDecidedLate()).isFalse();
  }

  @Test
  void brokenDates_andMissingDecision_areAllReported() {
    assertThatThrownBy(() -> ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id(" ")
            .received(RECEIVED).accepted(RECEIVED.minusDays(1)).refused(RECEIVED.minusDays(2))
            .decided(RECEIVED.minusDays(3)).route(LitigationRoute.DIRECT).extensionDays(-1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path)
            .containsExactly("id", "route", "refused", "accepted", "refused", "decided", "decided",
                "extensionDays"));
  }

  @Test
  void decisionWithoutAcceptance_isRefused() {
    assertThatThrownBy(() -> ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("1")
            .received(RECEIVED).decided(RECEIVED).decision(Decision.TERMINATED).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("decision (TERMINATED) needs an accepted date");
  }
}
