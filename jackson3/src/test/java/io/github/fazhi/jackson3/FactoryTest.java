package io.github.fazhi.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * The binding's factory hands over property names as interned strings, which Jackson 3 does not do by
 * default: the format's field tables find a name by reference only then.
 */
class FactoryTest {
  @Test
  void propertyNames_areTheInternedStrings() {
    String document = "{\"jurisdiction\":1,\"year\":2}";
    try (JsonParser parser = FazhiJson.factory().createParser(ObjectReadContext.empty(), document)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(parser.nextName()).isSameAs("jurisdiction");
      parser.nextToken();
      assertThat(parser.nextName()).isSameAs("year");
    }
  }
}
