package io.github.fazhi.reader;

import io.github.fazhi.opengov.OverviewFigure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads the numbers an open-government-information report's overview (总体情况) states in prose, the ones
 * its tables also hold ({@link OverviewFigure}): 共收到政府信息公开申请N件, 上年结转N件, 结转下年度继续办理N件,
 * 行政复议N件, 行政诉讼N件, 主动公开政府信息N条. A figure is a whole count, in Arabic digits (full-width too,
 * with thousands separators) or Chinese numerals (十二, 两, 一百零三), followed by a measure word (件, 条, 份,
 * 宗, 起, 个); its label is the clause before it (and, for 收到…N份…申请, the words after it).
 *
 * <p>Nothing is guessed: a count with a qualifier (余, 多, 近, 约…), a count in 万, a clause naming two
 * figures at once (行政复议、行政诉讼0件) and a second, different count of a figure already read are left
 * unplaced with the reason. "无" and "未收到" are not read as 0.
 */
final class OverviewFigures {
  private static final String MEASURES = "件条份宗起个";
  private static final String CLAUSE_ENDS = "，。；,;！？!?：:\n";
  private static final String QUALIFIERS_BEFORE = "近约逾超";
  private static final String QUALIFIERS_AFTER = "余多";

  /** A figure read, with where it is written. */
  record Read(OverviewFigure figure, long value, Span span) {}

  /** What was read: the figures, and the counts that could not be placed. */
  record Result(Map<OverviewFigure, Read> figures, List<Unplaced> unplaced) {}

  private OverviewFigures() {}

  static Result read(String source, Region region) {
    Map<OverviewFigure, Read> figures = new EnumMap<>(OverviewFigure.class);
    List<Unplaced> unplaced = new ArrayList<>();
    int clauseStart = region.start();
    for (int i = region.start(); i <= region.end(); i++) {
      if (i == region.end() || CLAUSE_ENDS.indexOf(source.charAt(i)) >= 0 && !isThousandsSeparator(source, i)) {
        clause(source, clauseStart, i, figures, unplaced);
        clauseStart = i + 1;
      }
    }
    return new Result(figures, unplaced);
  }

  /** Whether the comma at {@code at} stands between digits (1,234), not between clauses. */
  private static boolean isThousandsSeparator(String source, int at) {
    return source.charAt(at) == ',' && at > 0 && at + 1 < source.length()
        && Character.isDigit(source.charAt(at - 1)) && Character.isDigit(source.charAt(at + 1));
  }

  private static void clause(String source, int start, int end, Map<OverviewFigure, Read> figures,
      List<Unplaced> unplaced) {
    int labelStart = start;
    int i = start;
    while (i < end) {
      int numberEnd = CountWords.end(source, i, end);
      if (numberEnd == i || (i > start && CountWords.isPart(source.charAt(i - 1)))) {
        i = Math.max(i + 1, numberEnd);
        continue;
      }
      int after = numberEnd;
      boolean approximate = false;
      if (after < end && QUALIFIERS_AFTER.indexOf(Simplified.of(source.charAt(after))) >= 0) {
        approximate = true;
        after++;
      }
      if (after >= end || MEASURES.indexOf(Simplified.of(source.charAt(after))) < 0
          || isSpanOfTime(source, after + 1, end)) {
        i = numberEnd;
        continue; // a year, a percentage, a span of time (2个工作日), a number of something else
      }
      Span span = Span.of(source, i, numberEnd);
      OptionalLong value = CountWords.value(span.written());
      String before = Simplified.of(source.substring(labelStart, i));
      String following = Simplified.of(source.substring(after + 1, nextNumber(source, after + 1, end)));
      approximate |= !before.isEmpty() && QUALIFIERS_BEFORE.indexOf(before.charAt(before.length() - 1)) >= 0
          || Simplified.of(source.charAt(numberEnd - 1)) == '万';
      OverviewFigure figure = figureOf(before, following, unplaced, span);
      if (figure != null) {
        if (approximate || value.isEmpty()) {
          unplaced.add(Unplaced.of(span, "an approximate or scaled count of " + figure.label()));
        } else {
          Read read = figures.get(figure);
          if (read == null) {
            figures.put(figure, new Read(figure, value.getAsLong(), span));
          } else if (read.value() != value.getAsLong()) {
            unplaced.add(Unplaced.of(span, "a second count of " + figure.label() + " (the first, "
                + read.value() + ", is kept)"));
          }
        }
      }
      labelStart = after + 1;
      i = after + 1;
    }
  }

  /** Words of time that make a count before them a span of time (在2个工作日内, 3个月): no figure. */
  private static final List<String> TIME_WORDS = List.of("工作日", "自然日", "日", "天", "月", "小时", "星期", "周", "季度", "年");

  private static boolean isSpanOfTime(String source, int at, int end) {
    String rest = Simplified.of(source.substring(at, Math.min(end, at + 3)));
    return TIME_WORDS.stream().anyMatch(rest::startsWith);
  }

  private static int nextNumber(String source, int from, int end) {
    for (int i = from; i < end; i++) {
      if (CountWords.end(source, i, end) > i) {
        return i;
      }
    }
    return end;
  }

  private static @org.jspecify.annotations.Nullable OverviewFigure figureOf(String before, String following,
      List<Unplaced> unplaced, Span span) {
    boolean reconsideration = before.contains("行政复议");
    boolean litigation = before.contains("行政诉讼");
    if (reconsideration && litigation) {
      unplaced.add(Unplaced.of(span, "one count of both 行政复议 and 行政诉讼"));
      return null;
    }
    if (reconsideration) {
      return OverviewFigure.RECONSIDERATIONS;
    }
    if (litigation) {
      return OverviewFigure.LITIGATIONS;
    }
    boolean application = before.contains("申请") || following.contains("申请");
    if (application && (before.contains("上年结转") || before.contains("上年度结转") || before.contains("上一年度结转"))) {
      return OverviewFigure.APPLICATIONS_CARRIED_OVER;
    }
    if (before.contains("结转下年") || before.contains("结转至下") || before.contains("转入下年")
        || before.contains("结转到下")) {
      return OverviewFigure.APPLICATIONS_CARRIED_FORWARD;
    }
    boolean received = before.contains("收到") || before.contains("受理") || before.contains("新收")
        || before.contains("接收") || before.contains("接到");
    if (received && (before.contains("申请") || following.startsWith("政府信息公开申请")
        || following.startsWith("依申请") || following.startsWith("申请"))
        && !before.contains("答复") && !before.contains("办结") && !before.contains("结转")) {
      return OverviewFigure.APPLICATIONS_RECEIVED;
    }
    // 主动公开政府信息N条, and 主动在门户网站公开政府信息N条
    boolean proactive = before.contains("主动公开") || before.contains("主动") && before.contains("公开");
    if (proactive && !before.contains("规范性文件") && !before.contains("规章")
        && (before.contains("信息") || following.startsWith("信息") || following.startsWith("政府信息"))) {
      return OverviewFigure.PROACTIVE_ITEMS;
    }
    return null;
  }
}
