package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.opengov.OpenGovInfo;

/**
 * What {@link OpenGovInfoTableReader} read from a page: the tables as an {@link OpenGovInfo}, the span of
 * every cell read from text (by the cell's path in the report, such as
 * {@code openGovInfo.applications.cells[disclosed][total]}, the keys of {@link Draft#cellSpans()}), and
 * what it could not read.
 *
 * @param info  the tables read, never null
 * @param spans  the span in the source of each cell read, by path; empty for HTML input
 * @param unread  one line per row or block the reader found but could not read, or did not find
 */
public record OpenGovInfoTables(OpenGovInfo info, ImmutableMap<Path, Span> spans, ImmutableList<String> unread) {
  /**
   * Creates a result.
   *
   * @param info  the tables read, not null
   * @param spans  the spans by cell path, not null
   * @param unread  what was not read, not null
   */
  public OpenGovInfoTables {
    requireNonNull(info, "info");
    requireNonNull(spans, "spans");
    requireNonNull(unread, "unread");
  }
}
