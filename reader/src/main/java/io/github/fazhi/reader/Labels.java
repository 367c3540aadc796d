package io.github.fazhi.reader;

import java.util.List;

/**
 * Finds the label of a number (指标名称): the words of its own clause before it (at most 40 characters back, from
 * the last clause break: ，。；：、 brackets, quotes or 《》), trimmed of the verbs and adverbs that lead up to a
 * number (共, 累计, 达, 为 …), and, when the number is followed by a noun ({@code 撤销22个事业单位}), that noun
 * phrase up to the end of the clause. A number right after a title in 《》 is labelled by the title as printed and
 * the words of the clause before it ({@code 编发《青石公报》24期} gives {@code 编发《青石公报》}); the catalogue code
 * is then never taken from the title's words (see {@link IndicatorMaker}). A number right after a quotation is
 * labelled the same way ({@code “同意公开”3件} gives {@code 同意公开}), and a number right before one by the
 * quotation and the words after it ({@code 20个“高效办成一件事”主题事项落地}).
 */
final class Labels {
  /** The characters that end a clause. */
  static final String CLAUSE_BREAKS = "，,。；;：:、！？!?（()）\n“”\"【】《》";
  private static final int REACH_BEFORE = 40;
  private static final int REACH_AFTER = 24;

  private static final List<String> TRAILING = List.of(
      "共计", "累计", "合计", "总计", "总数", "达到", "分别为", "分别是", "共有", "约为", "共", "达", "为", "有", "计",
      "是", "了", "的", "约", "近", "逾", "超过", "其中", "占");
  private static final List<String> LEADING = List.of("其中", "全年", "截至目前", "目前", "同时", "此外", "另外",
      "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是");

  private Labels() {}

  /**
   * Where the clause holding the number at {@code offset} starts, not before {@code floor}. A quotation that opens
   * the clause is the clause's ({@code ；“铜梁城管执法”官方微信公众号发文44条}: the account's name).
   */
  static int clauseStart(String source, int offset, int floor) {
    int i = offset;
    while (i > floor && offset - i < REACH_BEFORE && CLAUSE_BREAKS.indexOf(source.charAt(i - 1)) < 0) {
      i--;
    }
    int open = openingBefore(source, i, floor, '“', '”');
    if (open >= 0 && i < offset && (open == floor || CLAUSE_BREAKS.indexOf(source.charAt(open - 1)) >= 0)) {
      return open;
    }
    return i;
  }

  /** The label of a mention, or the empty string when the clause says nothing around the number. */
  static String label(String source, Mention mention, int floor, int ceiling) {
    int start = clauseStart(source, mention.span().start(), floor);
    if (start == mention.span().start()) {
      // a count of what a title in 《》 or a quotation names, right after it (编发《青石公报》24期, “同意公开”3件):
      // the title or quotation and its clause
      int open = Math.max(openingBefore(source, start, floor, '《', '》'), openingBefore(source, start, floor, '“', '”'));
      if (open >= 0) {
        start = clauseStart(source, open, floor);
      }
    }
    String before = trim(source.substring(start, mention.span().start()));
    int end = mention.span().end();
    int afterEnd = end;
    int closing = quotationAfter(source, end, ceiling);
    if (closing >= 0) {
      afterEnd = closing + 1; // a count followed by what it counts in quotation marks (20个“高效办成一件事”主题事项)
    }
    while (afterEnd < ceiling && afterEnd - end < REACH_AFTER && CLAUSE_BREAKS.indexOf(source.charAt(afterEnd)) < 0
        && !Numerals.isArabic(source.charAt(afterEnd))) {
      afterEnd++;
    }
    if (closing < 0 && afterEnd > end && afterEnd < ceiling && source.charAt(afterEnd) == '“') {
      // what the counted things do, then its object in quotation marks (93项事项实现“跨省通办”)
      int close = closingOf(source, afterEnd, ceiling, end + REACH_AFTER + 12 - afterEnd, '“', '”');
      if (close >= 0) {
        afterEnd = close + 1;
      }
    }
    String after = Region.strip(source.substring(end, afterEnd));
    if (after.startsWith("的")) {
      after = after.substring(1);
    }
    String label = before.isEmpty() ? after : before + (after.isEmpty() ? "" : after);
    return unquoted(Region.strip(label));
  }

