package io.github.fazhi.reader;

import io.github.fazhi.reader.Section.Part;
import io.github.fazhi.reader.Section.PartBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Splits a report's body into its outline (提纲): top-level headings {@code 一、} (a part of the report, or a
 * work area), sub-headings {@code （一）}, items {@code 1.} and {@code （1）}. A top-level heading opens a
 * part when its title names one (存在的不足/问题 → shortcomings, 下一步/工作安排/工作设想 → plans, 第一责任人 →
 * leadership duty, 其他 → other matters, 工作情况/举措/成效 → measures); otherwise it is a work area. A
 * paragraph without a heading that opens with the shortcomings ("…还存在一些不足…") starts that part, as
 * many reports do not give it a heading.
 *
 * <p>One pass over the lines; every region refers to the source.
 */
final class Outliner {
  private static final int LONGEST_TITLE = 60;
  private static final List<String> MEASURES_WORDS = List.of(
      "工作情况", "举措", "成效", "做法", "开展情况", "基本情况", "完成情况", "主要工作", "推进情况", "工作开展");

  private Outliner() {}

  /** The kind of line. */
  private enum Kind { TOP, SUB, ITEM, PARAGRAPH }

  static List<PartBlock> outline(String source, Region body) {
    List<PartBlock> parts = new ArrayList<>();
    PartBlock part = new PartBlock(Part.PREAMBLE, null, false, new Region(body.start(), body.start()));
    parts.add(part);
    @Nullable Section area = null;
    @Nullable Section deepest = null;
    int lineStart = body.start();
    while (lineStart < body.end()) {
      int lineEnd = source.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > body.end()) {
        lineEnd = body.end();
      }
      int contentStart = lineStart;
      while (contentStart < lineEnd && Region.isBlank(source.charAt(contentStart))) {
        contentStart++;
      }
      int contentEnd = lineEnd;
      while (contentEnd > contentStart && Region.isBlank(source.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      if (contentStart < contentEnd) {
        int[] marker = new int[2]; // ordinal, marker end
        Kind kind = classify(source, contentStart, contentEnd, marker);
        int markerEnd = marker[1];
        if (kind == Kind.TOP) {
          Region[] titleAndBody = titleAndBody(source, markerEnd, contentEnd, lineEnd);
          @Nullable Part named = partNamed(source.substring(titleAndBody[0].start(), titleAndBody[0].end()));
          if (named != null) {
            part = new PartBlock(named, titleAndBody[0], false, new Region(lineEnd, lineEnd));
            parts.add(part);
            area = null;
            deepest = null;
          } else {
            if (!part.areasAtTop) {
              part = new PartBlock(Part.MEASURES, null, true, new Region(contentStart, contentStart));
              parts.add(part);
            }
            area = new Section(marker[0], titleAndBody[0], titleAndBody[1]);
            part.sections.add(area);
            deepest = area;
          }
        } else if (kind == Kind.SUB) {
          Region[] titleAndBody = titleAndBody(source, markerEnd, contentEnd, lineEnd);
          Section section = new Section(marker[0], titleAndBody[0], titleAndBody[1]);
          if (part.part == Part.PREAMBLE) {
            part = new PartBlock(Part.MEASURES, null, false, new Region(contentStart, contentStart));
            parts.add(part);
          }
          if (part.areasAtTop && area != null) {
            area.children.add(section);
            deepest = section;
          } else {
            part.sections.add(section);
            area = section;
            deepest = section;
          }
        } else if (kind == Kind.ITEM && deepest != null) {
          Section item = new Section(marker[0], new Region(markerEnd, contentEnd), new Region(contentEnd, lineEnd));
          (area != null ? area : deepest).children.add(item);
          deepest = item;
        } else if (part.part == Part.MEASURES && opensShortcomings(source, contentStart, contentEnd)) {
          part = new PartBlock(Part.SHORTCOMINGS, null, false, new Region(contentStart, lineEnd));
          parts.add(part);
          area = null;
          deepest = null;
        } else if (deepest != null) {
          deepest.body = new Region(deepest.body.isEmpty() && deepest.body.start() > contentStart
              ? contentStart : Math.min(deepest.body.start(), contentStart), lineEnd);
          if (deepest != area && area != null) {
            area.body = area.body.to(lineEnd);
          }
        } else {
          part.intro = part.intro.isEmpty() ? new Region(contentStart, lineEnd) : part.intro.to(lineEnd);
        }
      }
      lineStart = lineEnd + 1;
    }
    return parts;
  }

  private static Kind classify(String source, int start, int end, int[] marker) {
    // 一、 二、 … 十二、
    int j = start;
    while (j < end && j - start < 3 && isChineseOrdinalChar(source.charAt(j))) {
      j++;
    }
    if (j > start && j < end && (source.charAt(j) == '、' || source.charAt(j) == '．')) {
      Optional<BigDecimal> ordinal = Numerals.read(source, start, j);
      if (ordinal.isPresent() && ordinal.get().signum() > 0) {
        marker[0] = ordinal.get().intValue();
        marker[1] = j + 1;
        return Kind.TOP;
      }
    }
    char first = source.charAt(start);
    if (first == '（' || first == '(') {
      int k = start + 1;
      while (k < end && k - start < 4 && isChineseOrdinalChar(source.charAt(k))) {
        k++;
      }
      if (k > start + 1 && k < end && (source.charAt(k) == '）' || source.charAt(k) == ')')) {
        Optional<BigDecimal> ordinal = Numerals.read(source, start + 1, k);
        if (ordinal.isPresent() && ordinal.get().signum() > 0) {
          marker[0] = ordinal.get().intValue();
          marker[1] = k + 1;
          return Kind.SUB;
        }
      }
      int d = start + 1;
      while (d < end && d - start < 3 && Numerals.isArabic(source.charAt(d))) {
        d++;
      }
      if (d > start + 1 && d < end && (source.charAt(d) == '）' || source.charAt(d) == ')')) {
        marker[0] = Integer.parseInt(digits(source, start + 1, d));
        marker[1] = d + 1;
        return Kind.ITEM;
      }
    }
    int d = start;
    while (d < end && d - start < 2 && Numerals.isArabic(source.charAt(d))) {
      d++;
    }
    if (d > start && d + 1 < end && ".．、".indexOf(source.charAt(d)) >= 0 && !Numerals.isArabic(source.charAt(d + 1))) {
      marker[0] = Integer.parseInt(digits(source, start, d));
      marker[1] = d + 1;
      return marker[0] > 0 ? Kind.ITEM : Kind.PARAGRAPH;
    }
    return Kind.PARAGRAPH;
  }

  private static String digits(String source, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append((char) ('0' + Numerals.digit(source.charAt(i))));
    }
    return out.toString();
  }

