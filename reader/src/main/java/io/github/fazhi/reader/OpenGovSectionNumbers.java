package io.github.fazhi.reader;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Indicator;
import io.github.fazhi.opengov.OpenGovSection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Finds the numbers each section of a 政府信息公开工作年度报告 states in its prose (各部分正文中的数字) — items
 * published per channel, documents issued by type, 解读 by form, hotline replies, 政府开放日 events, growth —
 * and makes each an indicator as the numbers of a work area are made ({@link IndicatorMaker}, {@link Labels},
 * {@link Breakdowns}), with its span.
 *
 * <p>A number overlapping a table cell or overview figure already read (a span among {@code taken}) is not
 * read again, and a
 * number without a unit — which is what table cells are — is no indicator. As everywhere in the reader, a
 * number whose written form does not read back to the same number is dropped.
 */
final class OpenGovSectionNumbers {
  private OpenGovSectionNumbers() {}

  /**
   * Returns the indicators of each section, by section, sections in order, only those stating a number.
   *
   * @param taken  the spans already read as cells or overview figures
   */
  static ImmutableMap<OpenGovSection, ImmutableList<Trace>> read(String source, Map<OpenGovSection, Region> sections,
      Collection<Span> taken, IndicatorMaker maker, Steps steps) {
    NavigableMap<Integer, Integer> takenEnds = new TreeMap<>();
    taken.forEach(span -> takenEnds.merge(span.start(), span.end(), Math::max));
    ImmutableMap.Builder<OpenGovSection, ImmutableList<Trace>> out = ImmutableMap.builder();
    for (OpenGovSection section : OpenGovSection.values()) {
      Region region = sections.get(section);
      if (region == null || region.isEmpty()) {
        continue;
      }
      List<Mention> mentions = new ArrayList<>();
      NumberScanner.scan(source, region.start(), region.end(), mentions, new ArrayList<>());
      List<Indicator> indicators = new ArrayList<>();
      List<Span> spans = new ArrayList<>();
      for (Mention mention : mentions) {
        if (overlapsTaken(takenEnds, mention.span()) || !readsBack(mention)) {
          continue;
        }
        maker.make(source, mention, region.start(), region.end(), null).indicator().ifPresent(indicator -> {
          indicators.add(indicator);
          spans.add(mention.span());
        });
      }
      if (indicators.isEmpty()) {
        continue;
      }
      String path = "openGovInfo.sections." + section.name().toLowerCase(Locale.ROOT) + ".indicators";
      ImmutableList.Builder<Trace> traces = ImmutableList.builder();
      List<Breakdowns.Grouped> grouped = Breakdowns.group(source, indicators, spans, steps);
      for (int i = 0; i < grouped.size(); i++) {
        traces.add(new Trace(path + "[" + i + "]", grouped.get(i).indicator(), grouped.get(i).span()));
      }
      out.put(section, traces.build());
    }
    return out.build();
  }

  /** Whether the span overlaps a cell or figure already read (its number is that cell's or figure's). */
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
