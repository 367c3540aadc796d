package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.Report;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the reader made of a text (草稿): the {@link Report} it could build, valid by the model's invariants;
 * for every number in that report, the span of the source it came from; the numbers it found but could
 * not place; what it could not determine; and where the hints and the text disagree. A draft is a
 * proposal for a person to confirm: nothing in it is invented.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Draft {
  private final String source;
  private final @Nullable Report report;
  private final ImmutableList<Trace> traces;
  private final ImmutableList<Unplaced> unplaced;
  private final ImmutableList<String> undetermined;
  private final ImmutableList<String> conflicts;
  private final ImmutableMap<Path, Span> cellSpans;
  private final ImmutableMap<OpenGovSection, ImmutableList<Trace>> sectionIndicators;

  Draft(String source, @Nullable Report report, ImmutableList<Trace> traces, ImmutableList<Unplaced> unplaced,
      ImmutableList<String> undetermined, ImmutableList<String> conflicts) {
    this(source, report, traces, unplaced, undetermined, conflicts, ImmutableMap.of());
  }

  Draft(String source, @Nullable Report report, ImmutableList<Trace> traces, ImmutableList<Unplaced> unplaced,
      ImmutableList<String> undetermined, ImmutableList<String> conflicts, ImmutableMap<Path, Span> cellSpans) {
    this(source, report, traces, unplaced, undetermined, conflicts, cellSpans, ImmutableMap.of());
  }

  Draft(String source, @Nullable Report report, ImmutableList<Trace> traces, ImmutableList<Unplaced> unplaced,
      ImmutableList<String> undetermined, ImmutableList<String> conflicts, ImmutableMap<Path, Span> cellSpans,
      ImmutableMap<OpenGovSection, ImmutableList<Trace>> sectionIndicators) {
    this.sectionIndicators = requireNonNull(sectionIndicators, "sectionIndicators");
    this.source = requireNonNull(source, "source");
    this.report = report;
    this.traces = traces;
    this.unplaced = unplaced;
    this.undetermined = undetermined;
    this.conflicts = conflicts;
    this.cellSpans = requireNonNull(cellSpans, "cellSpans");
  }

  /**
   * Returns the text the spans refer to: the text as given, or the text extracted from a web page.
   *
   * @return the source text, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns the report, when the text and the hints give at least its jurisdiction, year and issuer.
   *
   * @return the report, or empty (then {@link #undetermined()} says what is missing)
   */
  public Optional<Report> report() {
    return Optional.ofNullable(report);
  }

  /**
   * Returns, for every indicator of the report (work areas, measures, headline; the sections of a
   * 政府信息公开工作年度报告, {@code openGovInfo.sectionIndicators.overview[0]}), and every part of its
   * breakdowns, where it was read.
   *
   * @return the traces in the report's order, never null
   */
  public ImmutableList<Trace> traces() {
    return traces;
  }

  /**
   * Returns the numbers found but not placed in the report, with the reason.
   *
   * @return the unplaced numbers in source order, never null
   */
  public ImmutableList<Unplaced> unplaced() {
    return unplaced;
  }

  /**
   * Returns what the reader could not determine, one line each ({@code year: not stated in the title}).
   *
   * @return the undetermined fields, never null
   */
  public ImmutableList<String> undetermined() {
    return undetermined;
  }

  /**
   * Returns where a hint disagrees with the text (the text's value is kept), one line each.
   *
   * @return the conflicts, never null
   */
  public ImmutableList<String> conflicts() {
    return conflicts;
  }

  /**
   * Returns, for every table cell and overview figure of an open-government-information report that was
   * read, where it is written, by its path in the checker's notation: the path a finding names, such as
   * {@code openGovInfo.applications.cells[new_received][total]}, {@code openGovInfo.proactive.cells[rules][issued]},
   * {@code openGovInfo.disputes.cells[reconsideration][total]} or {@code openGovInfo.overview.applications_received}.
   * For each, {@code source().substring(start, end)} is the number as written, and reading it again gives
   * the value the report holds there.
   *
   * @return the spans by path, in reading order; empty for other kinds of report, never null
   */
  public ImmutableMap<Path, Span> cellSpans() {
    return cellSpans;
  }

  /**
   * Returns, for a 政府信息公开工作年度报告, the numbers each of its sections states in prose (各部分正文中的数字):
   * items published per channel (网站, 政务微博, 微信公众号, 新闻发布会 …), documents issued by type, 解读 by form,
   * hotline replies, 政府开放日 events, growth figures — each as an indicator (label, value, unit, qualifier,
   * kind, parts of a 其中 breakdown) with the span it was read from, in the section's reading order. An overview
   * figure the report types ({@link io.github.fazhi.opengov.OpenGovInfo#overview()}) is here too as written, with
   * its measure word; the tables' cells ({@link #cellSpans()}) are not repeated here.
   *
   * <p>The report holds them in {@link io.github.fazhi.opengov.OpenGovInfo#sectionIndicators()}, and
   * {@link #traces()} lists these traces too, with those of their breakdown parts. Each trace's path is the
   * indicator's path in the report, {@code openGovInfo.sectionIndicators.<section>[i]} (the section in lower
   * case, such as {@code proactive_disclosure}), the path the checker's findings use, and
   * {@code source().substring(start, end)} is the number as written.
   *
   * @return the indicators by section, sections in the order of {@link OpenGovSection}, only sections that
   *     state a number; empty for other kinds of report, never null
   */
  public ImmutableMap<OpenGovSection, ImmutableList<Trace>> sectionIndicators() {
    return sectionIndicators;
  }

  @Override
  public String toString() {
    return "Draft{report=" + (report == null ? "none" : report.title().orElse(report.reporterName()))
        + ", traces=" + traces.size() + ", unplaced=" + unplaced.size() + ", undetermined=" + undetermined
        + ", conflicts=" + conflicts + "}";
  }
}