  /**
   * Where the title or quotation that closes right before {@code at} opens ({@code 《青石公报》} before {@code 24期},
   * {@code “同意公开”} before {@code 3件}), or -1: a closing mark right before, its opening mark within reach, and no
   * closing mark between.
   */
  private static int openingBefore(String source, int at, int floor, char openMark, char closeMark) {
    if (at <= floor || source.charAt(at - 1) != closeMark) {
      return -1;
    }
    // looks back at most REACH_BEFORE characters, so that reading stays linear in the text
    for (int i = at - 2; i >= floor && at - i <= REACH_BEFORE; i--) {
      char c = source.charAt(i);
      if (c == openMark) {
        return i;
      }
      if (c == closeMark) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the mark closing the one that opens at {@code at} is: within {@code reach} characters and before
   * {@code ceiling}, with no other opening mark between; -1 otherwise. Looks no further than the reach, so that
   * reading stays linear in the text.
   */
  private static int closingOf(String source, int at, int ceiling, int reach, char openMark, char closeMark) {
    int limit = Math.min(ceiling, at + reach + 1);
    for (int i = at + 1; i < limit; i++) {
      char c = source.charAt(i);
      if (c == closeMark) {
        return i;
      }
      if (c == openMark) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the quotation that opens right at {@code at} closes, when what the number counts goes on after it
   * ({@code 20个“高效办成一件事”主题事项}); -1 when there is none within reach, or the clause ends with it
   * ({@code 办理建议36件“件件有回音”，}: a slogan about the count, not what it counts).
   */
  private static int quotationAfter(String source, int at, int ceiling) {
    if (at >= ceiling || source.charAt(at) != '“') {
      return -1;
    }
    int close = closingOf(source, at, ceiling, REACH_AFTER, '“', '”');
    boolean goesOn = close >= 0 && close + 1 < ceiling && CLAUSE_BREAKS.indexOf(source.charAt(close + 1)) < 0
        && !Numerals.isArabic(source.charAt(close + 1));
    return goesOn ? close : -1;
  }

  /** A label that is one quotation and nothing else, without its marks: {@code “同意公开”} gives {@code 同意公开}. */
  private static String unquoted(String label) {
    return label.length() > 2 && label.charAt(0) == '“' && label.indexOf('”') == label.length() - 1
        ? label.substring(1, label.length() - 1) : label;
  }

  /**
   * The label of a change whose own clause says nothing but the change ({@code 办理来信11.34万件，同比增长17.1%}):
   * the clause before, up to its first number, then the word of change ({@code 办理来信同比增长}); the empty
   * string when that clause says nothing either.
   */
  static String changeLabel(String source, Mention mention, int floor) {
    String subject = previousSubject(source, mention, floor);
    String word = source.substring(mention.span().start(), mention.numberStart());
    return subject.isEmpty() ? "" : subject + Region.strip(word);
  }

  /**
   * The label of a share whose own clause says only what it is a share of, or not even that ({@code 占},
   * {@code 占比}, {@code 占全部申请的}): the clause before, up to its first number, then the share's own words —
   * {@code 予以公开59件、占45.3%} gives {@code 予以公开占比}, so two shares of one report are never labelled alike
   * only because each is {@code 占}; the empty string when the clause before says nothing.
   *
   * @param own  the share's label from its own clause, starting with 占
   */
  static String shareLabel(String source, Mention mention, int floor, String own) {
    String subject = previousSubject(source, mention, floor);
    return subject.isEmpty() ? "" : subject + (own.equals(SHARE_WORD) ? "占比" : own);
  }

  /** The word that opens a share's clause: {@code 占45.3%}, {@code 占全部申请的24.6%}. */
  static final String SHARE_WORD = "占";

  /** What the clause before a mention's own clause is about: its words up to its first number (a leading year aside). */
  private static String previousSubject(String source, Mention mention, int floor) {
    return subjectBefore(source, mention.span().start(), floor);
  }

  /**
   * What the clause before the one holding {@code offset} is about: its words up to its first number (a leading
   * year aside), trimmed as a label is; the empty string when there is none. When the clause's count stands right
   * after a quotation or a title ({@code 其中“予以公开”11件}, {@code 编发《2023年法治简报》24期}), the subject is the
   * quotation or title and the words before it in its clause, numbers inside the marks included.
   */
  static String subjectBefore(String source, int offset, int floor) {
    int clauseStart = clauseStart(source, offset, floor);
    if (clauseStart <= floor) {
      return "";
    }
    int previousStart = clauseStart(source, clauseStart - 1, floor);
    // a leading year is no number of the subject (2024年新受理行政复议案件151件，同比增长128.78%)
    int year = previousStart;
    while (year < clauseStart - 1 && Numerals.isArabic(source.charAt(year))) {
      year++;
    }
    if (year - previousStart == 4 && source.charAt(year) == '年') {
      previousStart = source.startsWith("年度", year) ? year + 2 : year + 1;
    }
    int k = firstNumber(source, previousStart, clauseStart - 1);
    if (k == previousStart) {
      int open = Math.max(openingBefore(source, previousStart, floor, '《', '》'),
          openingBefore(source, previousStart, floor, '“', '”'));
      if (open >= 0) {
        previousStart = clauseStart(source, open, floor);
      }
    }
    return unquoted(trim(source.substring(previousStart, k)));
  }

  /**
   * Where the first number of {@code source[from, end)} is, or {@code end}: an Arabic digit, or Chinese numerals
   * with a unit after them (三个, 十二件); the numerals of a word (一审, 一网通办, 三公经费) are no number.
   */
  private static int firstNumber(String source, int from, int end) {
    int k = from;
    while (k < end) {
      char c = source.charAt(k);
      if (Numerals.isArabic(c)) {
        return k;
      }
      if (!Numerals.isNumeralChar(c)) {
        k++;
        continue;
      }
      int run = k;
      while (run < end && Numerals.isNumeralChar(source.charAt(run))) {
        run++;
      }
      if (NumberScanner.unitAt(source, run, end) != null) {
        return k;
      }
      k = run;
    }
    return end;
  }

  private static String trim(String clause) {
    String text = Region.strip(clause);
    boolean changed = true;
    while (changed && !text.isEmpty()) {
      changed = false;
      for (String word : TRAILING) {
        if (text.endsWith(word) && text.length() > word.length()) {
          text = Region.strip(text.substring(0, text.length() - word.length()));
          changed = true;
        }
      }
      for (String word : LEADING) {
        if (text.startsWith(word) && text.length() > word.length()) {
          text = Region.strip(text.substring(word.length()));
          changed = true;
        }
      }
    }
    return text;
  }
}
