package io.github.fazhi.examples.review;

import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import io.github.fazhi.check.Finding;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outline of a report that has no source text (a fazhi JSON document): its title, preamble, the sections
 * of an open-government-information report (each number its prose states marked in it), work areas and measures, shortcomings, plans and other parts as lines of text, each number marked where its written
 * form stands in its measure's text, or appended after the text as {@code 〔label：written〕} when the text
 * does not hold it. Numbers keep the attribute paths the checker uses, so findings link to them.
 */
public final class ReportOutline {
  private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private record Placed(Path path, int start, int end, Indicator indicator) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Placed> placed = new ArrayList<>();

  private ReportOutline() {}

  /**
   * Returns the review page of a report's outline.
   *
   * @param name  the page's file stem
   * @param report  the report
   * @param findings  the checker's findings on it
   * @return the page, never null
   */
  public static ReviewPage page(String name, Report report, List<Finding> findings) {
    ReportOutline outline = new ReportOutline();
    outline.walk(report);
    ReviewPage.Builder builder = ReviewPage.builder(name, outline.text.toString())
        .title(report.title().orElse(report.reporterName() + " " + report.year() + "年"
            + report.kind().chinese()))
        .source("提纲 outline")
        .about(about(report))
        .findings(findings)
        .tallies(report.reviews())
        .openGovInfo(report.openGovInfo());
    outline.placed.forEach(p -> builder.number(p.path(), p.start(), p.end(), p.indicator()));
    return builder.build();
  }

  /** {@code 曲江区 · 2019 · 法治政府建设年度报告}: the line the index and the page show on a report. */
  static String about(Report report) {
    return report.reporterName() + " · " + report.year() + " · " + report.kind().chinese();
  }

  private void walk(Report report) {
    line(report.title().orElse(report.reporterName() + report.year() + "年" + report.kind().chinese()));
    report.preamble().ifPresent(this::line);
    report.openGovInfo().ifPresent(info -> {
      for (OpenGovSection section : OpenGovSection.values()) {
        String text = info.sections().get(section);
        List<Indicator> numbers = info.sectionIndicators().get(section);
        if (text == null && numbers.isEmpty()) {
          continue;
        }
        line(ORDINALS[section.ordinal()] + "、" + section.label());
        numbers(OpenGovInfo.PATH.field("sectionIndicators").field(section.name().toLowerCase(Locale.ROOT)),
            numbers, text == null ? "" : text);
      }
    });
    numbers(Path.root().field("headlineIndicators"), report.headlineIndicators(), "");
    areas(Path.root().field("workAreas"), report.workAreas());
    if (!report.shortcomings().isEmpty()) {
      line("存在的不足");
      report.shortcomings().forEach(this::line);
    }
    if (!report.leadershipDuty().isEmpty()) {
      line("履行第一责任人职责情况");
      report.leadershipDuty().forEach(this::line);
    }
    if (!report.plans().isEmpty() || report.plansPreamble().isPresent()) {
      line("下一年度工作安排");
      report.plansPreamble().ifPresent(this::line);
      areas(Path.root().field("plans"), report.plans());
    }
    if (!report.otherMatters().isEmpty()) {
      line("其他需要报告的事项");
      report.otherMatters().forEach(this::line);
    }
  }

  private void areas(Path path, List<WorkArea> areas) {
    for (int a = 0; a < areas.size(); a++) {
      WorkArea area = areas.get(a);
      Path prefix = path.index(a);
      line("（" + ordinal(area.ordinal()) + "）" + area.title());
      area.text().ifPresent(this::line);
      numbers(prefix.field("indicators"), area.indicators(), "");
      for (int m = 0; m < area.measures().size(); m++) {
        Measure measure = area.measures().get(m);
        numbers(prefix.field("measures").index(m).field("indicators"), measure.indicators(), measure.text());
      }
    }
  }

  /** Writes a line of text and marks each number where it stands in it, appending those that do not. */
  private void numbers(Path path, List<Indicator> indicators, String lineText) {
    int lineStart = text.length();
    text.append(lineText);
    int searchFrom = lineStart;
    for (int i = 0; i < indicators.size(); i++) {
      searchFrom = number(path.index(i), indicators.get(i), lineStart, searchFrom);
    }
    if (text.length() > lineStart) {
      text.append('\n');
    }
  }

  private int number(Path path, Indicator indicator, int lineStart, int searchFrom) {
    String written = indicator.written()
        .orElse(indicator.value().toPlainString() + indicator.unit());
    int at = text.indexOf(written, searchFrom);
    int next = searchFrom;
    if (at < 0) {
      text.append(text.length() > lineStart ? " " : "").append('〔').append(indicator.label()).append('：');
      at = text.length();
      text.append(written).append('〕');
    } else {
      next = at + written.length();
    }
    placed.add(new Placed(path, at, at + written.length(), indicator));
    List<Indicator> parts = indicator.parts();
    int partsFrom = next;
    for (int p = 0; p < parts.size(); p++) {
      partsFrom = number(path.field("parts").index(p), parts.get(p), lineStart, partsFrom);
    }
    return Math.max(next, partsFrom);
  }

  private void line(String line) {
    text.append(line).append('\n');
  }

  private static String ordinal(int ordinal) {
    return ordinal >= 1 && ordinal <= ORDINALS.length ? ORDINALS[ordinal - 1] : Integer.toString(ordinal);
  }
}
