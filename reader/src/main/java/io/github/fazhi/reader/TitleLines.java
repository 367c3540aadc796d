package io.github.fazhi.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds a report's title (标题) among the first lines of its text, also when it is printed over two or three
 * lines: the body's name on one line ({@code 淮安市洪泽区人民政府}, {@code 市科委}), then the year and the kind
 * ({@code 2023 年政府信息公开工作年度报告}), or the kind itself wrapped ({@code …政府信息公开} / {@code 工作年度报告}).
 * A Markdown heading's {@code #} and the spaces in a title ({@code 2023 年}) do not matter.
 *
 * <p>A name line is joined to the lines after it only when they start with the year or with {@code 关于} and
 * the year ({@code 汉源县人民政府} / {@code 关于2019年度法治政府建设情况的报告}), so a site's banner (another body's
 * name) above a title that names its own place is never taken for its place; a name line and one line of the year
 * and the kind make a title also without 报告 ({@code 通城镇人民政府} / {@code 2025年法治政府建设情况}); a line is
 * joined to a next line that is a title with its year by itself only in that case, and a line with a colon (a page's
 * 字号： or 来源：) never is. A title without a year takes the line below it when that line is its year in brackets
 * ({@code 佛坪县西岔河镇人民政府} / {@code 信息公开工作年度报告} / {@code （2025年度）}).
 */
final class TitleLines {
  private static final int LONGEST_NAME = 40;

  private TitleLines() {}

  /** A title found: where it is printed (from its first line's start to its last line's end), as one line. */
  record Found(Region region, String text, int lastLine) {}

  /**
   * The first title among lines {@code from} to {@code from + count - 1}.
   *
   * @return the title, or null when none of the lines (alone or joined) reads as one
   */
  static @Nullable Found find(String source, List<Region> lines, int from, int count) {
    int to = Math.min(lines.size(), from + count);
    for (int i = from; i < to; i++) {
      String first = normalized(lines.get(i).text(source));
      boolean name = isName(first);
      for (int titleLines = 1; titleLines <= 2; titleLines++) {
        Found plain = joined(source, lines, i, titleLines, false);
        if (plain != null) {
          return withYearBelow(source, lines, plain);
        }
        if (name) {
          Found named = joined(source, lines, i, titleLines + 1, true);
          if (named != null) {
            return withYearBelow(source, lines, named);
          }
        }
      }
    }
    return null;
  }

  /**
   * A title that states no year, with the line below it when that line is only its year in brackets
   * ({@code （2025年度）}, {@code (2025年)}); else the title as found.
   */
  private static Found withYearBelow(String source, List<Region> lines, Found title) {
    int next = title.lastLine() + 1;
    if (next >= lines.size() || FrontMatter.yearOf(title.text()).isPresent()) {
      return title;
    }
    String line = normalized(lines.get(next).text(source));
    if (!BRACKETED_YEAR.matcher(line).matches() || FrontMatter.yearOf(line).isEmpty()) {
      return title;
    }
    return new Found(new Region(title.region().start(), lines.get(next).end()), title.text() + line, next);
  }

  private static final java.util.regex.Pattern BRACKETED_YEAR =
      java.util.regex.Pattern.compile("[（(〔\\[][0-9０-９]{4}年度?[）)〕\\]]");

