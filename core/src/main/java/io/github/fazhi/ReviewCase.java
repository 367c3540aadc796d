package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.internal.Invariants;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One administrative reconsideration or litigation case (案件): when it was received, accepted or refused,
 * and how and when it was decided.
 *
 * <h2>Time limits</h2>
 * A case knows its statutory decision deadline (docs/domain.md, 'Review counting conventions': time limits), counted from acceptance:
 * reconsideration 60 days (30 under the simplified procedure), extendable by at most 30 days;
 * first-instance litigation 6 months (45 days under the simplified procedure), plus any extension
 * approved by the higher court, given here in days.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>the id is not blank; a route is given only for LITIGATION;
 *   <li>a case is either accepted or refused (不予受理), not both, and neither before it was received;
 *   <li>a decision needs an acceptance and a decision date, and a decision date needs a decision; it is
 *       not before the acceptance;
 *   <li>extension days are at least 0, and at most 30 for reconsideration.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReviewCase {
  private static final int MAX_RECONSIDERATION_EXTENSION_DAYS = 30;

  ReviewCase() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewCase}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableReviewCase.Builder {
    Builder() {}
  }

  /**
   * Returns the procedure.
   *
   * @return the procedure, never null
   */
  public abstract Procedure procedure();

  /**
   * Returns how a lawsuit reached court, where known; always empty for reconsideration.
   *
   * @return the route, or empty
   */
  public abstract Optional<LitigationRoute> route();

  /**
   * Returns the case number or another identifier (案号).
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the day the application or complaint was received (收到).
   *
   * @return the date, never null
   */
  public abstract LocalDate received();

  /**
   * Returns the day it was accepted (受理), if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> accepted();

  /**
   * Returns the day it was refused (不予受理), if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> refused();

  /**
   * Returns the day it was decided or otherwise closed, if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> decided();

  /**
   * Returns how it was closed, if it was.
   *
   * @return the decision, or empty
   */
  public abstract Optional<Decision> decision();

  /**
   * Returns whether the simplified procedure (简易程序) applies, which shortens the time limit.
   *
   * @return true for the simplified procedure; false unless set
   */
  @Value.Default
  public boolean simplified() {
    return false;
  }

  /**
   * Returns the days by which the decision deadline was extended with approval.
   *
   * @return the extension, at least 0; 0 unless set
   */
  @Value.Default
  public int extensionDays() {
    return 0;
  }

  /**
   * Returns the statutory deadline for the decision, counted from acceptance.
   *
   * @return the last day a timely decision can be made, or empty when the case was not accepted
   */
  public Optional<LocalDate> decisionDeadline() {
    return accepted().map(day -> day.plus(timeLimit()).plusDays(extensionDays()));
  }

  private Period timeLimit() {
    return switch (procedure()) {
      case RECONSIDERATION -> Period.ofDays(simplified() ? 30 : 60);
      case LITIGATION -> simplified() ? Period.ofDays(45) : Period.ofMonths(6);
    };
  }

  /**
   * Returns whether the case was decided after its deadline.
   *
   * @return true when decided late; false when decided in time or not decided
   */
  public boolean isDecidedLate() {
    return decided().isPresent()
        && decisionDeadline().map(deadline -> decided().get().isAfter(deadline)).orElse(false);
  }

  /**
   * Returns whether the case is still undecided after its deadline, as of the given day.
   *
   * @param asOf  the day to judge on, not null
   * @return true when accepted, not decided by {@code asOf}, and {@code asOf} is past the deadline
   */
  public boolean isOverdue(LocalDate asOf) {
    boolean open = decided().map(day -> day.isAfter(asOf)).orElse(true);
    return open && decisionDeadline().map(asOf::isAfter).orElse(false);
  }

  /**
   * Tallies individual cases, all of one procedure: every case counts as received this period (nothing
   * carried over); accepted, refused, decided and pending cases are counted, withdrawals inside
   * concluded, and the decisions are complete.
   *
   * @param cases  at least one case, all of the same procedure
   * @return the tally, never null
   * @throws IllegalArgumentException if there is no case or the procedures differ
   */
  public static ReviewTally tally(Iterable<ReviewCase> cases) {
    Iterator<ReviewCase> iterator = cases.iterator();
    if (!iterator.hasNext()) {
      throw new IllegalArgumentException("cannot tell the procedure of no cases; use tally(Procedure, cases)");
    }
    return tally(iterator.next().procedure(), cases);
  }

  /**
   * Tallies individual cases of the given procedure, as {@link #tally(Iterable)} does; no case gives a
   * tally of zeros.
   *
   * @param procedure  the procedure of every case, not null
   * @param cases  the cases, possibly none
   * @return the tally, never null
   * @throws IllegalArgumentException if a case has another procedure
   */
  public static ReviewTally tally(Procedure procedure, Iterable<ReviewCase> cases) {
    requireNonNull(procedure, "procedure");
    long received = 0;
    long accepted = 0;
    long refused = 0;
    Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
    Set<LitigationRoute> routes = EnumSet.noneOf(LitigationRoute.class);
    boolean routeUnknown = false;
    for (ReviewCase c : cases) {
      if (c.procedure() != procedure) {
        throw new IllegalArgumentException(
            "case " + c.id() + " is " + c.procedure() + ", not " + procedure);
      }
      received++;
      accepted += c.accepted().isPresent() ? 1 : 0;
      refused += c.refused().isPresent() ? 1 : 0;
      c.decision().ifPresent(decision -> decisions.merge(decision, 1L, Long::sum));
      if (c.route().isPresent()) {
        routes.add(c.route().get());
      } else {
        routeUnknown = true;
      }
    }
    long concluded = decisions.values().stream().mapToLong(Long::longValue).sum();
    ReviewTally.Builder builder = ReviewTally.builder()
        .procedure(procedure)
        .received(received)
        .accepted(accepted)
        .notAccepted(refused)
        .carriedOver(0)
        .concluded(concluded)
        .withdrawn(decisions.getOrDefault(Decision.WITHDRAWN, 0L))
        .pending(accepted - concluded)
        .putAllDecisions(decisions)
        .outcomesComplete(true);
    if (!routeUnknown && routes.size() == 1) {
      builder.route(routes.iterator().next());
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants().notBlank("id", id());
    invariants.that(route().isEmpty() || procedure() == Procedure.LITIGATION, "route",
        () -> "route (" + route().map(Enum::name).orElse("") + ") is only for LITIGATION");
    invariants.that(accepted().isEmpty() || refused().isEmpty(), "refused",
        () -> "refused (" + refused().map(Object::toString).orElse("") + ") and accepted ("
            + accepted().map(Object::toString).orElse("") + ") cannot both be set");
    notBefore(invariants, "accepted", accepted(), "received", Optional.of(received()));
    notBefore(invariants, "refused", refused(), "received", Optional.of(received()));
    notBefore(invariants, "decided", decided(), "accepted", accepted());
    invariants.that(decision().isEmpty() || accepted().isPresent(), "decision",
        () -> "decision (" + decision().map(Enum::name).orElse("") + ") needs an accepted date");
    invariants.that(decided().isPresent() == decision().isPresent(), "decided",
        () -> "decided (" + decided().map(Object::toString).orElse("none") + ") and decision ("
            + decision().map(Enum::name).orElse("none") + ") must be given together");
    invariants.nonNegative("extensionDays", extensionDays());
    invariants.that(procedure() != Procedure.RECONSIDERATION
            || extensionDays() <= MAX_RECONSIDERATION_EXTENSION_DAYS, "extensionDays",
        () -> "extensionDays (" + extensionDays() + ") must be <= 30 for reconsideration");
    invariants.throwIfBroken();
  }

  private static void notBefore(Invariants invariants, String name, Optional<LocalDate> day,
      String otherName, Optional<LocalDate> other) {
    if (day.isPresent() && other.isPresent()) {
      invariants.that(!day.get().isBefore(other.get()), name,
          () -> name + " (" + day.get() + ") must not be before " + otherName + " (" + other.get() + ")");
    }
  }
}
