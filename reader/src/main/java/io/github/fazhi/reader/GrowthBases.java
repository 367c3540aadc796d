package io.github.fazhi.reader;

import io.github.fazhi.GrowthBase;
import io.github.fazhi.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the two counts a stated change compares (增长的基数), where one sentence states both: this
 * period's count, and the previous period's marked by 上年, 去年 or 同期 ({@code 收到申请89件，比上年同期的39件
 * 增长128.21%}). Only an unambiguous sentence gives a base: one change, one previous count, one current
 * count before the change in the same unit; otherwise none is given, never a guess.
 */
final class GrowthBases {
  /** The reason given for the previous period's count, which the growth base holds. */
  static final String PREVIOUS = "the previous period's count: held in the growth base of the change it is compared in";

  private static final String SENTENCE_BREAKS = "。；;\n";
  private static final List<String> PREVIOUS_MARKS = List.of("上年", "去年", "同期", "上一年");
  private static final int MARK_REACH = 8;

  /** The bases found, by change mention, and the previous counts they hold. */
  record Found(Map<Mention, GrowthBase> bases, Map<Mention, Mention> previousCounts) {}

  private GrowthBases() {}

  static Found find(String source, List<Mention> mentions) {
    Map<Mention, GrowthBase> bases = new IdentityHashMap<>();
    Map<Mention, Mention> previousCounts = new IdentityHashMap<>();
    int i = 0;
    while (i < mentions.size()) {
      int sentenceEnd = sentenceEnd(source, mentions.get(i).span().start());
      int j = i;
      while (j < mentions.size() && mentions.get(j).span().start() < sentenceEnd) {
        j++;
      }
      baseOfSentence(source, mentions.subList(i, j), bases, previousCounts);
      i = j;
    }
    return new Found(bases, previousCounts);
  }

  private static void baseOfSentence(String source, List<Mention> sentence, Map<Mention, GrowthBase> bases,
      Map<Mention, Mention> previousCounts) {
    Mention change = null;
    Mention previous = null;
    for (Mention mention : sentence) {
      if (mention.direction() != Mention.Direction.NONE) {
        if (change != null) {
          return;
        }
        change = mention;
      } else if (isCount(mention) && markedPrevious(source, mention)) {
        if (previous != null) {
          return;
        }
        previous = mention;
      }
    }
    if (change == null || previous == null || change.unit().endsWith("百分点") || change.unit().equals("倍")) {
      return;
    }
    boolean percent = ChangeMentions.isPercent(change.unit());
    if (!percent && !change.scaledUnit().equals(previous.scaledUnit())) {
      return;
    }
    Mention current = null;
    for (Mention mention : sentence) {
      if (mention.span().start() >= change.span().start()) {
        break;
      }
      if (mention != previous && isCount(mention) && mention.scaledUnit().equals(previous.scaledUnit())) {
        current = mention;
      }
    }
    if (current == null) {
      return;
    }
    @Nullable GrowthBase base = base(current.value(), previous.value());
    if (base != null) {
      bases.put(change, base);
      previousCounts.put(previous, change);
    }
  }

  private static @Nullable GrowthBase base(BigDecimal current, BigDecimal previous) {
    try {
      return GrowthBase.of(current.longValueExact(), previous.longValueExact());
    } catch (ArithmeticException | ValidationException e) {
      return null;
    }
  }

  private static boolean isCount(Mention mention) {
    return mention.form() == Mention.Form.NUMBER && mention.direction() == Mention.Direction.NONE
        && mention.scale().isEmpty() && !mention.unit().isEmpty() && !ChangeMentions.isPercent(mention.unit())
        && !mention.unit().endsWith("百分点") && mention.value().signum() >= 0
        && mention.value().stripTrailingZeros().scale() <= 0;
  }

  private static boolean markedPrevious(String source, Mention mention) {
    int end = mention.span().start();
    int from = Math.max(0, end - MARK_REACH);
    for (int k = end; k > from; k--) {
      if (Labels.CLAUSE_BREAKS.indexOf(source.charAt(k - 1)) >= 0) {
        from = k;
        break;
      }
    }
    String before = source.substring(from, end);
    return PREVIOUS_MARKS.stream().anyMatch(before::contains);
  }

  private static int sentenceEnd(String source, int from) {
    int k = from;
    while (k < source.length() && SENTENCE_BREAKS.indexOf(source.charAt(k)) < 0) {
      k++;
    }
    return k;
  }
}
