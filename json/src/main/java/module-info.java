/**
 * fazhi-json: an optional Jackson 2 binding for the fazhi model ({@link io.github.fazhi.json.FazhiModule}),
 * a safe mapper factory, a streaming report reader and the JSON Schema of the report format.
 */
module io.github.fazhi.json {
  requires transitive io.github.fazhi;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires static org.jspecify;

  exports io.github.fazhi.json;


  provides com.fasterxml.jackson.databind.Module with io.github.fazhi.json.FazhiModule;
}
