package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Invariants;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which reports a rule applies to (适用范围): the kinds of report ({@link ReportKind}; none listed means
 * every kind) and the years the rule covers, from a first year and up to a last year, both optional and
 * inclusive. The five required parts and the 1 April deadline, for example, apply to
 * {@link ReportKind#RULE_OF_LAW_ANNUAL} reports from 2019 on, when the 督察工作规定 came into force (see
 * docs/domain.md, 'The annual report').
 *
 * <pre>{@code
 * Applicability.of(ReportKind.RULE_OF_LAW_ANNUAL, Year.of(2019))
 * Applicability.builder().addKind(ReportKind.OPEN_GOV_INFO_ANNUAL).firstYear(Year.of(2019)).build()
 * }</pre>
 *
 * <h2>Invariants</h2>
 * The first year is not after the last year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Applicability {
  private static final Applicability EVERY_REPORT = builder().build();

  Applicability() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Applicability}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableApplicability.Builder {
    Builder() {}
  }

  /**
   * Returns the applicability of a rule for every report: any kind, any year.
   *
   * @return the applicability, never null
   */
  public static Applicability everyReport() {
    return EVERY_REPORT;
  }

  /**
   * Returns the applicability of a rule for one kind of report, in every year.
   *
   * @param kind  the kind of report, not null
   * @return the applicability, never null
   */
  public static Applicability of(ReportKind kind) {
    requireNonNull(kind, "kind");
    return builder().addKind(kind).build();
  }

  /**
   * Returns the applicability of a rule for one kind of report, from a year on.
   *
   * @param kind  the kind of report, not null
   * @param firstYear  the first year covered, not null
   * @return the applicability, never null
   */
  public static Applicability of(ReportKind kind, Year firstYear) {
    requireNonNull(kind, "kind");
    requireNonNull(firstYear, "firstYear");
    return builder().addKind(kind).firstYear(firstYear).build();
  }

  /**
   * Returns the kinds of report the rule applies to.
   *
   * @return the kinds; empty for every kind; never null
   */
  public abstract ImmutableSet<ReportKind> kinds();

  /**
   * Returns the first year of reports the rule applies to.
   *
   * @return the year, or empty for no lower limit
   */
  public abstract Optional<Year> firstYear();

  /**
   * Returns the last year of reports the rule applies to.
   *
   * @return the year, or empty for no upper limit
   */
  public abstract Optional<Year> lastYear();

  /**
   * Returns whether the rule applies to a report of the given kind and year.
   *
   * @param kind  the kind of report, not null
   * @param year  the year the report covers, not null
   * @return true when the kind is listed (or none is) and the year lies within the limits
   */
  public boolean appliesTo(ReportKind kind, Year year) {
    requireNonNull(kind, "kind");
    requireNonNull(year, "year");
    return (kinds().isEmpty() || kinds().contains(kind))
        && (firstYear().isEmpty() || !year.isBefore(firstYear().get()))
        && (lastYear().isEmpty() || !year.isAfter(lastYear().get()));
  }

  /**
   * Returns whether the rule applies to a report, by its {@link Report#kind()} and {@link Report#year()}.
   *
   * @param report  the report, not null
   * @return true when the rule applies
   */
  public boolean appliesTo(Report report) {
    requireNonNull(report, "report");
    return appliesTo(report.kind(), report.year());
  }

  @Value.Check
  void check() {
    new Invariants()
        .that(firstYear().isEmpty() || lastYear().isEmpty() || !firstYear().get().isAfter(lastYear().get()),
            "firstYear", () -> "firstYear (" + firstYear().orElseThrow() + ") must be <= lastYear ("
                + lastYear().orElseThrow() + ")")
        .throwIfBroken();
  }
}
