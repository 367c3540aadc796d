package io.github.fazhi.examples.cli;

import io.github.fazhi.Indicator;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.Total;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.examples.chart.BarChart;
import io.github.fazhi.examples.chart.ChineseFont;
import io.github.fazhi.examples.chart.PngChart;
import io.github.fazhi.examples.chart.SvgChart;
import io.github.fazhi.examples.files.AtomicFiles;
import io.github.fazhi.stats.Grouping;
import io.github.fazhi.stats.IndicatorTotal;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.stats.Reports;
import io.github.fazhi.stats.TallyRate;
import io.github.fazhi.stats.opengov.OpenGovCodes;
import io.github.fazhi.stats.opengov.OpenGovStatistics;
import java.awt.Font;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chart}: a bar chart of one number across jurisdictions (or years, parents, levels), as SVG or PNG:
 * a catalogue total ({@code openness.items_published}), a catalogue ratio ({@code mediation.success_rate}),
 * a review rate of the reports' tallies ({@code reconsideration.acceptance_rate}; the pattern
 * {@code PROCEDURE.RATE_rate} always means the tally rate that {@code stats} shows), or a 政府信息公开 code
 * of the reports' tables ({@code open_gov.received}, {@code open_gov.disclosed_share}; see
 * {@link OpenGovCodes}).
 *
 * <p>The chart speaks words: its title is the catalogue's Chinese name and unit and the grouping
 * ({@code 主动公开信息（条），按辖区}), the code a subtitle; each bar shows its number as the report states it
 * ({@code 15.8万条}, {@code 3000余人次}); bars run from the largest down (years in order); the groups whose
 * reports do not state the number get no bar (unknown is not 0) and are named under the chart.
 *
 * <p>A report that cannot be summed with the others of its group ({@link Summing}) is named on stderr and
 * left out; the others are drawn, and the exit status is 2. The chart is written whole or not at all
 * ({@link AtomicFiles}): an existing chart is never replaced by a part of one.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = "A bar chart (SVG, or PNG for documents) of one indicator code, or a review rate such as "
        + "reconsideration.acceptance_rate, across jurisdictions or years.")
final class ChartCommand implements Callable<Integer> {
  private static final Pattern REVIEW_RATE =
      Pattern.compile("(reconsideration|litigation)\\.(acceptance|closure|correction|mediation)_rate");

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Mixin ReadingThreads reading = new ReadingThreads();

  @Parameters(index = "0", paramLabel = "INDICATOR",
      description = "A catalogue code (a total or a ratio), PROCEDURE.RATE_rate with PROCEDURE "
          + "reconsideration|litigation and RATE acceptance|closure|correction|mediation, or an "
          + "open-government-information code (open_gov.received, open_gov.disclosed_share, … as stats shows).")
  String indicator = "";

  @Parameters(index = "1..*", paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files or folders (.json and reports as published: .txt, .html, .htm, .pdf, .docx, .doc, .md); default: the bundled reports.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE.svg|FILE.png",
      description = "Where to write the chart: SVG (any browser, scales to any size), or PNG when the name "
          + "ends in .png (1600 pixels wide at 192 dpi, to paste into a document; needs a Chinese font on "
          + "this machine, such as Noto Sans CJK).")
  Path out = Path.of("chart.svg");

  @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "jurisdiction",
      description = "One bar per: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Grouping by = Grouping.JURISDICTION;

  /** Finds a font that draws a text; replaced in tests to act out a machine without Chinese fonts. */
  Function<String, Optional<Font>> fonts = ChineseFont::find;

  /** One bar: its length, how its number shows, and whether that number is a bound (余, 以上…). */
  private record Value(BigDecimal value, String shown, boolean bound) {}

  /** What is charted: its Chinese name, its unit, and how a group's statistics give its value. */
  private record Measure(String name, String unit, Function<Reports, Optional<Value>> value) {}

