package io.github.fazhi.examples.cli;

import io.github.fazhi.examples.files.OutputException;
import io.github.fazhi.json.FazhiModule;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
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
 * it and the JSON location, and the other files are still processed); 3 when an output file could not be
 * written (the line names it; nothing partial is left, and a multi-file run says how far it got); 4 when
 * Java ran out of memory; 5 for an internal error (a bug, or a damaged installation such as a missing
 * class); 130 or 143 when stopped by Ctrl-C or {@code kill} (temporary files are removed, and a multi-file
 * run says how far it got). Never a stack trace: each failure is one line on stderr, made safe for a
 * terminal ({@link Terminal}), with its cause in words ({@link Causes}).
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
        "2:usage error, or a file that is not a valid report (the others are still processed)",
        "3:an output file could not be written (nothing partial is left)", "4:out of memory",
        "5:internal error", "130/143:stopped by Ctrl-C or kill (temporary files removed)"})
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
  /** Exit status when an output file could not be written, or a multi-file run stopped part-way. */
  public static final int NOT_WRITTEN = 3;
  /** Exit status when Java ran out of memory. */
  public static final int OUT_OF_MEMORY = 4;
  /** Exit status for an internal error: a bug, or a damaged installation. */
  public static final int INTERNAL_ERROR = 5;

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
    // Whatever still goes wrong is one line on stderr and its own status, never a stack trace.
    cli.setExecutionExceptionHandler((error, commandLine, parsed) -> fail(commandLine.getErr(), error));
    return cli;
  }

  /**
   * Runs a command line, turning what it throws, errors included, into one line on its stderr and an exit
   * status: {@link #OUT_OF_MEMORY}, {@link #INTERNAL_ERROR} and the others of {@link #fail}.
   *
   * @param cli  the command line, from {@link #commandLine()}
   * @param args  the arguments
   * @return the exit status
   */
  public static int execute(CommandLine cli, String... args) {
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) { // out of memory, a missing class, a bug
      return fail(cli.getErr(), e);
    }
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    int status;
    try {
      status = execute(commandLine(), args);
    } catch (OutOfMemoryError e) { // before the command line could be made, or while it printed
      System.err.println("fazhi: error: " + Causes.of(e));
      status = OUT_OF_MEMORY;
    } catch (RuntimeException | Error e) {
      System.err.println("fazhi: internal error: " + e.getClass().getName() + ": " + Causes.of(e));
      status = INTERNAL_ERROR;
    }
    System.exit(status);
  }

  /**
   * Prints one line for a failure and returns its exit status: a file not written {@link #NOT_WRITTEN};
   * out of memory {@link #OUT_OF_MEMORY}; bad input (a file not read, reports whose units or sums cannot be
   * added up) {@link #BAD_INPUT}; anything else, a bug, {@link #INTERNAL_ERROR}.
   */
  static int fail(PrintWriter err, Throwable error) {
    int status = status(error);
    String prefix = switch (status) {
      case OUT_OF_MEMORY -> "fazhi: error: ";
      case INTERNAL_ERROR -> "fazhi: internal error: " + error.getClass().getName() + ": ";
      default -> "fazhi: error: ";
    };
    try {
      err.println(prefix + oneLine(error));
      err.flush();
    } catch (OutOfMemoryError stillOut) {
      System.err.println("fazhi: error: out of memory");
    }
    return status;
  }

  static int status(Throwable error) {
    if (hasCause(error, OutOfMemoryError.class)) {
      return OUT_OF_MEMORY;
    }
    if (error instanceof OutputException || error.getCause() instanceof OutputException) {
      return NOT_WRITTEN;
    }
    if (error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException
        || error instanceof IllegalArgumentException || error instanceof ArithmeticException) {
      return BAD_INPUT;
    }
    return INTERNAL_ERROR;
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    int depth = 0;
    for (Throwable cause = error; cause != null && depth < 20; cause = cause.getCause(), depth++) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable error) {
    if (error instanceof OutputException output) {
      Throwable cause = output.getCause();
      return Terminal.quote(output.file().toString()) + ": cannot be written: "
          + Causes.of(cause == null ? output : cause);
    }
    if (error instanceof FileSystemException fs && fs.getFile() != null) {
      return Terminal.quote(fs.getFile()) + ": " + Causes.of(fs);
    }
    return Causes.of(error);
  }

  /** Prints the load errors on stderr; returns whether there were any. */
  static boolean reportErrors(CommandSpec spec, ReportLoader.Loaded loaded) {
    PrintWriter err = spec.commandLine().getErr();
    for (String error : loaded.errors()) {
      err.println("fazhi: error: " + Terminal.safe(error));
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
