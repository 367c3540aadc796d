package io.github.fazhi.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.fazhi.Decision;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/** A record mirroring {@link io.github.fazhi.ReviewTally}: a null count is not stated. */
public record TallyRecord(
    @NotNull Procedure procedure,
    LitigationRoute route,
    @PositiveOrZero Long received,
    @PositiveOrZero Long accepted,
    @PositiveOrZero Long notAccepted,
    @PositiveOrZero Long carriedOver,
    @PositiveOrZero Long concluded,
    @PositiveOrZero Long withdrawn,
    @PositiveOrZero Long pending,
    boolean withdrawalsCountedApart,
    @NotNull Map<Decision, @NotNull @PositiveOrZero Long> decisions,
    @NotNull Map<OutcomeGroup, @NotNull @PositiveOrZero Long> outcomeGroups,
    boolean outcomesComplete) {

  /**
   * Returns whether a route is given only for litigation.
   *
   * @return true when valid
   */
  @JsonIgnore // a check, not a field of the JSON form
  @AssertTrue(message = "a route is only for LITIGATION")
  public boolean isRouteOnlyForLitigation() {
    return route == null || procedure == Procedure.LITIGATION;
  }
}
