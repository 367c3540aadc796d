package io.github.fazhi.benchmarks;

import io.github.fazhi.Decision;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.TaskArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The raw inputs of one report, as a parser hands them over: texts, numbers and the model's vocabularies,
 * nothing checked yet. {@link FazhiValues} and {@link Records} build their values from these same inputs,
 * so the build benchmarks compare like with like. A {@code null} text or count means "not stated".
 */
final class Raw {
  private Raw() {}

  /** A report: who, when, and its parts. */
  record RawReport(
      RawJurisdiction jurisdiction,
      String issuer,
      int year,
      LocalDate published,
      String title,
      String preamble,
      List<RawArea> workAreas,
      List<RawTally> reviews,
      List<String> shortcomings,
      String plansPreamble,
      List<RawArea> plans) {}

  /** A jurisdiction; {@code code} and {@code parent} may be null. */
  record RawJurisdiction(String name, String code, JurisdictionLevel level, String parent) {}

  /** A work area or plan area; plan areas have {@code text} and no measures. */
  record RawArea(int ordinal, String title, List<TaskArea> taskAreas, List<RawMeasure> measures, String text) {}

  /** A measure and the numbers it states. */
  record RawMeasure(int ordinal, String text, List<RawIndicator> indicators) {}

  /** A stated number; {@code code} may be null. */
  record RawIndicator(
      String label, String code, IndicatorKind kind, BigDecimal value, String unit, Qualifier qualifier,
      String written) {}

  /**
   * A review tally; a null count is not stated. {@code decisions} holds the stated decision counts;
   * {@code outcomesComplete} says they cover every concluded case.
   */
  record RawTally(
      Procedure procedure,
      Long received,
      Long accepted,
      Long withdrawn,
      Long concluded,
      Long pending,
      boolean withdrawalsCountedApart,
      Map<Decision, Long> decisions,
      boolean outcomesComplete) {}
}
