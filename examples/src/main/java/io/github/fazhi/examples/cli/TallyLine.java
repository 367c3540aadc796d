package io.github.fazhi.examples.cli;

import io.github.fazhi.ReviewTally;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * One review tally (行政复议/行政诉讼 案件统计) as a line of the outline, in the words of the report: each
 * count the report states with its Chinese name, the decisions by kind, and nothing for a count it does not
 * state (unknown is left out, never shown as 0).
 */
final class TallyLine {
  private TallyLine() {}

  /**
   * Returns the tally in words, such as {@code 行政复议 · 收到 36 · 受理 30 · 审结 28 · 维持 20, 撤销 3}.
   *
   * @param tally  the tally, not null
   * @return the line, without a line break; never null
   */
  static String of(ReviewTally tally) {
    StringJoiner line = new StringJoiner(" · ");
    line.add(tally.procedure().chinese() + tally.route().map(route -> "（" + route.chinese() + "）").orElse(""));
    count(line, "上年结转", tally.carriedOver());
    count(line, "收到", tally.received());
    count(line, "受理", tally.accepted());
    count(line, "不予受理", tally.notAccepted());
    count(line, "受理前化解", tally.resolvedBeforeAcceptance());
    count(line, "审结", tally.concluded());
    count(line, "撤回", tally.withdrawn());
    count(line, "尚未审结", tally.pending());
    count(line, "决定合计", tally.decisionsTotal());
    if (!tally.decisions().isEmpty()) {
      StringJoiner decisions = new StringJoiner(", ");
      tally.decisions().forEach((decision, n) -> decisions.add(decision.chinese() + " " + n));
      line.add(decisions.toString());
    }
    if (!tally.outcomeGroups().isEmpty()) {
      StringJoiner groups = new StringJoiner(", ");
      tally.outcomeGroups().forEach((group, n) -> groups.add(group.chinese() + " " + n));
      line.add(groups.toString());
    }
    return line.toString();
  }

  private static void count(StringJoiner line, String name, OptionalLong count) {
    count.ifPresent(n -> line.add(name + " " + n));
  }
}
