package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safe reader leaves duplicate keys of a report to the format, which checks them with a bit per
 * field instead of the parser's set of names per object (issue 26), and refuses them exactly as the
 * parser did: the same {@link JsonParseException}, message and location as the parser's strict duplicate
 * detection gives when it reads the same document as a tree.
 */
class DuplicateKeysTest extends ModuleTestBase {
  private static final String OPEN_GOV = "{$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'format_2021',";

  @ParameterizedTest
  @ValueSource(strings = {
      "{$R,'issuer':'again'}",
      "{$R,'reviews':[{'procedure':'reconsideration','received':1,'received':2}]}",
      "{$R,'reviews':[{'procedure':'reconsideration','decisions':{'upheld':1,'upheld':2}}]}",
      "{$R,'reviews':[{'procedure':'reconsideration','decisions':{'rejected':1,'revoked':2,'rejected':3}}]}",
      "{$R,\n  'title':'二〇一九年曲江区法治政府建设情况报告',\n  'workAreas':[{'ordinal':1,'title':'依法全面履行政府职能',"
          + "\n    'ordinal':2}]}",
      "{$R,'jurisdiction':{'name':'曲江区','level':'county'}}",
      OPEN_GOV + "'applications':{'rows':{'new_received':{'total':1},'new_received':{'total':2}}}}}",
      OPEN_GOV + "'applications':{'rows':{'new_received':{'total':1,'total':2}}}}}",
      OPEN_GOV + "'sections':{'overview':'概述','overview':'又一概述'}}}",
      // a key other than the enum's first: each key is a bit of its own, 1 << ordinal
      OPEN_GOV + "'sections':{'applications':'申请','disputes':'复议','applications':'又一申请'}}}"})
  void aDuplicateKey_isRefusedAsTheParserRefusesIt_fromBytesAndFromText(String document) {
    String text = json(document);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertSameRefusal(catchThrowable(() -> FazhiJson.reader().readValue(bytes)),
        catchThrowable(() -> mapper().readTree(bytes)));
    assertSameRefusal(catchThrowable(() -> FazhiJson.reader().readValue(text)),
        catchThrowable(() -> mapper().readTree(text)));
  }

  @Test
  void aDuplicateKey_inTheSecondReportOfAStream_isRefusedAsTheParserRefusesIt() {
    String report = json("{$R}");
    String text = "[" + report + ",\n" + json("{$R,'year':2020}") + "]";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Throwable thrown = catchThrowable(() -> {
      try (ReportStreamReader reader = FazhiJson.readReports(new ByteArrayInputStream(bytes))) {
        reader.forEachRemaining(r -> { });
      }
    });
    assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("report 1: ");
    assertSameRefusal(thrown.getCause(), catchThrowable(() -> mapper().readTree(bytes)));
  }

  @Test
  void theParserStillRefusesDuplicates_inAUsersObjectAroundAReport() {
    String document = json("{'report':{$R},'other':{'a':{'b':1,'b':2}}}");
    Throwable thrown = catchThrowable(() -> mapper().readValue(document, Holder.class));
    // The parser's refusal, wrapped by the bean deserializer with its path.
    assertThat(thrown).isInstanceOf(JsonMappingException.class).hasMessageStartingWith("Duplicate field 'b'")
        .hasMessageContaining("Holder[\"other\"]");
  }

  @Test
  void theParserStillRefusesDuplicates_inAUsersArrayAroundAReport() {
    // A report as the first element of a top-level array that the mapper reads, not the stream reader: the
    // report's objects and the user's object after it lie at the same depths, so they share the parser's
    // contexts, and the parser's own detection must stay on for the user's object.
    String document = json("[{$R},{'a':{'b':1,'b':2}}]");
    Throwable thrown = catchThrowable(() -> mapper().readValue(document, Pair.class));
    assertThat(thrown).isInstanceOf(JsonMappingException.class).hasMessageStartingWith("Duplicate field 'b'")
        .hasMessageContaining("DuplicateKeysTest$Pair");
  }

  @Test
  void theParserStillRefusesDuplicates_inAUsersObject_afterAModelEnumInIt() {
    // The enum is read inside the user's object: the parser's detection must keep the names seen before it.
    String document = json("{'x':1,'level':'county','x':2}");
    Throwable thrown = catchThrowable(() -> mapper().readValue(document, WithLevel.class));
    assertThat(thrown).isInstanceOf(JsonProcessingException.class).hasMessageStartingWith("Duplicate field 'x'");
  }

  @Test
  void aPlainMapper_refusesADuplicateWithTheFormatsMessage() {
    Throwable thrown = catchThrowable(
        () -> plainMapper().readValue(json("{$R,'issuer':'again'}"), Report.class));
    assertThat(thrown).isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("Duplicate field \"issuer\" in Report at the top level");
  }

  @Test
  void aValidDocumentAfterARefusal_isReadWithTheSameReader() throws Exception {
    assertThat(catchThrowable(() -> FazhiJson.reader().readValue(json("{$R,'issuer':'again'}"))))
        .isInstanceOf(JsonParseException.class);
    Report report = FazhiJson.reader().readValue(json("{$R,'shortcomings':['a','b']}"));
    assertThat(report.shortcomings()).containsExactly("a", "b");
  }

  private static void assertSameRefusal(Throwable ours, Throwable parsers) {
    assertThat(parsers).isInstanceOf(JsonParseException.class);
    assertThat(ours).isInstanceOf(JsonParseException.class).hasMessage(parsers.getMessage());
    JsonLocation at = ((JsonParseException) ours).getLocation();
    JsonLocation expected = ((JsonParseException) parsers).getLocation();
    assertThat(List.of(at.getLineNr(), at.getColumnNr(), at.getByteOffset(), at.getCharOffset()))
        .isEqualTo(List.of(expected.getLineNr(), expected.getColumnNr(), expected.getByteOffset(),
            expected.getCharOffset()));
  }

  /** A user's object with a model enum in it. */
  static final class WithLevel {
    public int x;
    public JurisdictionLevel level;
  }

  /** A user's object written as an array: a report, then other content. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"report", "other"})
  static final class Pair {
    public Report report;
    public Object other;
  }

  /** A user's object holding a report beside other content. */
  static final class Holder {
    public Report report;
    public Object other;
  }
}
