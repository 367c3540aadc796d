package io.github.fazhi.examples.cli;

import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.examples.review.ReportOutline;
import io.github.fazhi.examples.review.ReviewPage;
import io.github.fazhi.examples.review.ReviewSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review}: writes a review page (审阅页面) for each report — its text with every number marked, the
 * checker's findings beside it, its review tallies — and an {@code index.html} listing them with their counts
 * of errors, warnings and notes. Exit status 0 when the pages were written, 2 when a file could not be read
 * (its page is missing; the others are still written).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "Writes one self-contained HTML page per report (numbers marked, findings beside them) and "
        + "an index.html, for a person who checks reports one by one.")
final class ReviewCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Report files or folders; default: the bundled reports.")
  List<Path> files = new ArrayList<>();

  @SuppressWarnings("NullAway.Init") // required option, set by picocli
  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the pages to.")
  Path out;

  @Override
  public Integer call() throws IOException {
    ReportLoader.Loaded loaded = ReportLoader.load(files);
    boolean errors = FazhiCommand.reportErrors(spec, loaded);
    ReportChecker checker = ReportChecker.standard();
    List<ReviewPage> pages = new ArrayList<>();
    for (ReportLoader.Source source : loaded.reports()) {
      Report report = source.report();
      List<Finding> findings = checker.check(report);
      pages.add(ReportOutline.page(stem(source.name()), report, findings));
    }
    List<Path> written = ReviewSite.create().write(pages, out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(pages.size() + " pages and the index written to " + out + " (open "
        + written.get(written.size() - 1) + ")");
    stdout.flush();
    return errors ? FazhiCommand.BAD_INPUT : FazhiCommand.OK;
  }

  /** {@code bundled:qujiang-2019.json} or {@code reports/a.json} → {@code qujiang-2019}, {@code a}. */
  static String stem(String source) {
    String name = source.substring(source.lastIndexOf(':') + 1);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
