package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.examples.BundledReports;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void line_showsTheBarCountAndPercent() {
    // 41 of 100: 41 × 24 / 100 = 9 cells filled, then the arrow and 14 blanks.
    assertThat(Progress.line("checking", 41, 100, "a.json", 79))
        .isEqualTo("checking [=========>              ] 41/100 41% a.json");
    assertThat(Progress.line("reading", 100, 100, "", 79))
        .isEqualTo("reading [========================] 100/100 100%");
    assertThat(Progress.line("reading", 7, -1, "x", 79)).isEqualTo("reading 7 files x");
  }

  @Test
  void line_cutsALongNameFromTheLeft_toTheWidth() {
    String line = Progress.line("reading", 1, 2, "/very/long/folder/name/曲江区-2019.json", 60);
    assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60);
    assertThat(line).endsWith("曲江区-2019.json").contains("…");
  }

  @Test
  void onATerminal_drawsAfterTheDelay_atMostEveryRedraw_andWipesAtTheEnd() {
    AtomicLong clock = new AtomicLong();
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.onTerminal(new PrintWriter(err), "reading", 80, clock::get)) {
      progress.expect(4);
      clock.set(100 * MS);
      progress.step("a"); // a moment: nothing yet
      assertThat(err.toString()).isEmpty();
      clock.set(600 * MS);
      progress.step("b");
      assertThat(err.toString()).isEqualTo("\r" + Progress.line("reading", 2, 4, "b", 79));
      clock.set(650 * MS);
      progress.step("c"); // within 100 ms of the last draw
      assertThat(err.toString()).doesNotContain("3/4");
      clock.set(800 * MS);
      progress.step("d");
      assertThat(err.toString()).contains("\r" + Progress.line("reading", 4, 4, "d", 79));
    }
    int width = DisplayWidth.of(Progress.line("reading", 4, 4, "d", 79)); // the widest line drawn
    assertThat(err.toString()).endsWith("\r" + " ".repeat(width) + "\r");
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