  @Override
  public Integer call() throws IOException {
    Measure measure = measure();
    ReportLoader.Loaded loaded;
    try (Progress progress = Progress.onStderr(spec, "reading")) {
      loaded = ReportLoader.load(files, progress, reading.threads());
    }
    boolean errors = FazhiCommand.reportErrors(spec, loaded);
    List<BarChart.Bar> bars = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    boolean bounds = false;
    // Grouped here rather than by Reports.groupBy: a bar shows its single stated number as written, which
    // needs the group's reports, not only its sums.
    java.util.SortedMap<String, List<Report>> groups = new java.util.TreeMap<>();
    // A report that cannot be summed with the others of its group is named and left out; the rest are drawn.
    Summing sums = new Summing(by);
    long charted = 0;
    for (ReportLoader.Source source : loaded.reports()) {
      Report report = source.report();
      Optional<String> refused = sums.add(report);
      if (refused.isPresent()) {
        spec.commandLine().getErr().println("fazhi: error: " + Terminal.quote(source.name()) + ": "
            + Terminal.safe(CheckCommand.title(report)) + " cannot be summed, so it is left out of the chart: "
            + refused.get());
        errors = true;
        continue;
      }
      charted++;
      by.keyOf(report).ifPresent(key -> groups.computeIfAbsent(key, k -> new ArrayList<>()).add(report));
    }
    spec.commandLine().getErr().flush();
    for (var group : groups.entrySet()) {
      String label = label(group.getKey());
      Optional<Value> value = measure.value().apply(Reports.of(group.getValue()));
      if (value.isPresent()) {
        bars.add(new BarChart.Bar(label, value.get().value(), value.get().shown()));
        bounds |= value.get().bound();
      } else {
        unknown.add(label);
      }
    }
    if (bars.isEmpty()) {
      spec.commandLine().getErr().println("fazhi: no report states " + indicator + "; nothing to draw");
      spec.commandLine().getErr().flush();
      return errors ? FazhiCommand.BAD_INPUT : FazhiCommand.FINDINGS;
    }
    if (by != Grouping.YEAR) {
      bars.sort(Comparator.comparing(BarChart.Bar::value).reversed().thenComparing(BarChart.Bar::label));
    }
    BarChart chart = chart(measure, charted, bars, unknown, bounds);
    if (!write(chart)) {
      return FazhiCommand.BAD_INPUT;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("wrote " + Terminal.quote(out.toString()) + ": " + chart.title() + " (" + indicator + "), " + bars.size()
        + (bars.size() == 1 ? " bar" : " bars"));
    for (BarChart.Bar bar : bars) {
      stdout.println("  " + Terminal.safe(bar.label()) + "  " + Terminal.safe(bar.shown()));
    }
    if (!unknown.isEmpty()) {
      stdout.println("  not stated (no bar): " + Terminal.safe(String.join(", ", unknown)));
    }
    stdout.flush();
    return errors ? FazhiCommand.BAD_INPUT : FazhiCommand.OK;
  }

  private BarChart chart(Measure measure, long reports, List<BarChart.Bar> bars, List<String> unknown,
      boolean bounds) {
    String valueAxis = measure.name() + "（" + measure.unit() + "）";
    String subtitle = indicator + " · " + reports + " 份报告，" + bars.size() + " 个" + by.chinese() + "载明";
    List<String> notes = new ArrayList<>();
    if (!unknown.isEmpty()) {
      notes.add("未载明（无柱）：" + String.join("、", unknown));
    }
    if (bounds) {
      notes.add("带“余”“以上”“约”等的数字按所述数值绘制，实际值可能更大或更小。");
    }
    return new BarChart(valueAxis + "，按" + by.chinese(), subtitle, by.chinese(), valueAxis, bars, notes);
  }

  /** Writes the SVG, or the PNG; false (with a line on stderr) when a PNG cannot get Chinese glyphs. */
  private boolean write(BarChart chart) throws IOException {
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      AtomicFiles.writeString(out, SvgChart.render(chart));
      return true;
    }
    Optional<Font> font = fonts.apply(String.join("", chart.texts()));
    if (font.isPresent()) {
      PngChart.write(PngChart.paint(chart, font.get()), out);
      return true;
    }
    String name = out.getFileName().toString();
    Path svg = out.resolveSibling(name.substring(0, name.length() - ".png".length()) + ".svg");
    AtomicFiles.writeString(svg, SvgChart.render(chart));
    spec.commandLine().getErr().println("fazhi: error: no font on this machine draws Chinese, so "
        + Terminal.quote(out.toString()) + " would show boxes; wrote " + Terminal.quote(svg.toString()) + " instead (any browser shows it; Word and WPS insert SVG too). "
        + "For PNG, install a Chinese font (Debian/Ubuntu: apt-get install fonts-noto-cjk).");
    spec.commandLine().getErr().flush();
    return false;
  }

