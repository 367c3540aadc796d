package ${fazhi.format.package};

import io.github.fazhi.Path;

/**
 * How messages name a JSON location: {@code reviews[0].accepted}, or the top level for the document itself.
 * Locations are {@link Path}s, built by each binding from its parser's context (an array's element is an
 * {@linkplain Path#index(int) index}, an object's member a {@linkplain Path#member(String) member}); no
 * location is ever parsed from a string.
 */
final class Paths {
  private Paths() {}

  /** Returns " at PATH", or " at the top level" for a location that prints nothing (the document). */
  static String at(Path path) {
    String printed = path.toString();
    return printed.isEmpty() ? " at the top level" : " at " + printed;
  }
}