  private static @Nullable Found joined(String source, List<Region> lines, int first, int count, boolean named) {
    if (first + count > lines.size()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int i = first; i < first + count; i++) {
      String line = normalized(lines.get(i).text(source));
      if (line.isEmpty() || line.length() > 80 || CrawlHeader.isField(Region.strip(lines.get(i).text(source))) || hasSentencePunctuation(line)
          || count > 1 && (line.indexOf(':') >= 0 || line.indexOf('：') >= 0)) {
        return null;
      }
      if (!named && count > 1 && i == first + 1 && FrontMatter.isTitle(Simplified.of(line))
          && FrontMatter.yearOf(line).isPresent()) {
        return null; // the next line is a title with its year by itself: this one is above it, not part of it
      }
      if (named && i == first + 1 && !startsWithYear(line)
          && !(line.startsWith("关于") && startsWithYear(line.substring(2)))) {
        return null;
      }
      if (named && i == first + 1
          && !FrontMatter.placesOf(line.startsWith("关于") ? line.substring(2) : line).isEmpty()) {
        return null; // the year line names its own place (2023年临江区…报告): the line above is another body's
      }
      text.append(line);
    }
    String joined = text.toString();
    boolean nameThenYearAndKind = named && count == 2 && FrontMatter.kindOf(Simplified.of(joined)).isPresent();
    if (count > 1 && !FrontMatter.endsAsReport(Simplified.of(joined)) && !nameThenYearAndKind) {
      return null; // a title wrapped over lines ends with its kind (报告), or is a name, then the year and the kind
    }
    if (!FrontMatter.isTitle(Simplified.of(joined))) {
      return null;
    }
    Region region = new Region(lines.get(first).start(), lines.get(first + count - 1).end());
    return new Found(region, joined, first + count - 1);
  }

  /** A title's text as one line: without a Markdown {@code #} and without white space. */
  static String normalized(String line) {
    String text = line.strip();
    while (text.startsWith("#")) {
      text = text.substring(1);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Region.isBlank(c) && !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A body's name printed alone above its report's title: short, no year, ending as an office ends, in
   * simplified or traditional characters ({@code 廣州市人民政府辦公廳}), or a place's name alone
   * ({@code 佛山高新区}, a zone's administrative committee titling its report by the zone).
   */
  private static boolean isName(String line) {
    String simple = Simplified.of(line);
    return !line.isEmpty() && line.length() <= LONGEST_NAME && simple.indexOf('年') < 0
        && (FrontMatter.isIssuerLike(simple) || isPlaceName(simple));
  }

  /**
   * A line that is only a place's name: Chinese characters ending as a place ends (市, 区, 县 …), but not as an
   * area that is no jurisdiction ends (政务公开专区, 社区, 景区, 辖区 …); a name ending in 城市, 城乡 or 城镇 is a
   * place only when 城 is its name's second character ({@code 晋城市}, {@code 山西省晋城市}, {@code 古城镇}, not
   * {@code 智慧城市}). Development zones (高新区, 开发区) and industrial parks (工业园区) are places here: their
   * committees publish these reports.
   */
  private static boolean isPlaceName(String simple) {
    int length = simple.length();
    if (length < 2 || "省市区县州旗盟镇乡".indexOf(simple.charAt(length - 1)) < 0 && !simple.endsWith("苏木")) {
      return false;
    }
    for (String area : NO_JURISDICTION) {
      if (simple.endsWith(area)) {
        return false;
      }
    }
    int nameStart = 0; // the last place's name begins after the place above it (山西省晋城市)
    for (int i = length - 4; i >= 0; i--) {
      if ("省市区县州旗盟".indexOf(simple.charAt(i)) >= 0) {
        nameStart = i + 1;
        break;
      }
    }
    if (FrontMatter.endsCityWord(simple, nameStart, length - 1)) {
      return false;
    }
    return simple.codePoints().allMatch(FrontMatter::isHan);
  }

  /** Areas that end as a district (区) ends and are no jurisdiction: a website's section, a neighbourhood, a park. */
  private static final List<String> NO_JURISDICTION =
      List.of("专区", "社区", "景区", "辖区", "小区", "片区", "校区", "街区");

  private static boolean startsWithYear(String line) {
    return line.length() > 4 && line.charAt(4) == '年' && FrontMatter.yearOf(line.substring(0, 5)).isPresent();
  }

  private static boolean hasSentencePunctuation(String line) {
    for (int i = 0; i < line.length(); i++) {
      if ("。，；！？".indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
