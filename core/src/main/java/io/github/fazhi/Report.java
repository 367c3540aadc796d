package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.fazhi.internal.Invariants;
import io.github.fazhi.opengov.OpenGovInfo;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One annual report on building a law-based government (法治政府建设年度报告): who issued it for which
 * jurisdiction and year, and its five content parts (docs/domain.md, 'The annual report') — work areas with their measures and
 * numbers, review tallies, shortcomings, the leaders' duty, next year's plans and other matters. Each
 * part may be empty, because real reports merge or omit them; {@link #missingParts()} says which are.
 *
 * <h2>Invariants</h2>
 * The issuer, title and every listed text are not blank; the year lies between 1949 and 9999; a report is
 * not published before its year begins (it may be published inside its year, as the seed was). The issuer
 * may be unknown (many published pages carry no signature); the jurisdiction may be unknown only for a
 * department's report ({@link IssuerKind#DEPARTMENT}) whose issuer is stated, when the government it
 * belongs to is not known.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {
  private static final int FIRST_YEAR = 1949;
  private static final int LAST_YEAR = 9999;
  /** Who reports, where the report does not say: see {@link #reportingBody()}. */
  private static final String UNKNOWN = "?";

  Report() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }

  /**
   * Returns the kind of report.
   *
   * @return the kind; {@link ReportKind#RULE_OF_LAW_ANNUAL} unless set
   */
  @Value.Default
  public ReportKind kind() {
    return ReportKind.RULE_OF_LAW_ANNUAL;
  }

  /**
   * Returns the jurisdiction the report covers: for a department's report, the government the department
   * belongs to. It is unknown only for a department's report whose government is not known.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> jurisdiction();

  /**
   * Returns the organ that signed the report, as written (韶关市曲江区人民政府), where the report states
   * it: many published pages carry no signature.
   *
   * @return the issuer, never blank; or empty when not stated
   */
  public abstract Optional<String> issuer();

  /**
   * Returns what kind of organ the issuer is, where known.
   *
   * @return the kind of issuer, or empty
   */
  public abstract Optional<IssuerKind> issuerKind();

  /**
   * Returns who reports, as a key: the jurisdiction (its division code, or else its name and parent), and
   * for a department's report also the department. Reports of one body over the years form a series; a
   * government's and its justice bureau's reports for the same year are two bodies, not a duplicate.
   *
   * <p>A government's report needs no issuer: the key is its jurisdiction's. A department's report whose
   * issuer is not stated has {@code ?} for the department, and one whose government is not known has
   * {@code ?} for the jurisdiction ({@code "? / 审计局"}), so the reports of unknown bodies are never
   * told apart by an invented name.
   *
   * @return a key, equal for the reports of the same body; never null
   */
  public String reportingBody() {
    String jurisdiction = jurisdiction()
        .map(place -> place.code().orElseGet(() -> place.name() + place.parent().map(p -> " < " + p).orElse("")))
        .orElse(UNKNOWN);
    return isDepartments()
        ? jurisdiction + " / " + issuer().orElse(UNKNOWN)
        : jurisdiction;
  }

  /**
   * Returns a short name of who reports, for messages: the jurisdiction's name (曲江区), or, for a
   * department's report whose government is not known, the issuer.
   *
   * @return the name, never null
   */
  public String reporterName() {
    return jurisdiction().map(Jurisdiction::name).orElseGet(() -> issuer().orElse(UNKNOWN));
  }

  private boolean isDepartments() {
    return issuerKind().filter(kind -> kind == IssuerKind.DEPARTMENT).isPresent();
  }

  /**
   * Returns the year the report covers.
   *
   * @return the year, never null
   */
  public abstract Year year();

  /**
   * Returns the day the report was published or dated, where known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns the title as written, where kept.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns the preamble before the first part, where kept.
   *
   * @return the preamble, or empty
   */
  public abstract Optional<String> preamble();

  /**
   * Returns the numbers the report states about its year outside any work area: in its preamble, such as a
   * ranking (桐庐县 2020: 全省县级排名第一), and in its part on the principal leaders' duty (第一责任人职责:
   * 常务会议专题学法3次) and its other matters, which otherwise hold text only.
   *
   * @return the indicators, in order; never null
   */
  public abstract List<Indicator> headlineIndicators();

  /**
   * Returns the year's work areas: the main measures and results (part 1).
   *
   * @return the work areas, in order; never null
   */
  public abstract List<WorkArea> workAreas();

  /**
   * Returns the review tallies the report states, one per procedure (and route).
   *
   * @return the tallies, never null
   */
  public abstract List<ReviewTally> reviews();

  /**
   * Returns the shortcomings and their causes (part 2), one item each ({@code 一是…}).
   *
   * @return the shortcomings, in order; never null
   */
  public abstract List<String> shortcomings();

  /**
   * Returns how the principal leaders performed their duty as first person responsible (part 3,
   * 第一责任人职责), one paragraph each.
   *
   * @return the paragraphs, never null
   */
  public abstract List<String> leadershipDuty();

  /**
   * Returns the paragraph that opens next year's plans, before the plan areas, where kept.
   *
   * @return the paragraph, or empty
   */
  public abstract Optional<String> plansPreamble();

  /**
   * Returns next year's plan areas (part 4). Their indicators state next year's aims (全年开展集中学法不少于4次):
   * {@link #indicators()} leaves them out, and so do the checker and the statistics.
   *
   * @return the plan areas, in order; never null
   */
  public abstract List<WorkArea> plans();

  /**
   * Returns other matters to report (part 5), one paragraph each.
   *
   * @return the paragraphs, never null
   */
  public abstract List<String> otherMatters();

  /**
   * Returns the tables, sections and overview numbers of an open-government-information annual report
   * (政府信息公开工作年度报告), for a report of kind {@link ReportKind#OPEN_GOV_INFO_ANNUAL}.
   *
   * @return the report's open-government-information content, or empty
   */
  public abstract Optional<OpenGovInfo> openGovInfo();

  /**
   * Returns every indicator the report states about its year, in order: the headline indicators, then
   * work area by work area its own indicators and those of its measures, then the numbers the sections of
   * a 政府信息公开工作年度报告 state in their prose ({@link OpenGovInfo#indicators()}); breakdowns stay inside
   * their whole; plan areas are not included, since they state next year's aims.
   *
   * @return the indicators, never null
   */
  @Value.Lazy
  public ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> all = ImmutableList.builder();
    all.addAll(headlineIndicators());
    for (WorkArea area : workAreas()) {
      all.addAll(area.indicators());
      for (Measure measure : area.measures()) {
        all.addAll(measure.indicators());
      }
    }
    openGovInfo().ifPresent(info -> all.addAll(info.indicators()));
    return all.build();
  }

  /**
   * Returns the indicators identified by a catalogue code.
   *
   * @param code  the catalogue code, such as {@code mediation.disputes}; not null
   * @return the indicators with that code, in order; never null
   */
  public ImmutableList<Indicator> indicators(String code) {
    requireNonNull(code, "code");
    return indicators().stream()
        .filter(indicator -> indicator.code().filter(code::equals).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the review tally of a procedure that covers all its routes.
   *
   * @param procedure  the procedure, not null
   * @return the first such tally, or empty
   */
  public Optional<ReviewTally> review(Procedure procedure) {
    requireNonNull(procedure, "procedure");
    return reviews().stream()
        .filter(tally -> tally.procedure() == procedure && tally.route().isEmpty())
        .findFirst();
  }

  /**
   * Returns the content parts the report has (docs/domain.md, 'The annual report'): part 1 when it has a work area or a tally.
   *
   * @return the parts present, never null
   */
  public Set<ContentPart> presentParts() {
    Set<ContentPart> parts = EnumSet.noneOf(ContentPart.class);
    if (!workAreas().isEmpty() || !reviews().isEmpty()) {
      parts.add(ContentPart.MEASURES_AND_RESULTS);
    }
    if (!shortcomings().isEmpty()) {
      parts.add(ContentPart.SHORTCOMINGS);
    }
    if (!leadershipDuty().isEmpty()) {
      parts.add(ContentPart.LEADERSHIP_DUTY);
    }
    if (!plans().isEmpty() || plansPreamble().isPresent()) {
      parts.add(ContentPart.NEXT_YEAR_PLANS);
    }
    if (!otherMatters().isEmpty()) {
      parts.add(ContentPart.OTHER_MATTERS);
    }
    return Sets.immutableEnumSet(parts);
  }

  /**
   * Returns the required content parts the report lacks.
   *
   * @return the missing parts, never null
   */
  public Set<ContentPart> missingParts() {
    return Sets.immutableEnumSet(Sets.difference(EnumSet.allOf(ContentPart.class), presentParts()));
  }

  /**
   * Returns the day by which the report must be published, which depends on its kind and issuer
   * (docs/domain.md, 'The annual report'):
   * <ul>
   *   <li>a 法治政府建设年度报告: 1 April of the following year (2019 督察工作规定 Art. 24);
   *   <li>a 政府信息公开工作年度报告: 31 January of the following year for a department's report
   *       ({@link IssuerKind#DEPARTMENT}) on 2019 or later, else 31 March — a government's overall report,
   *       a report whose issuer's kind is unknown, and every report on a year before 2019 (政府信息公开条例
   *       2019 Art. 49, in force from 15 May 2019);
   *   <li>other kinds: no deadline is fixed nationally.
   * </ul>
   *
   * @return the deadline, or empty for a kind without a national deadline
   */
  public Optional<LocalDate> publicationDeadline() {
    int next = year().getValue() + 1;
    return switch (kind()) {
      case RULE_OF_LAW_ANNUAL -> Optional.of(LocalDate.of(next, Month.APRIL, 1));
      case OPEN_GOV_INFO_ANNUAL -> Optional.of(
          issuerKind().orElse(null) == IssuerKind.DEPARTMENT && next >= 2020
              ? LocalDate.of(next, Month.JANUARY, 31)
              : LocalDate.of(next, Month.MARCH, 31));
      case ENFORCEMENT_STATISTICS_ANNUAL, RECONSIDERATION_ANNUAL -> Optional.empty();
    };
  }

  /**
   * Returns the national outline in force for the report's year.
   *
   * @return the outline, never null
   */
  public Outline outline() {
    return Outline.inForceFor(year());
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants()
        .notBlank("issuer", issuer())
        .notBlank("title", title())
        .notBlank("preamble", preamble())
        .notBlank("plansPreamble", plansPreamble())
        .notBlank("shortcomings", shortcomings())
        .notBlank("leadershipDuty", leadershipDuty())
        .notBlank("otherMatters", otherMatters());
    int year = year().getValue();
    invariants.that(year >= FIRST_YEAR && year <= LAST_YEAR, "year",
        () -> "year (" + year + ") must be between " + FIRST_YEAR + " and " + LAST_YEAR);
    published().ifPresent(day -> invariants.that(day.getYear() >= year, "published",
        () -> "published (" + day + ") must not be before the year it covers (" + year + ")"));
    invariants.that(jurisdiction().isPresent() || isDepartments() && issuer().isPresent(), "jurisdiction",
        () -> "jurisdiction is missing: only a department's report (issuerKind department) with a stated"
            + " issuer may leave it unknown");
    invariants.that(openGovInfo().isEmpty() || kind() == ReportKind.OPEN_GOV_INFO_ANNUAL, "openGovInfo",
        () -> "openGovInfo is only for OPEN_GOV_INFO_ANNUAL reports, not " + kind());
    invariants.throwIfBroken();
  }
}
