package io.github.fazhi.benchmarks;

import io.github.fazhi.Indicator;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.WorkArea;
import io.github.fazhi.benchmarks.Raw.RawArea;
import io.github.fazhi.benchmarks.Raw.RawIndicator;
import io.github.fazhi.benchmarks.Raw.RawJurisdiction;
import io.github.fazhi.benchmarks.Raw.RawMeasure;
import io.github.fazhi.benchmarks.Raw.RawReport;
import io.github.fazhi.benchmarks.Raw.RawTally;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the records from the same raw inputs as {@link FazhiValues}, with unmodifiable collections (as a
 * careful user would), and converts fazhi values to records so the seed report can be compared as is.
 * Nothing here validates: that is the {@code Validator}'s job.
 */
final class Records {
  private Records() {}

  static ReportRecord report(RawReport raw) {
    return new ReportRecord(
        ReportKind.RULE_OF_LAW_ANNUAL,
        jurisdiction(raw.jurisdiction()),
        raw.issuer(),
        raw.year(),
        raw.published(),
        raw.title(),
        raw.preamble(),
        List.of(),
        raw.workAreas().stream().map(Records::area).toList(),
        raw.reviews().stream().map(Records::tally).toList(),
        List.copyOf(raw.shortcomings()),
        List.of(),
        raw.plansPreamble(),
        raw.plans().stream().map(Records::area).toList(),
        List.of());
  }

  static JurisdictionRecord jurisdiction(RawJurisdiction raw) {
    return new JurisdictionRecord(raw.name(), raw.code(), raw.level(), raw.parent());
  }

  static WorkAreaRecord area(RawArea raw) {
    return new WorkAreaRecord(
        raw.ordinal(),
        raw.title(),
        Set.copyOf(raw.taskAreas()),
        raw.measures().stream().map(Records::measure).toList(),
        List.of(),
        raw.text());
  }

  static MeasureRecord measure(RawMeasure raw) {
    return new MeasureRecord(raw.ordinal(), raw.text(), raw.indicators().stream().map(Records::indicator).toList());
  }

  static IndicatorRecord indicator(RawIndicator raw) {
    return new IndicatorRecord(
        raw.label(), raw.code(), raw.kind(), raw.value(), raw.unit(), raw.qualifier(), raw.written(), List.of());
  }

  static TallyRecord tally(RawTally raw) {
    return new TallyRecord(
        raw.procedure(), null, raw.received(), raw.accepted(), null, null, raw.concluded(), raw.withdrawn(),
        raw.pending(), raw.withdrawalsCountedApart(), Map.copyOf(raw.decisions()), Map.of(),
        raw.outcomesComplete());
  }

  /** The record form of a fazhi report, sharing its texts and numbers. */
  static ReportRecord of(Report report) {
    return new ReportRecord(
        report.kind(),
        of(report.jurisdiction().orElseThrow()),
        report.issuer().orElseThrow(),
        report.year().getValue(),
        report.published().orElse(null),
        report.title().orElse(null),
        report.preamble().orElse(null),
        report.headlineIndicators().stream().map(Records::of).toList(),
        report.workAreas().stream().map(Records::of).toList(),
        report.reviews().stream().map(Records::of).toList(),
        List.copyOf(report.shortcomings()),
        List.copyOf(report.leadershipDuty()),
        report.plansPreamble().orElse(null),
        report.plans().stream().map(Records::of).toList(),
        List.copyOf(report.otherMatters()));
  }

  static JurisdictionRecord of(Jurisdiction jurisdiction) {
    return new JurisdictionRecord(jurisdiction.name(), jurisdiction.code().orElse(null), jurisdiction.level(),
        jurisdiction.parent().orElse(null));
  }

  static WorkAreaRecord of(WorkArea area) {
    return new WorkAreaRecord(area.ordinal(), area.title(), Set.copyOf(area.taskAreas()),
        area.measures().stream().map(Records::of).toList(),
        area.indicators().stream().map(Records::of).toList(),
        area.text().orElse(null));
  }

  static MeasureRecord of(Measure measure) {
    return new MeasureRecord(measure.ordinal(), measure.text(), measure.indicators().stream().map(Records::of).toList());
  }

  static IndicatorRecord of(Indicator indicator) {
    return new IndicatorRecord(indicator.label(), indicator.code().orElse(null), indicator.kind(), indicator.value(),
        indicator.unit().written(), indicator.qualifier(), indicator.written().orElse(null),
        indicator.parts().stream().map(Records::of).toList());
  }

  static TallyRecord of(ReviewTally tally) {
    return new TallyRecord(tally.procedure(), tally.route().orElse(null), boxed(tally.received()),
        boxed(tally.accepted()), boxed(tally.notAccepted()), boxed(tally.carriedOver()), boxed(tally.concluded()),
        boxed(tally.withdrawn()), boxed(tally.pending()), tally.withdrawalsCountedApart(),
        Map.copyOf(tally.decisions()), Map.copyOf(tally.outcomeGroups()), tally.outcomesComplete());
  }

  private static Long boxed(java.util.OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }
}
