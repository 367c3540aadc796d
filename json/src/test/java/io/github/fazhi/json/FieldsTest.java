package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Objects handed over by Jackson after it has consumed their START_OBJECT (as it does for polymorphic or
 * unwrapped values), and the locations named in errors, which are worked out only when an error needs them.
 */
class FieldsTest {
  @Test
  void anObjectWhoseStartWasConsumed_isReadFromItsFirstFieldName() throws Exception {
    try (JsonParser p = FazhiJson.factory().createParser("{\"name\":\"曲江区\",\"level\":\"county\"} 7")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
      Jurisdiction read = Formats.JURISDICTION.read(new JacksonIn(p));
      assertThat(read).isEqualTo(Jurisdiction.builder().name("曲江区").level(JurisdictionLevel.COUNTY).build());
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    }
  }

  @Test
  void anEmptyObjectWhoseStartWasConsumed_isMissingItsRequiredFields_andNothingAfterItIsRead() throws Exception {
    try (JsonParser p = FazhiJson.factory().createParser("[{}, 7]")) {
      p.nextToken();
      p.nextToken();
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThatThrownBy(() -> Formats.JURISDICTION.read(new JacksonIn(p)))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageStartingWith("Missing required fields [name, level] in Jurisdiction at [0]");
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    }
  }

  @Test
  void errorsNameTheObject_whereverTheParserStandsInsideIt() {
    String tally = "{\"procedure\":\"reconsideration\",\"decisions\":{\"upheld\":1},\"received\":2,"
        + "\"received\":3}";
    String report = "{\"jurisdiction\":{\"name\":\"曲江区\",\"level\":\"county\"},\"issuer\":\"曲江区人民政府\","
        + "\"year\":2019,\"reviews\":[{\"procedure\":\"reconsideration\"}," + tally + "]}";
    // The module on a mapper without the parser's own duplicate detection, which FazhiJson switches on.
    ObjectMapper plain = JsonMapper.builder().addModule(new FazhiModule()).build();
    assertThatThrownBy(() -> plain.readValue(report, Report.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("Duplicate field \"received\" in ReviewTally at reviews[1]");
    String unknown = report.replace(",\"received\":3}", ",\"recieved\":3}");
    assertThatThrownBy(() -> FazhiJson.reader().readValue(unknown))
        .hasMessageStartingWith("Unknown field \"recieved\" in ReviewTally at reviews[1]");
    String missing = "{\"jurisdiction\":{\"name\":\"曲江区\",\"level\":\"county\"},\"issuer\":\"x\",\"workAreas\":[]}";
    assertThatThrownBy(() -> FazhiJson.reader().readValue(missing))
        .hasMessageStartingWith("Missing required field [year] in Report at the top level");
    String nested = report.replace("\"level\":\"county\"}", "\"level\":\"county\",\"code\":null}");
    assertThatThrownBy(() -> FazhiJson.reader().readValue(nested))
        .hasMessageStartingWith("Field \"code\" of Jurisdiction at jurisdiction.code is null");
  }

  @Test
  void aShape_knowsItsFieldsByPosition_andItsRequiredFieldsAsBits() {
    Fields.Shape shape = Fields.Shape.of(Jurisdiction.class, List.of("a", "b", "c", "d"), "a", "c");
    assertThat(shape.indexOf("a")).isZero();
    assertThat(shape.indexOf("d")).isEqualTo(3);
    assertThat(shape.indexOf("e")).isEqualTo(-1);
    assertThat(shape.requiredBits()).isEqualTo(0b0101L);
    assertThat(Fields.Shape.of(Jurisdiction.class, List.of("a")).requiredBits()).isZero();
    List<String> sixtyFour = IntStream.range(0, 64).mapToObj(i -> "f" + i).toList();
    assertThat(Fields.Shape.of(Jurisdiction.class, sixtyFour, "f63").requiredBits()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void aShape_findsANameFromAnyStart_whetherTheSameStringOrAnEqualOne() {
    Fields.Shape shape = Fields.Shape.of(Jurisdiction.class, List.of("a", "b", "c", "d"), "a");
    String d = new String(new char[] {'d'}); // equal to the shape's "d", not the same string
    assertThat(d).isNotSameAs("d");
    for (int from = 0; from <= 4; from++) {
      assertThat(shape.indexOf("a", from)).as("from %d", from).isZero();
      assertThat(shape.indexOf("c", from)).as("from %d", from).isEqualTo(2);
      assertThat(shape.indexOf(d, from)).as("from %d", from).isEqualTo(3);
      assertThat(shape.indexOf(new String(new char[] {'e'}), from)).as("from %d", from).isEqualTo(-1);
    }
  }

  @Test
  void fieldsOutOfOrder_orNamesNotInterned_readTheSameValue_andADuplicateIsStillRefused() throws Exception {
    Jurisdiction expected = Jurisdiction.builder().name("曲江区").code("440205").level(JurisdictionLevel.COUNTY)
        .parent("韶关市").build();
    // Plain factories, without the parser's own duplicate detection (which FazhiJson.factory() switches on).
    JsonFactory interning = new JsonFactory();
    JsonFactory notInterning = JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    for (JsonFactory factory : List.of(interning, notInterning)) {
      for (String document : List.of(
          "{\"name\":\"曲江区\",\"code\":\"440205\",\"level\":\"county\",\"parent\":\"韶关市\"}",
          "{\"parent\":\"韶关市\",\"level\":\"county\",\"code\":\"440205\",\"name\":\"曲江区\"}",
          "{\"level\":\"county\",\"name\":\"曲江区\",\"parent\":\"韶关市\",\"code\":\"440205\"}")) {
        try (JsonParser p = factory.createParser(document)) {
          p.nextToken();
          assertThat(Formats.JURISDICTION.read(new JacksonIn(p))).as(document).isEqualTo(expected);
        }
      }
      for (String twice : List.of(
          "{\"name\":\"曲江区\",\"level\":\"county\",\"name\":\"曲江区\"}",
          "{\"level\":\"county\",\"name\":\"曲江区\",\"level\":\"county\"}")) {
        try (JsonParser p = factory.createParser(twice)) {
          p.nextToken();
          assertThatThrownBy(() -> Formats.JURISDICTION.read(new JacksonIn(p)))
              .isInstanceOf(MismatchedInputException.class)
              .hasMessageStartingWith("Duplicate field \"" + (twice.startsWith("{\"name") ? "name" : "level")
                  + "\" in Jurisdiction");
        }
      }
    }
  }

  @Test
  void aShape_refusesMoreFieldsThanBits_andARequiredFieldItDoesNotHave() {
    List<String> sixtyFive = IntStream.range(0, 65).mapToObj(i -> "f" + i).toList();
    assertThatThrownBy(() -> Fields.Shape.of(Jurisdiction.class, sixtyFive))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("at most 64 fields");
    assertThatThrownBy(() -> Fields.Shape.of(Jurisdiction.class, List.of("a", "b"), "c"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required field c is not a field");
  }
}
