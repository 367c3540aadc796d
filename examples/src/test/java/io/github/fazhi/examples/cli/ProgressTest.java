package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.examples.BundledReports;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  private static final long MS = 1_000_000;
  @TempDir Path temp;

  @Test
  void interactive_onlyForATerminal_outsideCi() {
    Map<String, String> none = Map.of();
    assertThat(Progress.interactive(none, Optional.of("/dev/pts/3"), false)).isTrue();
    assertThat(Progress.interactive(none, Optional.of("/dev/tty1"), false)).isTrue();
    assertThat(Progress.interactive(none, Optional.of("pipe:[81234]"), true)).isFalse();
    assertThat(Progress.interactive(none, Optional.of("/tmp/err.log"), true)).isFalse();
    assertThat(Progress.interactive(none, Optional.of("/dev/null"), true)).isFalse();
    assertThat(Progress.interactive(Map.of("CI", "true"), Optional.of("/dev/pts/3"), true)).isFalse();
    assertThat(Progress.interactive(Map.of("CI", "false"), Optional.of("/dev/pts/3"), true)).isTrue();
    assertThat(Progress.interactive(Map.of("TERM", "dumb"), Optional.of("/dev/pts/3"), true)).isFalse();
    // Where the target is unknown (no /proc), the JVM's console decides.
    assertThat(Progress.interactive(none, Optional.empty(), true)).isTrue();
    assertThat(Progress.interactive(none, Optional.empty(), false)).isFalse();
  }

  @Test
  void onATerminal_theLibrarysBarAppearsAfterTheDelay_andIsWipedAtTheEnd() {
    AtomicLong clock = new AtomicLong();
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.onTerminal(new PrintWriter(err), "reading", 80, clock::get)) {
      progress.expect(4);
      clock.set(100 * MS);
      progress.step("a.json"); // a moment: nothing yet, and no bar made
      assertThat(err.toString()).isEmpty();
      clock.set(600 * MS);
      progress.step("b.json");
      progress.step("c.json");
      progress.step("d.json");
    }
    String drawn = err.toString();
    // The last line drawn (on close, at the latest) is the whole work, with the task and the last item.
    List<String> lines = Arrays.stream(drawn.split("\r")).filter(line -> line.startsWith("reading")).toList();
    assertThat(lines).isNotEmpty();
    String last = lines.get(lines.size() - 1).stripTrailing();
    assertThat(last).contains("100%").contains("4/4").contains("d.json");
    assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line.stripTrailing())).isLessThanOrEqualTo(79));
    // Then wiped: blanks over the widest line drawn, and back to the line's start.
    assertThat(drawn).matches("(?s).*\\r {10,}\\r$");
  }

  @Test
  void theBar_isDrawnInPlace_neverOnANewLine() {
    AtomicLong clock = new AtomicLong(0);
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.onTerminal(new PrintWriter(err), "checking", 60, clock::get)) {
      progress.expect(2);
      clock.set(Progress.DELAY_MILLIS * MS);
      progress.step("曲江区-2019.json");
      progress.step("浈江区-2019.json");
    }
    assertThat(err.toString()).doesNotContain("\n").startsWith("\r").contains("checking");
  }

  @Test
  void aQuickJob_leavesNothingOnTheTerminal() {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.onTerminal(new PrintWriter(err), "reading", 80, () -> 0L)) {
      progress.expect(1);
      progress.step("a");
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void piped_theCommandsWriteNothingButTheirErrors() throws Exception {
    // Under the test runner standard error is a pipe: however many files, stderr stays empty.
    Path folder = Files.createDirectory(temp.resolve("many"));
    for (int i = 0; i < 40; i++) {
      try (InputStream in = BundledReports.open("qujiang-2019.json")) {
        Files.copy(in, folder.resolve("r" + i + ".json"));
      }
    }
    CliRun check = CliRun.run("check", "--summary", folder.toString());
    assertThat(check.err()).isEmpty();
    assertThat(check.out()).contains("r39.json");
    CliRun chart = CliRun.run("chart", "reconsideration.acceptance_rate", folder.toString(), "--out",
        temp.resolve("c.svg").toString());
    assertThat(chart.err()).isEmpty();
    assertThat(chart.status()).isZero();
    Path pages = temp.resolve("pages");
    CliRun review = CliRun.run("review", folder.toString(), "--out", pages.toString());
    assertThat(review.err()).isEmpty();
    assertThat(review.status()).isZero();
    assertThat(review.out()).startsWith("40 pages and the index written to ");
    assertThat(pages.resolve("r39.html")).exists();
  }
}
