package io.github.fazhi.reader;

import java.util.List;
import java.util.Optional;

/**
 * The one place that decides what becomes of a number stating a change (增减变化): growth against a base
 * ({@code 同比增长17.1%}, {@code 下降3个百分点}, {@code 增长2倍}, {@code 较上年减少20件}).
 *
 * <p>The model has no kind for a signed change with its base yet, so such numbers are kept among the
 * unplaced numbers with the reason {@link #REASON}, never forced into a PERCENT (a growth may exceed 100%)
 * or a COUNT (a decrease is not a count). When the model gains a kind for changes, this class is where they
 * become indicators.
 */
final class ChangeMentions {
  /** The reason given for every change kept unplaced. */
  static final String REASON = "a change (growth or decrease) against a base: not an indicator kind yet";

  /** Words that, just before a number, make it a change. */
  private static final List<String> CHANGE_WORDS = List.of(
      "同比增长", "同比下降", "同比增加", "同比减少", "同比提高", "同比上升", "同比降低", "环比", "增长", "下降",
      "上升", "降低", "提高", "提升", "减少", "增加", "增幅", "降幅", "减幅", "翻", "比上年", "较上年",
      "比去年", "较去年", "同比");

  /** How far before the number a change word may stand ({@code 同比增长了}). */
  private static final int REACH = 8;

  private ChangeMentions() {}

  /**
   * Whether the mention states a change, judged by the words just before it in its clause.
   *
   * @return the reason to keep it unplaced, or empty when it is not a change
   */
  static Optional<String> reasonToKeepUnplaced(String source, Mention mention, int clauseStart) {
    int end = mention.span().start();
    int from = Math.max(clauseStart, end - REACH);
    String before = source.substring(from, end);
    String unit = mention.unit();
    boolean relative = unit.equals("%") || unit.equals("％") || unit.equals("﹪") || unit.endsWith("百分点")
        || unit.equals("倍");
    for (String word : CHANGE_WORDS) {
      int at = before.lastIndexOf(word);
      if (at < 0) {
        continue;
      }
      String between = before.substring(at + word.length());
      boolean adjacent = between.isEmpty() || between.equals("了") || between.equals("达") || between.equals("为")
          || between.equals("了近") || between.equals("约");
      if (adjacent || (relative && (word.startsWith("同比") || word.startsWith("比") || word.startsWith("较")))) {
        return Optional.of(REASON);
      }
    }
    return unit.endsWith("百分点") ? Optional.of(REASON) : Optional.empty();
  }
}
