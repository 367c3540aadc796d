package io.github.fazhi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.examples.files.AtomicFiles;
import io.github.fazhi.examples.files.OutputException;
import io.github.fazhi.examples.review.ComparisonSite;
import io.github.fazhi.examples.review.ComparisonView;
import io.github.fazhi.stats.Comparisons;
import io.github.fazhi.stats.ReportComparison;
import io.github.fazhi.stats.ReportComparison.Figure;
import io.github.fazhi.stats.ReportComparison.RateFigure;
import io.github.fazhi.stats.ReportComparison.SectionText;
import io.github.fazhi.stats.ReportMismatchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: two years of one body side by side (同比对照) through {@link Comparisons}: every table cell
 * and headline number with its change and 同比, the relations between the years that are broken (上年结转,
 * 现行有效, review cases carried over), and each section's text against last year's (bigram similarity and
 * the sentences repeated word for word). {@code compare OLD NEW} compares two reports (given in either
 * order); {@code compare DIR} pairs every body's consecutive years found in the folder (every file
 * {@link ReportLoader#files} lists: each {@code .json} and each report as published).
 *
 * <h3>Exit status</h3>
 * 0 when every relation holds; 1 when one is broken; 2 when a file cannot be read, two named reports cannot be
 * compared (another body, years not consecutive), or no two consecutive years of one body are found; 3 when
 * an output file cannot be written. Every file is written whole or not at all ({@link AtomicFiles}); the
 * pages of {@code --format html} that were written before a failure stay, and one line says how far the
 * run got. Text from the reports is made safe for a terminal in the table form and the error lines
 * ({@link Terminal}); the JSON holds it exactly.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compares two years of one body (同比对照): every table cell and headline number with its change "
        + "and 同比, the broken relations between the years (上年结转, 现行有效), and each section's text against "
        + "last year's (character-bigram Jaccard similarity, sentences repeated word for word). "
        + "compare OLD NEW, or compare DIR to pair every body's consecutive years; exit status 1 when a relation is "
        + "broken.")
final class CompareCommand implements Callable<Integer> {
  /** The compare formats. */
  enum CompareFormat {
    TABLE,
    JSON,
    HTML,
    XLSX
  }

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Mixin ReadingThreads reading = new ReadingThreads();

  @Parameters(paramLabel = "OLD NEW|DIR", arity = "1..*",
      description = "Two reports of one body in consecutive years (any file `read` reads), or folders whose "
          + "reports (every .json and report as published inside) are paired by body and year.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR|FILE.xlsx",
      description = "Where to write: a folder for html (one page per pair), table (compare.txt) or json "
          + "(compare.json); for xlsx a FILE.xlsx (or a folder, then compare.xlsx). Default: standard output "
          + "for table and json; required for html and xlsx.")
  @Nullable Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CompareFormat format = CompareFormat.TABLE;

  /** Two reports of one body in consecutive years, and where they came from. */
  record Pair(ReportLoader.Source older, ReportLoader.Source newer) {
    /** The file stem of the pair's page: {@code qingxi-sifaju-2022_2023}. */
    String name() {
      return ReviewCommand.stem(older.name()) + "_" + newer.report().year();
    }

    ReportComparison compare() {
      return Comparisons.compare(older.report(), newer.report());
    }
  }

  /** The pairs found, and what could not be paired. */
  record Pairing(List<Pair> pairs, List<String> unpaired) {}

