package io.github.fazhi.reader;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.IndicatorKind;
import java.util.Optional;

/**
 * The one place that decides what becomes of a number stating a change (增减变化): growth against a base
 * ({@code 同比增长17.1%}, {@code 下降3个百分点}, {@code 增长2倍}, {@code 较上年减少20件}).
 *
 * <p>A number written right after its word of increase or decrease ({@link Mention#direction()}) becomes a
 * signed indicator: in percent a {@link IndicatorKind#PERCENT_CHANGE}, in 个百分点
 * {@link IndicatorKind#PERCENTAGE_POINTS}, in any other unit a {@link IndicatorKind#CHANGE}; a decrease is
 * negative. A change in multiples ({@code 增长2倍}) has no kind, and a number that a change word only stands
 * near ({@code 同比下降，为17%}, {@code 高出3个百分点}) has no stated direction: both are kept among the unplaced
 * numbers, never forced into a PERCENT (a growth may exceed 100%) or a COUNT (a decrease is not a count).
 */
final class ChangeMentions {
  /** The reason given for a change whose direction is not written right before it. */
  static final String REASON = "a change (growth or decrease) whose direction is not written right before it";

  /** The reason given for a change in multiples. */
  static final String MULTIPLES = "a change in multiples (增长2倍): no indicator kind holds it";

  /**
   * Words that, shortly before a number, make it a change: the words of increase and decrease and a few
   * more ({@code 环比}, {@code 比上年}, {@code 同比}), all from {@link WordLists}.
   */
  private static final ImmutableList<String> CHANGE_WORDS = ImmutableList.<String>builder()
      .addAll(NumberScanner.UP_WORDS).addAll(NumberScanner.DOWN_WORDS).addAll(WordLists.get("change_words")).build();

  /** How far before the number a change word may stand ({@code 同比增长了}). */
  private static final int REACH = 8;

  private ChangeMentions() {}

  /** What becomes of a mention: the kind of change it is, or the reason to keep it unplaced, or neither. */
  record Verdict(Optional<IndicatorKind> kind, Optional<String> reasonToKeepUnplaced) {
    static final Verdict NOT_A_CHANGE = new Verdict(Optional.empty(), Optional.empty());

    /** Whether the mention states no change at all. */
    boolean notAChange() {
      return kind.isEmpty() && reasonToKeepUnplaced.isEmpty();
    }
  }

  /** Judges the mention by its direction, or else by the words just before it in its clause. */
  static Verdict judge(String source, Mention mention, int clauseStart) {
    String unit = mention.unit();
    if (mention.direction() != Mention.Direction.NONE) {
      if (unit.equals("倍")) {
        return new Verdict(Optional.empty(), Optional.of(MULTIPLES));
      }
      IndicatorKind kind = isPercent(unit) ? IndicatorKind.PERCENT_CHANGE
          : unit.endsWith("百分点") ? IndicatorKind.PERCENTAGE_POINTS : IndicatorKind.CHANGE;
      return new Verdict(Optional.of(kind), Optional.empty());
    }
    int end = mention.span().start();
    int from = Math.max(clauseStart, end - REACH);
    String before = source.substring(from, end);
    boolean relative = isPercent(unit) || unit.endsWith("百分点") || unit.equals("倍");
    for (String word : CHANGE_WORDS) {
      int at = before.lastIndexOf(word);
      if (at < 0) {
        continue;
      }
      String between = before.substring(at + word.length());
      boolean adjacent = between.isEmpty() || between.equals("了") || between.equals("达") || between.equals("为")
          || between.equals("了近") || between.equals("约");
      if (adjacent || (relative && (word.startsWith("同比") || word.startsWith("比") || word.startsWith("较")))) {
        return new Verdict(Optional.empty(), Optional.of(REASON));
      }
    }
    return unit.endsWith("百分点") ? new Verdict(Optional.empty(), Optional.of(REASON)) : Verdict.NOT_A_CHANGE;
  }

  static boolean isPercent(String unit) {
    return unit.equals("%") || unit.equals("％") || unit.equals("﹪");
  }
}
