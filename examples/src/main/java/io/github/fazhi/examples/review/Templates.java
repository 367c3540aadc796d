package io.github.fazhi.examples.review;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The one Thymeleaf engine setup of the review and comparison pages: HTML templates in this package, UTF-8. */
final class Templates {
  private Templates() {}

  /**
   * Returns a new engine whose templates are read, once, from this module's resources.
   *
   * @return a new engine, never null
   */
  static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
    resolver.setPrefix("io/github/fazhi/examples/review/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
