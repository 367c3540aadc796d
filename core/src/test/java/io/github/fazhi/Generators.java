package io.github.fazhi;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of fazhi values for the property tests. */
final class Generators {
  private Generators() {}

  static Gen<Qualifier> qualifiers() {
    return Generate.enumValues(Qualifier.class);
  }

  /** Counts up to a million, with a bias to small ones. */
  static Gen<Long> counts() {
    return longs().between(0, 20).mix(longs().between(0, 1_000_000), 30);
  }

  static Gen<OptionalLong> optionalCounts() {
    return counts().toOptionals(25).map(o -> o.map(OptionalLong::of).orElseGet(OptionalLong::empty));
  }

  /** Units that all count cases: 件, 宗, 万件, 亿宗, 件（次） is not one of them. */
  static Gen<Unit> caseUnits() {
    return Generate.pick(List.of(Unit.of("件"), Unit.of("宗"), Unit.of("万件"), Unit.of("亿宗")));
  }

  /** Values with up to two decimal places; whole once scaled for 万 and 亿. */
  static Gen<BigDecimal> values() {
    return longs().between(0, 10_000_000).zip(integers().between(0, 2),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** COUNT indicators in units that count cases, whole in 件 and 宗. */
  static Gen<Indicator> caseCounts() {
    return caseUnits().zip(longs().between(0, 10_000_000), qualifiers(), (unit, value, qualifier) ->
        Indicator.builder()
            .label("案件")
            .kind(IndicatorKind.COUNT)
            .value(unit.scale() == 1 ? BigDecimal.valueOf(value) : BigDecimal.valueOf(value, 2))
            .unit(unit)
            .qualifier(qualifier)
            .build());
  }

  static Gen<List<Indicator>> caseCountLists() {
    return lists().of(caseCounts()).ofSizeBetween(0, 30);
  }

  static Gen<ReviewTally> tallies(Procedure procedure) {
    Gen<ReviewTally.Builder> counts = optionalCounts().zip(optionalCounts(), optionalCounts(), optionalCounts(),
        (received, accepted, notAccepted, carriedOver) -> ReviewTally.builder()
            .procedure(procedure)
            .received(received)
            .accepted(accepted)
            .notAccepted(notAccepted)
            .carriedOver(carriedOver));
    Gen<ReviewTally.Builder> more = counts.zip(optionalCounts(), optionalCounts(), optionalCounts(),
        (builder, concluded, withdrawn, pending) ->
            builder.concluded(concluded).withdrawn(withdrawn).pending(pending));
    Gen<List<Optional<Long>>> decisions = lists().of(counts().toOptionals(50))
        .ofSize(Decision.values().length);
    Gen<List<Optional<Long>>> groups = lists().of(counts().toOptionals(70))
        .ofSize(OutcomeGroup.values().length);
    return more.zip(decisions, groups, booleans().all(), booleans().all(),
        (builder, decisionCounts, groupCounts, apart, complete) -> {
          Decision[] decisionValues = Decision.values();
          for (int i = 0; i < decisionValues.length; i++) {
            Decision decision = decisionValues[i];
            decisionCounts.get(i).ifPresent(n -> builder.putDecision(decision, n));
          }
          OutcomeGroup[] groupValues = OutcomeGroup.values();
          for (int i = 0; i < groupValues.length; i++) {
            OutcomeGroup group = groupValues[i];
            groupCounts.get(i).ifPresent(n -> builder.putOutcomeGroup(group, n));
          }
          return builder.withdrawalsCountedApart(apart).outcomesComplete(complete).build();
        });
  }

  static Gen<List<ReviewTally>> tallyLists(Procedure procedure) {
    return lists().of(tallies(procedure)).ofSizeBetween(1, 12);
  }
}
