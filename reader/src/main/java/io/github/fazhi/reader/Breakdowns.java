package io.github.fazhi.reader;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Groups the numbers of one place into breakdowns (分项) where the text states one: a count followed by
 * 其中 (or by a colon and an enumeration: {@code 共精简173项：事项120项、证明材料15项、申请表单38项}) and counts in the same unit up to the end of the sentence ({@code 共收到申请120件，其中行政处罚52件、
 * 行政强制11件}) becomes that count with those parts ({@link Indicator#parts()}, not marked complete: the text
 * does not say the parts cover the whole); a share written right after a part with 占
 * ({@code 52件，占43.3%}) gets that part over the whole as its basis ({@link Indicator#basis()}).
 *
 * <p>Never a guess: when any number in the 其中 clause is not a count in the whole's unit, or the exact
 * parts exceed an exact whole, the numbers stay as they are, one beside the other.
 *
 * <p>The parts of one whole run from its 其中 to the end of the sentence or to the next 其中, whichever comes
 * first, and before the number that the next 其中 follows ({@code 受理120件，其中处罚52件（其中罚款30件）}: 30 is a
 * part of 52, not of 120). So the clauses of two
 * wholes never overlap, and grouping reads each character and each number of a place a bounded number of
 * times: linear in the place's length, however many breakdowns one long sentence holds.
 */
final class Breakdowns {
  private static final String SENTENCE_BREAKS = "。；;\n";
  private static final String GAP = "，,、 　";
  private static final String BREAKDOWN_WORD = "其中";

  private Breakdowns() {}

  /** One number of a place, with the spans of its parts when it has any. */
  record Grouped(Indicator indicator, Span span, List<Span> partSpans) {}

  /** Groups the numbers of one place, in order: parts are taken out of the list into their whole. */
  static List<Grouped> group(String source, List<Indicator> indicators, List<Span> spans) {
    return group(source, indicators, spans, Steps.none());
  }

  /** As {@link #group(String, List, List)}, counting the characters and numbers looked at. */
  static List<Grouped> group(String source, List<Indicator> indicators, List<Span> spans, Steps steps) {
    int n = indicators.size();
    List<Indicator> current = new ArrayList<>(indicators);
    boolean[] taken = new boolean[n];
    List<List<Integer>> partsByWhole = new ArrayList<>(Collections.nCopies(n, List.<Integer>of()));
    for (int w = 0; w < n; w++) {
      if (taken[w]) {
        continue;
      }
      steps.one();
      List<Integer> parts = partsOf(source, current, spans, w, steps);
      if (parts.isEmpty()) {
        continue;
      }
      Indicator whole = current.get(w);
      Indicator.Builder grouped = Indicator.builder().from(whole);
      parts.forEach(p -> grouped.addParts(current.get(p)));
      try {
        current.set(w, grouped.build());
      } catch (ValidationException e) {
        continue;
      }
      partsByWhole.set(w, parts);
      for (int p : parts) {
        taken[p] = true;
        shareAfter(source, current, spans, p, whole).ifPresent(share -> current.set(share.index(), share.share()));
      }
    }
    List<Grouped> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!taken[i]) {
        out.add(new Grouped(current.get(i), spans.get(i), partsByWhole.get(i).stream().map(spans::get).toList()));
      }
    }
    return out;
  }

  /** The indexes of the parts of the whole at {@code w}, or none. */
  private static List<Integer> partsOf(String source, List<Indicator> indicators, List<Span> spans, int w,
      Steps steps) {
    Indicator whole = indicators.get(w);
    if (whole.kind() != IndicatorKind.COUNT || !whole.parts().isEmpty()) {
      return List.of();
    }
    int k = breakdownWordAfter(source, spans.get(w));
    if (k < 0) {
      return List.of();
    }
    int sentenceEnd = source.startsWith(BREAKDOWN_WORD, k) ? k + BREAKDOWN_WORD.length() : k + 1;
    while (sentenceEnd < source.length() && SENTENCE_BREAKS.indexOf(source.charAt(sentenceEnd)) < 0
        && !source.startsWith(BREAKDOWN_WORD, sentenceEnd)) {
      sentenceEnd++;
      steps.one();
    }
    List<Integer> parts = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean exactParts = true;
    for (int i = w + 1; i < indicators.size() && spans.get(i).start() < sentenceEnd; i++) {
      steps.one();
      if (breakdownWordAfter(source, spans.get(i)) >= 0) {
        break; // the whole of the next breakdown, not a part of this one
      }
      Indicator part = indicators.get(i);
      if (part.kind() == IndicatorKind.PERCENT && isShareWord(source, spans.get(i))) {
        continue; // a share of the part before it
      }
      if (part.kind() != IndicatorKind.COUNT || !part.unit().equals(whole.unit()) || !part.parts().isEmpty()) {
        return List.of();
      }
      parts.add(i);
      sum = sum.add(part.baseValue());
      exactParts &= part.qualifier() == Qualifier.EXACT;
    }
    if (exactParts && whole.qualifier() == Qualifier.EXACT && sum.compareTo(whole.baseValue()) > 0) {
      return List.of();
    }
    return parts;
  }

  /** Where the 其中 written right after the span starts (a gap of at most three commas or spaces), or -1. */
  private static int breakdownWordAfter(String source, Span span) {
    int k = span.end();
    while (k < source.length() && k - span.end() < 3 && GAP.indexOf(source.charAt(k)) >= 0) {
      k++;
    }
    if (k < source.length() && (source.charAt(k) == '：' || source.charAt(k) == ':') && k == span.end()) {
      return k; // 共精简173项：事项120项、证明材料15项 — an enumeration of the whole right after a colon
    }
    return source.startsWith(BREAKDOWN_WORD, k) ? k : -1;
  }

  /** A share and where it stands. */
  private record Share(int index, Indicator share) {}

  /** The share written right after the part at {@code p} ({@code 52件，占43.3%}), with its basis. */
  private static Optional<Share> shareAfter(String source, List<Indicator> indicators, List<Span> spans, int p,
      Indicator whole) {
    int s = p + 1;
    if (s >= indicators.size() || indicators.get(s).kind() != IndicatorKind.PERCENT
        || indicators.get(s).basis().isPresent() || !isShareWord(source, spans.get(s))) {
      return Optional.empty();
    }
    String between = source.substring(spans.get(p).end(), spans.get(s).start());
    if (!between.matches("[，,、 　]?占[总全]?[数比]?[的为达]?")) {
      return Optional.empty();
    }
    Indicator part = indicators.get(p);
    try {
      long numerator = part.baseValue().longValueExact();
      long denominator = whole.baseValue().longValueExact();
      if (part.qualifier() != Qualifier.EXACT || whole.qualifier() != Qualifier.EXACT) {
        return Optional.empty();
      }
      return Rate.tryOf(numerator, denominator).filter(rate -> numerator <= denominator)
          .map(rate -> new Share(s, Indicator.builder().from(indicators.get(s)).basis(rate).build()));
    } catch (ArithmeticException | ValidationException e) {
      return Optional.empty();
    }
  }

  /** Whether 占 stands just before the span ({@code 占5.4%}, {@code 占比5.4%}, {@code 占总数的5.4%}). */
  private static boolean isShareWord(String source, Span span) {
    int from = Math.max(0, span.start() - 4);
    return source.substring(from, span.start()).contains("占");
  }
}
