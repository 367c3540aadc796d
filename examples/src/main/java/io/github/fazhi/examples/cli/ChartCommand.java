package io.github.fazhi.examples.cli;

import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Total;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.stats.Grouping;
import io.github.fazhi.stats.IndicatorTotal;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.stats.Reports;
import io.github.fazhi.stats.TallyRate;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chart}: a bar chart, as SVG, of one number across jurisdictions (or years, parents, levels): a
 * catalogue total ({@code openness.items_published}), a catalogue ratio ({@code mediation.success_rate}),
 * or a review rate of the reports' tallies ({@code reconsideration.acceptance_rate}; the pattern
 * {@code PROCEDURE.RATE_rate} always means the tally rate that {@code stats} shows). A group whose
 * reports do not state the number gets no bar: unknown is not 0.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = "A bar chart (SVG) of one indicator code, or a review rate such as "
        + "reconsideration.acceptance_rate, across jurisdictions or years.")
final class ChartCommand implements Callable<Integer> {
  private static final Pattern REVIEW_RATE =
      Pattern.compile("(reconsideration|litigation)\\.(acceptance|closure|correction|mediation)_rate");
  private static final int BAR_WIDTH = 110;

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INDICATOR",
      description = "A catalogue code (a total or a ratio), or PROCEDURE.RATE_rate with PROCEDURE "
          + "reconsideration|litigation and RATE acceptance|closure|correction|mediation.")
  String indicator = "";

  @Parameters(index = "1..*", paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files or folders of *.json; default: the bundled reports.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE.svg", description = "Where to write the SVG.")
  Path out = Path.of("chart.svg");

  @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "jurisdiction",
      description = "One bar per: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Grouping by = Grouping.JURISDICTION;

  /** One bar's value and how it shows. */
  private record Bar(BigDecimal value, String shown) {}

  /** How to get the charted number from a group's statistics, and the axis label. */
  private record Measure(String axis, Function<ReportStatistics, Optional<Bar>> value) {}

  @Override
  public Integer call() throws IOException {
    Measure measure = measure();
    ReportLoader.Loaded loaded = ReportLoader.load(files);
    boolean errors = FazhiCommand.reportErrors(spec, loaded);
    Map<String, Bar> bars = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    Reports.of(loaded.values()).groupBy(by).forEach((group, stats) -> {
      Optional<Bar> bar = measure.value().apply(stats);
      if (bar.isPresent()) {
        bars.put(group, bar.get());
      } else {
        unknown.add(group);
      }
    });
    PrintWriter stdout = spec.commandLine().getOut();
    if (bars.isEmpty()) {
      spec.commandLine().getErr().println("fazhi: no report states " + indicator + "; nothing to draw");
      spec.commandLine().getErr().flush();
      return errors ? FazhiCommand.BAD_INPUT : FazhiCommand.FINDINGS;
    }
    Files.writeString(out, svg(bars, measure.axis()), StandardCharsets.UTF_8);
    stdout.println("wrote " + out + ": " + indicator + " by " + by.name().toLowerCase(Locale.ROOT) + ", "
        + bars.size() + (bars.size() == 1 ? " bar" : " bars"));
    bars.forEach((group, bar) -> stdout.println("  " + group + "  " + bar.shown()));
    if (!unknown.isEmpty()) {
      stdout.println("  not stated (no bar): " + String.join(", ", unknown));
    }
    stdout.flush();
    return errors ? FazhiCommand.BAD_INPUT : FazhiCommand.OK;
  }

  private Measure measure() {
    Matcher review = REVIEW_RATE.matcher(indicator);
    if (review.matches()) {
      Procedure procedure = Procedure.valueOf(review.group(1).toUpperCase(Locale.ROOT));
      TallyRate rate = TallyRate.valueOf(review.group(2).toUpperCase(Locale.ROOT));
      return new Measure(procedure.chinese() + rate.chinese() + " (%)",
          stats -> stats.rate(procedure, rate).map(ChartCommand::bar));
    }
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    CatalogEntry entry = catalog.entry(indicator).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Unknown INDICATOR '" + indicator + "': not a catalogue code nor PROCEDURE.RATE_rate"));
    Aggregation.Type type = entry.aggregation().type();
    if (type == Aggregation.Type.SUM) {
      return new Measure(entry.chinese() + " (" + entry.unit().base().written() + ")", stats -> {
        IndicatorTotal total = stats.total(indicator);
        Total sum = total.total();
        if (total.coverage() == 0 || sum.sum().isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new Bar(sum.sum().get(), Numbers.total(sum)));
      });
    }
    if (type == Aggregation.Type.RATIO) {
      return new Measure(entry.chinese() + " (%)", stats -> stats.ratio(indicator).map(ChartCommand::bar));
    }
    throw new ParameterException(spec.commandLine(),
        "INDICATOR '" + indicator + "' cannot be charted across reports: the catalogue does not add it up ("
            + entry.aggregation() + ")");
  }

  private static Bar bar(Rate rate) {
    return new Bar(Numbers.percent(rate), Numbers.rate(Optional.of(rate)));
  }

  private String svg(Map<String, Bar> bars, String axis) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    bars.forEach((group, bar) -> data.addValue(bar.value(), indicator, group));
    JFreeChart chart = ChartFactory.createBarChart(indicator, by.chinese(), axis, data,
        PlotOrientation.VERTICAL, false, false, false);
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    chart.getTitle().setFont(font.deriveFont(Font.BOLD, 16f));
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    CategoryAxis categories = plot.getDomainAxis();
    categories.setTickLabelFont(font);
    categories.setMaximumCategoryLabelLines(2);
    categories.setMaximumCategoryLabelWidthRatio(1.5f);
    if (bars.size() > 8) {
      categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, new Color(0x3B, 0x6E, 0xA5));
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(font.deriveFont(10f));
    int width = Math.max(640, 160 + BAR_WIDTH * bars.size());
    int height = 480;
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    chart.draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGDocument();
  }
}
