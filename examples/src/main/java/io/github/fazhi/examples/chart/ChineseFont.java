package io.github.fazhi.examples.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finds a font that can draw a given text, Chinese included, for painting with Java2D. A JVM often has
 * none (a plain Debian JDK, most containers): its logical {@code SansSerif} then draws every Chinese
 * character as an empty box. The search, in order:
 * <ol>
 *   <li>the families of {@link SvgChart#FONT_FAMILY} and other common Chinese fonts, where the JVM knows them;
 *   <li>the JVM's logical {@code SansSerif} font, which on some systems falls back to a Chinese font;
 *   <li>any other family the JVM knows;
 *   <li>the font files that fontconfig ({@code fc-list :lang=zh file}) names for Chinese, loaded and
 *       registered with the JVM (TrueType and OpenType, collections included).
 * </ol>
 * A font is taken only when it can draw every character of the text ({@link Font#canDisplayUpTo(String)}),
 * so a found font never draws boxes; when none can, the search says so and nothing is drawn.
 */
public final class ChineseFont {
  private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
      "Microsoft YaHei", "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
      "SimHei", "Hiragino Sans GB", "Heiti SC", "AR PL UMing CN", "SimSun");

  private ChineseFont() {}

  /**
   * Returns a plain font of size 12 that draws every character of a text.
   *
   * @param text  the text to draw, not null
   * @return the font, or empty when this machine has none that can draw all of it
   */
  public static Optional<Font> find(String text) {
    GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
    Set<String> families = new LinkedHashSet<>(Arrays.asList(environment.getAvailableFontFamilyNames()));
    for (String family : PREFERRED) {
      if (families.contains(family) && draws(family, text)) {
        return Optional.of(font(family));
      }
    }
    if (draws(Font.SANS_SERIF, text)) {
      return Optional.of(font(Font.SANS_SERIF));
    }
    for (String family : families) {
      if (draws(family, text)) {
        return Optional.of(font(family));
      }
    }
    return fromFiles(fontconfigFiles(), text);
  }

  /**
   * Returns the first font in the files that draws every character of a text, registered with the JVM.
   *
   * @param files  font files (TrueType, OpenType, collections), not null
   * @param text  the text to draw, not null
   * @return the font, size 12, or empty when none of the files has one
   */
  static Optional<Font> fromFiles(List<Path> files, String text) {
    GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (Path file : files) {
      Optional<Font> found = load(file, text, environment);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Font font(String family) {
    return new Font(family, Font.PLAIN, 12);
  }

  private static boolean draws(String family, String text) {
    return font(family).canDisplayUpTo(text) == -1;
  }

  private static Optional<Font> load(Path file, String text, GraphicsEnvironment environment) {
    try {
      for (Font font : Font.createFonts(file.toFile())) {
        if (font.getStyle() == Font.PLAIN && font.canDisplayUpTo(text) == -1) {
          environment.registerFont(font);
          return Optional.of(font.deriveFont(Font.PLAIN, 12f));
        }
      }
    } catch (IOException | FontFormatException | RuntimeException e) {
      // A font the JVM cannot read (an unsupported outline format): try the next file.
    }
    return Optional.empty();
  }

  /** The files fontconfig lists for Chinese, regular faces first; none when fontconfig is not there. */
  static List<Path> fontconfigFiles() {
    List<Path> regular = new ArrayList<>();
    List<Path> other = new ArrayList<>();
    try {
      Process process = new ProcessBuilder("fc-list", ":lang=zh", "file", "style")
          .redirectErrorStream(true).start();
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          int colon = line.indexOf(':');
          Path file = Path.of((colon < 0 ? line : line.substring(0, colon)).strip());
          if (!Files.isRegularFile(file)) {
            continue;
          }
          (line.contains("Regular") ? regular : other).add(file);
        }
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (IOException e) {
      return List.of(); // no fontconfig on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    regular.sort(null);
    other.sort(null);
    regular.addAll(other);
    return regular;
  }
}
