package io.github.fazhi.examples.cli;

import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.stats.Grouping;
import io.github.fazhi.stats.IndicatorTotal;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.stats.Reports;
import io.github.fazhi.stats.ReviewCount;
import io.github.fazhi.stats.TallyRate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the first run shows (no command, no files): what the bundled reports are (how many of which kinds,
 * years and places), their headline numbers by jurisdiction (review cases received and the acceptance and
 * correction rates), the totals most reports state, and where to go next ({@code check}, {@code chart},
 * {@code stats}).
 */
final class Overview {
  /** How many of the most widely stated totals are shown. */
  static final int TOP_TOTALS = 5;

  /** One jurisdiction's headline numbers: review tallies and rates, as {@link Numbers} shows them. */
  record Headline(String received, String acceptance, String correction, String litigation) {}

  /** One catalogue total over all reports. */
  record HeadlineTotal(String code, String name, String total, long statedIn) {}

  private Overview() {}

  static String of(List<Report> reports, String origin) {
    StringBuilder out = new StringBuilder();
    out.append("fazhi: ").append(reports.size()).append(reports.size() == 1 ? " report" : " reports")
        .append(" (").append(origin).append(")\n\n");
    Map<ReportKind, Long> kinds = reports.stream()
        .collect(Collectors.groupingBy(Report::kind, () -> new EnumMap<>(ReportKind.class), Collectors.counting()));
    String indent = "";
    out.append("kinds:   ");
    for (Map.Entry<ReportKind, Long> kind : kinds.entrySet()) {
      out.append(indent).append(kind.getValue()).append(' ').append(kind.getKey().chinese()).append(" (")
          .append(kind.getKey().name().toLowerCase(Locale.ROOT)).append(")\n");
      indent = "         ";
    }
    Map<Year, Long> years = reports.stream()
        .collect(Collectors.groupingBy(Report::year, TreeMap::new, Collectors.counting()));
    if (!years.isEmpty()) {
      Year first = ((TreeMap<Year, Long>) years).firstKey();
      Year last = ((TreeMap<Year, Long>) years).lastKey();
      out.append("years:   ").append(first).append(first.equals(last) ? "" : "–" + last).append(": ")
          .append(years.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
              .collect(Collectors.joining(", ")))
          .append('\n');
    }
    List<String> places = reports.stream().map(Report::reporterName).distinct().toList();
    out.append("places:  ").append(places.size()).append(places.size() == 1 ? " jurisdiction: " : " jurisdictions: ")
        .append(String.join("、", places)).append("\n\n");

    out.append("Headline numbers by jurisdiction (— = not stated; rates are exact fractions)\n");
    TextTable table = new TextTable().left("jurisdiction").left("year").left("kind").right("numbers")
        .right("行政复议 received").right("受理率 acceptance").right("纠错率 correction").right("行政诉讼 received");
    Map<String, Headline> headlines = headlines(reports);
    for (String place : headlines.keySet()) {
      List<Report> mine = reports.stream().filter(r -> r.reporterName().equals(place)).toList();
      Headline h = headlines.get(place);
      table.row(place,
          mine.stream().map(r -> r.year().toString()).distinct().collect(Collectors.joining(",")),
          mine.stream().map(r -> shortKind(r.kind())).distinct().collect(Collectors.joining(",")),
          Long.toString(mine.stream().mapToLong(r -> r.indicators().size()).sum()),
          h.received(), h.acceptance(), h.correction(), h.litigation());
    }
    out.append(table.render());

    List<HeadlineTotal> totals = totals(reports);
    if (!totals.isEmpty()) {
      out.append("\nThe totals most reports state (\"stated in\" = reports that state it; unknown is not 0)\n");
      TextTable top = new TextTable().left("code").left("indicator").right("total").right("stated in");
      for (HeadlineTotal total : totals) {
        top.row(total.code(), total.name(), total.total(), total.statedIn() + "/" + reports.size());
      }
      out.append(top.render());
    }
    String chartCode = totals.isEmpty() ? "reconsideration.acceptance_rate" : totals.get(0).code();
    TextTable next = new TextTable().left("Next:").left("");
    next.row("  fazhi check --summary", "one line per report: errors, warnings, the first error")
        .row("  fazhi check --min-severity error", "only the numbers that contradict each other")
        .row("  fazhi chart " + chartCode + " --out chart.png", "a bar chart by jurisdiction (.svg or .png)")
        .row("  fazhi stats --group-by jurisdiction", "every total and rate (--format table|csv|json)")
        .row("  fazhi check FILES|DIRS", "your own reports (fazhi JSON); --help on any command");
    List<String> lines = next.render().lines().toList();
    out.append("\nNext:\n");
    lines.subList(2, lines.size()).forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  private static String shortKind(ReportKind kind) {
    return switch (kind) {
      case RULE_OF_LAW_ANNUAL -> "法治政府";
      case OPEN_GOV_INFO_ANNUAL -> "政务公开";
      case ENFORCEMENT_STATISTICS_ANNUAL -> "执法统计";
      case RECONSIDERATION_ANNUAL -> "行政复议";
    };
  }

  // ---- The only calls to ReportStatistics (kept here so that a change of that API touches two methods).

  /** Review headline numbers per jurisdiction, in the order of the group keys. */
  static Map<String, Headline> headlines(List<Report> reports) {
    Map<String, Headline> out = new java.util.LinkedHashMap<>();
    Reports.of(reports).groupBy(Grouping.JURISDICTION).forEach((place, stats) -> out.put(place,
        new Headline(
            received(stats, Procedure.RECONSIDERATION),
            Numbers.rate(stats.rate(Procedure.RECONSIDERATION, TallyRate.ACCEPTANCE)),
            Numbers.rate(stats.rate(Procedure.RECONSIDERATION, TallyRate.CORRECTION)),
            received(stats, Procedure.LITIGATION))));
    return out;
  }

  /** The {@link #TOP_TOTALS} catalogue totals stated by most reports, most first, then in catalogue order. */
  static List<HeadlineTotal> totals(List<Report> reports) {
    ReportStatistics stats = ReportStatistics.of(reports);
    List<HeadlineTotal> out = new ArrayList<>();
    for (IndicatorTotal total : stats.totals().values()) {
      if (total.coverage() > 0) {
        String name = stats.catalog().entry(total.code()).map(CatalogEntry::chinese)
            .or(() -> reviewCountName(total.code())).orElse(total.code());
        out.add(new HeadlineTotal(total.code(), name, StatedNumber.total(total.total()), total.coverage()));
      }
    }
    out.sort(Comparator.comparingLong(HeadlineTotal::statedIn).reversed());
    return List.copyOf(out.subList(0, Math.min(TOP_TOTALS, out.size())));
  }

  /**
   * The Chinese name of a review count that is not a catalogue code, such as {@code reconsideration.pending}
   * (行政复议尚未审结) or {@code litigation.received} (行政诉讼收到).
   */
  static Optional<String> reviewCountName(String code) {
    for (Procedure procedure : Procedure.values()) {
      for (ReviewCount count : ReviewCount.values()) {
        if (count.code(procedure).equals(code)) {
          return Optional.of(procedure.chinese() + count.chinese());
        }
      }
    }
    return Optional.empty();
  }

  /** The received cases summed over the reports that state them; {@code —} when none does. */
  private static String received(ReportStatistics stats, Procedure procedure) {
    IndicatorTotal received = stats.count(procedure, ReviewCount.RECEIVED);
    Optional<java.math.BigDecimal> sum = received.total().sum();
    return received.coverage() == 0 || sum.isEmpty()
        ? Numbers.count(OptionalLong.empty())
        : sum.get().stripTrailingZeros().toPlainString();
  }
}
