package io.github.fazhi.examples.review;

import com.google.common.collect.ImmutableSet;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Trace;
import io.github.fazhi.reader.Unplaced;
import java.util.List;
import java.util.Set;

/**
 * The review page of a report read from its text ({@code fazhi read}): the text as the reader saw it, every
 * number of the draft marked at its span, and the numbers the reader could not place marked apart.
 */
public final class DraftPages {
  private DraftPages() {}

  /**
   * Returns the review page of a draft whose report could be built: every number the reader traced is marked
   * in the text, and so is every cell of a 政府信息公开 table and every overview figure the reader read
   * ({@link Draft#cellSpans()}, keyed by the path the checker's findings use), each linked to its cell in the
   * tables and to its findings. Spans whose path names no cell of the tables shown are left out.
   *
   * @param name  the page's file stem
   * @param draft  the reader's draft
   * @param report  the draft's report
   * @param findings  the checker's findings on the report
   * @return the page, never null
   */
  public static ReviewPage page(String name, Draft draft, Report report, List<Finding> findings) {
    ReviewPage.Builder page = ReviewPage.builder(name, draft.source())
        .title(report.title().orElse(ReportOutline.about(report)))
        .about(ReportOutline.about(report))
        .findings(findings)
        .tallies(report.reviews())
        .openGovInfo(report.openGovInfo());
    Set<Path> cells = report.openGovInfo().map(info -> OpenGovView.of(info).cells().keySet())
        .orElse(ImmutableSet.of());
    draft.cellSpans().forEach((path, span) -> {
      if (cells.contains(path)) {
        page.cell(path, span.start(), span.end());
      }
    });
    for (Trace trace : draft.traces()) {
      page.number(trace.at(), trace.span().start(), trace.span().end(), trace.indicator());
    }
    for (Unplaced unplaced : draft.unplaced()) {
      page.unplaced(unplaced.span().start(), unplaced.span().end(), unplaced.reason());
    }
    return page.build();
  }
}
