package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk (a 256 KB tmpfs, filled): every command that writes leaves no partial file, never damages an
 * existing one, names the file, and exits 3. On main, {@code read --out} left a 0-byte JSON file, an
 * existing {@code chart.svg} was replaced by a truncated one, and {@code review} left half a page.
 */
class FullDiskTest {
  @TempDir Path temp;

  private static final String OLD = "<svg>the chart of last week</svg>";

  private static String sample() throws Exception {
    try (InputStream in = FullDiskTest.class.getResourceAsStream("sample-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Path> files(Path folder) throws Exception {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void chart_leavesTheExistingChartWhole_andNamesIt() throws Exception {
    Path mount = Files.createDirectory(temp.resolve("disk"));
    try (SmallDisk disk = SmallDisk.mount(mount, "256k")) {
      Path chart = Files.writeString(mount.resolve("chart.svg"), OLD);
      disk.fill();
      CliRun run = CliRun.run("chart", "openness.items_published", "--out", chart.toString());
      assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
      assertThat(run.err()).isEqualTo("fazhi: error: " + chart + ": cannot be written: no space left on device"
          + System.lineSeparator());
      assertThat(Files.readString(chart)).isEqualTo(OLD);
      assertThat(files(mount)).containsExactly(chart, mount.resolve("filler"));
    }
  }

  @Test
  void readOut_leavesNoEmptyFile_andTheOldOneWhole() throws Exception {
    Path input = Files.writeString(temp.resolve("linjiang.txt"), sample());
    Path fresh = Files.writeString(temp.resolve("fresh.txt"), sample());
    Path mount = Files.createDirectory(temp.resolve("disk"));
    try (SmallDisk disk = SmallDisk.mount(mount, "256k")) {
      Path old = Files.writeString(mount.resolve("linjiang.json"), "{\"old\":true}");
      disk.fill();
      CliRun run = CliRun.run("read", input.toString(), fresh.toString(), "--out", mount.toString());
      assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
      assertThat(run.err()).startsWith("fazhi: error: " + old + ": cannot be written: no space left on device");
      assertThat(Files.readString(old)).isEqualTo("{\"old\":true}");
      assertThat(files(mount)).containsExactly(mount.resolve("filler"), old);
    }
  }

  @Test
  void review_saysHowFarItGot_andLeavesOnlyWholePages() throws Exception {
    Path mount = Files.createDirectory(temp.resolve("disk"));
    try (SmallDisk disk = SmallDisk.mount(mount, "256k")) {
      Path out = Files.createDirectory(mount.resolve("review"));
      disk.fill();
      CliRun run = CliRun.run("review", "--out", out.toString());
      assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
      assertThat(run.err().lines().filter(line -> line.startsWith("fazhi:"))).singleElement()
          .satisfies(line -> assertThat(line)
              .matches("fazhi: error: review interrupted: 0 of \\d+ files written to " + out
                  + ", no index.html: " + out + "/[^ ]+\\.html: cannot be written: no space left on device"));
      assertThat(files(out)).isEmpty();
    }
  }
}
