package io.github.fazhi.reader;

import io.github.fazhi.Indicator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells apart two numbers of one reading that a report states under one label with different amounts, by what
 * each one's clause before is about (同一标签的区分): {@code 政府新收申请2件，办理结果为予以公开2件；部门新收申请4件，
 * 办理结果为予以公开1件} labels them {@code 政府新收申请办理结果为予以公开} and {@code 部门新收申请办理结果为予以公开}, two
 * quantities, where one label would have the checker report one quantity stated twice
 * ({@code report.conflicting_values}). A subject is taken only from the first clause of the number's own sentence
 * (to its 。 or ；), and labels are changed only when every number of the label gets one and no two get the same
 * one; otherwise they stay as they were, and a real conflict is still reported.
 */
final class SameLabels {
  private SameLabels() {}

  /** Where one number stands: its list, its index there, and its span. */
  private record At(List<Indicator> list, int index, Span span) {
    Indicator indicator() {
      return list.get(index);
    }
  }

  /**
   * Relabels, in place, the numbers of one label that state different amounts.
   *
   * @param lists  the indicator lists of one reading, each changed in place (an indicator keeps its position)
   * @param spans  the span of each indicator, list by list
   */
  static void distinguish(String source, List<List<Indicator>> lists, List<List<Span>> spans) {
    Map<String, List<At>> byLabel = new LinkedHashMap<>();
    for (int l = 0; l < lists.size(); l++) {
      List<Indicator> list = lists.get(l);
      for (int i = 0; i < list.size(); i++) {
        byLabel.computeIfAbsent(list.get(i).comparableLabel(), key -> new ArrayList<>())
            .add(new At(list, i, spans.get(l).get(i)));
      }
    }
    for (List<At> group : byLabel.values()) {
      if (group.size() < 2 || !statesTwoAmounts(group)) {
        continue;
      }
      List<String> subjects = new ArrayList<>(group.size());
      Set<String> distinct = new HashSet<>();
      for (At at : group) {
        String subject = subjectInItsSentence(source, at.span().start());
        subjects.add(subject);
        distinct.add(subject);
      }
      if (distinct.size() < group.size() || distinct.contains("")) {
        continue;
      }
      for (int k = 0; k < group.size(); k++) {
        At at = group.get(k);
        at.list().set(at.index(),
            Indicator.builder().from(at.indicator()).label(subjects.get(k) + at.indicator().label()).build());
      }
    }
  }

  /**
   * What the first clause of the number's own sentence (up to a 。 or ；) is about, when the number is in a later
   * clause: {@code “青石城管执法”官方微信公众号发文40条，点击量4000次，转载80次} gives the account's posts for its
   * 4000次 and 80次. A heading or sentence before (加强学法用法。组织专题学法12次) names no subject of the number.
   */
  private static String subjectInItsSentence(String source, int offset) {
    int sentence = offset;
    while (sentence > 0 && "。；;\n".indexOf(source.charAt(sentence - 1)) < 0) {
      sentence--;
    }
    int firstBreak = sentence;
    while (firstBreak < offset && "，,".indexOf(source.charAt(firstBreak)) < 0) {
      firstBreak++;
    }
    if (firstBreak >= offset) {
      return ""; // the number is in its sentence's first clause
    }
    // the clause after the first break, whose clause before is the sentence's first
    return Labels.subjectBefore(source, firstBreak + 1, sentence);
  }

  private static boolean statesTwoAmounts(List<At> group) {
    Indicator first = group.get(0).indicator();
    for (At at : group) {
      if (at.indicator().kind() == first.kind() && !at.indicator().statesSameAmountAs(first)) {
        return true;
      }
    }
    return false;
  }
}
