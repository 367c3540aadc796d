package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fazhi.Report;
import java.io.IOException;

/** What every JSON test needs: mappers, a quote helper and exception checks. */
abstract class ModuleTestBase {
  /** The required fields of a report, for documents that test something else. */
  static final String REQUIRED =
      "'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'韶关市曲江区人民政府','year':2019";

  /** Returns the safe mapper of {@link FazhiJson}. */
  static ObjectMapper mapper() {
    return FazhiJson.mapper();
  }

  /** Returns a plain mapper with only the module registered: the binding must be strict on its own. */
  static ObjectMapper plainMapper() {
    return new ObjectMapper().registerModule(new FazhiModule());
  }

  /**
   * Turns single quotes into double quotes, and {@code $R} into the required fields of a report, so
   * documents read well in Java: {@code json("{'a':1}")}.
   */
  static String json(String text) {
    return text.replace("$R", REQUIRED).replace('\'', '"');
  }

  static Report readReport(String document) throws IOException {
    return mapper().readValue(document, Report.class);
  }

  /** Asserts that reading fails with the given type and a message containing every fragment. */
  static JsonProcessingException verifyException(
      Class<? extends JsonProcessingException> type, ThrowingCallable read, String... fragments) {
    Throwable thrown = catchThrowable(read::call);
    assertThat(thrown).isInstanceOf(type);
    for (String fragment : fragments) {
      assertThat(thrown.getMessage()).contains(fragment);
    }
    return (JsonProcessingException) thrown;
  }

  /** A read that may fail. */
  @FunctionalInterface
  interface ThrowingCallable {
    Object call() throws Exception;
  }
}
