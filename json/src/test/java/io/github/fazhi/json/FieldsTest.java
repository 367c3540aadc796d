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
      Jurisdiction read = Readers.jurisdiction(p);
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
      assertThatThrownBy(() -> Readers.jurisdiction(p))
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
}
