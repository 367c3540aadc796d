/**
 * fazhi-jackson3: an optional Jackson 3 binding for the fazhi model ({@link io.github.fazhi.jackson3.FazhiModule})
 * and a safe mapper factory; it reads and writes the same documents as fazhi-json, and ships the same
 * JSON Schema.
 */
module io.github.fazhi.jackson3 {
  requires transitive io.github.fazhi;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;
  requires static org.jspecify;

  exports io.github.fazhi.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.fazhi.jackson3.FazhiModule;
}
