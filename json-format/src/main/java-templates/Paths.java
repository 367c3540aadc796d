package ${fazhi.format.package};

/**
 * JSON locations in the form the model's violations use: {@code reviews[0].accepted}, {@code ""} for the
 * document itself.
 */
final class Paths {
  private Paths() {}

  /** Returns {@code path.name}, or {@code name} at the top. */
  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Returns " at PATH", or " at the top level" for the document itself. */
  static String at(String path) {
    return path.isEmpty() ? " at the top level" : " at " + path;
  }
}
