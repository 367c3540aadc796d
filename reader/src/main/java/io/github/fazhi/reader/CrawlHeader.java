package io.github.fazhi.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
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
  private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

  static CrawlHeader read(String source, List<Region> lines) {
    Region title = null;
    LocalDate published = null;
    String publisher = null;
    int lastLine = -1;
    int end = 0;
    for (int i = 0; i < Math.min(lines.size(), SEARCH_LINES); i++) {
      Region line = lines.get(i);
      Matcher field = FIELD.matcher(line.text(source));
      if (!field.matches()) {
        continue;
      }
      lastLine = i;
      end = line.end();
      String value = field.group(2).strip();
      int valueStart = line.start() + field.start(2);
      switch (field.group(1)) {
        case "标题", "题目" -> title = value.isEmpty() ? title : new Region(valueStart, line.end());
        case "发布时间", "发布日期", "发文日期", "成文日期" -> published = published == null ? day(value) : published;
        case "发布机构", "发文机关", "来源" -> publisher = value.isEmpty() || publisher != null ? publisher : value;
        default -> { } // a link or an index number: the page's, not the report's
      }
    }
    return new CrawlHeader(title, published, publisher, lastLine, end);
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
