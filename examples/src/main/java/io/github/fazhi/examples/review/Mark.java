package io.github.fazhi.examples.review;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.check.Severity;
import java.util.Optional;

/**
 * One number of a report marked in its text (标注): where it stands ({@code [start, end)} in the page's text,
 * whose characters there are exactly {@link #written()}), the attribute path it has in the report (the path
 * the checker's findings use), what it became, and the worst severity among the findings about it.
 *
 * @param id  the mark's HTML id ({@code m1}, {@code m2}, …), unique in its page
 * @param path  the attribute path of the indicator, e.g. {@code workAreas[6].measures[0].indicators[1]}
 * @param start  the first offset in the page's text, inclusive
 * @param end  the last offset, exclusive
 * @param written  the text at {@code [start, end)}
 * @param details  what the number became, one {@code name: value} line each (label, code, unit, qualifier,
 *     basis, parts)
 * @param severity  the worst severity of the findings about this number, if any
 * @param findingIds  the ids of the findings about this number, in page order
 */
public record Mark(
    String id,
    String path,
    int start,
    int end,
    String written,
    ImmutableList<String> details,
    Optional<Severity> severity,
    ImmutableList<String> findingIds) {

  /** The CSS class of the mark: {@code mark} and, where a finding is about it, {@code sev-error} etc. */
  public String cssClass() {
    return severity.map(s -> "mark sev-" + s.name().toLowerCase(java.util.Locale.ROOT)).orElse("mark");
  }

  /** The link target: the first finding about this number, else the mark itself. */
  public String href() {
    return "#" + (findingIds.isEmpty() ? id : findingIds.get(0));
  }
}
