package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void aShape_refusesMoreFieldsThanBits_andARequiredFieldItDoesNotHave() {
    List<String> sixtyFive = IntStream.range(0, 65).mapToObj(i -> "f" + i).toList();
    assertThatThrownBy(() -> Fields.Shape.of(Jurisdiction.class, sixtyFive))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("at most 64 fields");
    assertThatThrownBy(() -> Fields.Shape.of(Jurisdiction.class, List.of("a", "b"), "c"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required field c is not a field");
  }
}