  @Override
  public Integer call() throws IOException {
    if ((format == CompareFormat.HTML || format == CompareFormat.XLSX) && out == null) {
      return usage("--out is required for --format " + format.name().toLowerCase(Locale.ROOT));
    }
    ReportLoader.Loaded loaded;
    try (Progress progress = Progress.onStderr(spec, "reading")) {
      loaded = ReportLoader.load(files, progress, reading.threads());
    }
    boolean errors = FazhiCommand.reportErrors(spec, loaded);
    List<ComparisonView> views = new ArrayList<>();
    List<ReportComparison> comparisons = new ArrayList<>();
    List<String> unpaired = List.of();
    if (files.size() == 2 && files.stream().noneMatch(Files::isDirectory) && loaded.reports().size() == 2) {
      List<ReportLoader.Source> two = new ArrayList<>(loaded.reports());
      two.sort(Comparator.comparing(source -> source.report().year()));
      Pair pair = new Pair(two.get(0), two.get(1));
      try {
        add(pair, views, comparisons);
      } catch (ReportMismatchException e) {
        return usage(e.getMessage());
      }
    } else {
      Pairing pairing = pairs(loaded.reports());
      List<String> notes = new ArrayList<>(pairing.unpaired());
      for (Pair pair : pairing.pairs()) {
        try {
          add(pair, views, comparisons);
        } catch (ReportMismatchException e) { // one body and consecutive years, but the issuers differ
          notes.add(e.getMessage());
        }
      }
      unpaired = notes;
    }
    if (views.isEmpty()) {
      return usage("no two consecutive years of one body among the " + loaded.reports().size() + " reports read");
    }
    if (!write(views, comparisons, unpaired)) {
      return FazhiCommand.NOT_WRITTEN;
    }
    boolean broken = views.stream().anyMatch(ComparisonView::broken);
    return errors ? FazhiCommand.BAD_INPUT : broken ? FazhiCommand.FINDINGS : FazhiCommand.OK;
  }

  private static void add(Pair pair, List<ComparisonView> views, List<ReportComparison> comparisons) {
    ReportComparison comparison = pair.compare();
    comparisons.add(comparison);
    views.add(ComparisonView.of(pair.name(), comparison, pair.older().name(), pair.newer().name()));
  }

  /**
   * Compares each pair for a page; a pair that cannot be compared (issuers that differ) adds a line to
   * {@code problems} instead.
   */
  static List<ComparisonView> views(List<Pair> pairs, List<String> problems) {
    List<ComparisonView> views = new ArrayList<>();
    for (Pair pair : pairs) {
      try {
        views.add(ComparisonView.of(pair.name(), pair.compare(), pair.older().name(), pair.newer().name()));
      } catch (ReportMismatchException e) {
        problems.add("fazhi: note: not compared: " + e.getMessage());
      }
    }
    return views;
  }

  private int usage(@Nullable String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("fazhi: error: " + Terminal.safe(String.valueOf(message)));
    err.flush();
    return FazhiCommand.BAD_INPUT;
  }

  /**
   * Pairs the reports of each body (reporting body and kind) whose years follow each other; a body with two
   * reports for one year has that year left out, and is named among the unpaired.
   *
   * @param sources  the reports, in any order
   * @return the pairs, body by body in order of first appearance and by year; never null
   */
  static Pairing pairs(List<ReportLoader.Source> sources) {
    Map<String, TreeMap<Integer, List<ReportLoader.Source>>> bodies = new LinkedHashMap<>();
    for (ReportLoader.Source source : sources) {
      Report report = source.report();
      bodies.computeIfAbsent(report.reportingBody() + " | " + report.kind(), k -> new TreeMap<>())
          .computeIfAbsent(report.year().getValue(), y -> new ArrayList<>()).add(source);
    }
    List<Pair> pairs = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    for (TreeMap<Integer, List<ReportLoader.Source>> years : bodies.values()) {
      boolean paired = false;
      for (Map.Entry<Integer, List<ReportLoader.Source>> year : years.entrySet()) {
        List<ReportLoader.Source> next = years.get(year.getKey() + 1);
        if (year.getValue().size() > 1) {
          unpaired.add(year.getValue().size() + " reports of " + CheckCommand.title(year.getValue().get(0).report())
              + ": left out of the pairs");
        } else if (next != null && next.size() == 1) {
          pairs.add(new Pair(year.getValue().get(0), next.get(0)));
          paired = true;
        }
      }
      if (!paired && years.size() == 1 && years.firstEntry().getValue().size() == 1) {
        Report report = years.firstEntry().getValue().get(0).report();
        unpaired.add(CheckCommand.title(report) + ": no report of the year before or after");
      }
    }
    return new Pairing(List.copyOf(pairs), List.copyOf(unpaired));
  }

