package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ReviewTallyColumn} against the reference {@link ReviewTallyAccumulator}: the same sum, or a
 * failure of the same kind, for random tallies (unknown counts, decisions and groups stated or not,
 * withdrawals counted both ways, complete and incomplete outcomes, litigation routes), tallies of another
 * procedure, and counts large enough to overflow.
 */
class ReviewTallyColumnProperties {
  static Gen<ReviewTally> tallies() {
    Gen<ReviewTally> reconsideration = Generators.tallies(Procedure.RECONSIDERATION);
    Gen<ReviewTally> litigation = Generators.tallies(Procedure.LITIGATION).zip(integers().between(0, 2),
        (tally, route) -> route == 0 ? tally : ReviewTally.builder().from(tally)
            .route(route == 1 ? LitigationRoute.DIRECT : LitigationRoute.AFTER_RECONSIDERATION).build());
    Gen<ReviewTally> huge = integers().between(0, 2).map(which -> {
      ReviewTally.Builder builder = ReviewTally.builder().procedure(Procedure.RECONSIDERATION);
      long big = Long.MAX_VALUE / 3 + which;
      return switch (which) {
        case 0 -> builder.received(big).build();
        case 1 -> builder.putDecision(Decision.UPHELD, big).outcomesComplete(true).build();
        default -> builder.putOutcomeGroup(OutcomeGroup.CORRECTED, big).build();
      };
    });
    return reconsideration.mix(litigation, 15).mix(huge, 3);
  }

  /** The sum, or the exception's class (and message, but for overflow, whose partial sums may differ). */
  static List<Object> reference(List<ReviewTally> tallies) {
    ReviewTallyAccumulator accumulator = new ReviewTallyAccumulator();
    try {
      tallies.forEach(accumulator::add);
      return List.of(accumulator.snapshot());
    } catch (RuntimeException failure) {
      return failed(failure);
    }
  }

  static List<Object> column(List<ReviewTally> tallies) {
    try {
      ReviewTallyColumn.Builder builder = ReviewTallyColumn.builder();
      tallies.forEach(builder::add);
      ReviewTallyColumn column = builder.build();
      assertThat(column.size()).isEqualTo(tallies.size());
      return List.of(column.sum());
    } catch (RuntimeException failure) {
      return failed(failure);
    }
  }

  private static List<Object> failed(RuntimeException failure) {
    String message = String.valueOf(failure.getMessage());
    return List.of(failure.getClass(), message.contains("overflowed") ? "overflowed" : message);
  }

  /**
   * The same sum, or the same failure. One difference is by design: a column refuses a tally of another
   * procedure when it is added, before anything is summed, while the accumulator sums as it goes and may
   * overflow first; for a list that mixes procedures the column fails on the procedure and the reference
   * fails too, on the procedure or on an overflow before it.
   */
  @Test
  void aColumnsSum_equalsTheAccumulators_orFailsAlike() {
    qt().withExamples(2000).forAll(lists().of(tallies()).ofSizeBetween(0, 12)).checkAssert(tallies -> {
      Optional<ReviewTally> stranger = tallies.stream()
          .filter(tally -> tally.procedure() != tallies.get(0).procedure()).findFirst();
      if (stranger.isPresent()) {
        assertThat(column(tallies)).containsExactly(IllegalArgumentException.class, "cannot add a "
            + stranger.get().procedure() + " tally to " + tallies.get(0).procedure() + " tallies");
        assertThat(reference(tallies).get(0))
            .isIn(IllegalArgumentException.class, ArithmeticException.class);
      } else {
        assertThat(column(tallies)).isEqualTo(reference(tallies));
      }
    });
  }

  @Test
  void aMixedListThatOverflowsFirst_isRefusedByTheColumnForItsProcedure() {
    ReviewTally huge = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, Long.MAX_VALUE / 3 + 2).build();
    ReviewTally litigation = ReviewTally.builder().procedure(Procedure.LITIGATION).build();
    List<ReviewTally> tallies = List.of(huge, huge, huge, huge, litigation);

    assertThat(reference(tallies)).containsExactly(ArithmeticException.class, "overflowed");
    assertThat(column(tallies)).containsExactly(IllegalArgumentException.class,
        "cannot add a LITIGATION tally to RECONSIDERATION tallies");
  }

  @Test
  void manyTallies_acrossWordsAndBlocks_equalTheAccumulator() {
    // 2,100 tallies fill 33 words of bits and three blocks
    qt().withExamples(20).forAll(Generators.tallies(Procedure.RECONSIDERATION)).checkAssert(tally -> {
      List<ReviewTally> many = new ArrayList<>();
      for (int i = 0; i < 2_100; i++) {
        many.add(i == 2_099 ? ReviewTally.builder().procedure(Procedure.RECONSIDERATION).build() : tally);
      }
      assertThat(column(many)).isEqualTo(reference(many));
      assertThat(column(many.subList(0, 2_099))).isEqualTo(reference(many.subList(0, 2_099)));
      assertThat(column(many.subList(0, 64))).isEqualTo(reference(many.subList(0, 64)));
    });
  }

  @Test
  void anEmptyColumn_hasNoSum() {
    ReviewTallyColumn column = ReviewTallyColumn.builder().build();
    assertThat(column.sum()).isEqualTo(Optional.empty());
    assertThat(column.toString()).isEqualTo("ReviewTallyColumn{0 null tallies}");
    ReviewTallyColumn one = ReviewTallyColumn.builder()
        .add(ReviewTally.builder().procedure(Procedure.LITIGATION).received(3).build()).build();
    assertThat(one.toString()).isEqualTo("ReviewTallyColumn{1 LITIGATION tallies}");
    assertThat(one.sum().orElseThrow().received()).hasValue(3);
  }
}
