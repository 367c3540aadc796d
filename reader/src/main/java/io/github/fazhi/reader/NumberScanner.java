package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.fazhi.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the numbers of a text (数字识别) and reads each with its qualifier, scale and unit: Arabic and
 * Chinese numerals, 万/亿, %, ％, ﹪, 百分之…, 个百分点, 倍, 三分之一, ranges, and the qualifiers 以上, 余, 多,
 * 近, 约, 逾, 超过, 不少于, 左右 … kept as qualifiers (see docs/domain.md, 'Numbers as written').
 *
 * <p>Years, dates, document numbers ({@code 〔2019〕28号}), ordinals ({@code 第二十条}), numbers inside a
 * title in 《》 and outline markers ({@code 一是}, {@code （一）}) are not mentions. A Chinese numeral is a
 * mention only with a unit after it, since most Chinese numerals in prose are words (十九大, 三定, 一窗).
 * An Arabic number without a unit is a mention with an empty unit.
 *
 * <p>One pass over the text; each step looks at most a few characters around the number, so the time is
 * linear in the text's length.
 */
public final class NumberScanner {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Units and measure words, longest first so that 个百分点 wins over 个 ({@link WordLists}). */
  private static final ImmutableList<String> UNITS = WordLists.get("units");
  /** What may stand between a word of change and its number ({@code 增长了}, {@code 增长达}, {@code 降幅为}). */
  private static final String[] CHANGE_LINKS = {"", "了", "达", "为"};

  /** Qualifiers written before the number, longest first. */
  private static final ImmutableList<String> PREFIX_QUALIFIERS = WordLists.get("prefix_qualifiers");

  /** Words before a number that make it more than the number, which core's {@link Qualifier} does not list. */
  private static final ImmutableList<String> MORE_THAN_WORDS = WordLists.get("more_than_words");

  /** Words before a number that make it approximate, which core's {@link Qualifier} does not list. */
  private static final ImmutableList<String> APPROXIMATELY_WORDS = WordLists.get("approximately_words");

  /** Every word that qualifies a number written right before it: core's words first, then the reader's. */
  private static final ImmutableList<String> BEFORE_QUALIFIERS = ImmutableList.<String>builder()
      .addAll(PREFIX_QUALIFIERS).addAll(MORE_THAN_WORDS).addAll(APPROXIMATELY_WORDS).build();

  /** Qualifiers written after the unit. */
  private static final ImmutableList<String> SUFFIX_QUALIFIERS = WordLists.get("suffix_qualifiers");

  /** Fixed phrases whose numeral is a word, not a count (三项制度 is the name of a reform). */
  private static final ImmutableList<String> FIXED_PHRASES = WordLists.get("fixed_phrases");

  private static final String RANGE_SEPARATORS = "-－—–~～至到";

  /** Words that rank (排名第一, 位列全市第二, 名列第3位, 蝉联全省第一, 并列全国第三). */
  private static final ImmutableList<String> RANK_WORDS = WordLists.get("rank_words");

  /** Places a rank may be in, written right before its 第 ({@code 全区第一个}, {@code 全国第三}). */
  private static final ImmutableList<String> RANK_PLACES = WordLists.get("rank_places");

  /** Words that make a count of years a streak or a span of time ({@code 连续四年}, {@code 历时3年}). */
  private static final ImmutableList<String> YEAR_SPAN_WORDS = WordLists.get("year_span_words");

  /** The word that makes an ordinal a streak ({@code 连续第8年}). */
  private static final String STREAK_WORD = "连续";

  /** What a streak counts ({@code 连续第8年}, {@code 连续第三次}, {@code 连续第5届}, {@code 连续第二轮}). */
  private static final ImmutableSet<String> STREAK_UNITS = ImmutableSet.of("年", "次", "届", "轮");

  /** How far before a number the opening quotation mark of a name holding it may stand (“民营经济32条”). */
  private static final int QUOTED_NAME_REACH = 12;

  /** How far after a number the closing quotation mark of a name holding it may stand (“十条措施”). */
  private static final int QUOTED_NAME_TAIL = 4;

  /** How far before its 第 a ranking word may stand ({@code 位居全省县（市、区）第一}). */
  private static final int RANK_REACH = 12;

  /** Characters that stop the search for a ranking word: the end of a clause or sentence. */
  private static final String RANK_STOPS = "，,。；;：:！？!?\n";

