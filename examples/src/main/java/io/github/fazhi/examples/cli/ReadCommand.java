package io.github.fazhi.examples.cli;

import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.WorkArea;
import io.github.fazhi.examples.files.AtomicFiles;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.Trace;
import io.github.fazhi.reader.Unplaced;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi read FILE…}: reads reports as published (.txt, .html, .htm, .pdf, .docx, .doc, .md; a folder:
 * each of those inside it) into draft reports.
 * With one file and no {@code --out}, the draft's report is written to standard output as a fazhi JSON
 * document; {@code --format outline} shows the outline with each number and its label, and the numbers
 * that could not be placed — for a 政府信息公开工作年度报告 ({@code --kind open_gov_info_annual}, or named so by
 * its title), its sections, overview figures and three tables, unknown cells shown as {@code ·}, and the
 * rows that could not be read. With {@code --out DIR}, each file's result goes to {@code DIR/NAME.json} (or
 * {@code .txt} for the outline). A file that cannot be read, or from which no report can be built, gives
 * one error line and exit status 2, in every format; the other files are still read. A conflict between a
 * hint and the text is a warning line on stderr in every format (the outline lists it too). Each result is
 * printed or written as soon as its file is read; files are written whole or not at all
 * ({@link AtomicFiles}), into a folder made by {@link AtomicFiles#folder(Path)}. The outline is made safe
 * for a terminal ({@link Terminal}); the JSON is exact.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = "Read reports as published (.txt, .html, .htm, .pdf, .docx, .doc, .md) into draft fazhi reports; every "
        + "number keeps the place of the text it was read from.")
public final class ReadCommand implements Callable<Integer> {
  /** What to write for each file. */
  enum ReadFormat {
    /** The draft's report as a fazhi JSON document. */
    JSON,
    /** The outline, every number with its label and place, and the unplaced numbers. */
    OUTLINE
  }

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Mixin ReadingThreads reading = new ReadingThreads();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files (.txt, .html, .htm, .pdf, .docx, .doc or .md) or folders of them.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jurisdiction", paramLabel = "NAME", description = "The jurisdiction, where the title names none.")
  @Nullable String jurisdiction;

  @Option(names = "--year", paramLabel = "YYYY", description = "The year, where the title states none.")
  @Nullable Integer year;

  @Option(names = "--kind", paramLabel = "KIND", description = "The kind of report, where the title names none: "
      + "${COMPLETION-CANDIDATES}.")
  @Nullable ReportKind kind;

  @Option(names = "--issuer", paramLabel = "TEXT", description = "The issuer, where the report is not signed.")
  @Nullable String issuer;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per input into DIR.")
  @Nullable Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReadFormat format = ReadFormat.JSON;

