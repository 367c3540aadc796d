package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.testing.SeedReport;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code review} stopped by {@code kill} (SIGTERM) while it writes its pages: the pages written are
 * whole, no temporary file is left, there is no index, one line says how far it got, and the exit status is
 * 143 (128 + 15, the JVM's for SIGTERM). The command runs in its own JVM, from this test's class path.
 */
class InterruptedRunTest {
  private static final int COPIES = 1500;

  @TempDir Path temp;

  @Test
  void aKilledReview_leavesWholePagesAndNoTemporaryFile_andSaysSo() throws Exception {
    Path corpus = temp.resolve("many.json");
    String seed = FazhiJson.writer().writeValueAsString(SeedReport.report());
    try (BufferedWriter out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      for (int i = 0; i < COPIES; i++) {
        out.write(seed);
        out.write('\n');
      }
    }
    Path review = temp.resolve("review");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        FazhiCommand.class.getName(), "review", corpus.toString(), "--out", review.toString())
        .redirectOutput(temp.resolve("stdout.txt").toFile())
        .redirectError(temp.resolve("stderr.txt").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (pages(review).isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(run.isAlive()).as("still writing its %d pages when the first appeared", COPIES + 1).isTrue();
      run.destroy(); // SIGTERM
      assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    } finally {
      run.destroyForcibly();
    }
    assertThat(run.exitValue()).isEqualTo(143);
    List<Path> left = files(review);
    assertThat(left).isNotEmpty().allSatisfy(file -> {
      assertThat(file.getFileName().toString()).endsWith(".html").isNotEqualTo("index.html");
      assertThat(Files.readString(file).strip()).endsWith("</html>");
    });
    List<String> lines = Files.readAllLines(temp.resolve("stderr.txt"));
    assertThat(lines).filteredOn(line -> line.startsWith("fazhi:")).singleElement().satisfies(line -> assertThat(line)
        .matches("fazhi: interrupted: \\d+ of " + (COPIES + 1) + " files written to " + review
            + "; the run did not finish"));
  }

  private static List<Path> pages(Path folder) throws Exception {
    return files(folder).stream().filter(file -> file.toString().endsWith(".html")).toList();
  }

  private static List<Path> files(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }
}
