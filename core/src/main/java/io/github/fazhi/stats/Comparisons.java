package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.ContentPart;
import io.github.fazhi.Measure;
import io.github.fazhi.Path;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.Total;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import io.github.fazhi.stats.ReportComparison.Figure;
import io.github.fazhi.stats.ReportComparison.Part;
import io.github.fazhi.stats.ReportComparison.RateFigure;
import io.github.fazhi.stats.ReportComparison.SectionText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two reports of one body in consecutive years (同比对照): see {@link ReportComparison}.
 *
 * <pre>{@code
 * ReportComparison comparison = Comparisons.compare(report2022, report2023);
 * comparison.changes().forEach(figure -> System.out.println(figure.label() + " " + figure.change().get()));
 * comparison.relations().forEach(finding -> System.out.println(finding.ruleId()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Comparisons {
  private Comparisons() {}

  /**
   * Compares two reports over the standard catalogue, with the standard checker's series rules.
   *
   * @param older  last year's report, not null
   * @param newer  this year's report, not null
   * @return the comparison, never null
   * @throws ReportMismatchException if the reports are not of the same body and kind, or the later is not
   *     of the year after the earlier
   */
  public static ReportComparison compare(Report older, Report newer) {
    return compare(older, newer, IndicatorCatalog.standard(), ReportChecker.standard());
  }

  /**
   * Compares two reports over a catalogue, with a checker's series rules.
   *
   * @param older  last year's report, not null
   * @param newer  this year's report, not null
   * @param catalog  the catalogue of the headline numbers, not null
   * @param checker  whose series rules check the relations between the years, not null
   * @return the comparison, never null
   * @throws ReportMismatchException if the reports are not of the same body and kind, or the later is not
   *     of the year after the earlier
   */
  public static ReportComparison compare(Report older, Report newer, IndicatorCatalog catalog,
      ReportChecker checker) {
    requireNonNull(older, "older");
    requireNonNull(newer, "newer");
    requireNonNull(catalog, "catalog");
    requireNonNull(checker, "checker");
    checkSameBody(older, newer);
    List<Figure> figures = new ArrayList<>();
    Optional<OpenGovInfo> before = older.openGovInfo();
    Optional<OpenGovInfo> after = newer.openGovInfo();
    proactive(before.flatMap(OpenGovInfo::proactive), after.flatMap(OpenGovInfo::proactive), figures);
    applications(before.flatMap(OpenGovInfo::applications), after.flatMap(OpenGovInfo::applications), figures);
    disputes(before.flatMap(OpenGovInfo::disputes), after.flatMap(OpenGovInfo::disputes), figures);
    overview(before, after, figures);
    ReportStatistics earlier = ReportStatistics.of(List.of(older), catalog);
    ReportStatistics later = ReportStatistics.of(List.of(newer), catalog);
    List<RateFigure> rates = new ArrayList<>();
    headline(earlier, later, figures, rates);
    return new ReportComparison(older, newer, ImmutableList.copyOf(figures), ImmutableList.copyOf(rates),
        checker.checkSeries(List.of(older, newer)), sections(older, newer));
  }

  /** Names a report in messages: {@code 徐闻县 2021 (徐闻县司法局)}. */
  static String name(Report report) {
    return report.reporterName() + " " + report.year() + report.issuer().map(issuer -> " (" + issuer + ")").orElse("");
  }

  private static void checkSameBody(Report older, Report newer) {
    List<String> problems = new ArrayList<>();
    if (older.kind() != newer.kind()) {
      problems.add("the kinds differ (" + lower(older.kind()) + ", " + lower(newer.kind()) + ")");
    }
    if (!older.reportingBody().equals(newer.reportingBody())) {
      problems.add("they are of different bodies (" + older.reportingBody() + ", " + newer.reportingBody() + ")");
    } else if (older.issuer().isPresent() && newer.issuer().isPresent()
        && !squeeze(older.issuer().get()).equals(squeeze(newer.issuer().get()))) {
      problems.add("the issuers differ (" + older.issuer().get() + ", " + newer.issuer().get() + ")");
    }
    int expected = older.year().getValue() + 1;
    if (newer.year().getValue() != expected) {
      problems.add("the later year must be " + expected + ", not " + newer.year());
    }
    if (!problems.isEmpty()) {
      throw new ReportMismatchException(name(older), name(newer), problems);
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  // ---- the tables

  private static void proactive(Optional<ProactiveDisclosureTable> older, Optional<ProactiveDisclosureTable> newer,
      List<Figure> out) {
    for (CellTable.Cell<ProactiveItem, ProactiveColumn> cell : keys(older, newer, ProactiveDisclosureTable::cells)) {
      out.add(Figure.of(Part.PROACTIVE, Path.root().field("proactive").resolve(cell.at()).toString(), cell.label(),
          cell.column().isAmount() ? "万元" : "", older.flatMap(t -> t.value(cell.row(), cell.column())),
          newer.flatMap(t -> t.value(cell.row(), cell.column()))));
    }
  }

  private static void applications(Optional<ApplicationTable> older, Optional<ApplicationTable> newer,
      List<Figure> out) {
    for (CellTable.Cell<ApplicationRow, ApplicantColumn> cell : keys(older, newer, ApplicationTable::cells)) {
      out.add(Figure.of(Part.APPLICATIONS, Path.root().field("applications").resolve(cell.at()).toString(), cell.label(), "",
          older.flatMap(t -> count(t.cells(), cell)), newer.flatMap(t -> count(t.cells(), cell))));
    }
  }

  private static void disputes(Optional<DisputeTable> older, Optional<DisputeTable> newer, List<Figure> out) {
    for (CellTable.Cell<DisputeBlock, DisputeColumn> cell : keys(older, newer, DisputeTable::cells)) {
      out.add(Figure.of(Part.DISPUTES, Path.root().field("disputes").resolve(cell.at()).toString(), cell.label(), "",
          older.flatMap(t -> count(t.cells(), cell)), newer.flatMap(t -> count(t.cells(), cell))));
    }
  }

  private static void overview(Optional<OpenGovInfo> older, Optional<OpenGovInfo> newer, List<Figure> out) {
    for (OverviewFigure figure : keys(older, newer, OpenGovInfo::overview)) {
      out.add(Figure.of(Part.OVERVIEW, "overview." + lower(figure), figure.label(), "",
          older.flatMap(info -> count(info.overview(), figure)), newer.flatMap(info -> count(info.overview(), figure))));
    }
  }

  /** The keys either table states, in the table's order. */
  private static <T, K extends Comparable<K>> Set<K> keys(Optional<T> older, Optional<T> newer,
      Function<T, ? extends Map<K, ?>> cells) {
    Set<K> keys = new TreeSet<>();
    older.ifPresent(table -> keys.addAll(cells.apply(table).keySet()));
    newer.ifPresent(table -> keys.addAll(cells.apply(table).keySet()));
    return keys;
  }

  private static <K> Optional<BigDecimal> count(SortedMap<K, Long> cells, K key) {
    Long count = cells.get(key);
    return count == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(count));
  }

  // ---- the headline numbers

  private static void headline(ReportStatistics older, ReportStatistics newer, List<Figure> figures,
      List<RateFigure> rates) {
    for (CatalogEntry entry : older.catalog().entries()) {
      String code = entry.code();
      if (ReportStatistics.REVIEW_CODES.contains(code)) {
        continue; // a review count or rate: one quantity, listed with the reviews
      }
      if (entry.aggregation().type() == Aggregation.Type.SUM) {
        total(Part.INDICATORS, code, entry.chinese(), older.total(code), newer.total(code), figures);
      } else if (entry.aggregation().type() == Aggregation.Type.RATIO
          && (older.ratioCoverage(code) > 0 || newer.ratioCoverage(code) > 0)) {
        rates.add(new RateFigure(code, entry.chinese(), older.ratio(code), newer.ratio(code)));
      }
    }
    List<RateFigure> reviewRates = new ArrayList<>();
    for (Procedure procedure : Procedure.values()) {
      boolean any = false;
      for (ReviewCount count : ReviewCount.values()) {
        any |= total(Part.REVIEWS, count.code(procedure), procedure.chinese() + count.chinese(),
            older.count(procedure, count), newer.count(procedure, count), figures);
      }
      if (any) {
        for (TallyRate rate : TallyRate.values()) {
          reviewRates.add(new RateFigure(rate.code(procedure), procedure.chinese() + rate.chinese(),
              older.rate(procedure, rate), newer.rate(procedure, rate)));
        }
      }
    }
    rates.addAll(reviewRates);
  }

  /** Adds a total that either report states; returns whether one does. */
  private static boolean total(Part part, String code, String label, IndicatorTotal older, IndicatorTotal newer,
      List<Figure> out) {
    if (older.coverage() == 0 && newer.coverage() == 0) {
      return false;
    }
    Total before = older.total();
    Total after = newer.total();
    // A bound (以上), an approximate total or a change of unit has no exact change: CountChange says when.
    Optional<BigDecimal> change = CountChange.of(before, after, 1).difference();
    out.add(new Figure(part, code, label, unit(before, after), before.sum(), after.sum(), change));
    return true;
  }

  private static String unit(Total older, Total newer) {
    Optional<String> before = older.unit().map(Unit::written);
    Optional<String> after = newer.unit().map(Unit::written);
    if (before.isPresent() && after.isPresent() && !before.get().equals(after.get())) {
      return before.get() + " / " + after.get();
    }
    return after.or(() -> before).orElse("");
  }

  // ---- the texts

  private static ImmutableList<SectionText> sections(Report older, Report newer) {
    ImmutableList.Builder<SectionText> out = ImmutableList.builder();
    if (older.openGovInfo().isPresent() || newer.openGovInfo().isPresent()) {
      for (OpenGovSection section : OpenGovSection.values()) {
        Optional<String> before = older.openGovInfo().map(info -> info.sections().get(section));
        Optional<String> after = newer.openGovInfo().map(info -> info.sections().get(section));
        if (before.isPresent() || after.isPresent()) {
          out.add(SectionText.of(lower(section), section.label(), before, after));
        }
      }
      return out.build();
    }
    addPart(out, ContentPart.SHORTCOMINGS, paragraphs(older.shortcomings()), paragraphs(newer.shortcomings()));
    addPart(out, ContentPart.LEADERSHIP_DUTY, paragraphs(older.leadershipDuty()),
        paragraphs(newer.leadershipDuty()));
    addPart(out, ContentPart.NEXT_YEAR_PLANS, plans(older), plans(newer));
    addPart(out, ContentPart.OTHER_MATTERS, paragraphs(older.otherMatters()), paragraphs(newer.otherMatters()));
    return out.build();
  }

  private static void addPart(ImmutableList.Builder<SectionText> out, ContentPart part, Optional<String> older,
      Optional<String> newer) {
    if (older.isPresent() || newer.isPresent()) {
      out.add(SectionText.of(lower(part), part.chinese(), older, newer));
    }
  }

  private static Optional<String> paragraphs(List<String> paragraphs) {
    return paragraphs.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", paragraphs));
  }

  private static Optional<String> plans(Report report) {
    List<String> texts = new ArrayList<>();
    report.plansPreamble().ifPresent(texts::add);
    for (WorkArea area : report.plans()) {
      texts.add(area.title());
      for (Measure measure : area.measures()) {
        texts.add(measure.text());
      }
    }
    return paragraphs(texts);
  }
}