  /** Words of increase written right before a number (同比增长17.1%), longest first. */
  static final ImmutableList<String> UP_WORDS = WordLists.get("up_words");

  /** Words of decrease written right before a number (同比下降3个百分点), longest first. */
  static final ImmutableList<String> DOWN_WORDS = WordLists.get("down_words");

  private NumberScanner() {}

  /**
   * Finds the numbers of a text.
   *
   * @param text  the text, not null
   * @return the mentions in order, their spans in {@code text}; never null
   */
  public static ImmutableList<Mention> scan(String text) {
    requireNonNull(text, "text");
    List<Mention> mentions = new ArrayList<>();
    scan(text, 0, text.length(), mentions, new ArrayList<>());
    return ImmutableList.copyOf(mentions);
  }

  /**
   * Finds the numbers of {@code text[start, end)}; numerals too long to be counts (more than
   * {@link Numerals#MAX_LENGTH} characters, Arabic or Chinese) go to {@code unreadable}.
   */
  static void scan(String text, int start, int end, List<Mention> mentions, List<Unplaced> unreadable) {
    int titleDepth = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '《') {
        titleDepth++;
        i++;
        continue;
      }
      if (c == '》' || c == '\n') {
        titleDepth = c == '\n' ? 0 : Math.max(0, titleDepth - 1);
        i++;
        continue;
      }
      if (c == '百' && text.startsWith("百分之", i) && i + 3 < end
          && (startsNumeral(text.charAt(i + 3)) || text.charAt(i + 3) == '百')) {
        int next = percentInWords(text, i, end, titleDepth, mentions);
        i = Math.max(next, i + 1);
        continue;
      }
      if ((c == '千' || c == '百' || c == '万' || c == '萬') && titleDepth == 0
          && !(i > start && continuesNumeral(text.charAt(i - 1)))) {
        i = Math.max(roundNumber(text, i, end, start, mentions), i + 1);
        continue;
      }
      if (!startsNumeral(c) || (i > start && continuesNumeral(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int next = number(text, i, end, start, titleDepth, mentions, unreadable);
      i = Math.max(next, i + 1);
    }
  }

  /** Whether a numeral may start with {@code c}: a digit, or 十 (十一). */
  private static boolean startsNumeral(char c) {
    return Numerals.digit(c) >= 0 || c == '十' || c == '拾';
  }

  private static boolean continuesNumeral(char c) {
    return Numerals.isNumeralChar(c) || c == '.' || c == '．';
  }

  /** The end of the numeral that starts at {@code i}, bounded by {@code end}. */
  private static int numeralEnd(String text, int i, int end) {
    boolean arabic = Numerals.isArabic(text.charAt(i));
    int j = i;
    while (j < end) {
      char c = text.charAt(j);
      if (Numerals.isArabic(c) || (arabic ? Numerals.smallUnit(c) > 0 || Numerals.isLargeUnit(c)
          : Numerals.isNumeralChar(c))) {
        j++;
      } else if ((c == '.' || c == '．' || c == ',') && arabic && j + 1 < end
          && Numerals.isArabic(text.charAt(j + 1)) && j > i && Numerals.isArabic(text.charAt(j - 1))) {
        j++;
      } else if ((c == '点' || c == '點') && !arabic && j + 1 < end && Numerals.digit(text.charAt(j + 1)) >= 0
          && j > i && Numerals.isNumeralChar(text.charAt(j - 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** Reads the number at {@code i}; returns where scanning goes on. */
  private static int number(String text, int i, int end, int start, int titleDepth, List<Mention> mentions,
      List<Unplaced> unreadable) {
    boolean arabic = Numerals.isArabic(text.charAt(i));
    int runEnd = numeralEnd(text, i, end);
    // a thousands comma is ours only when three digits follow; "11,9" is two numbers
    if (runEnd - i > Numerals.MAX_LENGTH) {
      // listed whatever its script: every number the reader sees is placed or listed with a reason
      unreadable.add(Unplaced.of(Span.of(text, i, runEnd), arabic ? "too many digits to be a count"
          : "a Chinese numeral of " + (runEnd - i) + " characters: too long to be a count"));
      return runEnd;
    }
    if (titleDepth > 0 || precededByAny(text, i, start, "〔[【")) {
      return runEnd;
    }
    if (precededBy(text, i, start, "第")) {
      int streakEnd = streak(text, i, runEnd, end, start, mentions);
      return streakEnd >= 0 ? streakEnd : Math.max(runEnd, rank(text, i, runEnd, end, start, mentions));
    }
    int after = skipSpaces(text, runEnd, end);
    int spanWord = yearSpanWordStart(text, i, start);
    if (spanWord >= 0 && charAt(text, after, end) == '年' && runEnd - i <= 3) {
      Optional<BigDecimal> years = Numerals.read(text, i, runEnd);
      if (years.isPresent() && years.get().signum() > 0 && years.get().compareTo(BigDecimal.valueOf(100)) < 0
          && years.get().stripTrailingZeros().scale() <= 0) {
        int spanEnd = withDu(text, after + 1, end, "年");
        mentions.add(new Mention(Span.of(text, spanWord, spanEnd), i, years.get(), null, "", "年", Qualifier.EXACT,
            Mention.Form.NUMBER));
        return spanEnd;
      }
    }
    if (isDateOrCode(text, i, runEnd, after, end, start)) {
      return skipDateOrCode(text, after, end);
    }
    if (!arabic && (at(text, after, end, '是') || at(text, after, end, '、') || at(text, after, end, '）')
        || at(text, after, end, ')'))) {
      return runEnd;
    }
    if (arabic && (at(text, after, end, '）') || at(text, after, end, ')')) && precededByAny(text, i, start, "（(")) {
      return runEnd;
    }
    if (!arabic) {
      for (int p = 0; p < FIXED_PHRASES.size(); p++) { // indexed: no iterator per number
        String phrase = FIXED_PHRASES.get(p);
        if (text.startsWith(phrase, i)) {
          return runEnd;
        }
      }
      if (fractionAt(text, runEnd, end)) {
        return fraction(text, i, runEnd, end, mentions);
      }
    }
    // the scale: a trailing 万, 亿 or 万亿 written after a plain number belongs to the unit
    int valueEnd = runEnd;
    String scale = "";
    if (runEnd - i >= 2 && Numerals.isLargeUnit(text.charAt(runEnd - 1))) {
      int scaleStart = runEnd - 1;
      if (runEnd - i >= 3 && Numerals.isTenThousand(text.charAt(runEnd - 2)) && !Numerals.isTenThousand(text.charAt(runEnd - 1))) {
        scaleStart = runEnd - 2;
      }
      if (!containsLargeUnit(text, i, scaleStart)) {
        valueEnd = scaleStart;
        scale = simplified(text.substring(scaleStart, runEnd));
      }
    }
    Optional<BigDecimal> read = Numerals.read(text, i, valueEnd);
    if (read.isEmpty()) {
      if (arabic) {
        unreadable.add(Unplaced.of(Span.of(text, i, runEnd), "not one number"));
      }
      return runEnd;
    }
    BigDecimal value = read.get();
    if (!arabic && value.compareTo(BigDecimal.ONE) == 0 && valueEnd - i == 1 && scale.isEmpty()) {
      return runEnd; // 一 alone is a word far more often than a count (一村一顾问, 一窗受理)
    }
    int spanStart = i;
    Qualifier qualifier = Qualifier.EXACT;
    int qualifierWord = qualifierWordStart(text, i, start);
    if (qualifierWord >= 0) {
      spanStart = qualifierWord;
      qualifier = qualifierOf(text.substring(qualifierWord, i));
    }
    Mention.Direction direction = Mention.Direction.NONE;
    int changeStart = changeWordStart(text, spanStart, start, UP_WORDS);
    if (changeStart >= 0) {
      direction = Mention.Direction.UP;
    } else {
      changeStart = changeWordStart(text, spanStart, start, DOWN_WORDS);
      direction = changeStart >= 0 ? Mention.Direction.DOWN : Mention.Direction.NONE;
    }
    if (changeStart >= 0 && qualifier == Qualifier.EXACT) { // 约缩短2.5个工作日: the qualifier before the change word
      int word = qualifierWordStart(text, changeStart, start);
      if (word >= 0) {
        qualifier = qualifierOf(text.substring(word, changeStart));
        changeStart = word;
      }
    }
    int j = after;
    // 500余万次: more than, then the scale, then the unit; 85.4 万人: the scale apart from the number. Only with a
    // unit after the scale: a bare scale (粉丝160多万) is no unit (core's Unit refuses it)
    if (arabic && scale.isEmpty() && qualifier == Qualifier.EXACT && (at(text, j, end, '余') || at(text, j, end, '多'))
        && j + 1 < end && Numerals.isLargeUnit(text.charAt(j + 1)) && unitAt(text, j + 2, end) != null) {
      qualifier = Qualifier.MORE_THAN;
      scale = simplified(text.substring(j + 1, j + 2));
      j += 2;
    } else if (arabic && scale.isEmpty() && j > runEnd && j < end && Numerals.isLargeUnit(text.charAt(j))
        && unitAt(text, skipSpaces(text, j + 1, end), end) != null) {
      scale = simplified(text.substring(j, j + 1));
      j = skipSpaces(text, j + 1, end);
    }
    // 9.5万余场, 100多件
    if (qualifier == Qualifier.EXACT && (at(text, j, end, '余') || at(text, j, end, '多')) && unitAt(text, j + 1, end) != null) {
      qualifier = Qualifier.MORE_THAN;
      j++;
    }
    BigDecimal upper = null;
    String unit = unitAt(text, j, end);
    if ("分".equals(unit) && (!arabic || precededByAny(text, i, start, "时時点點:："))) {
      unit = null; // 十分 is "very"; 9时30分 is a clock time
    }
    if ("级".equals(unit) && !arabic) {
      unit = null; // 三级联动, 一级调研员: a practice's or a rank's name; 县4级 counts levels
    }
    if ("字".equals(unit) && (!arabic || scale.isEmpty() && value.compareTo(HUNDRED) < 0)) {
      unit = null; // 十六字方针 and 12字工作法 name a motto; 63万字 and 5000字 count characters
    }
    int rangeStart = unit == null ? j : skipSpaces(text, j + unit.length(), end);
    if (rangeStart < end && RANGE_SEPARATORS.indexOf(text.charAt(rangeStart)) >= 0 && qualifier == Qualifier.EXACT) {
      int second = skipSpaces(text, rangeStart + 1, end);
      if (second < end && startsNumeral(text.charAt(second))
          && Numerals.isArabic(text.charAt(second)) == arabic) {
        int secondEnd = numeralEnd(text, second, end);
        int secondValueEnd = secondEnd;
        if (!scale.isEmpty() && secondEnd - second > scale.length()
            && simplified(text.substring(secondEnd - scale.length(), secondEnd)).equals(scale)) {
          secondValueEnd = secondEnd - scale.length();
        }
        Optional<BigDecimal> upperValue = secondEnd - second <= Numerals.MAX_LENGTH
            ? Numerals.read(text, second, secondValueEnd) : Optional.empty();
        int afterSecond = skipSpaces(text, secondEnd, end);
        String secondUnit = unitAt(text, afterSecond, end);
        if (upperValue.isPresent() && (unit == null || unit.equals(secondUnit))
            && !(secondUnit == null && unit == null && (at(text, afterSecond, end, '年')))) {
          upper = upperValue.get();
          unit = secondUnit;
          j = afterSecond;
        }
      }
    }
    if (unit == null && !arabic) {
      return runEnd;
    }
    int spanEnd = unit == null ? valueEnd + scale.length() : j + unit.length();
    if (unit == null) {
      spanEnd = runEnd;
    }
    if (unit != null && qualifier == Qualifier.EXACT) {
      int k = spanEnd;
      for (int w = 0; w < SUFFIX_QUALIFIERS.size(); w++) { // indexed: no iterator per number
        String word = SUFFIX_QUALIFIERS.get(w);
        if (text.startsWith(word, k) && k + word.length() <= end) {
          qualifier = Qualifier.fromWord(word).orElse(Qualifier.EXACT);
          spanEnd = k + word.length();
          break;
        }
      }
    }
    if (upper != null && "年".equals(unit)) {
      return spanEnd;
    }
    if (unit != null && isQuotedName(text, spanStart, spanEnd, start, end)) {
      return spanEnd; // “民营经济32条”: the name of a policy, not a count
    }
    boolean change = direction != Mention.Direction.NONE && upper == null && unit != null;
    mentions.add(new Mention(Span.of(text, change ? changeStart : spanStart, spanEnd), i, value, upper, scale,
        unit == null ? "" : unit, qualifier, upper == null ? Mention.Form.NUMBER : Mention.Form.RANGE,
        change ? direction : Mention.Direction.NONE));
    return spanEnd;
  }

  /**
   * The end of a count of years with the 度 of 年度 after it ({@code 连续三年度}, {@code 连续第3年度}): a streak of
   * years written as 年度 counts years, and 度 belongs to the span rather than to the label.
   */
  private static int withDu(String text, int unitEnd, int end, String unit) {
    boolean du = "年".equals(unit) && unitEnd < end && text.charAt(unitEnd) == '度';
    // 度汛 (through the flood season) and 度过 (spent) are words of their own: 连续3年度汛安全 keeps its 度
    boolean word = du && unitEnd + 1 < end && "汛过".indexOf(text.charAt(unitEnd + 1)) >= 0;
    return du && !word ? unitEnd + 1 : unitEnd;
  }

  /**
   * Where a word that makes a count of years a streak or a span ({@code 连续四年}, {@code 历时3年}) starts, when
   * one ends right before {@code i}; -1 otherwise. The word belongs to the mention's span, so that its written
   * form reads back as the same count rather than as a year.
   */
  private static int yearSpanWordStart(String text, int i, int start) {
    for (int w = 0; w < YEAR_SPAN_WORDS.size(); w++) { // indexed: no iterator per number
      String word = YEAR_SPAN_WORDS.get(w);
      if (i - word.length() >= start && startsWithSimplified(text, i - word.length(), word)) {
        return i - word.length(); // 連續四年 as 连续四年
      }
    }
    return -1;
  }

  /**
   * Whether the number is part of a short name in quotation marks ({@code “民营经济32条”}, {@code “十条措施”}): an
   * opening mark shortly before it and a closing mark shortly after it, in the same clause, with no other
   * quotation mark between.
   */
  private static boolean isQuotedName(String text, int spanStart, int spanEnd, int start, int end) {
    boolean closed = false;
    for (int k = spanEnd; k < end && k - spanEnd <= QUOTED_NAME_TAIL; k++) {
      char c = text.charAt(k);
      if (c == '”' || c == '」' || c == '』') {
        closed = true;
        break;
      }
      if (c == '“' || c == '「' || c == '『' || RANK_STOPS.indexOf(c) >= 0) {
        return false;
      }
    }
    if (!closed) {
      return false;
    }
    for (int k = spanStart - 1; k >= start && spanStart - k <= QUOTED_NAME_REACH; k--) {
      char c = text.charAt(k);
      if (c == '“' || c == '「' || c == '『') {
        return true;
      }
      if (c == '”' || c == '」' || c == '』' || RANK_STOPS.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where a qualifier written right before {@code i} starts ({@code 约}, {@code 超过}, {@code 超}, {@code 约为}),
   * or -1.
   */
  private static int qualifierWordStart(String text, int i, int start) {
    for (int w = 0; w < BEFORE_QUALIFIERS.size(); w++) { // indexed: no iterator per number
      String word = BEFORE_QUALIFIERS.get(w);
      if (i - word.length() >= start && text.startsWith(word, i - word.length())) {
        return i - word.length();
      }
    }
    return -1;
  }

  /** The qualifier of a word of {@link #BEFORE_QUALIFIERS}. */
  private static Qualifier qualifierOf(String word) {
    if (MORE_THAN_WORDS.contains(word)) {
      return Qualifier.MORE_THAN;
    }
    if (APPROXIMATELY_WORDS.contains(word)) {
      return Qualifier.APPROXIMATELY;
    }
    return Qualifier.fromWord(word).orElse(Qualifier.EXACT);
  }

  /**
   * A round number written as its scale word alone after 近 or 逾 ({@code 近千人}, {@code 逾百家}, {@code 近万人}):
   * one thousand, one hundred or one 万, approximately or more than; returns where scanning goes on.
   */
  private static int roundNumber(String text, int i, int end, int start, List<Mention> mentions) {
    char c = text.charAt(i);
    String unit = unitAt(text, i + 1, end);
    if (i <= start || (text.charAt(i - 1) != '近' && text.charAt(i - 1) != '逾') || unit == null
        || (i - 2 >= start && (continuesNumeral(text.charAt(i - 2)) || text.charAt(i - 2) == '接'))) {
      return i + 1;
    }
    Qualifier qualifier = text.charAt(i - 1) == '近' ? Qualifier.APPROXIMATELY : Qualifier.MORE_THAN;
    BigDecimal value = c == '千' ? BigDecimal.valueOf(1000) : c == '百' ? BigDecimal.valueOf(100) : BigDecimal.ONE;
    String scale = c == '千' || c == '百' ? "" : simplified(String.valueOf(c));
    int spanEnd = i + 1 + unit.length();
    mentions.add(new Mention(Span.of(text, i - 1, spanEnd), i, value, null, scale, unit, qualifier,
        Mention.Form.NUMBER));
    return spanEnd;
  }

  /**
   * Where a word of change ends right before {@code at} ({@code 增长17.1%}, {@code 增长了17.1%},
   * {@code 增长达17.1%}, {@code 降幅为3%}) starts, or -1.
   */
  private static int changeWordStart(String text, int at, int start, List<String> words) {
    for (String between : CHANGE_LINKS) {
      int k = at - between.length();
      if (k < start || !text.startsWith(between, k)) {
        continue;
      }
      for (int w = 0; w < words.size(); w++) { // indexed: no iterator per number
        String word = words.get(w);
        // 提高为95%, 增长为…: with 为 only a 幅 word (增幅为20%) states a change rather than a new level
        if ((!between.equals("为") || word.endsWith("幅")) && k - word.length() >= start
            && text.startsWith(word, k - word.length())) {
          return k - word.length();
        }
      }
    }
    return -1;
  }

  /**
   * Reads a streak written as an ordinal ({@code 连续第8年}, {@code 连续第三次}, {@code 連續第5屆}): the years or
   * times it has lasted, as a count (8 年). Returns where scanning goes on, or -1 when the ordinal after 第 is no
   * streak ({@code 第57次会议} numbers a meeting, {@code 排名第3} ranks).
   */
  private static int streak(String text, int i, int runEnd, int end, int start, List<Mention> mentions) {
    int di = i - 1;
    while (di > start && text.charAt(di) != '第') {
      di--; // spaces between 第 and the number
    }
    int wordStart = di - STREAK_WORD.length();
    if (wordStart < start || !startsWithSimplified(text, wordStart, STREAK_WORD)) {
      return -1;
    }
    int unitStart = skipSpaces(text, runEnd, end);
    String unit = null;
    for (String counted : STREAK_UNITS) {
      if (unitStart < end && startsWithSimplified(text, unitStart, counted)) {
        unit = counted;
      }
    }
    if (unit == null) {
      return -1;
    }
    Optional<BigDecimal> value = Numerals.read(text, i, runEnd);
    if (value.isEmpty() || value.get().signum() <= 0 || value.get().stripTrailingZeros().scale() > 0) {
      return -1;
    }
    int spanEnd = withDu(text, unitStart + unit.length(), end, unit);
    mentions.add(new Mention(Span.of(text, wordStart, spanEnd), i, value.get(), null, "", unit, Qualifier.EXACT,
        Mention.Form.NUMBER));
    return spanEnd;
  }

  /**
   * Reads a rank whose ordinal starts at {@code i} after 第: a ranking word stands shortly before
   * ({@code 排名第一}, {@code 位列全市第二}, {@code 在全省考核中排名第3位}); otherwise (第二十条, 第一批) it is no
   * number. Returns where scanning goes on.
   */
  private static int rank(String text, int i, int runEnd, int end, int start, List<Mention> mentions) {
    int ordinal = i;
    while (ordinal > start && text.charAt(ordinal - 1) != '第') {
      ordinal--;
    }
    int di = ordinal - 1; // the 第
    int wordStart = -1;
    for (int k = di; k > start && di - k < RANK_REACH; k--) {
      char c = text.charAt(k - 1);
      if (RANK_STOPS.indexOf(c) >= 0 || Numerals.isNumeralChar(c) || Numerals.isArabic(c)) {
        break;
      }
      if (k == di && c == '居') { // 居第一; 居 further away is too often another word (居民)
        wordStart = k - 1;
        break;
      }
      for (int w = 0; w < RANK_WORDS.size(); w++) { // indexed: no iterator per number
        String word = RANK_WORDS.get(w);
        if (k - word.length() >= start && text.startsWith(word, k - word.length())) {
          wordStart = k - word.length();
          wordStart -= word.equals("居全") && wordStart > start && text.charAt(wordStart - 1) == '位' ? 1 : 0;
          break;
        }
      }
      if (wordStart >= 0) {
        break;
      }
    }
    boolean placeOnly = false;
    if (wordStart < 0) {
      for (int q = 0; q < RANK_PLACES.size(); q++) { // indexed: no iterator per number
        String place = RANK_PLACES.get(q);
        if (di - place.length() >= start && text.startsWith(place, di - place.length())) {
          wordStart = di - place.length();
          placeOnly = true;
          break;
        }
      }
    }
    if (wordStart < 0 || runEnd - i > Numerals.MAX_LENGTH) {
      return runEnd;
    }
    Optional<BigDecimal> value = Numerals.read(text, i, runEnd);
    if (value.isEmpty() || value.get().compareTo(BigDecimal.ONE) < 0 || value.get().stripTrailingZeros().scale() > 0) {
      return runEnd;
    }
    String unit = "";
    if (at(text, runEnd, end, '位') || at(text, runEnd, end, '名')) {
      unit = text.substring(runEnd, runEnd + 1);
    } else if (placeOnly && !at(text, runEnd, end, '个') && runEnd < end
        && RANK_STOPS.indexOf(text.charAt(runEnd)) < 0 && text.charAt(runEnd) != '）') {
      return runEnd; // 全市第一季度, 全区第一批: with only a place before it, 第 ranks only before 个 or a break
    } else if (!placeOnly && unitAt(text, runEnd, end) != null) {
      return runEnd; // 第一批, 第3次: an ordinal of something else
    }
    int spanEnd = runEnd + unit.length();
    mentions.add(new Mention(Span.of(text, wordStart, spanEnd), i, value.get(), null, "", unit, Qualifier.EXACT,
        Mention.Form.RANK));
    return spanEnd;
  }

  /** 百分之五, 百分之九十五点五, 百分之百: a percentage in words, read as a value in %. */
  private static int percentInWords(String text, int i, int end, int titleDepth, List<Mention> mentions) {
    int numeral = i + 3;
    int runEnd = numeralEnd(text, numeral, end);
    if (text.startsWith("百", numeral) && !Numerals.isNumeralChar(charAt(text, numeral + 1, end))) {
      runEnd = numeral + 1;
    }
    if (runEnd - numeral > Numerals.MAX_LENGTH || titleDepth > 0) {
      return runEnd;
    }
    Optional<BigDecimal> value = runEnd == numeral + 1 && text.charAt(numeral) == '百'
        ? Optional.of(BigDecimal.valueOf(100)) : Numerals.read(text, numeral, runEnd);
    if (value.isEmpty()) {
      return runEnd;
    }
    Qualifier qualifier = Qualifier.EXACT;
    int spanStart = i;
    int qualifierWord = qualifierWordStart(text, i, 0);
    if (qualifierWord >= 0) {
      spanStart = qualifierWord;
      qualifier = qualifierOf(text.substring(qualifierWord, i));
    }
    int spanEnd = runEnd;
    if (qualifier == Qualifier.EXACT) {
      for (int w = 0; w < SUFFIX_QUALIFIERS.size(); w++) { // indexed: no iterator per number
        String word = SUFFIX_QUALIFIERS.get(w);
        if (runEnd + word.length() <= end && text.startsWith(word, runEnd)) {
          qualifier = Qualifier.fromWord(word).orElse(Qualifier.EXACT);
          spanEnd = runEnd + word.length();
          break;
        }
      }
    }
    mentions.add(new Mention(Span.of(text, spanStart, spanEnd), i, value.get(), null, "", "%", qualifier,
        Mention.Form.NUMBER));
    return spanEnd;
  }

  private static boolean fractionAt(String text, int runEnd, int end) {
    return runEnd + 2 < end && text.startsWith("分之", runEnd) && startsNumeral(text.charAt(runEnd + 2));
  }

  /** 三分之一, 三分之二以上: the numerator is written last. */
  private static int fraction(String text, int i, int runEnd, int end, List<Mention> mentions) {
    int numeratorStart = runEnd + 2;
    int numeratorEnd = numeralEnd(text, numeratorStart, end);
    Optional<BigDecimal> denominator = Numerals.read(text, i, runEnd);
    Optional<BigDecimal> numerator = numeratorEnd - numeratorStart <= Numerals.MAX_LENGTH
        ? Numerals.read(text, numeratorStart, numeratorEnd) : Optional.empty();
    if (denominator.isEmpty() || numerator.isEmpty() || denominator.get().signum() == 0) {
      return numeratorEnd;
    }
    Qualifier qualifier = Qualifier.EXACT;
    int spanEnd = numeratorEnd;
    for (int w = 0; w < SUFFIX_QUALIFIERS.size(); w++) { // indexed: no iterator per number
      String word = SUFFIX_QUALIFIERS.get(w);
      if (numeratorEnd + word.length() <= end && text.startsWith(word, numeratorEnd)) {
        qualifier = Qualifier.fromWord(word).orElse(Qualifier.EXACT);
        spanEnd = numeratorEnd + word.length();
        break;
      }
    }
    mentions.add(new Mention(Span.of(text, i, spanEnd), i, numerator.get(), denominator.get(), "", "",
        qualifier, Mention.Form.FRACTION));
    return spanEnd;
  }

  /**
   * Years (2019年, also 2024 年度), dates (5月, 6日 after 月, also 1 月 20 日 with a PDF's spaces), document numbers
   * (28号), clock times (9:30).
   */
  private static boolean isDateOrCode(String text, int i, int runEnd, int after, int end, int start) {
    char next = charAt(text, after, end);
    if (next == '年' || next == '号' || next == '時' || next == '时' || next == '届') {
      return true;
    }
    if (next == '月') {
      return true;
    }
    if (next == '日' && precededBy(text, i, start, "月")) { // 20日 after 月, also 1 月 20 日
      return true;
    }
    if ((next == ':' || next == '：') && Numerals.isArabic(charAt(text, after + 1, end))) {
      return true;
    }
    // telephone numbers: 0751-6666666, 12345678901
    if (Numerals.isArabic(text.charAt(i)) && text.charAt(i) == '0' && runEnd - i >= 3
        && !isDecimalPoint(charAt(text, i + 1, end))) { // 0.7% is a number, 0751 a dialling code
      return true;
    }
    return (next == '-' || next == '－') && runEnd - i >= 3 && Numerals.isArabic(charAt(text, after + 1, end))
        && (after + 5 < end && Numerals.isArabic(text.charAt(after + 4)));
  }

  private static boolean isDecimalPoint(char c) {
    return c == '.' || c == '．';
  }

  private static int skipDateOrCode(String text, int after, int end) {
    int j = after;
    while (j < end && (Numerals.isArabic(text.charAt(j)) || "-－:：".indexOf(text.charAt(j)) >= 0)) {
      j++;
    }
    return Math.max(j, after);
  }

  /**
   * The unit written at {@code j} in simplified characters, or null: units are matched on simplified
   * characters ({@link Simplified}), so that 個百分點, 場次 and 條 are read as 个百分点, 场次 and 条; the span
   * still covers the characters as written (the same number of them).
   */
  static @Nullable String unitAt(String text, int j, int end) {
    if (j >= end) {
      return null;
    }
    for (int u = 0; u < UNITS.size(); u++) { // indexed: no iterator per number
      String unit = UNITS.get(u);
      if (j + unit.length() <= end && startsWithSimplified(text, j, unit)) {
        if (unit.equals("个") && j + 1 < end && Simplified.of(text.charAt(j + 1)) == '人') {
          return null; // 个人 is "individual", not a count of people
        }
        if (unit.equals("周") && j + 1 < end && text.charAt(j + 1) == '年') {
          return null; // 十五周年 is an anniversary, not fifteen weeks
        }
        return unit;
      }
    }
    return null;
  }

  /** Whether {@code text} at {@code j}, its characters simplified, starts with {@code word}. */
  private static boolean startsWithSimplified(String text, int j, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Simplified.of(text.charAt(j + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsLargeUnit(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Numerals.isLargeUnit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static String simplified(String scale) {
    return scale.replace('萬', '万').replace('億', '亿');
  }

  private static boolean precededBy(String text, int i, int start, String word) {
    int k = i;
    while (k > start && isSpace(text.charAt(k - 1)) && i - k < 2) {
      k--;
    }
    return k - word.length() >= start && text.startsWith(word, k - word.length());
  }

  private static boolean precededByAny(String text, int i, int start, String chars) {
    return i > start && chars.indexOf(text.charAt(i - 1)) >= 0;
  }

  private static int skipSpaces(String text, int j, int end) {
    int k = j;
    while (k < end && isSpace(text.charAt(k)) && k - j < 3) {
      k++;
    }
    return k < end && isSpace(text.charAt(k)) ? j : k;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
  }

  /** Whether the character at {@code j}, simplified ({@link Simplified}: 餘 as 余, 個 as 个), is {@code c}. */
  private static boolean at(String text, int j, int end, char c) {
    return j < end && Simplified.of(text.charAt(j)) == c;
  }

  private static char charAt(String text, int j, int end) {
    return j < end && j >= 0 ? text.charAt(j) : '\0';
  }
}