  /** Groups by level are keyed by the enum's name; a chart shows the level's Chinese name. */
  private String label(String key) {
    if (by == Grouping.LEVEL) {
      try {
        return JurisdictionLevel.valueOf(key).chinese();
      } catch (IllegalArgumentException e) {
        return key;
      }
    }
    return key;
  }

  private Measure measure() {
    Optional<OpenGovCodes.Code> openGov = OpenGovCodes.find(indicator);
    if (openGov.isPresent()) {
      return openGovMeasure(openGov.get());
    }
    Matcher review = REVIEW_RATE.matcher(indicator);
    if (review.matches()) {
      Procedure procedure = Procedure.valueOf(review.group(1).toUpperCase(Locale.ROOT));
      TallyRate rate = TallyRate.valueOf(review.group(2).toUpperCase(Locale.ROOT));
      return new Measure(procedure.chinese() + rate.chinese(), "%",
          group -> group.statistics().rate(procedure, rate).map(ChartCommand::value));
    }
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    CatalogEntry entry = catalog.entry(indicator).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Unknown INDICATOR '" + indicator + "': not a catalogue code, PROCEDURE.RATE_rate nor open_gov code"));
    Aggregation.Type type = entry.aggregation().type();
    if (type == Aggregation.Type.SUM) {
      return new Measure(entry.chinese(), entry.unit().base().written(), this::total);
    }
    if (type == Aggregation.Type.RATIO) {
      return new Measure(entry.chinese(), "%", group -> group.statistics().ratio(indicator).map(ChartCommand::value));
    }
    throw new ParameterException(spec.commandLine(),
        "INDICATOR '" + indicator + "' cannot be charted across reports: the catalogue does not add it up ("
            + entry.aggregation() + ")");
  }

  /**
   * A group's total: its length is the sum in the base unit; it shows as the report states it when one
   * number makes it ({@code 15.8万条}), else as the sum with 万 or 亿 where exact.
   */
  private Optional<Value> total(Reports group) {
    IndicatorTotal total = group.statistics().total(indicator);
    Total sum = total.total();
    if (total.coverage() == 0 || sum.sum().isEmpty()) {
      return Optional.empty();
    }
    boolean bound = sum.qualifier().map(q -> q != io.github.fazhi.Qualifier.EXACT).orElse(true);
    List<Indicator> stated = new ArrayList<>();
    for (Report report : group.reports()) {
      stated.addAll(report.indicators(indicator));
    }
    String shown = stated.size() == 1 ? StatedNumber.of(stated.get(0)) : StatedNumber.total(sum);
    return Optional.of(new Value(sum.sum().get(), shown, bound));
  }

  /**
   * A 政府信息公开 code: a count of applications, as a sum over the group's reports that state it, or a
   * share, as a ratio of sums.
   */
  private static Measure openGovMeasure(OpenGovCodes.Code code) {
    Function<OpenGovStatistics, OpenGovStatistics.Share> share = code.share();
    if (share != null) {
      return new Measure(code.chinese(), "%",
          group -> share.apply(OpenGovStatistics.of(group.reports())).rate().map(ChartCommand::value));
    }
    Function<OpenGovStatistics, OpenGovStatistics.Count> count = Objects.requireNonNull(code.count());
    return new Measure(code.chinese(), OpenGovCodes.APPLICATIONS.written(), group -> {
      OpenGovStatistics.Count sum = count.apply(OpenGovStatistics.of(group.reports()));
      return sum.reports() == 0 ? Optional.empty()
          : Optional.of(new Value(BigDecimal.valueOf(sum.sum()), sum.sum() + OpenGovCodes.APPLICATIONS.written(),
              false));
    });
  }

  private static Value value(Rate rate) {
    return new Value(Numbers.percent(rate), Numbers.rate(Optional.of(rate)), false);
  }
}
