package io.github.fazhi.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A progress bar on standard error for work over many files ({@code reading [=====>    ] 412/1000 41%
 * name.json}), shown only when standard error is a terminal, the run is not in CI, and the work has taken
 * more than {@link #DELAY_MILLIS} milliseconds; redrawn in place at most every {@link #REDRAW_MILLIS}
 * milliseconds and wiped when the work ends. Piped, redirected or in CI it writes nothing at all, so the
 * output of a script stays clean.
 *
 * <p>Use one per phase: {@code try (Progress progress = Progress.onStderr(spec, "checking")) {
 * progress.expect(n); … progress.step(name); }}.
 */
final class Progress implements AutoCloseable {
  /** How long the work may run before a bar appears. */
  static final long DELAY_MILLIS = 500;
  /** The least time between two redraws. */
  static final long REDRAW_MILLIS = 100;
  private static final int BAR = 24;

  private final @Nullable PrintWriter err;
  private final String task;
  private final int columns;
  private final LongSupplier nanos;
  private final long started;
  private long total = -1;
  private long done;
  private long lastDraw;
  private int drawnWidth;

  private Progress(@Nullable PrintWriter err, String task, int columns, LongSupplier nanos) {
    this.err = err;
    this.task = task;
    this.columns = columns;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.lastDraw = started;
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
   * Returns a progress that draws on a terminal (for tests, with their own clock).
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
  }

  /**
   * Counts one step done, and redraws the bar when it is time.
   *
   * @param item  what was just done (a file name), not null
   */
  void step(String item) {
    done++;
    if (err == null) {
      return;
    }
    long now = nanos.getAsLong();
    if (now - started < DELAY_MILLIS * 1_000_000 || now - lastDraw < REDRAW_MILLIS * 1_000_000) {
      return;
    }
    lastDraw = now;
    String line = line(task, done, total, item, columns - 1);
    int width = DisplayWidth.of(line);
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - width)));
    err.flush();
    drawnWidth = Math.max(drawnWidth, width);
  }

  /** Wipes the bar, if one was drawn. */
  @Override
  public void close() {
    if (err != null && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /**
   * Returns one line of progress, no wider than asked: {@code checking [=====>     ] 41/100 41% a.json}, or
   * {@code reading 41 files} while the number of steps is unknown.
   *
   * @param task  what is being done
   * @param done  the steps done
   * @param total  all the steps, or a negative number when unknown
   * @param item  the last item done; cut from the left to fit
   * @param width  the columns available
   * @return the line, never null
   */
  static String line(String task, long done, long total, String item, int width) {
    String head;
    if (total <= 0) {
      head = task + " " + done + " " + (done == 1 ? "file" : "files");
    } else {
      int filled = (int) Math.min(BAR, done * BAR / total);
      String bar = "=".repeat(filled) + (filled < BAR ? ">" + " ".repeat(BAR - filled - 1) : "");
      head = String.format(Locale.ROOT, "%s [%s] %d/%d %d%%", task, bar, done, total, done * 100 / total);
    }
    int room = width - DisplayWidth.of(head) - 1;
    if (room < 4 || item.isEmpty()) {
      return head;
    }
    return head + " " + fitLeft(item, room);
  }

  /** Keeps the end of a text (a file name matters more than its folders), marked with … where cut. */
  private static String fitLeft(String text, int width) {
    if (DisplayWidth.of(text) <= width) {
      return text;
    }
    int start = text.length();
    int used = 1; // the …
    while (start > 0) {
      int c = text.codePointBefore(start);
      if (used + DisplayWidth.of(c) > width) {
        break;
      }
      used += DisplayWidth.of(c);
      start -= Character.charCount(c);
    }
    return "…" + text.substring(start);
  }
}
