package io.github.fazhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive that {@code mvn package} builds ({@code target/fazhi-<version>.zip}): unpacked as a
 * user would, its {@code bin/fazhi} runs the command line. Run by failsafe after {@code package}.
 */
class DistributionIT {
  @TempDir Path temp;

  private static Path zip() {
    return Path.of(System.getProperty("fazhi.distribution", "target/fazhi-0.1.0-SNAPSHOT.zip"));
  }

  private static String base() {
    return "fazhi-" + System.getProperty("fazhi.version", "0.1.0-SNAPSHOT") + "/";
  }

  @Test
  void theZip_hasTheScripts_theJars_andAnExecutableBinFazhi() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        names.add(entry.getName());
        if (entry.getName().equals(base() + "bin/fazhi")) {
          assertThat(entry.getUnixMode() & 0777).isEqualTo(0755);
        }
        if (entry.getName().equals(base() + "bin/fazhi.bat")) {
          try (InputStream in = zip.getInputStream(entry)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).contains("\r\n");
          }
        }
      }
    }
    assertThat(names).contains(base() + "bin/fazhi", base() + "bin/fazhi.bat", base() + "README.txt",
        base() + "lib/fazhi-examples-" + System.getProperty("fazhi.version", "0.1.0-SNAPSHOT") + ".jar");
    assertThat(names).anyMatch(name -> name.matches(".*/lib/fazhi-core-.*\\.jar"))
        .anyMatch(name -> name.matches(".*/lib/picocli-.*\\.jar"))
        .anyMatch(name -> name.matches(".*/lib/progressbar-.*\\.jar"))
        // the thin jar and its dependencies, not the shaded jar (every class twice)
        .noneMatch(name -> name.endsWith("lib/fazhi-examples.jar"))
        // test-scoped jars stay out
        .noneMatch(name -> name.contains("junit"))
        .noneMatch(name -> name.contains("selenium"));
  }

  @Test
  void unpacked_binFazhiHelp_runs_andPrintsTheUsage() throws Exception {
    Path home = unpack();
    Path script = home.resolve("bin/fazhi");
    assertThat(Files.isExecutable(script)).isTrue();
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "--help")
        .redirectErrorStream(false);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(err)).isEmpty();
    assertThat(process.exitValue()).isZero();
    String usage = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(usage).startsWith("Usage: fazhi ").contains("check").contains("stats").contains("compare")
        .contains("Exit status:");
  }

  @Test
  void unpacked_binFazhiCheck_readsAFolder_withTheExitStatusOfTheCommand() throws Exception {
    Path home = unpack();
    Path reports = Files.createDirectory(temp.resolve("reports"));
    Files.writeString(reports.resolve("bad.json"), "{\"year\": 2020}", StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/fazhi").toString(), "check", reports.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path out = temp.resolve("check.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    // A file that is not a valid report: status 2 and one line naming it.
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("fazhi: error: ").contains("bad.json");
  }

  /** Unpacks the zip as unzip would, keeping each entry's Unix mode. */
  private Path unpack() throws Exception {
    Path target = temp.resolve("unpacked");
    try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        Path path = target.resolve(entry.getName()).normalize();
        assertThat(path.startsWith(target)).as("%s stays inside the folder", entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          continue;
        }
        Files.createDirectories(path.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, path);
        }
        int mode = entry.getUnixMode() & 0777;
        if (mode != 0) {
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions(mode)));
        }
      }
    }
    return target.resolve(base());
  }

  private static String permissions(int mode) {
    StringBuilder out = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      out.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
    }
    return out.toString();
  }
}
