package io.github.fazhi.examples.review;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the page of a year-on-year comparison (同比对照) with Thymeleaf, in the review pages' style: one
 * self-contained HTML page (styles inline, no script, font or image from elsewhere), everything that comes
 * from a report escaped by the template.
 *
 * <p>Instances are thread-safe and meant to be reused.
 */
public final class ComparisonSite {
  private final TemplateEngine engine;

  private ComparisonSite(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * Returns a renderer whose templates are read from this module's resources.
   *
   * @return a new renderer, never null
   */
  public static ComparisonSite create() {
    return new ComparisonSite(Templates.engine());
  }

  /**
   * Renders one comparison's page.
   *
   * @param view  the comparison, not null
   * @return the HTML document, never null
   */
  public String page(ComparisonView view) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    context.setVariable("c", requireNonNull(view, "view"));
    return engine.process("compare", context);
  }

  /**
   * Returns the file name of a comparison's page: its name, made safe for a file system and a URL, with
   * {@code .html}.
   *
   * @param view  the comparison, not null
   * @return the file name, never null
   */
  public static String fileName(ComparisonView view) {
    return ReviewSite.safeStem(view.name()) + ".html";
  }
}
