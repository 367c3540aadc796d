package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import io.github.fazhi.ContentPart;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.WorkArea;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules over a report's parts and dates (see docs/domain.md, 'The annual report'). The five required
 * parts and the 1 April deadline belong to 法治政府建设年度报告 from the 2019 督察工作规定 on
 * ({@link #RULE_OF_LAW_FROM_2019}); the other kinds of report bring their own parts and deadlines.
 */
final class ReportRules {
  static final String PUBLISHED_LATE = "report.published_late";
  static final String PUBLISHED_BEFORE_YEAR_END = "report.published_before_year_end";
  static final String MISSING_PART = "report.missing_part";
  static final String ORDINALS_NOT_SEQUENTIAL = "report.ordinals_not_sequential";
  static final String ISSUER_MISSING = "report.issuer_missing";
  /** The path of the publication date, {@code published}. */
  static final Path PUBLISHED = Path.root().field("published");
  // The paths every report is checked at, made once: a Path is built segment by segment, so making these
  // per report cost more than the rules' own work (docs/benchmarks.md, 'The checker's allocations').
  private static final Path ISSUER_PATH = Path.root().field("issuer");
  private static final Path WORK_AREAS_PATH = Path.root().field("workAreas");
  private static final Path SHORTCOMINGS_PATH = Path.root().field("shortcomings");
  private static final Path LEADERSHIP_DUTY_PATH = Path.root().field("leadershipDuty");
  private static final Path PLANS_PATH = Path.root().field("plans");
  private static final Path OTHER_MATTERS_PATH = Path.root().field("otherMatters");

  /**
   * 法治政府建设年度报告 on 2019 and later: the 督察工作规定 (厅字〔2019〕28号) came into force on 15 April
   * 2019, so the report on 2019, published in 2020, is the first it governs.
   */
  static final Applicability RULE_OF_LAW_FROM_2019 = Applicability.of(ReportKind.RULE_OF_LAW_ANNUAL, Year.of(2019));

  private ReportRules() {}

  static List<Rule> rules() {
    return List.of(
        StandardRule.of(PUBLISHED_LATE, RULE_OF_LAW_FROM_2019, view -> publishedLate(view.report())),
        StandardRule.of(PUBLISHED_BEFORE_YEAR_END, view -> publishedBeforeYearEnd(view.report())),
        StandardRule.of(MISSING_PART, RULE_OF_LAW_FROM_2019, view -> missingParts(view.report())),
        StandardRule.of(ORDINALS_NOT_SEQUENTIAL, view -> ordinals(view.report())),
        StandardRule.of(ISSUER_MISSING, view -> issuerMissing(view.report())));
  }

  private static List<Finding> issuerMissing(Report report) {
    if (report.issuer().isPresent()) {
      return List.of();
    }
    return List.of(Finding.of(ISSUER_MISSING, Severity.INFO, ISSUER_PATH,
        "the report names no issuer (签署机关): " + report.reportingBody()
            + " is known by its jurisdiction only; a deadline that depends on the issuer cannot be applied"));
  }

  private static List<Finding> publishedLate(Report report) {
    if (report.published().isEmpty()) {
      return List.of();
    }
    LocalDate published = report.published().get();
    Optional<LocalDate> deadline = report.publicationDeadline();
    if (deadline.isPresent() && published.isAfter(deadline.get())) {
      return List.of(Finding.of(PUBLISHED_LATE, Severity.WARNING, PUBLISHED,
          "published (" + published + ") must be on or before " + deadline.get() + " (2019 督察工作规定 Art. 24)"));
    }
    return List.of();
  }

  private static List<Finding> publishedBeforeYearEnd(Report report) {
    if (report.published().isPresent() && report.published().get().getYear() <= report.year().getValue()) {
      return List.of(Finding.of(PUBLISHED_BEFORE_YEAR_END, Severity.INFO, PUBLISHED,
          "published (" + report.published().get() + ") before " + report.year() + " ended: its counts are "
              + "so far this year (截至目前)"));
    }
    return List.of();
  }

  private static List<Finding> missingParts(Report report) {
    List<Finding> out = new ArrayList<>();
    for (ContentPart part : report.missingParts()) {
      out.add(Finding.of(MISSING_PART, Severity.WARNING, pathOf(part),
          "required part " + part + " (" + part.chinese() + ") is missing"));
    }
    return out;
  }

  private static Path pathOf(ContentPart part) {
    return switch (part) {
      case MEASURES_AND_RESULTS -> WORK_AREAS_PATH;
      case SHORTCOMINGS -> SHORTCOMINGS_PATH;
      case LEADERSHIP_DUTY -> LEADERSHIP_DUTY_PATH;
      case NEXT_YEAR_PLANS -> PLANS_PATH;
      case OTHER_MATTERS -> OTHER_MATTERS_PATH;
    };
  }

  private static List<Finding> ordinals(Report report) {
    List<Finding> out = new ArrayList<>();
    areaOrdinals(WORK_AREAS_PATH, report.workAreas(), out);
    areaOrdinals(PLANS_PATH, report.plans(), out);
    for (int a = 0; a < report.workAreas().size(); a++) {
      WorkArea area = report.workAreas().get(a);
      for (int m = 0; m < area.measures().size(); m++) {
        int ordinal = area.measures().get(m).ordinal();
        if (ordinal != m + 1) {
          out.add(ordinalFinding(
              WORK_AREAS_PATH.index(a).field("measures").index(m).field("ordinal"), ordinal, m + 1));
        }
      }
    }
    return out;
  }

  private static void areaOrdinals(Path path, List<WorkArea> areas, List<Finding> out) {
    for (int i = 0; i < areas.size(); i++) {
      int ordinal = areas.get(i).ordinal();
      if (ordinal != i + 1) {
        out.add(ordinalFinding(path.index(i).field("ordinal"), ordinal, i + 1));
      }
    }
  }

  private static Finding ordinalFinding(Path path, int ordinal, int expected) {
    return Finding.of(ORDINALS_NOT_SEQUENTIAL, Severity.WARNING, path,
        "ordinal (" + ordinal + ") must be " + expected + ": numbering runs 1..n in order",
        numbers("ordinal", ordinal, "expected", expected));
  }
}
