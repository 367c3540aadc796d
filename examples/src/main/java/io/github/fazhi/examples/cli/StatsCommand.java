package io.github.fazhi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.stats.Grouping;
import io.github.fazhi.stats.IndicatorTotal;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.stats.TallyRate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stats}: totals of catalogue indicators with their coverage (how many reports state each), ratio
 * indicators, and review tallies with their rates, over all reports or per group. Rates are ratios of
 * sums; an unknown count or rate shows as {@code —}, never 0.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Totals per catalogue code with coverage, and review tallies with rates "
        + "(acceptance, closure, correction, mediation).")
final class StatsCommand implements Callable<Integer> {
  /** The group name when reports are not grouped. */
  static final String ALL = "all";

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files (one report, an array, or one per line) or folders of *.json; "
          + "default: the bundled reports.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--group-by", paramLabel = "GROUPING",
      description = "Group by one of: ${COMPLETION-CANDIDATES}.")
  @Nullable Grouping groupBy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Override
  public Integer call() {
    ReportLoader.Loaded loaded = ReportLoader.load(files);
    boolean errors = FazhiCommand.reportErrors(spec, loaded);
    ReportStatistics all = ReportStatistics.of(loaded.values());
    Map<String, ReportStatistics> groups = new LinkedHashMap<>();
    if (groupBy == null) {
      groups.put(ALL, all);
    } else {
      groups.putAll(all.groupBy(groupBy));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> out.print(table(all, groups));
      case CSV -> out.print(csv(groups));
      case JSON -> out.print(json(all, groups));
    }
    out.flush();
    return errors ? FazhiCommand.BAD_INPUT : FazhiCommand.OK;
  }

  private static List<CatalogEntry> entries(ReportStatistics stats, Aggregation.Type type) {
    return stats.catalog().entries().stream()
        .filter(entry -> entry.aggregation().type() == type)
        .toList();
  }

  private static String procedureCode(Procedure procedure) {
    return procedure.name().toLowerCase(Locale.ROOT);
  }

  private static String rateCode(TallyRate rate) {
    return rate.name().toLowerCase(Locale.ROOT) + "_rate";
  }

  // ---- table

  private String table(ReportStatistics all, Map<String, ReportStatistics> groups) {
    StringBuilder out = new StringBuilder();
    SortedSet<java.time.Year> years = all.years();
    out.append(all.reportCount()).append(all.reportCount() == 1 ? " report" : " reports");
    if (!years.isEmpty()) {
      out.append(", ").append(years.first())
          .append(years.size() > 1 ? "–" + years.last() : "");
    }
    out.append(groupBy == null ? "" : ", grouped by " + groupBy.name().toLowerCase(Locale.ROOT))
        .append("\n\nIndicator totals (catalogue codes; \"stated in\" = reports that state it)\n");
    TextTable totals = new TextTable().left("group").left("code").left("indicator").right("total")
        .right("stated in");
    TextTable ratios = new TextTable().left("group").left("code").left("indicator").right("ratio of sums")
        .right("stated in");
    TextTable reviews = new TextTable().left("group").left("procedure").right("reports").right("received")
        .right("accepted").right("concluded").right("pending");
    for (TallyRate rate : TallyRate.values()) {
      reviews.right(rate.name().toLowerCase(Locale.ROOT));
    }
    groups.forEach((group, stats) -> {
      for (CatalogEntry entry : entries(stats, Aggregation.Type.SUM)) {
        IndicatorTotal total = stats.total(entry.code());
        if (total.coverage() > 0) {
          totals.row(group, entry.code(), entry.chinese(), Numbers.total(total.total()),
              total.coverage() + "/" + total.reports());
        }
      }
      for (CatalogEntry entry : entries(stats, Aggregation.Type.RATIO)) {
        long coverage = stats.ratioCoverage(entry.code());
        if (coverage > 0) {
          ratios.row(group, entry.code(), entry.chinese(), Numbers.rate(stats.ratio(entry.code())),
              coverage + "/" + stats.reportCount());
        }
      }
      for (Procedure procedure : Procedure.values()) {
        Optional<ReviewTally> tally = stats.tally(procedure);
        if (tally.isEmpty()) {
          continue;
        }
        ReviewTally t = tally.get();
        List<String> cells = new ArrayList<>(List.of(group, procedure.chinese(),
            stats.tallyCoverage(procedure) + "/" + stats.reportCount(), Numbers.count(t.received()),
            Numbers.count(t.accepted()), Numbers.count(t.concludedIncludingWithdrawn()),
            Numbers.count(t.pending())));
        for (TallyRate rate : TallyRate.values()) {
          cells.add(Numbers.rate(stats.rate(procedure, rate)));
        }
        reviews.row(cells.toArray(new String[0]));
      }
    });
    out.append(totals.isEmpty() ? "(none)\n" : totals.render());
    if (!ratios.isEmpty()) {
      out.append("\nRatio indicators (ratio of summed numerators and denominators)\n").append(ratios.render());
    }
    out.append("\nReview tallies (concluded includes withdrawn; rates are ratios of sums; — = unknown)\n")
        .append(reviews.isEmpty() ? "(none)\n" : reviews.render());
    return out.toString();
  }

  // ---- CSV: one row per number, in long form

  /** The CSV columns. */
  static final List<String> CSV_COLUMNS = List.of(
      "group", "section", "code", "value", "unit", "qualifier", "numerator", "denominator", "stated_in",
      "reports");

  private static String csv(Map<String, ReportStatistics> groups) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    CSV_COLUMNS.forEach(schema::addColumn);
    List<Map<String, String>> rows = new ArrayList<>();
    groups.forEach((group, stats) -> {
      String reports = Long.toString(stats.reportCount());
      for (CatalogEntry entry : entries(stats, Aggregation.Type.SUM)) {
        IndicatorTotal total = stats.total(entry.code());
        if (total.coverage() > 0) {
          rows.add(row(group, "total", entry.code(),
              total.total().sum().map(Numbers::plain).orElse(""),
              total.total().unit().map(u -> u.written()).orElse(""),
              total.total().qualifier().map(q -> q.name().toLowerCase(Locale.ROOT)).orElse("unbounded"),
              "", "", Long.toString(total.coverage()), reports));
        }
      }
      for (CatalogEntry entry : entries(stats, Aggregation.Type.RATIO)) {
        long coverage = stats.ratioCoverage(entry.code());
        if (coverage > 0) {
          rows.add(rateRow(group, "ratio", entry.code(), stats.ratio(entry.code()), coverage, reports));
        }
      }
      for (Procedure procedure : Procedure.values()) {
        Optional<ReviewTally> tally = stats.tally(procedure);
        if (tally.isEmpty()) {
          continue;
        }
        ReviewTally t = tally.get();
        long coverage = stats.tallyCoverage(procedure);
        String p = procedureCode(procedure);
        rows.add(countRow(group, p + ".received", t.received(), coverage, reports));
        rows.add(countRow(group, p + ".accepted", t.accepted(), coverage, reports));
        rows.add(countRow(group, p + ".concluded", t.concludedIncludingWithdrawn(), coverage, reports));
        rows.add(countRow(group, p + ".pending", t.pending(), coverage, reports));
        for (TallyRate rate : TallyRate.values()) {
          rows.add(rateRow(group, "review", p + "." + rateCode(rate), stats.rate(procedure, rate), coverage,
              reports));
        }
      }
    });
    try {
      return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> row(String... cells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      row.put(CSV_COLUMNS.get(i), cells[i]);
    }
    return row;
  }

  private static Map<String, String> countRow(
      String group, String code, OptionalLong count, long coverage, String reports) {
    return row(group, "review", code, count.isPresent() ? Long.toString(count.getAsLong()) : "", "件",
        count.isPresent() ? "exact" : "", "", "", Long.toString(coverage), reports);
  }

  private static Map<String, String> rateRow(
      String group, String section, String code, Optional<Rate> rate, long coverage, String reports) {
    return row(group, section, code, rate.map(r -> Numbers.percent(r).toPlainString()).orElse(""), "%",
        rate.isPresent() ? "exact" : "",
        rate.map(r -> Long.toString(r.numerator())).orElse(""),
        rate.map(r -> Long.toString(r.denominator())).orElse(""), Long.toString(coverage), reports);
  }

  // ---- JSON

  private String json(ReportStatistics all, Map<String, ReportStatistics> groups) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("reports", all.reportCount());
    ArrayNode years = root.putArray("years");
    all.years().forEach(year -> years.add(year.getValue()));
    if (groupBy == null) {
      root.putNull("groupBy");
    } else {
      root.put("groupBy", groupBy.name().toLowerCase(Locale.ROOT));
    }
    ArrayNode groupsNode = root.putArray("groups");
    groups.forEach((group, stats) -> {
      ObjectNode g = groupsNode.addObject();
      g.put("group", group);
      g.put("reports", stats.reportCount());
      ArrayNode totals = g.putArray("totals");
      for (CatalogEntry entry : entries(stats, Aggregation.Type.SUM)) {
        IndicatorTotal total = stats.total(entry.code());
        if (total.coverage() > 0) {
          ObjectNode t = totals.addObject();
          t.put("code", entry.code());
          t.put("indicator", entry.chinese());
          total.total().sum().ifPresentOrElse(sum -> t.put("sum", sum), () -> t.putNull("sum"));
          t.put("unit", total.total().unit().map(u -> u.written()).orElse(null));
          t.put("qualifier", total.total().qualifier().map(q -> q.name().toLowerCase(Locale.ROOT))
              .orElse("unbounded"));
          t.put("statedIn", total.coverage());
        }
      }
      ArrayNode ratios = g.putArray("ratios");
      for (CatalogEntry entry : entries(stats, Aggregation.Type.RATIO)) {
        long coverage = stats.ratioCoverage(entry.code());
        if (coverage > 0) {
          ObjectNode r = ratios.addObject();
          r.put("code", entry.code());
          rate(r, "ratio", stats.ratio(entry.code()));
          r.put("statedIn", coverage);
        }
      }
      ArrayNode reviews = g.putArray("reviews");
      for (Procedure procedure : Procedure.values()) {
        Optional<ReviewTally> tally = stats.tally(procedure);
        if (tally.isEmpty()) {
          continue;
        }
        ReviewTally t = tally.get();
        ObjectNode r = reviews.addObject();
        r.put("procedure", procedureCode(procedure));
        r.put("statedIn", stats.tallyCoverage(procedure));
        count(r, "received", t.received());
        count(r, "accepted", t.accepted());
        count(r, "concluded", t.concludedIncludingWithdrawn());
        count(r, "pending", t.pending());
        ObjectNode rates = r.putObject("rates");
        for (TallyRate rate : TallyRate.values()) {
          rate(rates, rate.name().toLowerCase(Locale.ROOT), stats.rate(procedure, rate));
        }
      }
    });
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void count(ObjectNode node, String name, OptionalLong count) {
    if (count.isPresent()) {
      node.put(name, count.getAsLong());
    } else {
      node.putNull(name);
    }
  }

  private static void rate(ObjectNode node, String name, Optional<Rate> rate) {
    if (rate.isEmpty()) {
      node.putNull(name);
      return;
    }
    ObjectNode r = node.putObject(name);
    r.put("numerator", rate.get().numerator());
    r.put("denominator", rate.get().denominator());
    r.put("percent", Numbers.percent(rate.get()));
  }
}
