package io.github.fazhi.reader;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Indicator;
import io.github.fazhi.Path;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovSection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Finds the numbers each section of a 政府信息公开工作年度报告 states in its prose (各部分正文中的数字) — items
 * published per channel, documents issued by type, 解读 by form, hotline replies, 政府开放日 events, growth —
 * and makes each an indicator as the numbers of a work area are made ({@link IndicatorMaker}, {@link Labels},
 * {@link Breakdowns}), with its span.
 *
 * <p>A number overlapping a table cell already read (a span among {@code taken}) is not read again, and a
 * number without a unit — which is what table cells are — is no indicator. An overview figure
 * ({@code 收到政府信息公开申请5件}) is prose: it is both the overview's typed figure and, as written with its
 * label and measure word, one of its section's indicators. As everywhere in the reader, a
 * number whose written form does not read back to the same number is dropped.
 */
final class OpenGovSectionNumbers {
  /** The labels of Table B's rows that hold a number word, without their numbering. */
  private static final ImmutableList<String> ROW_LABELS = java.util.Arrays.stream(ApplicationRow.values())
      .map(row -> row.label().replaceFirst("^[0-9]+\\.", ""))
      .filter(label -> label.chars().anyMatch(c -> "一二三四五六七八九十0123456789".indexOf(c) >= 0))
      .collect(ImmutableList.toImmutableList());

  private OpenGovSectionNumbers() {}

