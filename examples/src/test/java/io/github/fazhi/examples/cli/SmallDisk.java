package io.github.fazhi.examples.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test, to fill up: a real full disk, with the kernel's own
 * {@code ENOSPC}. Mounting needs root (or CAP_SYS_ADMIN); where it is not permitted the test is skipped
 * with the reason {@code mount} gave.
 */
final class SmallDisk implements AutoCloseable {
  private final Path folder;

  private SmallDisk(Path folder) {
    this.folder = folder;
  }

  static SmallDisk mount(Path folder, String size) throws Exception {
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString())
        .redirectErrorStream(true).start();
    String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    boolean done = mount.waitFor(30, TimeUnit.SECONDS);
    assumeTrue(done && mount.exitValue() == 0,
        "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): " + said);
    return new SmallDisk(folder);
  }

  Path folder() {
    return folder;
  }

  /** Fills the disk: a file grown until the kernel says there is no space left. */
  void fill() throws IOException {
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(folder.resolve("filler"))) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left")) {
        throw full;
      }
    }
  }

  @Override
  public void close() throws Exception {
    Process umount = new ProcessBuilder("umount", folder.toString()).redirectErrorStream(true).start();
    umount.getInputStream().readAllBytes();
    umount.waitFor(30, TimeUnit.SECONDS);
  }
}
