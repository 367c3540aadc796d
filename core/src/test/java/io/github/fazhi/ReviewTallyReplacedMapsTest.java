package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replacing the decisions or the outcome groups of a {@link ReviewTally.Builder} forgets the duplicates put
 * into that map before, and only those: a duplicate of the other map is still refused at its path.
 */
class ReviewTallyReplacedMapsTest {
  private static ReviewTally.Builder twiceEach() {
    return ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putDecision(Decision.REVOKED, 1).putDecision(Decision.REVOKED, 2)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 3).putOutcomeGroup(OutcomeGroup.CORRECTED, 4);
  }

  @Test
  void replacingTheDecisions_forgetsTheirDuplicate_butNotTheOutcomeGroups() {
    ReviewTally.Builder builder = twiceEach().decisions(Map.of(Decision.REVOKED, 2L));
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.violations()).extracting(Violation::path).containsExactly("outcomeGroups.corrected"));
  }

  @Test
  void replacingTheOutcomeGroups_forgetsTheirDuplicate_butNotTheDecisions() {
    ReviewTally.Builder builder = twiceEach().outcomeGroups(Map.of(OutcomeGroup.CORRECTED, 2L));
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.violations()).extracting(Violation::path).containsExactly("decisions.revoked"));
  }

  @Test
  void replacingBoth_leavesATallyOfTheNewCounts() {
    ReviewTally tally = twiceEach().decisions(Map.of(Decision.REVOKED, 2L))
        .outcomeGroups(Map.of(OutcomeGroup.CORRECTED, 2L)).build();
    assertThat(tally.decisions()).containsExactly(Map.entry(Decision.REVOKED, 2L));
    assertThat(tally.outcomeGroups()).containsExactly(Map.entry(OutcomeGroup.CORRECTED, 2L));
  }
}
