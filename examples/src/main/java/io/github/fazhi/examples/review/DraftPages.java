package io.github.fazhi.examples.review;

import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Trace;
import io.github.fazhi.reader.Unplaced;
import java.util.List;

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
    ReviewPage.Builder page = ReviewPage.builder(name, draft.source())
        .title(report.title().orElse(ReportOutline.about(report)))
        .about(ReportOutline.about(report))
        .findings(findings)
        .tallies(report.reviews());
    for (Trace trace : draft.traces()) {
      page.number(trace.path(), trace.span().start(), trace.span().end(), trace.indicator());
    }
    for (Unplaced unplaced : draft.unplaced()) {
      page.unplaced(unplaced.span().start(), unplaced.span().end(), unplaced.reason());
    }
    return page.build();
  }
}