  // ---- output

  /** Writes the comparisons in the format asked; returns false when a page of several could not be written. */
  private boolean write(List<ComparisonView> views, List<ReportComparison> comparisons, List<String> unpaired)
      throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Path target = out;
    switch (format) {
      // the table holds text from the reports: made safe for a terminal, in a file too (as read's outline)
      case TABLE -> emit(Terminal.safeLines(table(views, unpaired)), target, "compare.txt", stdout);
      case JSON -> emit(json(views, comparisons, unpaired), target, "compare.json", stdout);
      case HTML -> {
        if (!pages(views, Objects.requireNonNull(target), stdout)) {
          return false;
        }
      }
      case XLSX -> {
        Path file = Objects.requireNonNull(target);
        Path name = file.getFileName();
        if (name == null || !name.toString().endsWith(".xlsx")) {
          file = file.resolve("compare.xlsx");
        }
        xlsx(views, comparisons).write(file);
        stdout.println(views.size() + (views.size() == 1 ? " comparison" : " comparisons") + " written to "
            + Terminal.quote(file.toString()));
      }
    }
    stdout.flush();
    return true;
  }

  /**
   * Writes a page per comparison into a folder, each whole or not at all ({@link AtomicFiles}); when one
   * cannot be written, the pages before it stay, one line says how far the run got, and it returns false.
   */
  private boolean pages(List<ComparisonView> views, Path target, PrintWriter stdout) throws IOException {
    Path folder = AtomicFiles.folder(target);
    ComparisonSite site = ComparisonSite.create();
    int done = 0;
    try (AtomicFiles.Batch batch = AtomicFiles.batch(target.toString(), views.size());
        Progress progress = Progress.onStderr(spec, "writing")) {
      progress.expect(views.size());
      for (ComparisonView view : views) {
        String html = site.page(view);
        Path file = folder.resolve(ComparisonSite.fileName(view));
        batch.write(file, stream -> stream.write(html.getBytes(StandardCharsets.UTF_8)));
        done++;
        progress.step(file.getFileName().toString());
      }
    } catch (OutputException e) {
      Throwable cause = e.getCause();
      PrintWriter err = spec.commandLine().getErr();
      err.println("fazhi: error: compare interrupted: " + done + " of " + views.size() + " pages written to "
          + Terminal.quote(target.toString()) + ": " + Terminal.quote(e.file().toString()) + ": cannot be written: "
          + Causes.of(cause == null ? e : cause));
      err.flush();
      return false;
    }
    stdout.println(views.size() + (views.size() == 1 ? " comparison page" : " comparison pages")
        + " written to " + Terminal.quote(folder.toString()));
    return true;
  }

  private static void emit(String text, @Nullable Path folder, String name, PrintWriter stdout) throws IOException {
    if (folder == null) {
      stdout.print(text);
      return;
    }
    Path file = AtomicFiles.folder(folder).resolve(name);
    AtomicFiles.writeString(file, text);
    stdout.println("written to " + Terminal.quote(file.toString()));
  }

  static String table(List<ComparisonView> views, List<String> unpaired) {
    StringBuilder out = new StringBuilder();
    for (ComparisonView view : views) {
      out.append(view.body()).append(' ').append(view.olderYear()).append(" → ").append(view.newerYear())
          .append(" (").append(view.olderSource()).append(", ").append(view.newerSource()).append(")\n\n");
      out.append("Numbers (— = not stated; change = ").append(view.newerYear()).append(" − ")
          .append(view.olderYear()).append("; 同比 = change ÷ ").append(view.olderYear()).append(")\n");
      TextTable numbers = new TextTable().left("part").left("item").left("unit").right(view.olderYear())
          .right(view.newerYear()).right("change").right("同比");
      for (ComparisonView.FigureRow row : view.figures()) {
        numbers.row(row.part(), row.label(), row.unit(), row.older(), row.newer(), row.change(), row.percent());
      }
      indent(out, numbers.render());
      if (!view.rates().isEmpty()) {
        out.append("\nRates (change in percentage points)\n");
        TextTable rates = new TextTable().left("rate").right(view.olderYear()).right(view.newerYear()).right("change");
        view.rates().forEach(rate -> rates.row(rate.label(), rate.older(), rate.newer(), rate.points()));
        indent(out, rates.render());
      }
      out.append("\nRelations between the years\n");
      if (view.relations().isEmpty()) {
        out.append("  every relation holds (or cannot be checked)\n");
      } else {
        TextTable relations = new TextTable().left("severity").left("rule").left("path").left("message");
        view.relations().forEach(r -> relations.row(r.severity(), r.rule(), r.path(), r.message()));
        indent(out, relations.render());
      }
      out.append("\nTexts (similarity = character-bigram Jaccard index, whitespace ignored)\n");
      for (ComparisonView.SectionRow section : view.sections()) {
        out.append("  ").append(section.label()).append(": similarity ").append(section.similarity()).append(", ")
            .append(section.repeated()).append(" of ").append(section.sentences())
            .append(section.sentences() == 1 ? " sentence" : " sentences").append(" repeated word for word")
            .append(section.lastYearMissing() ? " (last year has no such section)" : "").append('\n');
        section.text().stream().filter(ComparisonView.Sentence::repeated)
            .forEach(sentence -> out.append("    = ").append(sentence.text()).append('\n'));
      }
      out.append('\n');
    }
    unpaired.forEach(line -> out.append("not compared: ").append(line).append('\n'));
    return out.toString();
  }

  private static void indent(StringBuilder out, String table) {
    table.lines().forEach(line -> out.append("  ").append(line).append('\n'));
  }

  // ---- JSON

  private static String json(List<ComparisonView> views, List<ReportComparison> comparisons, List<String> unpaired) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode all = root.putArray("comparisons");
    for (int i = 0; i < views.size(); i++) {
      ComparisonView view = views.get(i);
      ReportComparison comparison = comparisons.get(i);
      ObjectNode node = all.addObject();
      node.put("body", view.body());
      node.put("older", comparison.older().year().getValue());
      node.put("newer", comparison.newer().year().getValue());
      node.put("olderSource", view.olderSource());
      node.put("newerSource", view.newerSource());
      ArrayNode figures = node.putArray("figures");
      for (Figure figure : comparison.figures()) {
        ObjectNode f = figures.addObject();
        f.put("part", figure.part().name().toLowerCase(Locale.ROOT));
        f.put("key", figure.key());
        f.put("label", figure.label());
        f.put("unit", figure.unit());
        number(f, "older", figure.older());
        number(f, "newer", figure.newer());
        number(f, "change", figure.change());
        number(f, "percent", figure.percent(1, RoundingMode.HALF_UP));
      }
      ArrayNode rates = node.putArray("rates");
      for (RateFigure rate : comparison.rates()) {
        ObjectNode r = rates.addObject();
        r.put("key", rate.key());
        r.put("label", rate.label());
        rate(r, "older", rate.older());
        rate(r, "newer", rate.newer());
        number(r, "points", rate.points(1, RoundingMode.HALF_UP));
      }
      ArrayNode relations = node.putArray("relations");
      for (Finding finding : comparison.relations()) {
        ObjectNode f = relations.addObject();
        f.put("ruleId", finding.ruleId());
        f.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        f.put("path", finding.path());
        f.put("message", finding.message());
      }
      ArrayNode sections = node.putArray("sections");
      for (SectionText section : comparison.sections()) {
        ObjectNode s = sections.addObject();
        s.put("key", section.key());
        s.put("label", section.label());
        rate(s, "similarity", section.similarity());
        s.put("sentences", section.sentences());
        ArrayNode repeated = s.putArray("repeated");
        section.repeated().forEach(repeated::add);
      }
    }
    ArrayNode notes = root.putArray("unpaired");
    unpaired.forEach(notes::add);
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void number(ObjectNode node, String name, Optional<BigDecimal> value) {
    value.ifPresentOrElse(v -> node.put(name, v), () -> node.putNull(name));
  }

  private static void rate(ObjectNode node, String name, Optional<Rate> rate) {
    if (rate.isEmpty()) {
      node.putNull(name);
      return;
    }
    ObjectNode r = node.putObject(name);
    r.put("numerator", rate.get().numerator());
    r.put("denominator", rate.get().denominator());
    r.put("percent", rate.get().percent(1));
  }

  // ---- Excel

  private static Spreadsheet xlsx(List<ComparisonView> views, List<ReportComparison> comparisons) {
    Spreadsheet book = new Spreadsheet();
    Spreadsheet.Table numbers = book.table("数字 numbers", "对照 pair", "部分 part", "项目 item", "代码 key", "单位 unit",
        "上年 older", "本年 newer", "变化 change", "同比");
    Spreadsheet.Table rates = book.table("比率 rates", "对照 pair", "比率 rate", "代码 key", "上年分子", "上年分母",
        "上年 older", "本年分子", "本年分母", "本年 newer");
    Spreadsheet.Table relations = book.table("衔接 relations", "对照 pair", "严重性 severity", "规则 rule",
        "位置 path", "说明 message");
    Spreadsheet.Table texts = book.table("文字 texts", "对照 pair", "部分 section", "相同二元组 shared",
        "二元组 bigrams", "相似度 similarity", "句数 sentences", "重复句数 repeated", "重复的句子 repeated sentences");
    for (int i = 0; i < views.size(); i++) {
      ComparisonView view = views.get(i);
      ReportComparison comparison = comparisons.get(i);
      String pair = view.body() + " " + view.olderYear() + "—" + view.newerYear();
      for (Figure figure : comparison.figures()) {
        numbers.row().text(pair).text(ComparisonView.part(figure.part())).text(figure.label()).text(figure.key())
            .text(figure.unit()).number(figure.older()).number(figure.newer()).number(figure.change())
            // 同比 = change ÷ older: the formula over the cells beside it (H and F)
            .ratio(7, 5, figure.percent(1, RoundingMode.HALF_UP).isPresent());
      }
      for (RateFigure rate : comparison.rates()) {
        rates.row().text(pair).text(rate.label()).text(rate.key())
            .number(rate.older().map(r -> BigDecimal.valueOf(r.numerator())))
            .number(rate.older().map(r -> BigDecimal.valueOf(r.denominator())))
            .ratio(3, 4, rate.older().isPresent())
            .number(rate.newer().map(r -> BigDecimal.valueOf(r.numerator())))
            .number(rate.newer().map(r -> BigDecimal.valueOf(r.denominator())))
            .ratio(6, 7, rate.newer().isPresent());
      }
      for (Finding finding : comparison.relations()) {
        relations.row().text(pair).text(finding.severity().name().toLowerCase(Locale.ROOT)).text(finding.ruleId())
            .text(finding.path()).text(finding.message());
      }
      for (SectionText section : comparison.sections()) {
        texts.row().text(pair).text(section.label())
            .number(section.similarity().map(r -> BigDecimal.valueOf(r.numerator())))
            .number(section.similarity().map(r -> BigDecimal.valueOf(r.denominator())))
            .ratio(2, 3, section.similarity().isPresent())
            .number(section.sentences()).number(section.repeated().size())
            .longText(String.join("\n", section.repeated()));
      }
    }
    return book;
  }
}
