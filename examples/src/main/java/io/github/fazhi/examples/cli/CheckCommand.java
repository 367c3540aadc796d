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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check}: every finding of the standard consistency rules, report by report, then the findings
 * across reports (carried-over against last year's pending, duplicates). Exit status 1 when any finding is
 * an ERROR.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Every consistency finding (rule id, severity, path, message), grouped by report; "
        + "exit status 1 when any is an ERROR.")
final class CheckCommand implements Callable<Integer> {
  /** The check formats. */
  enum CheckFormat {
    TABLE,
    JSON
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

  private record Group(String title, String source, List<Finding> findings) {}

  @Override
  public Integer call() {
    ReportLoader.Loaded loaded = ReportLoader.load(files);
    boolean errors = FazhiCommand.reportErrors(spec, loaded);
    ReportChecker checker = ReportChecker.standard();
    List<Group> groups = new ArrayList<>();
    for (ReportLoader.Source source : loaded.reports()) {
      groups.add(new Group(title(source.report()), source.name(), checker.check(source.report())));
    }
    groups.add(new Group(ACROSS, "", checker.checkSeries(loaded.values())));
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == CheckFormat.TABLE ? table(groups) : json(groups));
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

  private static String table(List<Group> groups) {
    StringBuilder out = new StringBuilder();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Group group : groups) {
      if (group.title().equals(ACROSS) && group.findings().isEmpty()) {
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
        counts.merge(finding.severity(), 1, Integer::sum);
        table.row(finding.severity().name(), finding.ruleId(), finding.path().isEmpty() ? "(report)" : finding.path(),
            finding.message());
      }
      table.render().lines().forEach(line -> out.append("  ").append(line).append('\n'));
      out.append('\n');
    }
    out.append(counts.getOrDefault(Severity.ERROR, 0)).append(" errors, ")
        .append(counts.getOrDefault(Severity.WARNING, 0)).append(" warnings, ")
        .append(counts.getOrDefault(Severity.INFO, 0)).append(" notes (INFO)\n");
    return out.toString();
  }

  private static String json(List<Group> groups) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode root = mapper.createArrayNode();
    for (Group group : groups) {
      ObjectNode node = root.addObject();
      node.put("report", group.title());
      node.put("source", group.source());
      ArrayNode findings = node.putArray("findings");
      for (Finding finding : group.findings()) {
        ObjectNode f = findings.addObject();
        f.put("ruleId", finding.ruleId());
        f.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        f.put("path", finding.path());
        f.put("message", finding.message());
      }
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
