package io.github.fazhi.examples.cli;

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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check}: every finding of the standard consistency rules, report by report, then the findings
 * across reports (carried-over against last year's pending, duplicates); {@code --min-severity} hides the
 * less serious ones and {@code --summary} gives one line per report instead (its counts by severity and its
 * first error). Exit status 1 when any finding is an error, whatever is shown.
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

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files or folders of *.json; default: the bundled reports.")
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
    ReportLoader.Loaded loaded;
    try (Progress progress = Progress.onStderr(spec, "reading")) {
      loaded = ReportLoader.load(files, progress);
    }
    boolean errors = FazhiCommand.reportErrors(spec, loaded);
    ReportChecker checker = ReportChecker.standard();
    List<Group> groups = new ArrayList<>();
    try (Progress progress = Progress.onStderr(spec, "checking")) {
      progress.expect(loaded.reports().size());
      for (ReportLoader.Source source : loaded.reports()) {
        groups.add(new Group(title(source.report()), source.name(), checker.check(source.report())));
        progress.step(source.name());
      }
    }
    groups.add(new Group(ACROSS, "", checker.checkSeries(loaded.values())));
    PrintWriter out = spec.commandLine().getOut();
    if (format == CheckFormat.XLSX) {
      Path file = Objects.requireNonNull(workbook);
      CheckSheets.write(groups.stream().map(this::shownOnly).toList(), file);
      out.println("findings written to " + file);
    } else if (summary) {
      out.print(format == CheckFormat.TABLE ? summaryTable(groups) : summaryJson(groups));
    } else {
      out.print(format == CheckFormat.TABLE ? table(groups) : json(groups));
    }
    out.flush();
    boolean anyError = groups.stream()
        .flatMap(group -> group.findings().stream())
        .anyMatch(finding -> finding.severity() == Severity.ERROR);
    return errors ? FazhiCommand.BAD_INPUT : anyError ? FazhiCommand.FINDINGS : FazhiCommand.OK;
  }

  static String title(Report report) {
    return report.reporterName() + " " + report.year()
        + report.issuer().map(issuer -> " (" + issuer + ")").orElse("");
  }

  private Group shownOnly(Group group) {
    return new Group(group.title(), group.source(), shown(group));
  }

  private List<Finding> shown(Group group) {
    return group.findings().stream().filter(finding -> finding.severity().isAtLeast(minSeverity)).toList();
  }

  private String table(List<Group> all) {
    StringBuilder out = new StringBuilder();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int quiet = 0;
    for (Group every : all) {
      Group group = new Group(every.title(), every.source(), shown(every));
      every.findings().forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
      if (group.title().equals(ACROSS) && group.findings().isEmpty()) {
        continue;
      }
      if (minSeverity != Severity.INFO && group.findings().isEmpty()) {
        quiet++;
        continue;
      }
      out.append(group.title());
      if (!group.source().isEmpty()) {
        out.append(" — ").append(group.source());
      }
      out.append('\n');
      if (group.findings().isEmpty()) {
        out.append("  no findings\n\n");
        continue;
      }
      TextTable table = new TextTable().left("severity").left("rule").left("path").left("message");
      for (Finding finding : group.findings()) {
        table.row(severity(finding.severity()), finding.ruleId(), finding.path().isEmpty() ? "(report)" : finding.path(),
            finding.message());
      }
      table.render().lines().forEach(line -> out.append("  ").append(line).append('\n'));
      out.append('\n');
    }
    if (quiet > 0) {
      out.append(quiet).append(quiet == 1 ? " report has" : " reports have").append(" no finding at least as serious as ")
          .append(severity(minSeverity)).append('\n');
    }
    out.append(counts.getOrDefault(Severity.ERROR, 0)).append(" errors, ")
        .append(counts.getOrDefault(Severity.WARNING, 0)).append(" warnings, ")
        .append(counts.getOrDefault(Severity.INFO, 0)).append(" infos");
    if (minSeverity != Severity.INFO) {
      out.append(" (shown: ").append(severity(minSeverity)).append(" and above)");
    }
    return out.append('\n').toString();
  }

  static String severity(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** The groups a summary lists: every report, or those with a finding at least {@link #minSeverity}. */
  private List<Group> summarised(List<Group> groups) {
    return groups.stream()
        .filter(group -> !group.title().equals(ACROSS) || !group.findings().isEmpty())
        .filter(group -> minSeverity == Severity.INFO || group.reaches(minSeverity))
        .toList();
  }

  private String summaryTable(List<Group> groups) {
    TextTable table = new TextTable().left("report").left("source").right("errors").right("warnings")
        .right("infos").left("first error");
    for (Group group : summarised(groups)) {
      table.row(group.title(), group.source().isEmpty() ? "—" : group.source(),
          Long.toString(group.count(Severity.ERROR)), Long.toString(group.count(Severity.WARNING)),
          Long.toString(group.count(Severity.INFO)),
          group.first(Severity.ERROR).map(f -> f.ruleId() + ": " + f.message()).orElse("—"));
    }
    return table.isEmpty()
        ? "no report has a finding at least as serious as " + severity(minSeverity) + "\n"
        : table.render();
  }

  private String summaryJson(List<Group> groups) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode root = mapper.createArrayNode();
    for (Group group : summarised(groups)) {
      ObjectNode node = root.addObject();
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
    }
    return write(mapper, root);
  }

  private String json(List<Group> groups) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode root = mapper.createArrayNode();
    for (Group group : groups) {
      ObjectNode node = root.addObject();
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
    }
    return write(mapper, root);
  }

  private static String write(ObjectMapper mapper, ArrayNode root) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
