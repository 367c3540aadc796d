package io.github.fazhi.examples.cli;

import io.github.fazhi.json.FazhiModule;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code fazhi-examples.jar} command line: {@code stats}, {@code check} and {@code chart} over report
 * files or folders, or over the bundled real reports when none is named. With no command it shows an
 * {@link Overview} of the bundled reports: what they are, their headline numbers, and what to try next.
 * Option values are read and shown in lower case ({@link LowerCaseEnums}).
 *
 * <h3>Exit status</h3>
 * 0 when all went well; 1 when {@code check} found an ERROR, {@code compare} a broken relation between two
 * years (or {@code chart} had nothing to draw); 2 for a
 * usage error or input that could not be read as reports (each such file gives one line on stderr naming
 * it and the JSON location, and the other files are still processed). Never a stack trace for bad input.
 */
@Command(
    name = "fazhi",
    mixinStandardHelpOptions = true,
    versionProvider = FazhiCommand.Version.class,
    description = "Reading, statistics, consistency checks, charts and review pages of annual reports on building a law-based "
        + "government (法治政府建设年度报告). With no FILES, the bundled real reports are used; with no "
        + "command, an overview of them and what to try next.",
    subcommands = {
        StatsCommand.class,
        CheckCommand.class,
        ChartCommand.class,
        ReadCommand.class,
        ReviewCommand.class,
        CompareCommand.class,
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:check found an ERROR; compare found a broken relation; chart had nothing to draw",
        "2:usage error, or a file that is not a valid report"})
public final class FazhiCommand implements Callable<Integer> {
  /** Exit status when all went well. */
  public static final int OK = 0;
  /**
   * Exit status when {@code check} found an ERROR, {@code compare} a broken relation, or {@code chart} had nothing
   * to draw.
   */
  public static final int FINDINGS = 1;
  /** Exit status for a usage error or input that is not a valid report. */
  public static final int BAD_INPUT = 2;

  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec CommandSpec spec;

  /** Creates the command; picocli fills it in. */
  public FazhiCommand() {}

  @Override
  public Integer call() {
    ReportLoader.Loaded loaded = ReportLoader.load(List.of());
    boolean errors = reportErrors(spec, loaded);
    PrintWriter out = spec.commandLine().getOut();
    out.print(Overview.of(loaded.values(), "bundled real reports; name files or folders to use your own"));
    out.flush();
    return errors ? BAD_INPUT : OK;
  }

  /**
   * Returns the command line, ready to {@link CommandLine#execute(String...)}.
   *
   * @return a new command line, never null
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new FazhiCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    LowerCaseEnums.apply(cli);
    // Whatever still goes wrong (an SVG that cannot be written, reports whose units cannot be added up)
    // is one line on stderr and status 2, never a stack trace.
    cli.setExecutionExceptionHandler((error, commandLine, parsed) -> {
      commandLine.getErr().println("fazhi: error: " + oneLine(error));
      commandLine.getErr().flush();
      return BAD_INPUT;
    });
    return cli;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }

  private static String oneLine(Exception error) {
    String text;
    if (error instanceof NoSuchFileException missing) {
      text = missing.getFile() + ": no such file or folder";
    } else if (error instanceof FileSystemException fs) {
      text = fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : "cannot be written");
    } else if (error.getMessage() != null) {
      text = error.getMessage();
    } else {
      text = error.getClass().getSimpleName();
    }
    return text.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Prints the load errors on stderr; returns whether there were any. */
  static boolean reportErrors(CommandSpec spec, ReportLoader.Loaded loaded) {
    PrintWriter err = spec.commandLine().getErr();
    for (String error : loaded.errors()) {
      err.println("fazhi: error: " + error);
    }
    err.flush();
    return !loaded.errors().isEmpty();
  }

  /** The version: this jar's, else the fazhi-json module's (they are released together). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FazhiCommand.class.getPackage().getImplementationVersion();
      String json = new FazhiModule().version().toString();
      return List.of("fazhi-examples " + (version == null ? json : version), "fazhi-json " + json,
          "Java " + System.getProperty("java.version")).toArray(new String[0]);
    }
  }
}
