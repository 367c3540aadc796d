package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.check.ReportChecker;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Individual review cases: deadlines (docs/domain.md, 'Review counting conventions': time limits), invariants, and tallies built from cases. */
class ReviewCaseDeadlinesTest {
  private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);

  private static ReviewCase.Builder reconsideration(String id) {
    return ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id(id).received(LocalDate.of(2024, 1, 5));
  }

  @Test
  void reconsiderationIsDecidedWithinSixtyDaysOfAcceptance_orThirtyWhenSimplified() {
    // 10 Jan 2024 + 60 days = 10 Mar 2024 (21 days to 31 Jan, 29 in February, 10 in March)
    ReviewCase normal = reconsideration("a").accepted(JAN_10).build();
    assertThat(normal.decisionDeadline()).hasValue(LocalDate.of(2024, 3, 10));
    assertThat(reconsideration("b").accepted(JAN_10).simplified(true).build().decisionDeadline())
        .hasValue(LocalDate.of(2024, 2, 9));
    assertThat(reconsideration("c").accepted(JAN_10).extensionDays(30).build().decisionDeadline())
        .hasValue(LocalDate.of(2024, 4, 9));
    assertThat(reconsideration("d").build().decisionDeadline()).isEmpty();
  }

  @Test
  void litigationIsDecidedWithinSixMonths_orFortyFiveDaysWhenSimplified() {
    ReviewCase.Builder base = ReviewCase.builder().procedure(Procedure.LITIGATION).id("x")
        .route(LitigationRoute.DIRECT).received(JAN_10).accepted(JAN_10);
    assertThat(base.build().decisionDeadline()).hasValue(LocalDate.of(2024, 7, 10));
    assertThat(base.simplified(true).build().decisionDeadline()).hasValue(LocalDate.of(2024, 2, 24));
  }

  @Test
  void aCaseDecidedAfterItsDeadline_isLate_andAnOpenOnePastItIsOverdue() {
    ReviewCase late = reconsideration("a").accepted(JAN_10).decided(LocalDate.of(2024, 3, 11))
        .decision(Decision.REVOKED).build();
    ReviewCase onTime = reconsideration("b").accepted(JAN_10).decided(LocalDate.of(2024, 3, 10))
        .decision(Decision.UPHELD).build();
    ReviewCase open = reconsideration("c").accepted(JAN_10).build();
    assertThat(late.isDecidedLate()).isTrue();
    assertThat(onTime.isDecidedLate()).isFalse();
    assertThat(open.isDecidedLate()).isFalse();
    assertThat(open.isOverdue(LocalDate.of(2024, 3, 10))).isFalse();
    assertThat(open.isOverdue(LocalDate.of(2024, 3, 11))).isTrue();
    assertThat(late.isOverdue(LocalDate.of(2024, 3, 12))).isFalse();
    assertThat(late.isOverdue(LocalDate.of(2024, 3, 10))).isFalse();
  }

  @Test
  void everyBrokenInvariantOfACase_isReportedAtOnce() {
    assertThatThrownBy(() -> reconsideration(" ").route(LitigationRoute.DIRECT)
            .accepted(LocalDate.of(2024, 1, 1)).refused(LocalDate.of(2024, 1, 6))
            .decided(LocalDate.of(2024, 2, 1)).extensionDays(31).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path)
            .containsExactly("id", "route", "refused", "accepted", "decided", "extensionDays"));
    assertThatThrownBy(() -> reconsideration("x").decision(Decision.UPHELD).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("decision", "decided"));
    assertThatThrownBy(() -> ReviewCase.builder().build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(3));
  }

  @Test
  void aTallyOfCases_countsEachCaseOnce_andIsConsistent() {
    // a: accepted and revoked; b: accepted, still open; c: refused
    ReviewCase a = reconsideration("a").accepted(JAN_10).decided(LocalDate.of(2024, 2, 1))
        .decision(Decision.REVOKED).build();
    ReviewCase b = reconsideration("b").accepted(JAN_10).build();
    ReviewCase c = reconsideration("c").refused(JAN_10).build();
    ReviewTally tally = ReviewCase.tally(List.of(a, b, c));
    assertThat(tally.received()).hasValue(3);
    assertThat(tally.accepted()).hasValue(2);
    assertThat(tally.notAccepted()).hasValue(1);
    assertThat(tally.carriedOver()).hasValue(0);
    assertThat(tally.concluded()).hasValue(1);
    assertThat(tally.withdrawn()).hasValue(0);
    assertThat(tally.pending()).hasValue(1);
    assertThat(tally.decisions()).containsExactly(java.util.Map.entry(Decision.REVOKED, 1L));
    assertThat(tally.corrected()).hasValue(1);
    assertThat(tally.decision(Decision.UPHELD)).hasValue(0);
    Report report = Report.builder().jurisdiction(Jurisdiction.builder().name("曲江区")
            .level(JurisdictionLevel.COUNTY).build())
        .issuer("曲江区人民政府").year(Year.of(2024)).addReview(tally).build();
    assertThat(ReportChecker.standard().without("report.missing_part").check(report)).isEmpty();
  }

  @Test
  void aTallyOfCases_refusesNoCasesOrMixedProcedures_andKeepsASingleRoute() {
    assertThatThrownBy(() -> ReviewCase.tally(List.of())).isInstanceOf(IllegalArgumentException.class);
    ReviewCase suit = ReviewCase.builder().procedure(Procedure.LITIGATION).id("s").route(LitigationRoute.DIRECT)
        .received(JAN_10).build();
    assertThatThrownBy(() -> ReviewCase.tally(List.of(reconsideration("r").build(), suit)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("case s is LITIGATION");
    assertThat(ReviewCase.tally(List.of(suit)).route()).hasValue(LitigationRoute.DIRECT);
    assertThat(ReviewCase.tally(Procedure.RECONSIDERATION, List.of()).received()).hasValue(0);
  }

  @Test
  void validationExceptions_describeEveryViolation_andMoveUnderAnEnclosingPath() {
    Path a = Path.root().field("a");
    ValidationException one =
        new ValidationException(List.of(Violation.of(Path.root().field("accepted"), "accepted (12) must be <= 11")));
    assertThat(one.getMessage()).isEqualTo("1 invariant broken: accepted: accepted (12) must be <= 11");
    ValidationException two = new ValidationException("issuer", "year");
    assertThat(two.getMessage()).isEqualTo(
        "2 invariants broken: issuer: issuer is required but was not set; year: year is required but was not set");
    ValidationException moved = two.under(Path.root().field("reports").index(0));
    assertThat(moved.violations()).extracting(Violation::path).containsExactly("reports[0].issuer", "reports[0].year");
    assertThat(moved.getCause()).isSameAs(two);
    assertThat(Violation.of(Path.root().index(1), "m").under(Path.root().field("areas")))
        .isEqualTo(Violation.of(Path.root().field("areas").index(1), "m"));
    assertThat(Violation.of(Path.root(), "m").under(Path.root().field("x")))
        .isEqualTo(Violation.of(Path.root().field("x"), "m"));
    assertThat(Violation.of(a, "m").under(Path.root())).isEqualTo(Violation.of(a, "m"));
    assertThat(Violation.of(Path.root(), "m").toString()).isEqualTo("m");
    assertThat(Violation.of(a, "m").hashCode()).isEqualTo(Violation.of(a, "m").hashCode());
    assertThat(Violation.of(a, "m").message()).isEqualTo("m");
    assertThatThrownBy(() -> Violation.of(a, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