  /** Creates the command; picocli fills it in. */
  public ReadCommand() {}

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Hints hints;
    try {
      hints = hints();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      err.println("fazhi: error: " + Causes.of(e));
      err.flush();
      return FazhiCommand.BAD_INPUT;
    }
    @Nullable Path folder = out == null ? null : AtomicFiles.folder(out);
    List<String> folderErrors = new ArrayList<>();
    List<Path> documents = ReportLoader.documents(files, folderErrors);
    folderErrors.forEach(error -> err.println("fazhi: error: " + error));
    boolean[] failed = {!folderErrors.isEmpty()};
    Map<String, Integer> names = new HashMap<>();
    // Documents are read on up to --threads threads; each result is printed or written, in the files' order,
    // as soon as its turn comes, and not kept.
    InOrderPool.run(documents, reading.threads(), file -> Drafted.read(file, hints), (file, drafted) -> {
      String shown = Terminal.quote(file.toString());
      Draft draft = drafted.draft();
      if (draft == null) {
        err.println("fazhi: error: " + shown + ": " + ReportSources.describe(Objects.requireNonNull(drafted.error())));
        err.flush();
        failed[0] = true;
        return;
      }
      // The same in every format: a conflict between a hint and the text is a line on stderr (the outline
      // lists it too), and a file with no report gives an error line and status 2.
      for (String conflict : draft.conflicts()) {
        err.println("fazhi: warning: " + shown + ": conflict: " + Terminal.safe(conflict));
      }
      if (draft.report().isEmpty()) {
        err.println("fazhi: error: " + shown + ": no report could be read ("
            + Terminal.safe(String.join("; ", draft.undetermined())) + ")");
        failed[0] = true;
      }
      err.flush();
      String result;
      if (format == ReadFormat.OUTLINE) {
        result = Terminal.safeLines(outline(draft));
      } else if (draft.report().isPresent()) {
        result = FazhiJson.writer().writeValueAsString(draft.report().get()) + "\n";
      } else {
        return;
      }
      if (folder == null) {
        stdout.print(result);
        stdout.flush();
      } else {
        AtomicFiles.writeString(folder.resolve(outputName(file, names)), result);
      }
    });
    stdout.flush();
    err.flush();
    return failed[0] ? FazhiCommand.BAD_INPUT : FazhiCommand.OK;
  }

  /** A document read into a draft on a reading thread, or why it could not be. */
  record Drafted(@Nullable Draft draft, @Nullable IOException error) {
    static Drafted read(Path file, Hints hints) {
      try {
        return new Drafted(ReportSources.draft(file, hints), null);
      } catch (IOException e) {
        return new Drafted(null, e);
      }
    }
  }

  private Hints hints() {
    Hints hints = Hints.none();
    if (jurisdiction != null) {
      hints = hints.withJurisdictionName(jurisdiction);
    }
    if (year != null) {
      hints = hints.withYear(Year.of(year));
    }
    if (kind != null) {
      hints = hints.withKind(kind);
    }
    if (issuer != null) {
      hints = hints.withIssuer(issuer);
    }
    return hints;
  }

  private String outputName(Path file, Map<String, Integer> names) {
    Path fileName = file.getFileName();
    String base = fileName == null ? "report" : fileName.toString().replaceFirst("\\.[^.]*$", "");
    int seen = names.merge(base, 1, Integer::sum);
    String unique = seen == 1 ? base : base + "-" + seen;
    return unique + (format == ReadFormat.OUTLINE ? ".txt" : ".json");
  }

  /**
   * The outline: areas and measures with each number, its label and span, the plan areas' aims; then the
   * unplaced numbers.
   */
  static String outline(Draft draft) {
    StringBuilder out = new StringBuilder();
    Map<Indicator, Trace> traces = new java.util.IdentityHashMap<>();
    draft.traces().forEach(trace -> traces.put(trace.indicator(), trace));
    draft.report().ifPresentOrElse(report -> outline(report, traces, out), () -> out.append("(no report)\n"));
    if (!draft.unplaced().isEmpty()) {
      out.append("\nunplaced (").append(draft.unplaced().size()).append("):\n");
      for (Unplaced number : draft.unplaced()) {
        out.append("  \"").append(number.span().written()).append("\" at ").append(number.span().start())
            .append(": ").append(number.reason()).append('\n');
      }
    }
    for (String line : draft.undetermined()) {
      out.append("undetermined: ").append(line).append('\n');
    }
    for (String line : draft.conflicts()) {
      out.append("conflict: ").append(line).append('\n');
    }
    return out.toString();
  }

  private static void outline(Report report, Map<Indicator, Trace> traces, StringBuilder out) {
    out.append(report.title().orElse("(no title)")).append('\n');
    out.append("  ").append(report.reporterName())
        .append(report.jurisdiction().orElseThrow().parent().map(p -> " (" + p + ")").orElse(""))
        .append(" · ").append(report.year()).append(" · ").append(report.kind().name().toLowerCase(java.util.Locale.ROOT))
        .append(" · ").append(report.issuer().orElse("?"))
        .append(report.published().map(d -> " · " + d).orElse("")).append('\n');
    if (report.openGovInfo().isPresent()) {
      OpenGovOutline.append(report.openGovInfo().get(), out);
      return;
    }
    numbers(report.headlineIndicators(), traces, "  ", out);
    for (WorkArea area : report.workAreas()) {
      out.append(area.ordinal()).append(". ").append(area.title()).append('\n');
      numbers(area.indicators(), traces, "     ", out);
      for (Measure measure : area.measures()) {
        out.append("   ").append(area.ordinal()).append('.').append(measure.ordinal()).append(' ')
            .append(shortened(measure.text())).append('\n');
        numbers(measure.indicators(), traces, "       ", out);
      }
    }
    for (ReviewTally tally : report.reviews()) {
      out.append("review: ").append(TallyLine.of(tally)).append('\n');
    }
    out.append("shortcomings: ").append(report.shortcomings().size())
        .append(" · leaders' duty: ").append(report.leadershipDuty().size())
        .append(" · plan areas: ").append(report.plans().size())
        .append(" · other matters: ").append(report.otherMatters().size()).append('\n');
    for (WorkArea plan : report.plans()) {
      if (!plan.indicators().isEmpty()) {
        out.append("plan ").append(plan.ordinal()).append(". ").append(plan.title()).append('\n');
        numbers(plan.indicators(), traces, "     ", out);
      }
    }
  }

  private static void numbers(List<Indicator> indicators, Map<Indicator, Trace> traces, String indent,
      StringBuilder out) {
    for (Indicator indicator : indicators) {
      Trace trace = traces.get(indicator);
      out.append(indent).append(indicator.value().toPlainString()).append(' ').append(indicator.unit());
      if (indicator.qualifier() != io.github.fazhi.Qualifier.EXACT) {
        out.append(' ').append(indicator.qualifier());
      }
      out.append("  ").append(indicator.label());
      indicator.code().ifPresent(code -> out.append(" [").append(code).append(']'));
      if (trace != null) {
        out.append("  \"").append(trace.span().written()).append("\" at ").append(trace.span().start());
      }
      out.append('\n');
    }
  }

  private static String shortened(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 30 ? line : line.substring(0, 30) + "…";
  }
}
