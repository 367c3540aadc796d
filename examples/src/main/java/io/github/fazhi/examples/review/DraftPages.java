package io.github.fazhi.examples.review;

import com.google.common.collect.ImmutableSet;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Span;
import io.github.fazhi.reader.Trace;
import io.github.fazhi.reader.Unplaced;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review page of a report read from its text ({@code fazhi read}): the text as the reader saw it, every
 * number of the draft marked at its span, and the numbers the reader could not place marked apart.
 */
public final class DraftPages {
  private DraftPages() {}

  /**
   * Returns the review page of a draft whose report could be built.
   *
   * @param name  the page's file stem
   * @param draft  the reader's draft
   * @param report  the draft's report
   * @param findings  the checker's findings on the report
   * @return the page, never null
   */
  public static ReviewPage page(String name, Draft draft, Report report, List<Finding> findings) {
    return page(name, draft, report, findings, Map.of());
  }

  /**
   * Returns the review page of a draft whose report could be built, the numbers of its
   * 政府信息公开 tables also marked in the text: each cell's span, keyed by the cell's attribute path as the
   * checker's findings use it ({@code openGovInfo.applications.cells[new_received][total]}), is marked in the
   * text and linked to the cell and its findings. Paths that name no cell of the report's tables are left
   * out.
   *
   * @param name  the page's file stem
   * @param draft  the reader's draft
   * @param report  the draft's report
   * @param findings  the checker's findings on the report
   * @param cellSpans  where each table cell's number stands in the draft's source, by the cell's path
   * @return the page, never null
   */
  public static ReviewPage page(
      String name, Draft draft, Report report, List<Finding> findings, Map<String, Span> cellSpans) {
    ReviewPage.Builder page = ReviewPage.builder(name, draft.source())
        .title(report.title().orElse(ReportOutline.about(report)))
        .about(ReportOutline.about(report))
        .findings(findings)
        .tallies(report.reviews())
        .openGovInfo(report.openGovInfo());
    Set<String> cells = report.openGovInfo().map(info -> OpenGovView.of(info).cells().keySet())
        .orElse(ImmutableSet.of());
    cellSpans.forEach((path, span) -> {
      if (cells.contains(path)) {
        page.cell(path, span.start(), span.end());
      }
    });
    for (Trace trace : draft.traces()) {
      page.number(trace.path(), trace.span().start(), trace.span().end(), trace.indicator());
    }
    for (Unplaced unplaced : draft.unplaced()) {
      page.unplaced(unplaced.span().start(), unplaced.span().end(), unplaced.reason());
    }
    return page.build();
  }
}
