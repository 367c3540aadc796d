package io.github.fazhi.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check}: every finding of the standard consistency rules, report by report, then the findings
 * across reports (carried-over against last year's pending, duplicates); {@code --min-severity} hides the
 * less serious ones and {@code --summary} gives one line per report instead (its counts by severity and its
 * first error). Exit status 1 when any finding is an error, whatever is shown.
 *
 * <p>Reports are read, checked and printed one at a time ({@link ReportLoader#forEach}): the table and JSON
 * forms print each report's findings as soon as it is checked, so memory does not grow with the findings;
 * what is kept is a small copy of each report for the rules across reports ({@link #slim(Report)}), and for
 * {@code --summary} in table form its one row. {@code --format xlsx --out FILE.xlsx} is one more printer: it
 * keeps the rows of the findings shown ({@link CheckSheets}), not the reports, and writes the workbook whole
 * once every report is checked. Text from reports and file names is made safe for a
 * terminal in the table forms ({@link Terminal}); the JSON forms hold it exactly.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Every consistency finding (rule id, severity, path, message), grouped by report; "
        + "exit status 1 when any is an error.")
final class CheckCommand implements Callable<Integer> {
  /** The check formats. */
  enum CheckFormat {
    TABLE,
    JSON,
    XLSX
  }

  /** The heading of the findings that involve several reports. */
  static final String ACROSS = "across reports";

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Mixin ReadingThreads reading = new ReadingThreads();

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files or folders (.json and reports as published: .txt, .html, .htm, .pdf, .docx, .doc, .md); default: the bundled reports.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CheckFormat format = CheckFormat.TABLE;

  @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "info",
      description = "Show only findings at least this serious: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}, all).")
  Severity minSeverity = Severity.INFO;

  @Option(names = "--summary",
      description = "One line per report instead: its errors, warnings and infos, and its first error. "
          + "With --min-severity, only the reports that have a finding at least that serious.")
  boolean summary;

  @Option(names = "--out", paramLabel = "FILE.xlsx",
      description = "The workbook to write with --format xlsx (a findings sheet and a summary sheet); required for "
          + "xlsx.")
  @Nullable Path workbook;

  record Group(String title, String source, List<Finding> findings) {
    long count(Severity severity) {
      return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    Optional<Finding> first(Severity severity) {
      return findings.stream().filter(finding -> finding.severity() == severity).findFirst();
    }

    boolean reaches(Severity severity) {
      return findings.stream().anyMatch(finding -> finding.severity().isAtLeast(severity));
    }
  }

  @Override
  public Integer call() throws IOException {
    if (format == CheckFormat.XLSX && workbook == null) {
      spec.commandLine().getErr().println("fazhi: error: --out FILE.xlsx is required for --format xlsx");
      spec.commandLine().getErr().flush();
      return FazhiCommand.BAD_INPUT;
    }
    ReportChecker checker = ReportChecker.standard();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Printer printer = switch (format) {
      case TABLE -> summary ? new SummaryTable(out) : new Table(out);
      case JSON -> new JsonPrinter(out, summary);
      case XLSX -> new Workbook(out, Objects.requireNonNull(workbook));
    };
    // What the rules across reports read, kept small (see slim); the findings of each report are printed
    // as soon as it is checked and not kept.
    List<Report> series = new ArrayList<>();
    boolean[] failed = {false};
    boolean[] anyError = {false};
    try (Progress progress = Progress.onStderr(spec, "checking")) {
      ReportLoader.forEach(files, reading.threads(), progress, source -> {
        Group group = new Group(title(source.report()), source.name(), checker.check(source.report()));
        anyError[0] |= group.count(Severity.ERROR) > 0;
        printer.group(group);
        series.add(slim(source.report()));
      }, line -> {
        err.println("fazhi: error: " + Terminal.safe(line));
        err.flush();
        failed[0] = true;
      });
    }
    Group across = new Group(ACROSS, "", checker.checkSeries(series));
    anyError[0] |= across.count(Severity.ERROR) > 0;
    printer.group(across);
    printer.finish();
    out.flush();
    return failed[0] ? FazhiCommand.BAD_INPUT : anyError[0] ? FazhiCommand.FINDINGS : FazhiCommand.OK;
  }

  /**
   * A copy of a report with only what the rules across reports read (its identity, kind, year, tallies and
   * 政府信息公开 tables), so that checking many reports holds a few hundred bytes per report rather than
   * each whole report. The text parts are dropped; a fingerprint of the whole report is kept in their
   * place, so that two different reports of one body and year are still told apart from the same report
   * twice ({@code series.duplicate_report}).
   */
  static Report slim(Report report) {
    return Report.builder().from(report)
        .preamble(Optional.empty())
        .headlineIndicators(List.of())
        .workAreas(List.of())
        .shortcomings(List.of())
        .leadershipDuty(List.of())
        .plansPreamble(Optional.empty())
        .plans(List.of())
        .otherMatters(List.of("fingerprint " + Integer.toHexString(report.hashCode())))
        .build();
  }

  /** Prints the groups one by one as they come, then what needs them all. */
  private interface Printer {
    void group(Group group);

    void finish() throws IOException;
  }

  /** The findings as tables, one per report, then the counts. */
  private final class Table implements Printer {
    private final PrintWriter out;
    private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    private int quiet;

    Table(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void group(Group every) {
      StringBuilder text = new StringBuilder();
      Group group = new Group(every.title(), every.source(), shown(every));
      every.findings().forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
      if (group.title().equals(ACROSS) && group.findings().isEmpty()) {
        return;
      }
      if (minSeverity != Severity.INFO && group.findings().isEmpty()) {
        quiet++;
        return;
      }
      text.append(Terminal.safe(group.title()));
      if (!group.source().isEmpty()) {
        text.append(" — ").append(Terminal.quote(group.source()));
      }
      text.append('\n');
      if (group.findings().isEmpty()) {
        out.print(text.append("  no findings\n\n"));
        out.flush();
        return;
      }
      TextTable table = new TextTable().left("severity").left("rule").left("path").left("message");
      for (Finding finding : group.findings()) {
        table.row(severity(finding.severity()), finding.ruleId(), finding.path().isEmpty() ? "(report)" : finding.path(),
            finding.message());
      }
      table.render().lines().forEach(line -> text.append("  ").append(line).append('\n'));
      out.print(text.append('\n'));
      out.flush();
    }

    @Override
    public void finish() {
      StringBuilder text = new StringBuilder();
      if (quiet > 0) {
        text.append(quiet).append(quiet == 1 ? " report has" : " reports have")
            .append(" no finding at least as serious as ").append(severity(minSeverity)).append('\n');
      }
      text.append(counts.getOrDefault(Severity.ERROR, 0)).append(" errors, ")
          .append(counts.getOrDefault(Severity.WARNING, 0)).append(" warnings, ")
          .append(counts.getOrDefault(Severity.INFO, 0)).append(" infos");
      if (minSeverity != Severity.INFO) {
        text.append(" (shown: ").append(severity(minSeverity)).append(" and above)");
      }
      out.print(text.append('\n'));
    }
  }

  /**
   * The findings shown, in a workbook ({@link CheckSheets}) written once every report is checked: only its
   * rows are kept, and the file is written whole or not at all.
   */
  private final class Workbook implements Printer {
    private final PrintWriter out;
    private final Path file;
    private final CheckSheets sheets = new CheckSheets();

    Workbook(PrintWriter out, Path file) {
      this.out = out;
      this.file = file;
    }

    @Override
    public void group(Group group) {
      sheets.add(new Group(group.title(), group.source(), shown(group)));
    }

    @Override
    public void finish() throws IOException {
      sheets.write(file);
      out.println("findings written to " + Terminal.quote(file.toString()));
    }
  }

  /** One line per report, in a table whose columns line up: the rows are kept (a few strings each). */
  private final class SummaryTable implements Printer {
    private final PrintWriter out;
    private final TextTable table = new TextTable().left("report").left("source").right("errors").right("warnings")
        .right("infos").left("first error");

    SummaryTable(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void group(Group group) {
      if (!summarised(group)) {
        return;
      }
      table.row(group.title(), group.source().isEmpty() ? "—" : Terminal.quote(group.source()),
          Long.toString(group.count(Severity.ERROR)), Long.toString(group.count(Severity.WARNING)),
          Long.toString(group.count(Severity.INFO)),
          group.first(Severity.ERROR).map(f -> f.ruleId() + ": " + f.message()).orElse("—"));
    }

    @Override
    public void finish() {
      out.print(table.isEmpty()
          ? "no report has a finding at least as serious as " + severity(minSeverity) + "\n"
          : table.render());
    }
  }

  /** A JSON array written element by element: the findings of each report, or its summary. */
  private final class JsonPrinter implements Printer {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintWriter out;
    private final boolean summary;
    private @Nullable JsonGenerator generator;

    JsonPrinter(PrintWriter out, boolean summary) {
      this.out = out;
      this.summary = summary;
    }

    private JsonGenerator generator() throws IOException {
      JsonGenerator json = generator;
      if (json == null) {
        json = mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter();
        json.writeStartArray();
        generator = json;
      }
      return json;
    }

    @Override
    public void group(Group group) {
      try {
        if (summary) {
          if (summarised(group)) {
            write(summaryNode(group));
          }
        } else {
          write(findingsNode(group));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void write(ObjectNode node) throws IOException {
      JsonGenerator json = generator();
      mapper.writeTree(json, node);
      json.flush();
    }

    @Override
    public void finish() throws IOException {
      JsonGenerator json = generator();
      json.writeEndArray();
      json.flush();
      out.print("\n");
    }

    private ObjectNode summaryNode(Group group) {
      ObjectNode node = mapper.createObjectNode();
      node.put("report", group.title());
      node.put("source", group.source());
      for (Severity severity : Severity.values()) {
        node.put(severity(severity) + "s", group.count(severity));
      }
      Optional<Finding> first = group.first(Severity.ERROR);
      if (first.isPresent()) {
        ObjectNode f = node.putObject("firstError");
        f.put("ruleId", first.get().ruleId());
        f.put("path", first.get().path());
        f.put("message", first.get().message());
      }
      return node;
    }

    private ObjectNode findingsNode(Group group) {
      ObjectNode node = mapper.createObjectNode();
      node.put("report", group.title());
      node.put("source", group.source());
      ArrayNode findings = node.putArray("findings");
      for (Finding finding : shown(group)) {
        ObjectNode f = findings.addObject();
        f.put("ruleId", finding.ruleId());
        f.put("severity", severity(finding.severity()));
        f.put("path", finding.path());
        f.put("message", finding.message());
      }
      return node;
    }
  }

  static String title(Report report) {
    return report.reporterName() + " " + report.year()
        + report.issuer().map(issuer -> " (" + issuer + ")").orElse("");
  }

  private List<Finding> shown(Group group) {
    return group.findings().stream().filter(finding -> finding.severity().isAtLeast(minSeverity)).toList();
  }

  static String severity(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** Whether a summary lists a group: every report, or those with a finding at least {@link #minSeverity}. */
  private boolean summarised(Group group) {
    return (!group.title().equals(ACROSS) || !group.findings().isEmpty())
        && (minSeverity == Severity.INFO || group.reaches(minSeverity));
  }
}
