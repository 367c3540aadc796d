package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fazhi.Report;
import java.io.IOException;

/**
 * Coverage-guided fuzz test (Jazzer) of reading reports. In a normal build it replays its regression
 * inputs under {@code src/test/resources/io/github/fazhi/json/JsonFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} ({@code -Pfuzz}) it fuzzes. Any input either becomes a valid report that writes
 * and reads back equal, or fails with a Jackson exception: anything else is a bug.
 */
class JsonFuzzTest {
  private static final ObjectMapper MAPPER = FazhiJson.mapper();

  @FuzzTest(maxDuration = "5m")
  void readReport_givesAReportThatRoundTrips_orAJacksonException(FuzzedDataProvider data) throws IOException {
    byte[] document = data.consumeRemainingAsBytes();
    Report report;
    try {
      report = MAPPER.readValue(document, Report.class);
    } catch (JsonProcessingException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(report).isNotNull();
    byte[] written = MAPPER.writeValueAsBytes(report);
    assertThat(MAPPER.readValue(written, Report.class)).isEqualTo(report);
    assertThat(MAPPER.writeValueAsBytes(report)).isEqualTo(written);
  }
}
