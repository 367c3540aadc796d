package io.github.fazhi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Total;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.stats.Grouping;
import io.github.fazhi.stats.IndicatorTotal;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.stats.ReviewCount;
import io.github.fazhi.stats.TallyRate;
import io.github.fazhi.stats.opengov.OpenGovCodes;
import io.github.fazhi.stats.opengov.OpenGovStatistics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stats}: totals of catalogue indicators with their coverage (how many reports state each), ratio
 * indicators, review counts and rates, and the 政府信息公开 codes of the reports' tables
 * ({@link OpenGovCodes}), over all reports or per group. Each quantity appears once,
 * under one code: a review count that is also a catalogue code ({@code reconsideration.received}) is
 * shown with the review counts only. Rates are ratios of sums over the reports that state both counts;
 * an unknown count or rate shows as {@code —}, never 0. Rows are built once and rendered as a table, CSV
 * or JSON.
 *
 * <p>Reports are read and summed one at a time ({@link ReportLoader#forEach}, {@link Summing}): memory holds
 * the sums, not the reports. A report that cannot be summed (a sum past the largest {@code long}, units that
 * count different things) gives one line on stderr naming its file, is left out, and the others are
 * summed; the exit status is then 2.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Totals per catalogue code with coverage, review counts and rates "
        + "(acceptance, closure, correction, mediation), and the open-government-information codes "
        + "(open_gov.*: applications by applicant, shares disclosed, carried over, Table C correction rates), "
        + "each with the number of reports that state it.")
final class StatsCommand implements Callable<Integer> {
  /** The group name when reports are not grouped. */
  static final String ALL = "all";

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Mixin ReadingThreads reading = new ReadingThreads();

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files (one report, an array, or one per line) or folders (.json and reports as published); "
          + "default: the bundled reports.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--group-by", paramLabel = "GROUPING",
      description = "Group by one of: ${COMPLETION-CANDIDATES}.")
  @Nullable Grouping groupBy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Option(names = "--out", paramLabel = "FILE.xlsx",
      description = "The workbook to write with --format xlsx (one sheet per table); required for xlsx.")
  @Nullable Path workbook;

  @Option(names = "--bom",
      description = "With --format csv: start with a UTF-8 byte order mark, so that Excel on Windows reads the "
          + "Chinese text as UTF-8 (without it, Excel shows mojibake).")
  boolean bom;

  /**
   * Where a row belongs: a catalogue total, a catalogue ratio, a review count or rate, or a count or share
   * of the 政府信息公开 tables.
   */
  enum Section {
    TOTAL, RATIO, REVIEW, OPEN_GOV;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One number of the statistics: a total ({@code total} present) or a rate ({@code total} absent),
   * with how many of the group's reports state it.
   */
  record Row(String group, Section section, String code, String indicator, @Nullable Procedure procedure,
      @Nullable Total total, Optional<Rate> rate, long statedIn, long reports) {
    boolean isRate() {
      return total == null;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (format == Format.XLSX && workbook == null) {
      spec.commandLine().getErr().println("fazhi: error: --out FILE.xlsx is required for --format xlsx");
      spec.commandLine().getErr().flush();
      return FazhiCommand.BAD_INPUT;
    }
    Summing sums = new Summing(groupBy);
    PrintWriter err = spec.commandLine().getErr();
    boolean[] failed = {false};
    // One report at a time: a report that cannot be summed is named, and the others are still summed.
    ReportLoader.forEach(files, reading.threads(), Progress.silent(), source -> sums.add(source.report()).ifPresent(reason -> {
      err.println("fazhi: error: " + Terminal.quote(source.name()) + ": " + Terminal.safe(CheckCommand.title(source.report()))
          + " cannot be summed, so it is left out of the statistics: " + reason);
      err.flush();
      failed[0] = true;
    }), line -> {
      err.println("fazhi: error: " + Terminal.safe(line));
      err.flush();
      failed[0] = true;
    });
    ReportStatistics all = sums.all();
    Map<String, ReportStatistics> groups = sums.groups(ALL);
    Map<String, OpenGovStatistics> openGov = sums.openGov(ALL);
    List<Row> rows = rows(groups, openGov);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> out.print(table(all, rows));
      case CSV -> out.print((bom ? "\uFEFF" : "") + csv(rows));
      case JSON -> out.print(json(all, groups, rows));
      case XLSX -> {
        Path file = Objects.requireNonNull(workbook);
        StatsSheets.write(rows, file);
        out.println(rows.size() + " rows written to " + Terminal.quote(file.toString()));
      }
    }
    out.flush();
    return failed[0] ? FazhiCommand.BAD_INPUT : FazhiCommand.OK;
  }

  // ---- rows, built once

  static List<Row> rows(Map<String, ReportStatistics> groups, Map<String, OpenGovStatistics> openGov) {
    List<Row> rows = new ArrayList<>();
    groups.forEach((group, stats) -> {
      rows.addAll(rows(group, stats));
      OpenGovStatistics tables = openGov.get(group);
      if (tables != null) {
        rows.addAll(openGovRows(group, tables, stats.reportCount()));
      }
    });
    return rows;
  }

  /**
   * The 政府信息公开 rows of a group with at least one such report: each count its reports state, and every
   * share (— when no report states both its counts).
   */
  static List<Row> openGovRows(String group, OpenGovStatistics tables, long reports) {
    List<Row> rows = new ArrayList<>();
    if (tables.reports() == 0) {
      return rows;
    }
    for (OpenGovCodes.Code code : OpenGovCodes.CODES) {
      Function<OpenGovStatistics, OpenGovStatistics.Share> shareOf = code.share();
      if (shareOf != null) {
        OpenGovStatistics.Share share = shareOf.apply(tables);
        rows.add(new Row(group, Section.OPEN_GOV, code.code(), code.chinese(), null, null, share.rate(),
            share.reports(), reports));
      } else {
        OpenGovStatistics.Count count = Objects.requireNonNull(code.count()).apply(tables);
        if (count.reports() > 0) {
          rows.add(new Row(group, Section.OPEN_GOV, code.code(), code.chinese(), null, OpenGovCodes.total(count),
              Optional.empty(), count.reports(), reports));
        }
      }
    }
    return rows;
  }

  private static List<Row> rows(String group, ReportStatistics stats) {
    List<Row> rows = new ArrayList<>();
    long reports = stats.reportCount();
    for (CatalogEntry entry : stats.catalog().entries()) {
      String code = entry.code();
      if (ReportStatistics.REVIEW_CODES.contains(code)) {
        continue; // shown with the review counts and rates: one quantity, one row
      }
      if (entry.aggregation().type() == Aggregation.Type.SUM) {
        IndicatorTotal total = stats.total(code);
        if (total.coverage() > 0) {
          rows.add(new Row(group, Section.TOTAL, code, entry.chinese(), null, total.total(), Optional.empty(),
              total.coverage(), reports));
        }
      } else if (entry.aggregation().type() == Aggregation.Type.RATIO && stats.ratioCoverage(code) > 0) {
        rows.add(new Row(group, Section.RATIO, code, entry.chinese(), null, null, stats.ratio(code),
            stats.ratioCoverage(code), reports));
      }
    }
    for (Procedure procedure : Procedure.values()) {
      List<Row> review = new ArrayList<>();
      for (ReviewCount count : ReviewCount.values()) {
        IndicatorTotal total = stats.count(procedure, count);
        if (total.coverage() > 0) {
          review.add(new Row(group, Section.REVIEW, total.code(), procedure.chinese() + count.chinese(), procedure,
              total.total(), Optional.empty(), total.coverage(), reports));
        }
      }
      if (review.isEmpty()) {
        continue; // no report states anything of this procedure
      }
      for (TallyRate rate : TallyRate.values()) {
        review.add(new Row(group, Section.REVIEW, rate.code(procedure), procedure.chinese() + rate.chinese(),
            procedure, null, stats.rate(procedure, rate), stats.rateCoverage(procedure, rate), reports));
      }
      rows.addAll(review);
    }
    return rows;
  }

  /** A total as the table shows it: {@code ≈ 158022 条 ± 500} for one that includes rounded figures. */
  static String total(Total total) {
    String shown = Numbers.total(total);
    return total.margin().signum() == 0 ? shown : shown + " ± " + Numbers.plain(total.margin());
  }

  // ---- table

  private String table(ReportStatistics all, List<Row> rows) {
    StringBuilder out = new StringBuilder();
    SortedSet<java.time.Year> years = all.years();
    out.append(all.reportCount()).append(all.reportCount() == 1 ? " report" : " reports");
    if (!years.isEmpty()) {
      out.append(", ").append(years.first())
          .append(years.size() > 1 ? "–" + years.last() : "");
    }
    out.append(groupBy == null ? "" : ", grouped by " + groupBy.name().toLowerCase(Locale.ROOT))
        .append("\n\nIndicator totals (catalogue codes; \"stated in\" = reports that state it)\n");
    TextTable totals = table("value");
    TextTable ratios = table("ratio of sums");
    TextTable reviews = table("value");
    TextTable openGov = table("value");
    for (Row row : rows) {
      String value = row.isRate() ? Numbers.rate(row.rate()) : total(Objects.requireNonNull(row.total()));
      TextTable table = switch (row.section()) {
        case TOTAL -> totals;
        case RATIO -> ratios;
        case REVIEW -> reviews;
        case OPEN_GOV -> openGov;
      };
      table.row(row.group(), row.code(), row.indicator(), value, row.statedIn() + "/" + row.reports());
    }
    out.append(totals.isEmpty() ? "(none)\n" : totals.render());
    if (!ratios.isEmpty()) {
      out.append("\nRatio indicators (ratio of summed numerators and denominators)\n").append(ratios.render());
    }
    out.append("\nReview counts and rates (each count over the reports that state it; concluded includes"
            + " withdrawn; rates are ratios of sums over the reports that state both counts; — = unknown)\n")
        .append(reviews.isEmpty() ? "(none)\n" : reviews.render());
    if (!openGov.isEmpty()) {
      out.append("\n政府信息公开 tables (Table B counts in the 总计 column unless an applicant is named; shares"
              + " among (七)总计; Table C correction = 纠正 ÷ (维持 + 纠正 + 其他); each over the reports that"
              + " state it; — = unknown)\n")
          .append(openGov.render());
    }
    return out.toString();
  }

  private static TextTable table(String value) {
    return new TextTable().left("group").left("code").left("indicator").right(value).right("stated in");
  }

  // ---- CSV: one row per number, in long form

  /** The CSV columns. */
  static final List<String> CSV_COLUMNS = List.of(
      "group", "section", "code", "value", "unit", "qualifier", "numerator", "denominator", "stated_in",
      "reports", "margin");

  private static String csv(List<Row> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    CSV_COLUMNS.forEach(schema::addColumn);
    List<Map<String, String>> out = new ArrayList<>();
    for (Row row : rows) {
      Map<String, String> cells = new LinkedHashMap<>();
      cells.put("group", row.group());
      cells.put("section", row.section().code());
      cells.put("code", row.code());
      Total total = row.total();
      if (total != null) {
        cells.put("value", total.sum().map(Numbers::plain).orElse(""));
        cells.put("unit", total.unit().map(u -> u.written()).orElse(""));
        cells.put("qualifier", qualifier(total));
        cells.put("numerator", "");
        cells.put("denominator", "");
      } else {
        Optional<Rate> rate = row.rate();
        cells.put("value", rate.map(r -> Numbers.percent(r).toPlainString()).orElse(""));
        cells.put("unit", "%");
        cells.put("qualifier", rate.isPresent() ? "exact" : "");
        cells.put("numerator", rate.map(r -> Long.toString(r.numerator())).orElse(""));
        cells.put("denominator", rate.map(r -> Long.toString(r.denominator())).orElse(""));
      }
      cells.put("stated_in", Long.toString(row.statedIn()));
      cells.put("reports", Long.toString(row.reports()));
      cells.put("margin", total != null && total.margin().signum() != 0 ? Numbers.plain(total.margin()) : "");
      out.add(cells);
    }
    try {
      return new CsvMapper().writer(schema.build()).writeValueAsString(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String qualifier(Total total) {
    return total.qualifier().map(q -> q.name().toLowerCase(Locale.ROOT)).orElse("unbounded");
  }

  // ---- JSON

  private String json(ReportStatistics all, Map<String, ReportStatistics> groups, List<Row> rows) {
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
    Map<String, ObjectNode> groupNodes = new LinkedHashMap<>();
    groups.forEach((group, stats) -> {
      ObjectNode g = groupsNode.addObject();
      g.put("group", group);
      g.put("reports", stats.reportCount());
      g.putArray("totals");
      g.putArray("ratios");
      g.putArray("reviews");
      g.putArray("openGov");
      groupNodes.put(group, g);
    });
    Map<String, ObjectNode> procedures = new LinkedHashMap<>();
    for (Row row : rows) {
      ObjectNode g = Objects.requireNonNull(groupNodes.get(row.group()));
      ObjectNode item = switch (row.section()) {
        case TOTAL -> ((ArrayNode) g.get("totals")).addObject();
        case RATIO -> ((ArrayNode) g.get("ratios")).addObject();
        case OPEN_GOV -> ((ArrayNode) g.get("openGov")).addObject();
        case REVIEW -> {
          Procedure procedure = Objects.requireNonNull(row.procedure());
          ObjectNode p = procedures.computeIfAbsent(row.group() + "\n" + procedure, k -> {
            ObjectNode node = ((ArrayNode) g.get("reviews")).addObject();
            node.put("procedure", procedure.name().toLowerCase(Locale.ROOT));
            node.putArray("counts");
            node.putArray("rates");
            return node;
          });
          yield ((ArrayNode) p.get(row.isRate() ? "rates" : "counts")).addObject();
        }
      };
      item.put("code", row.code());
      item.put("indicator", row.indicator());
      Total total = row.total();
      if (total != null) {
        total.sum().ifPresentOrElse(sum -> item.put("sum", plain(sum)), () -> item.putNull("sum"));
        item.put("unit", total.unit().map(u -> u.written()).orElse(null));
        item.put("qualifier", qualifier(total));
        if (total.margin().signum() != 0) {
          item.put("margin", plain(total.margin()));
        }
      } else {
        rate(item, "ratio", row.rate());
      }
      item.put("statedIn", row.statedIn());
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigDecimal plain(BigDecimal value) {
    return new BigDecimal(Numbers.plain(value));
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