  /**
   * What the sections state: each section's indicators with their spans, and the traces of every number the
   * report then holds.
   *
   * @param bySection  the indicators (breakdown parts inside their whole) of each section stating a number,
   *     sections in order, each traced at {@code openGovInfo.sectionIndicators.<section>[i]}
   * @param traces  the traces of those indicators and of their breakdown parts
   *     ({@code openGovInfo.sectionIndicators.<section>[i].parts[j]}), in the report's order
   * @param unplaced  the numbers read in the sections that make no indicator, each with the reason (a number
   *     whose clause names nothing before it: {@code ，占8.89%} opening a line)
   */
  record Read(ImmutableMap<OpenGovSection, ImmutableList<Trace>> bySection, ImmutableList<Trace> traces,
      ImmutableList<Unplaced> unplaced) {
    static final Read NONE = new Read(ImmutableMap.of(), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Returns the indicators of each section, by section, sections in order, only those stating a number. The
   * numbers of the introduction, before the first section's heading (本报告由…六部分组成), are the overview's
   * first; with no section heading at all, the introduction is the whole body and all its numbers are the
   * overview's.
   *
   * @param introduction  the body before the first section's heading ({@link OpenGovSections#introduction})
   * @param taken  the spans already read as table cells
   */
  static Read read(String source, Region introduction, Map<OpenGovSection, Region> sections,
      Collection<Span> taken, IndicatorMaker maker, Steps steps) {
    NavigableMap<Integer, Integer> takenEnds = new TreeMap<>();
    taken.forEach(span -> takenEnds.merge(span.start(), span.end(), Math::max));
    Map<OpenGovSection, Numbers> bySection = new EnumMap<>(OpenGovSection.class);
    ImmutableList.Builder<Unplaced> unplaced = ImmutableList.builder();
    for (OpenGovSection section : OpenGovSection.values()) {
      List<Region> regions = new ArrayList<>(2);
      if (section == OpenGovSection.OVERVIEW && !introduction.isEmpty()) {
        regions.add(introduction);
      }
      Region own = sections.get(section);
      if (own != null && !own.isEmpty()) {
        regions.add(own);
      }
      List<Indicator> indicators = new ArrayList<>();
      List<Span> spans = new ArrayList<>();
      for (Region region : regions) {
        List<Mention> mentions = new ArrayList<>();
        NumberScanner.scan(source, region.start(), region.end(), mentions, new ArrayList<>());
        for (Mention mention : mentions) {
          if (overlapsTaken(takenEnds, mention.span()) || !readsBack(mention)
              || inRowLabel(source, mention.span())) {
            continue;
          }
          IndicatorMaker.Made made = maker.make(source, mention, region.start(), region.end(), null);
          if (made.indicator().isEmpty()) {
            unplaced.add(Unplaced.of(mention.span(), made.reason()));
          } else {
            indicators.add(withoutReviewCodeOfARequest(made.indicator().get()));
            spans.add(mention.span());
          }
        }
      }
      if (!indicators.isEmpty()) {
        bySection.put(section, new Numbers(indicators, spans));
      }
    }
    // one code, one quantity, over all the sections
    SameLabels.distinguish(source, bySection.values().stream().map(Numbers::indicators).toList(),
        bySection.values().stream().map(Numbers::spans).toList());
    CodeAgreement.settle(bySection.values().stream().map(Numbers::indicators).toList());
    ImmutableMap.Builder<OpenGovSection, ImmutableList<Trace>> out = ImmutableMap.builder();
    ImmutableList.Builder<Trace> all = ImmutableList.builder();
    for (Map.Entry<OpenGovSection, Numbers> entry : bySection.entrySet()) {
      OpenGovSection section = entry.getKey();
      Path path = path(section);
      ImmutableList.Builder<Trace> traces = ImmutableList.builder();
      List<Breakdowns.Grouped> grouped =
          Breakdowns.group(source, entry.getValue().indicators(), entry.getValue().spans(), steps);
      for (int i = 0; i < grouped.size(); i++) {
        Breakdowns.Grouped whole = grouped.get(i);
        Trace trace = new Trace(path.index(i), whole.indicator(), whole.span());
        traces.add(trace);
        all.add(trace);
        for (int j = 0; j < whole.partSpans().size(); j++) {
          all.add(new Trace(trace.at().field("parts").index(j), whole.indicator().parts().get(j),
              whole.partSpans().get(j)));
        }
      }
      out.put(section, traces.build());
    }
    return new Read(out.build(), all.build(), unplaced.build());
  }

  /**
   * The indicator without a 行政复议 code its label does not name: in a 政府信息公开 report, 办结24件, 撤回申请 and
   * 符合受理 speak of the requests for information, not of reconsideration cases, so the catalogue's guess from
   * those words ({@code reconsideration.concluded} …) is left off unless the label says 复议.
   */
  private static Indicator withoutReviewCodeOfARequest(Indicator indicator) {
    boolean review = indicator.code().filter(code -> code.startsWith(REVIEW_CODES)).isPresent();
    return review && !Simplified.of(indicator.label()).contains("复议")
        ? Indicator.builder().from(indicator).code(Optional.empty()).build() : indicator;
  }

  private static final String REVIEW_CODES = "reconsideration.";

  /** The numbers of one section, in order, each with its span. */
  private record Numbers(List<Indicator> indicators, List<Span> spans) {}

  /** The path of a section's indicators in the report, as the checker names it. */
  static Path path(OpenGovSection section) {
    return OpenGovInfo.PATH.field("sectionIndicators").field(section.name().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the span is part of an official row label of Table B, such as the 三类 of
   * {@code 5.属于三类内部事务信息}: a word of the label, not a count.
   */
  private static boolean inRowLabel(String source, Span span) {
    String written = span.written();
    for (String label : ROW_LABELS) {
      for (int at = label.indexOf(written); at >= 0; at = label.indexOf(written, at + 1)) {
        int start = span.start() - at;
        if (start >= 0 && source.startsWith(label, start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the span overlaps a table cell already read (its number is that cell's). */
  private static boolean overlapsTaken(NavigableMap<Integer, Integer> takenEnds, Span span) {
    Map.Entry<Integer, Integer> before = takenEnds.floorEntry(span.end() - 1);
    return before != null && before.getValue() > span.start();
  }

  /** Whether the mention's written form, read alone, gives the same mention. */
  private static boolean readsBack(Mention mention) {
    List<Mention> again = NumberScanner.scan(mention.span().written());
    return again.size() == 1 && again.get(0).span().start() == 0
        && again.get(0).span().end() == mention.span().written().length() && again.get(0).sameReading(mention);
  }
}
