package io.github.fazhi.reader;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ValidationException;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an open-government-information annual report (政府信息公开工作年度报告) into a {@link Draft}: its title
 * and signature as any report's, then what such a report holds instead of a 法治政府建设 report's parts — its
 * three tables ({@link OpenGovInfoTableReader}), its six sections' texts ({@link OpenGovSections}), the
 * numbers its overview states in prose ({@link OverviewFigures}) and the numbers each section states in its
 * prose ({@link OpenGovSectionNumbers}), held in {@link OpenGovInfo#sectionIndicators()} and traced in
 * {@link Draft#traces()}. No work area, shortcoming or plan is
 * made of its sections.
 *
 * <p>Every table cell and overview figure read keeps its span, by its path in the checker's notation
 * ({@code openGovInfo.applications.cells[new_received][total]}, {@code openGovInfo.overview.litigations});
 * the rows the table reader could not read are listed among the undetermined.
 */
final class OpenGovReading {

  private final String source;
  private final Hints hints;
  private final FrontMatter front;
  private final List<Unplaced> unplaced = new ArrayList<>();
  private final List<String> undetermined = new ArrayList<>();
  private final List<String> conflicts = new ArrayList<>();
  private final TextOverHints stated;
  private final IndicatorMaker maker;
  private final Steps steps;
  private final Function<OpenGovLayout, OpenGovInfoTables> tableReader;
  private OpenGovSectionNumbers.Read sectionNumbers = OpenGovSectionNumbers.Read.NONE;

  private OpenGovReading(String source, Hints hints, FrontMatter front, IndicatorMaker maker, Steps steps,
      Function<OpenGovLayout, OpenGovInfoTables> tableReader) {
    this.source = source;
    this.tableReader = tableReader;
    this.maker = maker;
    this.steps = steps;
    this.hints = hints;
    this.stated = new TextOverHints(hints, undetermined, conflicts);
    this.front = front;
  }

  /**
   * Returns the draft of an open-government-information report, or empty when the text is of another
   * kind: the title's kind wins, the hint's kind counts where the title names none, and the body's form
   * sections where neither does ({@link FrontMatter#kind}).
   */
  static Optional<Draft> readIfOpenGovInfo(String source, Hints hints, IndicatorMaker maker, Steps steps) {
    return readIfOpenGovInfo(source, hints, maker, steps, layout -> OpenGovInfoTableReader.readText(source, layout));
  }

  /**
   * As {@link #readIfOpenGovInfo(String, Hints, IndicatorMaker, Steps)}, the tables read by
   * {@code tableReader} (given the layout to assume when none is named) with their spans in {@code source}.
   */
  static Optional<Draft> readIfOpenGovInfo(String source, Hints hints, IndicatorMaker maker, Steps steps,
      Function<OpenGovLayout, OpenGovInfoTables> tableReader) {
    FrontMatter front = FrontMatter.read(source);
    if (front.kind(source, hints.kind()).filter(k -> k == ReportKind.OPEN_GOV_INFO_ANNUAL).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OpenGovReading(source, hints, front, maker, steps, tableReader).draft());
  }

  private Draft draft() {
    TextOverHints.FrontFacts facts = stated.facts(source, front);
    Map<Path, Span> spans = new LinkedHashMap<>();
    OpenGovInfo info = info(facts.year(), spans);
    Report report = null;
    Report.Builder builder = facts.builder();
    if (builder != null) {
      if (facts.kind() == null) {
        builder.kind(ReportKind.OPEN_GOV_INFO_ANNUAL);
      }
      report = stated.build(builder.openGovInfo(info));
      if (report == null) {
        spans.clear();
      }
    }
    OpenGovSectionNumbers.Read numbers = report == null ? OpenGovSectionNumbers.Read.NONE : sectionNumbers;
    unplaced.sort((x, y) -> x.span().compareTo(y.span()));
    return new Draft(source, report, numbers.traces(), ImmutableList.copyOf(unplaced),
        ImmutableList.copyOf(undetermined), ImmutableList.copyOf(conflicts), ImmutableMap.copyOf(spans),
        numbers.bySection());
  }

  /** The tables, sections and overview figures; the spans of what was read go into {@code spans}. */
  private OpenGovInfo info(@Nullable Year year, Map<Path, Span> spans) {
    OpenGovLayout fallback = year == null ? OpenGovLayout.FORMAT_2021 : OpenGovLayout.inForceFor(year.getValue());
    OpenGovInfoTables tables = tableReader.apply(fallback);
    OpenGovInfo.Builder info = OpenGovInfo.builder().from(tables.info());
    tables.spans().forEach((path, span) -> {
      if (span.isIn(source)) {
        spans.put(path, span);
      }
    });
    tables.unread().forEach(line -> undetermined.add("openGovInfo: " + line));

    Map<OpenGovSection, Region> sections = OpenGovSections.find(source, front.body);
    sections.forEach((section, region) -> {
      String text = region.text(source);
      if (!text.isBlank()) {
        info.putSection(section, text);
      }
    });
    for (OpenGovSection section : OpenGovSection.values()) {
      if (!sections.containsKey(section)) {
        undetermined.add(OpenGovInfo.PATH.field("sections").field(section.name().toLowerCase(Locale.ROOT))
            + ": no heading "
            + section.label() + " found");
      }
    }
    // the prose's numbers as written (label, value, unit), overview figures among them: only cells are not prose
    List<Span> cells = new ArrayList<>(spans.values());
    Region overview = sections.get(OpenGovSection.OVERVIEW);
    if (overview != null) {
      OverviewFigures.Result figures = OverviewFigures.read(source, overview);
      for (OverviewFigures.Read read : figures.figures().values()) {
        info.putOverview(read.figure(), read.value());
        spans.put(overviewPath(read.figure()), read.span());
      }
      unplaced.addAll(figures.unplaced());
    }
    sectionNumbers = OpenGovSectionNumbers.read(source, OpenGovSections.introduction(source, front.body), sections,
        cells, maker, steps);
    unplaced.addAll(sectionNumbers.unplaced());
    sectionNumbers.bySection().forEach((section, traces) ->
        traces.forEach(trace -> info.putSectionIndicator(section, trace.indicator())));
    try {
      return info.build();
    } catch (ValidationException e) {
      undetermined.add("openGovInfo: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      spans.clear();
      sectionNumbers = OpenGovSectionNumbers.Read.NONE;
      return OpenGovInfo.builder().layout(tables.info().layout()).build();
    }
  }

  /** The path of an overview figure, as the checker names it. */
  static Path overviewPath(OverviewFigure figure) {
    return OpenGovInfo.PATH.field("overview").field(figure.name().toLowerCase(Locale.ROOT));
  }
}
