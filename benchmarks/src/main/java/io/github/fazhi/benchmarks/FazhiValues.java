package io.github.fazhi.benchmarks;

import io.github.fazhi.Indicator;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.benchmarks.Raw.RawArea;
import io.github.fazhi.benchmarks.Raw.RawIndicator;
import io.github.fazhi.benchmarks.Raw.RawJurisdiction;
import io.github.fazhi.benchmarks.Raw.RawMeasure;
import io.github.fazhi.benchmarks.Raw.RawReport;
import io.github.fazhi.benchmarks.Raw.RawTally;
import java.time.Year;

/**
 * Builds fazhi values from raw inputs through the public builders, as a user's parser would: every
 * {@code build()} checks the value's invariants.
 */
final class FazhiValues {
  private FazhiValues() {}

  static Report report(RawReport raw) {
    Report.Builder builder = Report.builder()
        .jurisdiction(jurisdiction(raw.jurisdiction()))
        .issuer(raw.issuer())
        .year(Year.of(raw.year()))
        .published(raw.published())
        .title(raw.title())
        .preamble(raw.preamble())
        .addAllShortcomings(raw.shortcomings())
        .plansPreamble(raw.plansPreamble());
    for (RawArea area : raw.workAreas()) {
      builder.addWorkArea(area(area));
    }
    for (RawTally tally : raw.reviews()) {
      builder.addReview(tally(tally));
    }
    for (RawArea plan : raw.plans()) {
      builder.addPlan(area(plan));
    }
    return builder.build();
  }

  static Jurisdiction jurisdiction(RawJurisdiction raw) {
    Jurisdiction.Builder builder = Jurisdiction.builder().name(raw.name()).level(raw.level());
    if (raw.code() != null) {
      builder.code(raw.code());
    }
    if (raw.parent() != null) {
      builder.parent(raw.parent());
    }
    return builder.build();
  }

  static WorkArea area(RawArea raw) {
    WorkArea.Builder builder = WorkArea.builder()
        .ordinal(raw.ordinal())
        .title(raw.title())
        .addAllTaskAreas(raw.taskAreas());
    for (RawMeasure measure : raw.measures()) {
      Measure.Builder m = Measure.builder().ordinal(measure.ordinal()).text(measure.text());
      for (RawIndicator indicator : measure.indicators()) {
        m.addIndicator(indicator(indicator));
      }
      builder.addMeasure(m.build());
    }
    if (raw.text() != null) {
      builder.text(raw.text());
    }
    return builder.build();
  }

  static Indicator indicator(RawIndicator raw) {
    Indicator.Builder builder = Indicator.builder()
        .label(raw.label())
        .kind(raw.kind())
        .value(raw.value())
        .unit(Unit.of(raw.unit()))
        .qualifier(raw.qualifier());
    if (raw.written() != null) {
      builder.written(raw.written());
    }
    if (raw.code() != null) {
      builder.code(raw.code());
    }
    return builder.build();
  }

  static ReviewTally tally(RawTally raw) {
    ReviewTally.Builder builder = ReviewTally.builder()
        .procedure(raw.procedure())
        .withdrawalsCountedApart(raw.withdrawalsCountedApart())
        .outcomesComplete(raw.outcomesComplete())
        .putAllDecisions(raw.decisions());
    if (raw.received() != null) {
      builder.received(raw.received());
    }
    if (raw.accepted() != null) {
      builder.accepted(raw.accepted());
    }
    if (raw.withdrawn() != null) {
      builder.withdrawn(raw.withdrawn());
    }
    if (raw.concluded() != null) {
      builder.concluded(raw.concluded());
    }
    if (raw.pending() != null) {
      builder.pending(raw.pending());
    }
    return builder.build();
  }
}
