package io.github.fazhi.json;

import static io.github.fazhi.json.Format.Field.optional;
import static io.github.fazhi.json.Format.Field.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A table of fields declared with {@link Format#of}, apart from the format's own tables (which are built once,
 * when {@link Formats} is loaded): the table alone decides which fields are read, which are required and in
 * which order they are written.
 */
class FormatTest {
  /**
   * Jurisdiction with three of its four fields, level first: not the format's own table. Declared anew by each
   * test, as a user of {@link Format#of} would declare it.
   */
  private static Format<Jurisdiction, Jurisdiction.Builder> levelFirst() {
    return Format.of(Jurisdiction.class, Jurisdiction::builder, Jurisdiction.Builder::build,
        required("level", Formats.LEVELS, Jurisdiction::level, Jurisdiction.Builder::level),
        required("name", Codec.STRING, Jurisdiction::name, Jurisdiction.Builder::name),
        optional("code", Codec.STRING, Jurisdiction::code, Jurisdiction.Builder::code));
  }

  private static Jurisdiction read(Format<Jurisdiction, Jurisdiction.Builder> format, String document)
      throws Exception {
    try (JsonParser p = FazhiJson.factory().createParser(document)) {
      p.nextToken();
      return format.read(new JacksonIn(p));
    }
  }

  @Test
  void aTable_readsItsFields_andWritesThemInItsOwnOrder() throws Exception {
    Format<Jurisdiction, Jurisdiction.Builder> levelFirst = levelFirst();
    Jurisdiction qujiang = Jurisdiction.builder().name("曲江区").code("440205").level(JurisdictionLevel.COUNTY)
        .build();
    assertThat(read(levelFirst, "{\"name\":\"曲江区\",\"code\":\"440205\",\"level\":\"county\"}"))
        .isEqualTo(qujiang);
    StringWriter written = new StringWriter();
    try (JsonGenerator g = FazhiJson.mapper().getFactory().createGenerator(written)) {
      levelFirst.write(qujiang, new JacksonOut(g));
    }
    assertThat(written).hasToString("{\"level\":\"county\",\"name\":\"曲江区\",\"code\":\"440205\"}");
    assertThat(levelFirst.fieldNames()).containsExactly("level", "name", "code");
    assertThat(levelFirst.shape().required()).containsExactlyInAnyOrder("level", "name");
  }

  @Test
  void aTable_namesEveryRequiredFieldThatIsMissing_andRefusesAFieldItDoesNotHave() {
    Format<Jurisdiction, Jurisdiction.Builder> levelFirst = levelFirst();
    assertThatThrownBy(() -> read(levelFirst, "{\"code\":\"440205\"}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("Missing required fields [level, name] in Jurisdiction at the top level");
    assertThatThrownBy(() -> read(levelFirst, "{\"name\":\"曲江区\",\"level\":\"county\",\"parent\":\"韶关市\"}"))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("Unknown field \"parent\" in Jurisdiction at the top level");
  }
}