  private static boolean isChineseOrdinalChar(char c) {
    return (Numerals.digit(c) > 0 && !Numerals.isArabic(c) && c != '两') || c == '十';
  }

  /**
   * The title of a heading (up to its first 。, or the whole line when it has none) and its body (the rest
   * of the line).
   */
  private static Region[] titleAndBody(String source, int markerEnd, int contentEnd, int lineEnd) {
    int titleEnd = contentEnd;
    int bodyStart = lineEnd;
    for (int i = markerEnd; i < contentEnd && i - markerEnd <= LONGEST_TITLE; i++) {
      char c = source.charAt(i);
      if (c == '。' || c == '！' || c == '!') {
        titleEnd = i;
        bodyStart = i + 1;
        break;
      }
    }
    if (bodyStart == lineEnd && contentEnd - markerEnd > LONGEST_TITLE) {
      titleEnd = markerEnd + LONGEST_TITLE; // a run-on heading: keep the body readable
      bodyStart = titleEnd;
    }
    while (titleEnd > markerEnd && "：:，,；;".indexOf(source.charAt(titleEnd - 1)) >= 0) {
      titleEnd--;
    }
    return new Region[] {new Region(markerEnd, titleEnd), new Region(bodyStart, bodyStart == lineEnd ? lineEnd : contentEnd)};
  }

  /** The part a top-level heading names, or null when it names a work area. */
  static @Nullable Part partNamed(String title) {
    if (title.contains("第一责任人") || title.contains("主要负责人")) {
      return Part.LEADERSHIP;
    }
    boolean shortcomings =
        title.contains("不足") || title.contains("问题") || title.contains("差距") || title.contains("短板");
    if (shortcomings && (title.contains("主要举措") || title.contains("成效")) && !title.contains("存在")
        && !namesPlans(title)) {
      return Part.MEASURES; // 主要举措、成效和不足: the year's work first, its shortcomings among its sections
    }
    if (shortcomings) {
      return Part.SHORTCOMINGS;
    }
    if (namesPlans(title)) {
      return Part.PLANS;
    }
    if (title.startsWith("其他") || title.startsWith("其它")) {
      return Part.OTHER;
    }
    for (String word : MEASURES_WORDS) {
      if (title.contains(word)) {
        return Part.MEASURES;
      }
    }
    return null;
  }

  private static boolean namesPlans(String title) {
    return title.contains("下一步") || title.contains("工作安排") || title.contains("工作设想") || title.contains("工作计划")
        || title.contains("工作思路") || title.contains("打算") || title.contains("主要安排")
        || title.contains("工作重点") || title.contains("下一年");
  }

  /** A paragraph that opens the shortcomings without a heading: "…但还存在一些不足…". */
  private static boolean opensShortcomings(String source, int start, int end) {
    int firstSentenceEnd = end;
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      if (c == '。' || c == '：' || c == ':') {
        firstSentenceEnd = i;
        break;
      }
    }
    String lead = source.substring(start, firstSentenceEnd);
    return (lead.contains("存在") || lead.contains("仍有") || lead.contains("还有"))
        && (lead.contains("不足") || lead.contains("差距") || lead.contains("问题") || lead.contains("短板")
            || lead.contains("薄弱") || lead.contains("以下方面"));
  }
}
