package io.github.fazhi.reader;

import io.github.fazhi.opengov.OpenGovSection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the six sections of an open-government-information annual report (政府信息公开工作年度报告的六个部分)
 * by their headings: a line numbered {@code 一、} … {@code 六、} (or {@code 一.}) that names the section in one
 * of the wordings real reports use (总体情况/概述/工作基本情况; 主动公开政府信息情况; 收到和处理政府信息公开申请情况/依申请公开;
 * 因政府信息公开工作被申请行政复议、提起行政诉讼情况; 政府信息公开工作存在的主要问题及改进情况; 其他需要报告的事项). A section
 * is recognised by its words, not its number, since some reports leave one out and renumber the rest; the
 * first heading of each section counts. A section runs to the next section's heading. A heading run into a
 * longer line after a space counts too (pages that lost their line breaks).
 */
final class OpenGovSections {
  private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]{1,2}\\s*[、.．]");
  private static final int LONGEST_HEADING = 40;

  private OpenGovSections() {}

  /**
   * Returns the region of each section found (its text, without the heading), by section.
   *
   * @param source  the text
   * @param body  where the report's body is
   * @return the sections found, in the order of {@link OpenGovSection}
   */
  static Map<OpenGovSection, Region> find(String source, Region body) {
    Map<OpenGovSection, Region> headings = new EnumMap<>(OpenGovSection.class);
    int[][] found = headings(source, body);
    int[] starts = found[0];
    int[] ends = found[1];
    for (OpenGovSection section : OpenGovSection.values()) {
      int headingStart = starts[section.ordinal()];
      if (headingStart < 0) {
        continue;
      }
      int next = body.end();
      for (int other = 0; other < starts.length; other++) {
        if (starts[other] > headingStart && starts[other] < next) {
          next = starts[other];
        }
      }
      headings.put(section, new Region(Math.min(ends[section.ordinal()], next), next));
    }
    return headings;
  }

  /**
   * The report's introduction (引言): its body before the first section's heading, where the report says what
   * it holds (本报告由…六部分组成) and whom to ask; the whole body when no section heading is found.
   */
  static Region introduction(String source, Region body) {
    int first = body.end();
    for (int start : headings(source, body)[0]) {
      if (start >= 0 && start < first) {
        first = start;
      }
    }
    return new Region(body.start(), Math.max(body.start(), first));
  }

  /**
   * Where each section's first heading starts and ends ({@code -1} when none), by section ordinal: a line that
   * is a heading, or a heading run into a longer line after a space ({@code …报告 一、总体情况 （一）…}), as
   * pages that lost their line breaks write them.
   */
  private static int[][] headings(String source, Region body) {
    List<Region> lines = FrontMatter.lines(source.substring(0, body.end()));
    int[] starts = new int[OpenGovSection.values().length];
    int[] ends = new int[OpenGovSection.values().length];
    java.util.Arrays.fill(starts, -1);
    for (Region line : lines) {
      if (line.end() <= body.start()) {
        continue;
      }
      String text = line.text(source);
      OpenGovSection section = line.start() >= body.start() ? sectionOf(text) : null;
      if (section != null) {
        if (starts[section.ordinal()] < 0) {
          starts[section.ordinal()] = line.start();
          ends[section.ordinal()] = line.end();
        }
        continue;
      }
      for (int k = 1; k < text.length(); k++) {
        if (line.start() + k < body.start() || !NumberScanner.isSpace(text.charAt(k - 1))
            || "一二三四五六七八九十".indexOf(text.charAt(k)) < 0) {
          continue;
        }
        int stop = k;
        while (stop < text.length() && !NumberScanner.isSpace(text.charAt(stop)) && stop - k < LONGEST_HEADING) {
          stop++;
        }
        OpenGovSection inline = sectionOf(text.substring(k, stop));
        if (inline != null && starts[inline.ordinal()] < 0) {
          starts[inline.ordinal()] = line.start() + k;
          ends[inline.ordinal()] = line.start() + stop;
        }
      }
    }
    return new int[][] {starts, ends};
  }

  /** The section a line heads, or null when it is not a section's heading. */
  static @org.jspecify.annotations.Nullable OpenGovSection sectionOf(String line) {
    if (line.length() > LONGEST_HEADING || line.indexOf('|') >= 0 || line.indexOf('\t') >= 0
        || !HEADING.matcher(line).find() || OpenGovInfoTableReader.applicationRow(line).isPresent()) {
      return null;
    }
    String words = OpenGovInfoTableReader.normalize(line);
    if (words.contains("总体情况") || words.contains("概述") || words.contains("基本情况")) {
      return OpenGovSection.OVERVIEW;
    }
    if (words.contains("行政复议") || words.contains("行政诉讼")) {
      return OpenGovSection.DISPUTES;
    }
    if (words.contains("收到和处理") || words.contains("依申请公开") || words.contains("申请情况")) {
      return OpenGovSection.APPLICATIONS;
    }
    if (words.contains("主动公开")) {
      return OpenGovSection.PROACTIVE_DISCLOSURE;
    }
    if (words.contains("问题") || words.contains("改进")) {
      return OpenGovSection.PROBLEMS_AND_IMPROVEMENTS;
    }
    if (words.contains("其他需要报告") || words.contains("其它需要报告") || words.contains("其他事项")
        || words.contains("其他需报告")) {
      return OpenGovSection.OTHER_MATTERS;
    }
    return null;
  }
}
