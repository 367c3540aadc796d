package io.github.fazhi.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The header lines a crawler writes above a page's text (抓取文本的页头): {@code 标题: …},
 * {@code 发布时间: 2024-03-08 09:30}, {@code 发布机构: …}, {@code 原文链接: …} (a colon full- or half-width),
 * among the text's first lines. The title's value is the report's title, the 发布时间 its publication date,
 * the 发布机构 who published it.
 *
 * @param title  where the 标题 line's value is, or null
 * @param published  the 发布时间's day, or null
 * @param publisher  the 发布机构's value, or null
 * @param lastLine  the index of the last header line among the text's lines, -1 when there is none
 * @param end  where the last header line ends in the text, 0 when there is none
 */
record CrawlHeader(@Nullable Region title, @Nullable LocalDate published, @Nullable String publisher, int lastLine,
    int end) {
  private static final int SEARCH_LINES = 12;
  private static final Pattern FIELD =
      Pattern.compile("^(标题|题目|发布时间|发布日期|发文日期|成文日期|发布机构|发文机关|来源|原文链接|链接|网址|索引号|URL|url)\\s*[:：]\\s*(.*)$");
  private static final Pattern NEXT_FIELD =
      Pattern.compile("\\s+((?:发布时间|发布日期|发文日期|成文日期|发布机构|发文机关|来源)\\s*[:：])");
  private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

  static CrawlHeader read(String source, List<Region> lines) {
    Region title = null;
    LocalDate published = null;
    String publisher = null;
    int lastLine = -1;
    int end = 0;
    for (int i = 0; i < Math.min(lines.size(), SEARCH_LINES); i++) {
      Region line = lines.get(i);
      String text = line.text(source);
      if (!FIELD.matcher(text).matches()) {
        continue;
      }
      lastLine = i;
      end = line.end();
      // a page's source line may hold several fields: 来源：…办公室 发布时间：2024-03-28 09:18
      List<Integer> fields = fieldStarts(text);
      for (int f = 0; f < fields.size(); f++) {
        int fieldEnd = f + 1 < fields.size() ? fields.get(f + 1) : text.length();
        Matcher field = FIELD.matcher(text.substring(fields.get(f), fieldEnd));
        if (!field.matches()) {
          continue;
        }
        String value = field.group(2).strip();
        int valueStart = line.start() + fields.get(f) + field.start(2);
        switch (field.group(1)) {
          case "标题", "题目" -> title = value.isEmpty() ? title
              : new Region(valueStart, line.start() + fields.get(f) + field.end(2));
          case "发布时间", "发布日期", "发文日期", "成文日期" -> published = published == null ? day(value) : published;
          case "发布机构", "发文机关", "来源" -> publisher = value.isEmpty() || publisher != null ? publisher : value;
          default -> { } // a link or an index number: the page's, not the report's
        }
      }
    }
    return new CrawlHeader(title, published, publisher, lastLine, end);
  }

  /** Whether a line is a header line: a field's name, a colon and its value. */
  static boolean isField(String line) {
    return FIELD.matcher(line).matches();
  }

  /**
   * Where each field of a header line starts: at the line's start, and after white space wherever another
   * field's name and its colon follow (not inside a 标题's value, which may hold spaces but not a field).
   */
  private static List<Integer> fieldStarts(String line) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher next = NEXT_FIELD.matcher(line);
    while (next.find()) {
      starts.add(next.start(1));
    }
    return starts;
  }

  private static @Nullable LocalDate day(String value) {
    Matcher day = DAY.matcher(value);
    if (!day.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
          Integer.parseInt(day.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
