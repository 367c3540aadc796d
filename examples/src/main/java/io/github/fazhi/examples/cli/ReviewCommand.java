package io.github.fazhi.examples.cli;

import io.github.fazhi.Report;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.examples.files.OutputException;
import io.github.fazhi.examples.review.ComparisonView;
import io.github.fazhi.examples.review.DraftPages;
import io.github.fazhi.examples.review.ReportOutline;
import io.github.fazhi.examples.review.ReviewPage;
import io.github.fazhi.examples.review.ReviewSite;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review}: writes a review page (审阅页面) for each report — a report as published ({@code .txt},
 * {@code .html}, {@code .pdf}, {@code .docx}) is read first and shown as the reader saw it; a fazhi JSON
 * document is shown as its outline — with every number marked, the
 * checker's findings beside it, its review tallies — a year-on-year comparison page (同比对照,
 * {@link CompareCommand}) for each body whose consecutive years are both among the reports, and an
 * {@code index.html} listing them all, the pages with their counts of errors, warnings and notes. Exit status 0 when the pages were written, 2 when a file could not be read
 * (its page is missing; the others are still written), 3 when a file could not be written: each file is
 * written whole or not at all and the index last, so the pages already written stay whole, and one line
 * says how many of the files were written and which one failed ("review interrupted: …").
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "Writes one self-contained HTML page per report (numbers marked, findings beside them) and "
        + "an index.html, for a person who checks reports one by one.")
final class ReviewCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Mixin ReadingThreads reading = new ReadingThreads();

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files or folders; default: the bundled reports.")
  List<Path> files = new ArrayList<>();

  @SuppressWarnings("NullAway.Init") // required option, set by picocli
  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the pages to.")
  Path out;

  @Override
  public Integer call() throws IOException {
    ReportChecker checker = ReportChecker.standard();
    List<ReviewPage> pages = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> folderErrors = new ArrayList<>();
    List<Path> expanded = ReportLoader.files(files, folderErrors);
    folderErrors.forEach(error -> problems.add("fazhi: error: " + error));
    List<Path> documents = expanded.stream().filter(ReportSources::isDocument).toList();
    List<Path> json = expanded.stream().filter(file -> !ReportSources.isDocument(file)).toList();
    List<ReportLoader.Source> sources = new ArrayList<>(); // every report, for the year-on-year comparisons
    // Reports as published: each page shows the text the reader saw, every number at its span.
    try (Progress progress = Progress.onStderr(spec, "reading")) {
      progress.expect(documents.size());
      // read on up to --threads threads; pages made in the files' order
      InOrderPool.run(documents, reading.threads(), file -> ReadCommand.Drafted.read(file, Hints.none()),
          (file, drafted) -> {
            page(file, drafted, checker, problems, sources).ifPresent(pages::add);
            progress.step(file.toString());
          });
    }
    boolean errors = false;
    if (!json.isEmpty() || files.isEmpty()) {
      ReportLoader.Loaded loaded;
      try (Progress progress = Progress.onStderr(spec, "reading")) {
        loaded = ReportLoader.load(json, progress, reading.threads());
      }
      errors = FazhiCommand.reportErrors(spec, loaded);
      sources.addAll(loaded.reports());
      try (Progress progress = Progress.onStderr(spec, "checking")) {
        progress.expect(loaded.reports().size());
        for (ReportLoader.Source source : loaded.reports()) {
          Report report = source.report();
          pages.add(ReportOutline.page(stem(source.name()), report, checker.check(report)));
          progress.step(source.name());
        }
      }
    }
    PrintWriter stderr = spec.commandLine().getErr();
    problems.forEach(line -> stderr.println(Terminal.safe(line)));
    stderr.flush();
    errors |= !problems.isEmpty();
    List<String> notes = new ArrayList<>();
    List<ComparisonView> comparisons = CompareCommand.views(CompareCommand.pairs(sources).pairs(), notes);
    notes.forEach(line -> stderr.println(Terminal.safe(line)));
    stderr.flush();
    long expected = pages.size() + comparisons.size() + 1L;
    List<Path> written;
    long[] done = {0};
    try (Progress progress = Progress.onStderr(spec, "writing")) {
      progress.expect(expected);
      written = ReviewSite.create().write(pages, comparisons, out, file -> {
        done[0]++;
        progress.step(file.getFileName().toString());
      });
    } catch (OutputException e) {
      // whole pages stay; the index, written last, is missing, so the run says how far it got
      Throwable cause = e.getCause();
      stderr.println("fazhi: error: review interrupted: " + done[0] + " of " + expected + " files written to "
          + Terminal.quote(out.toString()) + ", no index.html: " + Terminal.quote(e.file().toString()) + ": cannot be written: "
          + Causes.of(cause == null ? e : cause));
      stderr.flush();
      return FazhiCommand.NOT_WRITTEN;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(pages.size() + " pages" + (comparisons.isEmpty() ? "" : ", " + comparisons.size()
        + (comparisons.size() == 1 ? " year-on-year comparison" : " year-on-year comparisons"))
        + " and the index written to " + Terminal.quote(out.toString()) + " (open "
        + Terminal.quote(written.get(written.size() - 1).toString()) + ")");
    stdout.flush();
    return errors ? FazhiCommand.BAD_INPUT : FazhiCommand.OK;
  }

  /** The page of a report as published, or adds to {@code problems} why it has none. */
  private static Optional<ReviewPage> page(Path file, ReadCommand.Drafted drafted, ReportChecker checker,
      List<String> problems, List<ReportLoader.Source> sources) {
    Draft draft = drafted.draft();
    if (draft == null) {
      problems.add("fazhi: error: " + Terminal.quote(file.toString()) + ": "
          + ReportSources.describe(Objects.requireNonNull(drafted.error())));
      return Optional.empty();
    }
    Optional<Report> report = draft.report();
    if (report.isEmpty()) {
      problems.add("fazhi: error: " + Terminal.quote(file.toString()) + ": no report could be read ("
          + String.join("; ", draft.undetermined()) + ")");
      return Optional.empty();
    }
    sources.add(new ReportLoader.Source(file.toString(), report.get()));
    return Optional.of(DraftPages.page(stem(file.toString()), draft, report.get(), checker.check(report.get())));
  }

  /** {@code bundled:qujiang-2019.json} or {@code reports/a.json} → {@code qujiang-2019}, {@code a}. */
  static String stem(String source) {
    String name = source.substring(source.lastIndexOf(':') + 1);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
