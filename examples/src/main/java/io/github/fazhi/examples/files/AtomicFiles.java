package io.github.fazhi.examples.files;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The one way the command line writes a file (原子写入): the content goes to a temporary file in the same
 * folder ({@code .NAME.RANDOM.part}), is forced to the disk, and only then is moved over the file, with an
 * atomic rename where the file system has one ({@link StandardCopyOption#ATOMIC_MOVE}), else replacing it.
 * So a reader of the file sees the old content or the new, never a part: a full disk, a permission error or
 * an exception while the content is made leaves no partial file and never damages an existing one, and the
 * {@link OutputException} names the file.
 *
 * <p>A run stopped by a signal (Ctrl-C, {@code kill}) deletes its temporary files on the way out, through
 * one shutdown hook; {@link Batch} adds one line on stderr saying how far a multi-file run got. A
 * {@code kill -9} or a power cut can leave a {@code .part} file, never a half-written output file.
 *
 * <p>This class is stateless apart from the set of temporary files in flight, and thread-safe.
 */
public final class AtomicFiles {
  /** What is written: the content, to a stream that the writer closes. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out  where to write it; not to be closed
     * @throws IOException if it cannot be written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  private static final Set<Batch> OPEN = ConcurrentHashMap.newKeySet();
  /** Guards {@link #stopping} and the making of a temporary file with its entry in {@link #IN_FLIGHT}. */
  private static final Object STARTING = new Object();
  /** Set by the shutdown hook: no temporary file is made after it has deleted those in flight. */
  private static boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::interrupted, "fazhi-interrupted"));
  }

  private AtomicFiles() {}

  /**
   * Writes text as UTF-8, atomically.
   *
   * @param file  the file, not null
   * @param text  the text, not null
   * @throws OutputException if it cannot be written; the file is then as it was
   */
  public static void writeString(Path file, String text) throws OutputException {
    requireNonNull(text, "text");
    write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes a file atomically: its content to a temporary file beside it, then moved over it.
   *
   * @param file  the file, not null; its folder must exist
   * @param content  writes the content, not null
   * @throws OutputException if it cannot be written (the folder is missing or read-only, the disk is
   *     full, or {@code content} fails); the file is then as it was, and no temporary file is left
   */
  public static void write(Path file, Content content) throws OutputException {
    requireNonNull(content, "content");
    Path target = requireNonNull(file, "file").toAbsolutePath().normalize();
    Path folder = target.getParent();
    Path name = target.getFileName();
    if (folder == null || name == null) {
      throw new OutputException(file, new IOException("not a file name"));
    }
    @Nullable Path part = null;
    try {
      synchronized (STARTING) {
        if (stopping) {
          throw new IOException("the run is being stopped");
        }
        part = Files.createTempFile(folder, "." + name + ".", ".part");
        IN_FLIGHT.add(part);
      }
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(new UnclosableStream(out));
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(part, e);
      if (e instanceof Error error) {
        throw error;
      }
      throw new OutputException(file, e);
    } finally {
      if (part != null) {
        IN_FLIGHT.remove(part);
      }
    }
  }

  /**
   * Returns a folder to write into, created if needed: the path is normalised first, so that
   * {@code missing/../out} creates {@code out} and never {@code missing}, and when a level cannot be
   * created the levels created before it are removed again.
   *
   * @param folder  the folder, not null
   * @return the folder, absolute and normalised, existing
   * @throws OutputException if it cannot be created, or is a file
   */
  public static Path folder(Path folder) throws OutputException {
    Path normal = requireNonNull(folder, "folder").toAbsolutePath().normalize();
    if (Files.isDirectory(normal)) {
      return normal;
    }
    List<Path> missing = new ArrayList<>();
    for (Path level = normal; level != null && !Files.exists(level); level = level.getParent()) {
      missing.add(0, level);
    }
    List<Path> created = new ArrayList<>();
    try {
      if (missing.isEmpty()) {
        throw new java.nio.file.FileAlreadyExistsException(normal.toString(), null, "not a folder");
      }
      for (Path level : missing) {
        Files.createDirectory(level);
        created.add(0, level);
      }
      return normal;
    } catch (IOException e) {
      for (Path level : created) {
        deleteQuietly(level, e);
      }
      throw new OutputException(folder, e);
    }
  }

  /**
   * Starts a run that writes several files into one folder; closing it ends the run. Should the process
   * be stopped by a signal before the run is closed, one line on stderr says how many of the files were
   * written and where.
   *
   * @param folder  the folder as the line should show it (control characters are shown as {@code ?}), not null
   * @param expected  how many files the run means to write
   * @return the run, never null
   */
  public static Batch batch(String folder, long expected) {
    Batch batch = new Batch(printable(requireNonNull(folder, "folder")), expected);
    OPEN.add(batch);
    return batch;
  }

  /** A run that writes several files into one folder, counting what it wrote. */
  public static final class Batch implements AutoCloseable {
    private final String folder;
    private final long expected;
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    private Batch(String folder, long expected) {
      this.folder = folder;
      this.expected = expected;
    }

    /**
     * Writes one file of the run, atomically.
     *
     * @param file  the file, in the run's folder; not null
     * @param content  its content, not null
     * @throws OutputException as {@link AtomicFiles#write(Path, Content)}
     */
    public void write(Path file, Content content) throws OutputException {
      AtomicFiles.write(file, content);
      written.incrementAndGet();
    }

    /**
     * Returns how many files this run has written.
     *
     * @return the count, at least 0
     */
    public long written() {
      return written.get();
    }

    /**
     * Returns how many files this run means to write.
     *
     * @return the count
     */
    public long expected() {
      return expected;
    }

    /**
     * Returns the line that says how far the run got: {@code 3 of 12 files written to review/}.
     *
     * @return the line, never null
     */
    public String progress() {
      return written.get() + " of " + expected + " files written to " + folder;
    }

    /** Ends the run: a signal after this says nothing of it. */
    @Override
    public void close() {
      OPEN.remove(this);
    }
  }

  /** Run by the shutdown hook: deletes the temporary files in flight and says which runs did not finish. */
  private static void interrupted() {
    // A write that has not made its temporary file yet will not make one; every one made is in IN_FLIGHT.
    synchronized (STARTING) {
      stopping = true;
    }
    for (Path part : IN_FLIGHT) {
      deleteQuietly(part, null);
    }
    for (Batch batch : OPEN) {
      System.err.println("fazhi: interrupted: " + batch.progress() + "; the run did not finish");
    }
    System.err.flush();
  }

  /** The text with every control or bidirectional character shown as {@code ?}, as {@code ls -q} does. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      out.append(unsafe ? '?' : c);
    }
    return out.toString();
  }

  private static void deleteQuietly(@Nullable Path path, @Nullable Throwable failure) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  /** Keeps {@link Content} from closing the channel before it is forced to the disk. */
  private static final class UnclosableStream extends java.io.FilterOutputStream {
    UnclosableStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
