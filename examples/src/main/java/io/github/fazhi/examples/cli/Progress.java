package io.github.fazhi.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A progress bar on standard error for work over many files, drawn by {@code me.tongfei:progressbar}
 * ({@code reading  41% [=====>     ] 41/100 (0:00:02 / 0:00:03) name.json}); shown only when standard error is
 * a terminal, the run is not in CI, and the work has taken more than {@link #DELAY_MILLIS} milliseconds;
 * redrawn in place every {@link #REDRAW_MILLIS} milliseconds and wiped when the work ends. Piped, redirected or
 * in CI it writes nothing at all, so the output of a script stays clean.
 *
 * <p>Use one per phase: {@code try (Progress progress = Progress.onStderr(spec, "checking")) {
 * progress.expect(n); … progress.step(name); }}.
 */
final class Progress implements AutoCloseable {
  /** How long the work may run before a bar appears. */
  static final long DELAY_MILLIS = 500;
  /** The time between two redraws. */
  static final int REDRAW_MILLIS = 100;

  private final @Nullable PrintWriter err;
  private final String task;
  private final int columns;
  private final LongSupplier nanos;
  private final long started;
  private long total = -1;
  private long done;
  private @Nullable ProgressBar bar;
  private @Nullable InPlace terminal;

  private Progress(@Nullable PrintWriter err, String task, int columns, LongSupplier nanos) {
    this.err = err;
    this.task = task;
    this.columns = columns;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
  }

  /**
   * Returns a progress that writes nothing.
   *
   * @return a silent progress, never null
   */
  static Progress silent() {
    return new Progress(null, "", 0, () -> 0L);
  }

  /**
   * Returns a progress on the command's standard error when that is a terminal (see
   * {@link #interactive(Map, Optional, boolean)}), else a silent one.
   *
   * @param spec  the command, not null
   * @param task  what is being done, a word such as {@code reading}; not null
   * @return the progress, never null
   */
  static Progress onStderr(CommandSpec spec, String task) {
    Map<String, String> env = System.getenv();
    if (!interactive(env, stderrTarget(), System.console() != null)) {
      return silent();
    }
    return onTerminal(spec.commandLine().getErr(), task, columns(env), System::nanoTime);
  }

  /**
   * Returns a progress that draws on a terminal (for tests, with their own clock for the delay).
   *
   * @param err  the terminal, not null
   * @param task  what is being done, not null
   * @param columns  the terminal's width
   * @param nanos  the clock, in nanoseconds
   * @return the progress, never null
   */
  static Progress onTerminal(PrintWriter err, String task, int columns, LongSupplier nanos) {
    return new Progress(err, task, columns, nanos);
  }

  /**
   * Decides whether standard error is a terminal a person watches.
   *
   * @param env  the environment; {@code CI} set (GitHub Actions, GitLab, most CI services) or
   *     {@code TERM=dumb} means no
   * @param stderrTarget  where file descriptor 2 points ({@code /proc/self/fd/2} on Linux), when known
   * @param console  whether the JVM has a console (standard input and output are a terminal): the answer
   *     where the target is unknown
   * @return true to draw a progress bar
   */
  static boolean interactive(Map<String, String> env, Optional<String> stderrTarget, boolean console) {
    String ci = env.getOrDefault("CI", "");
    if (!ci.isEmpty() && !ci.equalsIgnoreCase("false")) {
      return false;
    }
    if ("dumb".equals(env.get("TERM"))) {
      return false;
    }
    return stderrTarget.map(target -> target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"))
        .orElse(console);
  }

  private static Optional<String> stderrTarget() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      return Files.isSymbolicLink(fd) ? Optional.of(Files.readSymbolicLink(fd).toString()) : Optional.empty();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static int columns(Map<String, String> env) {
    try {
      return Math.max(40, Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip()));
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /**
   * Says how many steps the work has.
   *
   * @param steps  the number of steps, at least 0
   */
  void expect(long steps) {
    this.total = steps;
    if (bar != null) {
      bar.maxHint(steps);
    }
  }

  /**
   * Counts one step done; once the work has taken {@link #DELAY_MILLIS}, the bar appears.
   *
   * @param item  what was just done (a file name), not null
   */
  void step(String item) {
    done++;
    PrintWriter target = err;
    if (target == null) {
      return;
    }
    ProgressBar shown = bar;
    if (shown == null) {
      if (nanos.getAsLong() - started < DELAY_MILLIS * 1_000_000) {
        return;
      }
      InPlace drawing = new InPlace(target, columns - 1);
      shown = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(REDRAW_MILLIS)
          .setConsumer(drawing)
          .build();
      bar = shown;
      terminal = drawing;
    }
    shown.stepTo(done);
    shown.setExtraMessage(Terminal.safe(item)); // a file name may hold control characters
  }

  /** Wipes the bar, if one was drawn. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close(); // draws the last state
      bar = null;
    }
    if (terminal != null) {
      terminal.clear();
      terminal = null;
    }
  }

  /** Draws the library's lines in place on a terminal: each over the last, and a blank line to wipe. */
  private static final class InPlace implements ProgressBarConsumer {
    private final PrintWriter err;
    private final int width;
    private int drawn;

    InPlace(PrintWriter err, int width) {
      this.err = err;
      this.width = width;
    }

    @Override
    public int getMaxRenderedLength() {
      return width;
    }

    @Override
    public synchronized void accept(String line) {
      int shown = DisplayWidth.of(line);
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - shown)));
      err.flush();
      drawn = Math.max(drawn, shown);
    }

    @Override
    public synchronized void clear() {
      if (drawn > 0) {
        err.print("\r" + " ".repeat(drawn) + "\r");
        err.flush();
        drawn = 0;
      }
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
