package io.github.fazhi.examples;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.fazhi.Report;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.json.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Shows how to read and write reports as JSON with fazhi-json: read a bundled report, write it back (equal
 * reports give the same bytes), read it again and compare; then read a damaged document and see the JSON
 * path and every violation in the error.
 */
public final class JsonExample {
  private JsonExample() {}

  /**
   * Runs the round trip and the damaged document.
   *
   * @param args  not used
   * @throws IOException if the bundled report cannot be read (it always can)
   */
  public static void main(String[] args) throws IOException {
    Report seed = BundledReports.read("qujiang-2019.json");
    String json = FazhiJson.writer().writeValueAsString(seed);
    Report again = FazhiJson.reader().readValue(json);
    System.out.println("wrote " + json.getBytes(StandardCharsets.UTF_8).length + " bytes; read back equal: "
        + again.equals(seed));

    String damaged = "{\"jurisdiction\":{\"name\":\"曲江区\",\"level\":\"county\"},\"issuer\":\"i\",\"year\":2019,"
        + "\"reviews\":[{\"procedure\":\"reconsideration\",\"received\":-1,\"accepted\":-2}]}";
    try {
      FazhiJson.reader().readValue(damaged);
    } catch (InvalidValueException invalid) {
      System.out.println("refused: " + invalid.getOriginalMessage());
      invalid.violations().forEach(v -> System.out.println("  " + v));
    } catch (JsonMappingException other) {
      System.out.println("refused: " + other.getOriginalMessage());
    }
  }
}
