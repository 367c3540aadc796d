package io.github.fazhi.examples.review;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.examples.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders review pages (审阅页面) with Thymeleaf: one self-contained HTML page per report (styles inline, no
 * script, font or image from elsewhere, so pages work offline and can be mailed as files) and an
 * {@code index.html} that lists them with their counts of errors, warnings and notes, sortable. Everything
 * that comes from a report is escaped by the templates; the one piece of markup made here, the tallies'
 * SVG chart, escapes its text itself.
 *
 * <p>Instances are thread-safe and meant to be reused.
 */
public final class ReviewSite {
  private final TemplateEngine engine;

  private ReviewSite(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * Returns a renderer whose templates are read from this module's resources.
   *
   * @return a new renderer, never null
   */
  public static ReviewSite create() {
    return new ReviewSite(Templates.engine());
  }

  /**
   * Renders one report's page.
   *
   * @param page  the page
   * @return the HTML document, never null
   */
  public String page(ReviewPage page) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    context.setVariable("page", requireNonNull(page, "page"));
    context.setVariable("chart", TallyChart.svg(page.tallies()));
    return engine.process("report", context);
  }

  /**
   * Renders the index of the pages.
   *
   * @param pages  the pages, in the order to list them
   * @param files  each page's file name, relative to the index
   * @return the HTML document, never null
   */
  public String index(List<ReviewPage> pages, List<String> files) {
    return index(pages, files, List.of(), List.of());
  }

  /**
   * Renders the index of the pages, with links to the year-on-year comparisons (同比对照) of bodies whose
   * consecutive years are both among them.
   *
   * @param pages  the pages, in the order to list them
   * @param files  each page's file name, relative to the index
   * @param comparisons  the comparisons, in the order to list them
   * @param comparisonFiles  each comparison's file name, relative to the index
   * @return the HTML document, never null
   */
  public String index(List<ReviewPage> pages, List<String> files, List<ComparisonView> comparisons,
      List<String> comparisonFiles) {
    if (pages.size() != files.size()) {
      throw new IllegalArgumentException(pages.size() + " pages but " + files.size() + " file names");
    }
    if (comparisons.size() != comparisonFiles.size()) {
      throw new IllegalArgumentException(comparisons.size() + " comparisons but " + comparisonFiles.size()
          + " file names");
    }
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    context.setVariable("pages", List.copyOf(pages));
    context.setVariable("files", List.copyOf(files));
    context.setVariable("comparisons", List.copyOf(comparisons));
    context.setVariable("comparisonFiles", List.copyOf(comparisonFiles));
    return engine.process("index", context);
  }

  /**
   * Writes each page as {@code NAME.html} (two pages of one name become {@code NAME.html} and
   * {@code NAME-2.html}) and the index as {@code index.html}, creating the folder if needed
   * ({@link AtomicFiles#folder(Path)}). Each file is written whole or not at all ({@link AtomicFiles}); the
   * index comes last, so a run that fails part-way leaves whole pages and no index.
   *
   * @param pages  the pages
   * @param folder  where to write them
   * @return the files written, the index last
   * @throws IOException if a file cannot be written: an {@link io.github.fazhi.examples.files.OutputException}
   *     naming it
   */
  public List<Path> write(List<ReviewPage> pages, Path folder) throws IOException {
    return write(pages, folder, file -> { });
  }

  /**
   * Writes the pages and the index as {@link #write(List, Path)} does, telling {@code written} of each file
   * once it is written (for a progress bar).
   *
   * @param pages  the pages
   * @param folder  where to write them
   * @param written  told of each file written, the index last
   * @return the files written, the index last
   * @throws IOException if a file cannot be written
   */
  public List<Path> write(List<ReviewPage> pages, Path folder, Consumer<Path> written) throws IOException {
    return write(pages, List.of(), folder, written);
  }

  /**
   * Writes the pages, a page per comparison ({@link ComparisonSite}) and the index, which links both, as
   * {@link #write(List, Path)} does.
   *
   * @param pages  the pages
   * @param comparisons  the year-on-year comparisons
   * @param folder  where to write them
   * @param written  told of each file written, the index last
   * @return the files written, the index last
   * @throws IOException if a file cannot be written
   */
  public List<Path> write(List<ReviewPage> pages, List<ComparisonView> comparisons, Path folder,
      Consumer<Path> written) throws IOException {
    requireNonNull(written, "written");
    Path target = AtomicFiles.folder(folder);
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>(Set.of("index.html"));
    List<Path> files = new ArrayList<>();
    try (AtomicFiles.Batch batch = AtomicFiles.batch(folder.toString(), pages.size() + comparisons.size() + 1L)) {
      for (ReviewPage page : pages) {
        String file = unique(safeStem(page.name()), taken);
        names.add(file);
        Path path = target.resolve(file);
        String html = page(page);
        batch.write(path, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        files.add(path);
        written.accept(path);
      }
      ComparisonSite comparisonSite = ComparisonSite.create();
      List<String> comparisonNames = new ArrayList<>();
      for (ComparisonView comparison : comparisons) {
        String file = unique(safeStem(comparison.name()), taken);
        comparisonNames.add(file);
        Path path = target.resolve(file);
        String html = comparisonSite.page(comparison);
        batch.write(path, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        files.add(path);
        written.accept(path);
      }
      Path index = target.resolve("index.html");
      String html = index(pages, names, comparisons, comparisonNames);
      batch.write(index, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
      files.add(index);
      written.accept(index);
    }
    return files;
  }

  /** {@code STEM.html}, or {@code STEM-2.html} and so on when that name is taken; the name is then taken. */
  private static String unique(String stem, Set<String> taken) {
    String file = stem + ".html";
    for (int n = 2; !taken.add(file); n++) {
      file = stem + "-" + n + ".html";
    }
    return file;
  }

  /** A file stem without path separators or characters that trouble a file system or a URL. */
  static String safeStem(String name) {
    String stem = name.replaceAll("[\\\\/:*?\"<>|#%\\s]+", "_");
    return stem.isEmpty() || stem.startsWith(".") ? "report" + stem : stem;
  }
}
