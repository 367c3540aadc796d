package io.github.fazhi.reader;

import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.ReportKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads what stands around a report's outline (标题与落款): the title line (and from it the jurisdiction,
 * the year and the kind of report) and the closing signature (the issuer, and the date written as
 * {@code 2019年12月6日} or {@code 二〇一九年十二月六日}). Lines before the title (a page's navigation) and after
 * the date (a page's footer) are not the report's. The title may be a crawler's {@code 标题:} header line or
 * printed over two or three lines ({@link TitleLines}); a crawler's 发布时间 is the publication date where no
 * closing date is printed, and its 发布机构 or the compiling office's sentence (本报告由…编制) stands in for a
 * missing signature.
 */
final class FrontMatter {
  private static final int TITLE_SEARCH_LINES = 25;
  private static final int SIGNATURE_SEARCH_LINES = 12;
  private static final int LONGEST_ISSUER = 40;
  private static final int LONGEST_SIGNATURE_LINE = 60;

  final @Nullable Region title;
  /**
   * The title as one line: its lines joined (a body's name, then {@code 2023 年政府信息公开工作年度报告}), a
   * Markdown {@code #} and the spaces between a year's digits and 年 dropped; null when no title was found.
   */
  final @Nullable String titleText;
  final @Nullable Region issuer;
  /** Who compiled the report (本报告由…编制), or the page's 发布机构: a fallback for the issuer and the place. */
  final @Nullable String compiler;
  final @Nullable Region date;
  final @Nullable LocalDate published;
  /** Where the report's body starts and ends. */
  final Region body;

  private FrontMatter(@Nullable Region title, @Nullable String titleText, @Nullable Region issuer,
      @Nullable String compiler, @Nullable Region date, @Nullable LocalDate published, Region body) {
    this.title = title;
    this.titleText = titleText;
    this.issuer = issuer;
    this.compiler = compiler;
    this.date = date;
    this.published = published;
    this.body = body;
  }

  static FrontMatter read(String source) {
    List<Region> lines = lines(source);
    CrawlHeader header = CrawlHeader.read(source, lines);
    Region title = header.title();
    String titleText = title == null ? null : TitleLines.normalized(title.text(source));
    int titleIndex = header.lastLine();
    if (title == null) {
      // a page's source line (来源：… 发布时间：…) may be printed below the title: look above it too
      TitleLines.Found found = TitleLines.find(source, lines, 0, Math.max(0, titleIndex + 1) + TITLE_SEARCH_LINES);
      if (found != null) {
        title = found.region();
        titleText = found.text();
        titleIndex = found.lastLine();
      }
    }
    Region issuer = null;
    Region date = null;
    LocalDate published = null;
    int bodyEnd = source.length();
    for (int i = lines.size() - 1; i > titleIndex && i >= lines.size() - SIGNATURE_SEARCH_LINES; i--) {
      Region line = lines.get(i);
      String text = text(source, line);
      if (text.length() > LONGEST_SIGNATURE_LINE) {
        break; // a paragraph of the report: a date above it is not the closing one (发布时间 in a page header)
      }
      int[] found = dateAtEnd(text);
      if (found != null) {
        Optional<LocalDate> day = parseDate(text.substring(found[0]).replaceAll("\\s+", ""));
        if (day.isEmpty()) {
          continue;
        }
        published = day.get();
        date = new Region(line.start() + found[0], line.end());
        bodyEnd = line.start();
        String before = Region.strip(text.substring(0, found[0]));
        if (!before.isEmpty() && before.length() <= LONGEST_ISSUER && isIssuerLike(before)) {
          int at = text.indexOf(before);
          issuer = new Region(line.start() + at, line.start() + at + before.length());
        } else if (i - 1 > titleIndex) {
          Region previous = lines.get(i - 1);
          String previousText = text(source, previous);
          if (previousText.length() <= LONGEST_ISSUER && isIssuerLike(previousText)) {
            issuer = previous;
            bodyEnd = previous.start();
          }
        }
        break;
      }
    }
    if (date == null) {
      // a signature with no date under it (the page gives the date elsewhere): of the short lines after the last
      // paragraph, the first that names an organ (延边州人民政府), not a heading's nor a site footer's
      for (int i = lines.size() - 1; i > titleIndex && i >= lines.size() - SIGNATURE_SEARCH_LINES; i--) {
        String text = text(source, lines.get(i));
        if (text.length() > LONGEST_SIGNATURE_LINE || hasSentenceEnd(text)) {
          break;
        }
        if (text.length() <= LONGEST_ISSUER && isIssuerLike(text) && !HEADING.matcher(text).lookingAt()
            && !isFooter(text)) {
          issuer = lines.get(i);
          bodyEnd = issuer.start();
        }
      }
    }
    if (published == null) {
      published = header.published();
    }
    String compiler = Compiler.of(source).orElse(header.publisher());
    int bodyStart = title != null ? Math.max(title.end(), header.end()) : header.end();
    if (title == null && header.end() == 0 && !lines.isEmpty()) {
      bodyStart = lines.get(0).start();
    }
    return new FrontMatter(title, titleText, issuer, compiler, date, published,
        new Region(Math.min(bodyStart, bodyEnd), bodyEnd));
  }

  /**
   * Whether a line (simplified, normalized) reads as a report's title, its ending garbled ({@link #isGarbledTitle})
   * or not.
   */
  static boolean isTitle(String line) {
    return line.length() <= 80 && line.indexOf('>') < 0 && line.indexOf('》') < 0 && !line.startsWith("一、")
        && (endsAsReport(line) || line.contains("年度报告") || line.contains("情况的报告")
            || (line.contains("法治政府建设") && line.contains("年"))
            // a department's 法治政府部门建设工作情况, 法治建设工作情况: a title only without a sentence's marks
            || ((line.contains("法治政府") && line.contains("建设") || line.contains("法治建设")) && line.contains("年")
                && noSentenceMarks(line))
            || isGarbledTitle(line));
  }

  /**
   * Whether a line is a title whose ending is garbled (…2023年政府信息公开工作告年度报): the kind, a year, a place
   * and the characters of 报告 in some order. Not a plan (工作要点), a guide (指南) or a table row, nor a site's
   * header (青石县人民政府 2024年01月22日 星期一 … 政府信息公开年报 通知公告: a day's date, a weekday).
   */
  static boolean isGarbledTitle(String line) {
    return line.contains("信息公开") && line.indexOf('报') >= 0 && line.indexOf('告') >= 0
        && line.indexOf('|') < 0 && yearOf(line).isPresent() && !placesOf(line).isEmpty()
        && noSentenceMarks(line) && !line.contains("星期") && !A_DAY.matcher(line).find();
  }

  /** A day's date: 2024年01月22日, 2024年1月22日, 2024-01-22. */
  private static final java.util.regex.Pattern A_DAY =
      java.util.regex.Pattern.compile("[0-9０-９]{4}\\s*年\\s*[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}");

  private static boolean noSentenceMarks(String line) {
    return line.indexOf('，') < 0 && line.indexOf('。') < 0 && line.indexOf('；') < 0;
  }

  /**
   * Whether a title (simplified) ends as a report does: with 报告, or with 年报 (annual report) after the words of
   * one of the kinds and a year ({@code 重庆海关关区2019年政府信息公开年报}); a 年报 of no kind (企业年报) is none,
   * nor a site's column of them with no year ({@code 政府信息公开年报} above the title).
   */
  static boolean endsAsReport(String title) {
    return title.endsWith("报告") || title.endsWith("年报") && kindOf(title).isPresent() && yearOf(title).isPresent();
  }

  /**
   * The year of the statistics period a report states (统计期限): {@code 所列数据的统计期限自2020年1月1日起至2020年12月31日止},
   * {@code 本报告所列数据为2020年1月1日至12月31日} — a whole calendar year, else empty. For a title that states no year
   * ({@code 乌海市工业和信息化局 / 政府信息公开工作年度报告}).
   */
  static Optional<Year> periodYearOf(String source) {
    java.util.regex.Matcher period = PERIOD.matcher(Simplified.of(source));
    if (!period.find()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(period.group(1));
    if (period.group(2) != null && Integer.parseInt(period.group(2)) != first) {
      return Optional.empty();
    }
    return first >= 1949 && first <= 2100 ? Optional.of(Year.of(first)) : Optional.empty();
  }

  private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile(
      "(?:统计期限|统计时限|统计区间|所列数据)[^。\\n]{0,12}?(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日[^。\\n\\d]{0,6}?"
          + "(?:(\\d{4})\\s*年\\s*)?12\\s*月\\s*31\\s*日");

  /** The compiling office's sentence: 本报告由…编制. */
  private static final class Compiler {
    private static final java.util.regex.Pattern SENTENCE =
        java.util.regex.Pattern.compile("本(?:年度)?报告由([^，。,；;：:\\n]{2,40}?)(?:负责|统一|组织)?(?:编制|编写|制作|起草)");

    static Optional<String> of(String source) {
      java.util.regex.Matcher matcher = SENTENCE.matcher(Simplified.of(source));
      return matcher.find() ? Optional.of(Region.strip(source.substring(matcher.start(1), matcher.end(1))))
          : Optional.empty();
    }
  }

  static boolean isIssuerLike(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("。，,；;：:！？!?".indexOf(text.charAt(i)) >= 0 || Numerals.isArabic(text.charAt(i))) {
        return false;
      }
    }
    return text.endsWith("政府") || text.endsWith("局") || text.endsWith("委员会") || text.endsWith("办公室")
        || text.endsWith("厅") || text.endsWith("委") || text.endsWith("院") || text.endsWith("部")
        || text.endsWith("署") || text.endsWith("处") || text.endsWith("中心") || text.endsWith("办事处")
        || text.endsWith("管委会") || text.endsWith("党组");
  }

  /** Whether a line ends a sentence or clause: a paragraph's line, below which a signature may stand. */
  private static boolean hasSentenceEnd(String text) {
    return !text.isEmpty() && "。；;！？!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** How an outline's line opens (一、, （一）, 1., 一是): not a signature, though it may end as an organ's name. */
  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、]");

  /** Words of a site's footer (版权所有 青石市人民政府, 技术支持 …中心), whose organ is not the report's issuer. */
  private static final List<String> FOOTER_WORDS =
      List.of("版权所有", "技术支持", "主办", "承办", "协办", "联系", "网站", "备案", "©");

  private static boolean isFooter(String text) {
    for (String word : FOOTER_WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The non-blank lines of the source, each without its surrounding white space. */
  static List<Region> lines(String source) {
    List<Region> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= source.length(); i++) {
      if (i == source.length() || source.charAt(i) == '\n') {
        int s = start;
        int e = i;
        while (s < e && Region.isBlank(source.charAt(s))) {
          s++;
        }
        while (e > s && Region.isBlank(source.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          lines.add(new Region(s, e));
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static String text(String source, Region line) {
    return source.substring(line.start(), line.end());
  }

  /** Where a date that ends the line starts (and its 年, 月 positions), or null. */
  private static int @Nullable [] dateAtEnd(String line) {
    if (!line.endsWith("日")) {
      return null;
    }
    int year = line.lastIndexOf('年');
    // a PDF's text layer may put spaces between the year's digits and 年 (2024 年 1 月 20 日)
    int digitsEnd = year;
    while (digitsEnd > 0 && Character.isWhitespace(line.charAt(digitsEnd - 1))) {
      digitsEnd--;
    }
    if (digitsEnd < 4) {
      return null;
    }
    int start = digitsEnd - 4;
    if (start > 0 && isDateDigit(line.charAt(start - 1))) {
      return null;
    }
    return new int[] {start};
  }

  private static boolean isDateDigit(char c) {
    return Numerals.digit(c) >= 0 || c == '十';
  }

  /**
   * Reads {@code 2019年12月6日} or {@code 二〇一九年十二月六日}.
   *
   * @return the day, or empty when the text is not exactly such a date
   */
  static Optional<LocalDate> parseDate(String text) {
    int year = text.indexOf('年');
    int month = text.indexOf('月', Math.max(year, 0));
    int day = text.indexOf('日', Math.max(month, 0));
    if (year != 4 || month < year + 2 || day < month + 2 || day != text.length() - 1) {
      return Optional.empty();
    }
    Optional<BigDecimal> y = Numerals.read(text, 0, year);
    Optional<BigDecimal> m = Numerals.read(text, year + 1, month);
    Optional<BigDecimal> d = Numerals.read(text, month + 1, day);
    if (y.isEmpty() || m.isEmpty() || d.isEmpty() || y.get().scale() > 0 || m.get().scale() > 0
        || d.get().scale() > 0 || m.get().compareTo(BigDecimal.valueOf(12)) > 0
        || d.get().compareTo(BigDecimal.valueOf(31)) > 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y.get().intValue(), m.get().intValue(), d.get().intValue()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The year a title states: the first {@code 2019年} (or {@code 二〇一九年}), or empty. */
  static Optional<Year> yearOf(String title) {
    for (int i = 0; i + 4 < title.length(); i++) {
      if (title.charAt(i + 4) == '年' && (i == 0 || !isDateDigit(title.charAt(i - 1)))) {
        Optional<BigDecimal> value = Numerals.read(title, i, i + 4);
        if (value.isPresent() && value.get().scale() <= 0 && value.get().intValue() >= 1949
            && value.get().intValue() <= 2100) {
          return Optional.of(Year.of(value.get().intValue()));
        }
      }
    }
    // a year written without 年 (沅江路街道2024法治政府建设年度报告): four Arabic digits alone between Chinese
    // words, not a document number's (〔2024〕)
    for (int i = 1; i + 4 < title.length(); i++) {
      char before = title.charAt(i - 1);
      if ((isHan(before) || Character.isWhitespace(before)) && isHan(title.charAt(i + 4))
          && allArabic(title, i, i + 4)) {
        Optional<BigDecimal> value = Numerals.read(title, i, i + 4);
        if (value.isPresent() && value.get().intValue() >= 1949 && value.get().intValue() <= 2100) {
          return Optional.of(Year.of(value.get().intValue()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a character (a code point) is a Chinese character. */
  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean allArabic(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Numerals.isArabic(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The kind of report a title names, or empty. */
  static Optional<ReportKind> kindOf(String title) {
    if (title.contains("政府信息公开")) {
      return Optional.of(ReportKind.OPEN_GOV_INFO_ANNUAL);
    }
    if (title.contains("行政执法统计")) {
      return Optional.of(ReportKind.ENFORCEMENT_STATISTICS_ANNUAL);
    }
    if (title.contains("法治政府") || title.contains("依法行政") || title.contains("法治建设")) {
      return Optional.of(ReportKind.RULE_OF_LAW_ANNUAL);
    }
    if (title.contains("政务公开") || title.contains("信息公开") && !isByAnInstitution(title)) {
      // 政务公开工作年度报告, 2021年信息公开工作年度报告 (政府 left out), where no 法治 word names the other kind
      return Optional.of(ReportKind.OPEN_GOV_INFO_ANNUAL);
    }
    return Optional.empty();
  }

  /**
   * Bodies that publish a 信息公开 report under rules of their own, not the 政府信息公开条例: schools and
   * universities (高校信息公开), hospitals (医疗卫生机构信息公开) and firms (公共企事业单位信息公开).
   */
  private static final List<String> INSTITUTIONS =
      List.of("学校", "小学", "中学", "大学", "学院", "幼儿园", "医院", "卫生院", "公司", "集团", "银行");

  private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("[0-9]{4}");

  /** Words naming a government body, which a name ending in them is (学院路街道办事处, 大学城管理委员会). */
  private static final List<String> GOVERNMENT_WORDS =
      List.of("政府", "街道", "办事处", "委员会", "管委会", "局", "厅", "办公室", "乡", "镇");

  /**
   * Whether a title (simplified) names a 信息公开 report of a school, a hospital or a firm ({@link #INSTITUTIONS}):
   * not 政府信息公开 nor 政务公开, and the body's name, before its year, ends in an institution's word, not in a
   * government body's word after it.
   */
  static boolean isByAnInstitution(String title) {
    if (!title.contains("信息公开") || title.contains("政府信息公开") || title.contains("政务公开")) {
      return false;
    }
    java.util.regex.Matcher year = FOUR_DIGITS.matcher(title);
    String name = year.find() ? title.substring(0, year.start()) : title.substring(0, title.indexOf("信息公开"));
    int last = -1;
    for (String word : INSTITUTIONS) {
      int at = name.lastIndexOf(word);
      last = Math.max(last, at < 0 ? -1 : at + word.length());
    }
    if (last < 0) {
      return false;
    }
    String after = name.substring(last);
    return GOVERNMENT_WORDS.stream().noneMatch(after::contains);
  }

  /**
   * The report's kind (报告类型): the one its title names, else the caller's hint, else the one its body shows by
   * the form's section headings ({@link #kindOfBody}). One decision for every reading, so that a report said to be
   * of a kind is read as one.
   *
   * @param source  the text this front matter was read from
   * @param hint  the caller's kind, if any
   * @return the kind, or empty when neither the title, the hint nor the body shows one
   */
  Optional<ReportKind> kind(String source, Optional<ReportKind> hint) {
    Optional<ReportKind> named = titleText == null ? Optional.empty() : kindOf(Simplified.of(titleText));
    return named.or(() -> hint).or(() -> kindOfBody(Simplified.of(body.text(source))));
  }

  /** A heading line (一、 (二) 3. or none before it) of Table A's and of Table B's section, in that order. */
  private static final java.util.regex.Pattern FORM_SECTIONS = java.util.regex.Pattern.compile(
      "(?ms)^[\\s#]*[（(]?[一二三四五六七八九十0-9]*[）)、.．]?\\s*主动公开政府信息情况\\s*$"
          + ".*^[\\s#]*[（(]?[一二三四五六七八九十0-9]*[）)、.．]?\\s*收到和处理政府信息公开申请情况\\s*$");

  /**
   * The kind a report's body shows where neither its title nor the caller names one: the headings of a
   * 政府信息公开工作年度报告's second and third sections (主动公开政府信息情况, then 收到和处理政府信息公开申请情况), each
   * a line of its own; else empty. The two names in a sentence (梳理主动公开政府信息情况、收到和处理…) show nothing.
   *
   * @param body  the body in simplified characters
   */
  static Optional<ReportKind> kindOfBody(String body) {
    return FORM_SECTIONS.matcher(body).find() ? Optional.of(ReportKind.OPEN_GOV_INFO_ANNUAL) : Optional.empty();
  }

  /**
   * The places a title names before its year or its subject: {@code 韶关市曲江区} gives {@code [韶关市, 曲江区]}.
   * A joint title of the Party committee and the government (党委政府联合署名) names the government's place:
   * {@code 中共海南省委 海南省人民政府关于…} gives {@code [海南省]}.
   *
   * @return the places, largest first; empty when the title names none
   */
  static List<String> placesOf(String title) {
    String head = title;
    int year = -1;
    for (int i = 0; i + 4 < title.length(); i++) {
      if (title.charAt(i + 4) == '年' && Numerals.read(title, i, i + 4).isPresent()) {
        year = i;
        break;
      }
    }
    if (year > 0) {
      head = title.substring(0, year);
    } else if (year == 0) {
      head = title.substring(5).replaceFirst("^度", "");
    }
    // words and place endings are found in simplified characters; the names keep the title's own (臨江區)
    String simple = Simplified.of(head);
    for (String cut : new String[] {"法治政府", "政府信息公开", "关于", "人民政府", "行政执法", "法治"}) {
      int at = simple.indexOf(cut);
      if (at >= 0) {
        int after = at + cut.length();
        if (cut.equals("人民政府") && namesTownship(simple.substring(after))) {
          // a street office or town under its district's government (鲤城区人民政府金龙街道办事处): keep its name
          head = head.substring(0, at) + head.substring(after);
          simple = simple.substring(0, at) + simple.substring(after);
        } else {
          head = head.substring(0, at);
          simple = simple.substring(0, at);
        }
      }
    }
    java.util.regex.Matcher label = TITLE_LABEL.matcher(simple);
    if (label.lookingAt()) { // a page copy's own label before the title (|标题:中共…镇委员会…)
      head = head.substring(label.end());
      simple = simple.substring(label.end());
    }
    java.util.regex.Matcher party = PARTY_COMMITTEE.matcher(simple);
    if (party.lookingAt()) {
      // a joint title of the Party committee and the government (中共海南省委 海南省人民政府): the government's
      // place, which is the committee's, named in full by either (中共青石市临江区委 临江区人民政府); a committee's
      // own organ (中共青石市委全面依法治市委员会办公室) is in the committee's place
      List<String> committee = places(head.substring(party.start(1), party.end(1)),
          simple.substring(party.start(1), party.end(1)));
      List<String> government = places(head.substring(party.end()), simple.substring(party.end()));
      boolean joint = !government.isEmpty() && !committee.isEmpty()
          && Simplified.of(last(government)).equals(Simplified.of(last(committee)));
      return joint && government.size() >= committee.size() ? government : committee;
    }
    return places(head, simple);
  }

  /**
   * A title's head opening with a Party committee (中共海南省委, 中共临江县委办公室, 中国共产党青石市委员会); group 1
   * is the committee's place.
   */
  private static final java.util.regex.Pattern PARTY_COMMITTEE = java.util.regex.Pattern.compile(
      "(?:中共|中国共产党)(\\S{2,30}?(?:自治区|街道|苏木|[省市区县州旗盟镇乡]))(?:工作委员会|委员会|工委|委)"
          + "(?:办公厅|办公室)?\\s*");

  /** What a copy may print before a title's first Chinese character: marks, and a 标题: or 题目: label. */
  private static final java.util.regex.Pattern TITLE_LABEL =
      java.util.regex.Pattern.compile("[^\\p{IsHan}]*(?:(?:标题|题目)\\s*[:：]\\s*)?");

  private static String last(List<String> places) {
    return places.get(places.size() - 1);
  }

  /** The places of a title's head, in the title's characters ({@code head}) and simplified ({@code simple}). */
  private static List<String> places(String head, String simple) {
    List<String> places = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < head.length(); i++) {
      char c = simple.charAt(i);
      boolean end = c == '省' || c == '市' || c == '区' || c == '县' || c == '州' || c == '旗' || c == '盟'
          || c == '镇' || c == '乡';
      // 州, 乡 and 镇 also end the first half of a province's, city's or district's name (贵州省, 广州市, 通州区,
      // 萍乡市, 丰镇市), but not before a department's 市场 (恩施州市场监督管理局); no prefecture comes before a
      // province, so 州 then 省 is always one name
      end = end && !((c == '州' || c == '乡' || c == '镇') && i + 1 < simple.length()
          && "省市区县".indexOf(simple.charAt(i + 1)) >= 0 && !simple.startsWith("市场", i + 1));
      end = end && !endsCityWord(simple, start, i);
      // a township named …市 or …区 with one character before it (新市街道, 东区街道, 新市镇): one name
      end = end && !((c == '市' || c == '区') && i - start == 1
          && (simple.startsWith("街道", i + 1) || simple.startsWith("镇", i + 1) || simple.startsWith("乡", i + 1)));
      // 苏木, a township of Inner Mongolia (巴音乌兰苏木)
      end = end || c == '木' && i > start + 1 && simple.charAt(i - 1) == '苏';
      // a zone named after its city's short name (池州高新区, 郑州经开区): one name
      end = end && !(c == '州' && startsWithAny(simple, i + 1, ZONE_WORDS));
      end = end || c == '道' && i > 0 && simple.charAt(i - 1) == '街'; // 南关街道 (办事处)
      // a national body's office named by its area's short name, a customs body (海关) or a survey team of the
      // statistics bureau (调查队, 调查总队): its area is no administrative division, so the office's name is its
      // place (重庆海关关区 gives 重庆海关); 山海关区 is a district
      boolean customs = endsWithAt(simple, start, i, "海关") && !simple.startsWith("区", i + 1);
      end = end || customs || endsWithAt(simple, start, i, "调查队") || endsWithAt(simple, start, i, "调查总队");
      if (end && i + 1 > start + 1) {
        // a city department's branch in a district (广州市公安局荔湾区分局): the place is the district, after
        // the department's name
        int department = departmentEnd(simple, start, i);
        // a name is Chinese characters only: a site's injected prefix (xxbet体育_官网@:西柳镇) is none of it
        for (int k = i; k >= department; k--) {
          if (!isHan(simple.charAt(k))) {
            department = k + 1;
            break;
          }
        }
        // a Party committee's words are no place's (中共青山镇委员会青山镇 gives 青山镇)
        for (String word : new String[] {"中国共产党", "中共", "委员会", "中华人民共和国"}) {
          int at = simple.lastIndexOf(word, i);
          if (at >= department && at + word.length() <= i) {
            department = at + word.length();
          }
        }
        if (i + 1 - department >= 2) {
          places.add(head.substring(department, i + 1));
        }
        if (customs && simple.startsWith("关区", i + 1)) {
          i += 2;
        }
        start = i + 1;
      }
    }
    return places;
  }

  /** Whether {@code word} ends at {@code i} with at least two characters of a name before it, after {@code start}. */
  private static boolean endsWithAt(String simple, int start, int i, String word) {
    int at = i + 1 - word.length();
    return at >= start + 2 && simple.startsWith(word, at);
  }

  /** The words a development zone's name goes on with after its city's short name (池州高新区). */
  private static final List<String> ZONE_WORDS =
      List.of("高新", "经开", "经济技术开发", "经济开发", "开发区", "新区", "工业园", "保税", "综合保税", "航空港");

  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the 市, 乡 or 镇 at {@code i} ends 城市, 城乡 or 城镇 as a word, not a place: in a department's name
   * (城市管理和综合执法局, 住房和城乡建设局) or a slogan (智慧城市). A place named …城 has one character before 城
   * (晋城市, 盐城市, 古城镇), counted from {@code nameStart}, where the name begins.
   */
  static boolean endsCityWord(String simple, int nameStart, int i) {
    char c = simple.charAt(i);
    return (c == '市' || c == '乡' || c == '镇') && i > 0 && simple.charAt(i - 1) == '城' && i - nameStart != 2;
  }

  /**
   * Where a place named in {@code simple[start, end]} begins after a department's name written before it
   * ({@code 公安局荔湾区} gives the index of 荔): after the last 局, 厅, 委员会, 银行 or 总署 that leaves two characters
   * or more of the place ({@code 中国人民银行青石市中心支行}, {@code 海关总署青石海关}); {@code start} when there is none.
   */
  private static int departmentEnd(String simple, int start, int end) {
    java.util.regex.Matcher department = DEPARTMENT.matcher(simple).region(start, end + 1);
    return department.lookingAt() && end + 1 - department.end() >= 2 ? department.end() : start;
  }

  private static final java.util.regex.Pattern DEPARTMENT =
      java.util.regex.Pattern.compile(".+(?:局|厅|委员会|银行|总署)(?=.{2,})");

  /** Whether text after 人民政府 starts with a township's name: a 街道 (办事处), 镇 or 乡 before any office word. */
  private static boolean namesTownship(String after) {
    java.util.regex.Matcher township = TOWNSHIP.matcher(after);
    return township.lookingAt();
  }

  private static final java.util.regex.Pattern TOWNSHIP =
      java.util.regex.Pattern.compile("[^办局委室厅处中心院部署]{1,10}?(?:街道|镇|乡)");

  /** The level of government a place name shows, given the place above it. */
  static JurisdictionLevel levelOf(String writtenName, @Nullable String writtenParent) {
    String name = Simplified.of(writtenName);
    String parent = writtenParent == null ? null : Simplified.of(writtenParent);
    if (name.endsWith("省") || name.endsWith("自治区")
        || List.of("北京市", "天津市", "上海市", "重庆市").contains(name)) {
      return JurisdictionLevel.PROVINCE;
    }
    if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道") || name.endsWith("苏木")) {
      return JurisdictionLevel.TOWNSHIP;
    }
    if (name.endsWith("州") || name.endsWith("盟")) {
      return JurisdictionLevel.PREFECTURE;
    }
    if (name.endsWith("市")) {
      return parent != null && parent.endsWith("市") && !List.of("北京市", "天津市", "上海市", "重庆市").contains(parent)
          ? JurisdictionLevel.COUNTY : JurisdictionLevel.PREFECTURE;
    }
    return JurisdictionLevel.COUNTY;
  }
}
