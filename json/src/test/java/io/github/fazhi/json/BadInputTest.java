package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Report;
import io.github.fazhi.Violation;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents: each fails with a Jackson exception of the expected type whose message names the JSON
 * location and the problem; nothing else (no NullPointerException, ArithmeticException …) escapes.
 * {@code $R} stands for the required fields of a report.
 */
class BadInputTest extends ModuleTestBase {
  private static final String INDICATOR = "{$R,'workAreas':[{'ordinal':1,'title':'t','measures':[{'ordinal':1,"
      + "'text':'m','indicators':[%s]}]}]}";

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "|", quoteCharacter = '"', textBlock = """
      # wrong types
      {$R,'title':5}                                         | MismatchedInputException    | title                  | expected a string, found a number
      {$R,'preamble':['a']}                                  | MismatchedInputException    | preamble               | expected a string, found an array
      {$R,'workAreas':{}}                                    | MismatchedInputException    | workAreas              | expected an array, found an object
      {$R,'shortcomings':['a',7]}                            | MismatchedInputException    | shortcomings[1]        | expected a string, found a number
      {'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'i','year':'2019'} | MismatchedInputException | year | expected a whole number, found a string
      {$R,'reviews':[{'procedure':'reconsideration','withdrawalsCountedApart':'true'}]} | MismatchedInputException | reviews[0].withdrawalsCountedApart | true or false
      # counts: negative, fractional, as strings, too large
      {$R,'reviews':[{'procedure':'reconsideration','accepted':-1}]} | InvalidValueException | reviews[0].accepted | accepted (-1) must be >= 0
      {$R,'reviews':[{'procedure':'reconsideration','received':9.5}]} | InvalidFormatException | reviews[0].received | 9.5 is not a whole number
      {$R,'reviews':[{'procedure':'reconsideration','received':1e-1}]} | InvalidFormatException | reviews[0].received | 1e-1 is not a whole number
      {$R,'reviews':[{'procedure':'reconsideration','received':1e300}]} | InvalidFormatException | reviews[0].received | is out of range
      {$R,'reviews':[{'procedure':'reconsideration','received':'11'}]} | MismatchedInputException | reviews[0].received | expected a whole number, found a string
      {$R,'reviews':[{'procedure':'reconsideration','received':99999999999999999999}]} | InvalidFormatException | reviews[0].received | is out of range
      {$R,'reviews':[{'procedure':'reconsideration','decisions':{'withdrawn':-3}}]} | InvalidValueException | reviews[0].decisions.withdrawn | withdrawn (-3) must be >= 0
      {$R,'reviews':[{'procedure':'reconsideration','decisions':{'approved':1}}]} | InvalidFormatException | reviews[0].decisions.approved | valid keys [upheld, rejected
      {$R,'reviews':[{'procedure':'reconsideration','decisions':5}]} | MismatchedInputException | Decision counts at reviews[0].decisions | expected an object, found a number
      {$R,'reviews':[{'procedure':'reconsideration','route':'direct'}]} | InvalidValueException | reviews[0].route | is only for LITIGATION
      {$R,'workAreas':[{'ordinal':3000000000,'title':'t'}]}  | InvalidFormatException      | workAreas[0].ordinal   | is out of range
      # indicators: a share of 120%, wrong units, exact decimals only
      {'label':'办结率','kind':'percent','value':120,'unit':'%'} | InvalidValueException | workAreas[0].measures[0].indicators[0].value | value (120) must be between 0 and 100
      {'label':'办结率','kind':'percent','value':98.8,'unit':'个'} | InvalidValueException | workAreas[0].measures[0].indicators[0].unit | must be a percent sign for PERCENT
      {'label':'窗口','kind':'count','value':1.5,'unit':'个'} | InvalidValueException | workAreas[0].measures[0].indicators[0].value | must be a whole count
      {'label':'l','kind':'amount','value':'98.8','unit':'元'} | MismatchedInputException | workAreas[0].measures[0].indicators[0].value | expected a number, found a string
      {'label':'l','kind':'amount','value':1e999999,'unit':'元'} | InvalidFormatException | workAreas[0].measures[0].indicators[0].value | is out of range
      {'label':'l','kind':'amount','value':1e-1001,'unit':'元'} | InvalidFormatException | workAreas[0].measures[0].indicators[0].value | is out of range (its exponent must be within 1000 either way)
      {'label':'l','kind':'amount','value':1,'unit':'3个'} | InvalidFormatException | workAreas[0].measures[0].indicators[0].unit | must not contain digits
      {'label':'l','kind':'amount','value':1,'unit':' 个'} | InvalidFormatException | workAreas[0].measures[0].indicators[0].unit | white space
      {'label':'l','kind':'amount','value':1,'unit':'元','partsComplete':true} | InvalidValueException | workAreas[0].measures[0].indicators[0].partsComplete | needs at least one part
      {'label':'l','kind':'percent','value':1,'unit':'%','basis':{'numerator':1,'denominator':0}} | InvalidValueException | workAreas[0].measures[0].indicators[0].basis.denominator | denominator (0) must be >= 1
      {'label':'l','kind':'percent','value':1,'unit':'%','basis':{'numerator':1}} | MismatchedInputException | workAreas[0].measures[0].indicators[0].basis | Missing required field [denominator]
      {'label':'l'}                                          | MismatchedInputException    | workAreas[0].measures[0].indicators[0] | Missing required fields [kind, value, unit]
      {'label':'l','kind':'size','value':1,'unit':'个'}      | InvalidFormatException      | workAreas[0].measures[0].indicators[0].kind | valid values [count, percent, percent_change
      # missing and unknown fields, nulls
      {}                                                     | MismatchedInputException    | the top level          | Missing required field [year]
      {'jurisdiction':{},'issuer':'i','year':2019}           | MismatchedInputException    | at jurisdiction        | Missing required fields [name, level] in Jurisdiction
      {$R,'author':'x'}                                      | UnrecognizedPropertyException | the top level        | 17 known properties
      {$R,'reviews':[{'procedure':'reconsideration','receivedCount':1}]} | UnrecognizedPropertyException | reviews[0] | 15 known properties
      {$R,'title':null}                                      | MismatchedInputException    | title                  | is null: omit an absent value instead
      {$R,'title':null}                                      | MismatchedInputException    | of Report at title is null | omit
      {'jurisdiction':{'name':'曲江区','level':'county','code':null},'issuer':'i','year':2019} | MismatchedInputException | of Jurisdiction at jurisdiction.code is null | omit
      {$R,'shortcomings':[null]}                             | MismatchedInputException    | shortcomings[0]        | found null
      # dates, years, enums
      {$R,'published':'2019-02-30'}                          | InvalidFormatException      | published              | is not an ISO-8601 date
      {$R,'published':'2019/12/06'}                          | InvalidFormatException      | published              | is not an ISO-8601 date
      {$R,'published':'2018-12-31'}                          | InvalidValueException       | published              | must not be before the year it covers
      {'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'i','year':1800} | InvalidValueException | year | year (1800) must be between 1949 and 9999
      {'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'i','year':2019.5} | InvalidFormatException | year | is not a whole number
      {'jurisdiction':{'name':'曲江区','level':'city'},'issuer':'i','year':2019} | InvalidFormatException | jurisdiction.level | valid values [nation, province, prefecture, county, county_level_city, township, special_zone]
      {'jurisdiction':{'name':'曲江区','level':'COUNTY'},'issuer':'i','year':2019} | InvalidFormatException | jurisdiction.level | "COUNTY" is not one of the valid values
      {$R,'kind':'annual'}                                   | InvalidFormatException      | kind                   | valid values [rule_of_law_annual
      {$R,'issuerKind':'bureau'}                             | InvalidFormatException      | issuerKind             | valid values [government
      # invariants: every violation at once
      {'jurisdiction':{'name':' ','code':'44020','level':'county'},'issuer':'i','year':2019} | InvalidValueException | jurisdiction.name | jurisdiction.code: code ("44020") must be six digits
      {$R,'workAreas':[{'ordinal':0,'title':' '}]}           | InvalidValueException       | workAreas[0].ordinal   | workAreas[0].title: title (" ") must not be blank
      {'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'  ','year':2019} | InvalidValueException | issuer | issuer ("  ") must not be blank
      {$R,'workAreas':[{'ordinal':1,'title':'t','taskAreas':['functions_2015','functions_2015']}]} | MismatchedInputException | workAreas[0].taskAreas[1] | Duplicate task area
      {$R,'workAreas':[{'ordinal':1,'title':'t','taskAreas':['rule_system_2021','emergency_2021','rule_system_2021']}]} | MismatchedInputException | workAreas[0].taskAreas[2] | Duplicate task area
      {$R,'workAreas':[{'ordinal':1,'title':'t','taskAreas':'functions_2015'}]} | MismatchedInputException | taskAreas at workAreas[0].taskAreas | expected an array, found a string
      {$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'format_2021','sections':'概述'}} | MismatchedInputException | sections at openGovInfo.sections | expected an object, found a string
      # not a report, trailing garbage, non-numbers
      []                                                     | MismatchedInputException    | the top level          | expected an object, found an array
      "'report'"                                             | MismatchedInputException    | the top level          | expected an object, found a string
      null                                                   | MismatchedInputException    | top level              | found null
      {$R} x                                                 | JsonParseException          | x                      | Unrecognized token
      {$R} {}                                                | MismatchedInputException    | Trailing token         | START_OBJECT
      {$R,'issuer':'i'}                                      | JsonParseException          | issuer                 | Duplicate field
      {'label':'l','kind':'amount','value':NaN,'unit':'元'} | JsonParseException | NaN | Non-standard token
      {$R,                                                   | JsonParseException          | end-of-input           | Unexpected end-of-input
      """)
  void badDocument_failsWithTheLocationAndTheProblem(
      String document, String exception, String path, String message) {
    String text = json(document.startsWith("{'label'") ? String.format(INDICATOR, document) : document);
    Throwable thrown = catchThrowable(() -> readReport(text));
    assertThat(thrown).isInstanceOf(JsonProcessingException.class);
    assertThat(thrown.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(thrown.getMessage()).contains(path).contains(message);
  }

  static Stream<Arguments> hostileDocuments() {
    return Stream.of(
        Arguments.of("empty document", new byte[0], MismatchedInputException.class, "No content"),
        Arguments.of("only white space", " \n ".getBytes(StandardCharsets.UTF_8),
            MismatchedInputException.class, "No content"),
        Arguments.of("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
            JsonParseException.class, "Invalid UTF-8"),
        // Found by JsonFuzzTest: with charset detection these bytes read as UTF-32 and failed with a
        // CharConversionException, which is no JsonProcessingException. JSON is read as UTF-8 only.
        Arguments.of("bytes that look like UTF-32", new byte[] {3, 0, 0, 0, '"', ':', '1', '}', ']'},
            JsonParseException.class, "Illegal character"),
        Arguments.of("UTF-16 with a byte-order mark", "{}".getBytes(StandardCharsets.UTF_16),
            JsonParseException.class, "Invalid UTF-8 start byte 0xfe"),
        Arguments.of("a number with 100,000 digits",
            json("{$R,'reviews':[{'procedure':'reconsideration','received':" + "9".repeat(100_000) + "}]}")
                .getBytes(StandardCharsets.UTF_8),
            StreamConstraintsException.class, "Number value length"),
        Arguments.of("a decimal with 100,000 digits",
            json(String.format(INDICATOR, "{'label':'l','kind':'amount','value':0." + "1".repeat(100_000)
                + ",'unit':'元'}")).getBytes(StandardCharsets.UTF_8),
            StreamConstraintsException.class, "Number value length"),
        Arguments.of("nesting 100,000 deep (arrays)",
            ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
            MismatchedInputException.class, "expected an object"),
        Arguments.of("nesting 100,000 deep (indicator parts)",
            nestedParts(100_000).getBytes(StandardCharsets.UTF_8),
            StreamConstraintsException.class, "nesting depth"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("hostileDocuments")
  void hostileDocument_failsWithAJacksonException(
      String name, byte[] document, Class<? extends Throwable> type, String message) {
    Throwable thrown = catchThrowable(() -> mapper().readValue(document, Report.class));
    assertThat(thrown).isInstanceOf(type).hasMessageContaining(message);
  }

  @Test
  void deepNesting_failsEvenWithAPlainMapper_neverWithAStackOverflow() {
    Throwable thrown = catchThrowable(() -> plainMapper().readValue(nestedParts(100_000), Report.class));
    assertThat(thrown).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void duplicateKeys_areRefusedEvenByAPlainMapper() {
    verifyException(MismatchedInputException.class,
        () -> plainMapper().readValue(json("{$R,'issuer':'again'}"), Report.class),
        "Duplicate field \"issuer\" in Report at the top level");
    verifyException(MismatchedInputException.class,
        () -> plainMapper().readValue(json("{$R,'reviews':[{'procedure':'reconsideration',"
            + "'decisions':{'upheld':1,'upheld':2}}]}"), Report.class),
        "Duplicate key \"upheld\"", "reviews[0].decisions.upheld");
  }

  @Test
  void invariantFailures_carryEveryViolation_locatedFromTheRoot() {
    InvalidValueException e = (InvalidValueException) verifyException(InvalidValueException.class,
        () -> readReport(json("{$R,'reviews':[{'procedure':'reconsideration'},{'procedure':'reconsideration',"
            + "'accepted':-1,'pending':-2,'route':'direct'}]}")),
        "Invalid ReviewTally at reviews[1]: 3 invariants broken");
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("reviews[1].accepted", "reviews[1].pending", "reviews[1].route");
    assertThat(e.violations().get(0).message()).isEqualTo("accepted (-1) must be >= 0");
    assertThat(e.getCause()).isInstanceOf(io.github.fazhi.ValidationException.class);
  }

  @Test
  void missingFields_areAllNamedAtOnce() {
    verifyException(MismatchedInputException.class,
        () -> mapper().readValue(json("{'simplified':true}"), io.github.fazhi.ReviewCase.class),
        "Missing required fields [procedure, id, received] in ReviewCase");
  }

  @Test
  void reviewCase_invariantsAreChecked() {
    verifyException(InvalidValueException.class,
        () -> mapper().readValue(json("{'procedure':'reconsideration','id':'1','received':'2019-03-01',"
            + "'accepted':'2019-02-01','refused':'2019-03-02','extensionDays':31}"),
            io.github.fazhi.ReviewCase.class),
        "refused", "accepted (2019-02-01) must not be before received (2019-03-01)",
        "extensionDays (31) must be <= 30 for reconsideration");
  }

  @Test
  void nullInsideAUsersBean_staysNull_butANullDocumentFails() throws Exception {
    assertThat(mapper().readValue("{\"report\":null}", Holder.class).report).isNull();
    verifyException(MismatchedInputException.class, () -> mapper().readValue("null", Report.class),
        "found null");
  }

  /** A user's bean that holds a report. */
  static final class Holder {
    public @org.jspecify.annotations.Nullable Report report;
  }

  static String nestedParts(int depth) {
    StringBuilder doc = new StringBuilder(json(
        "{$R,'workAreas':[{'ordinal':1,'title':'t','measures':[{'ordinal':1,'text':'m','indicators':["));
    for (int i = 0; i < depth; i++) {
      doc.append("{\"label\":\"l\",\"kind\":\"count\",\"value\":1,\"unit\":\"个\",\"parts\":[");
    }
    return doc.toString();
  }

  @Test
  void notANumber_allowedByTheParser_isStillRefused_asNotANumber() {
    ObjectMapper lenient = FazhiJson.mapper().copy().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    String text = json(String.format(INDICATOR, "{'label':'l','kind':'amount','value':NaN,'unit':'元'}"));
    assertThat(catchThrowable(() -> lenient.readValue(text, Report.class)))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("workAreas[0].measures[0].indicators[0].value: NaN is not a number");
  }

  @Test
  void tokensAreDescribedInWords_orByTheirText() {
    assertThat(describe(null)).isEqualTo("the end of the input");
    assertThat(describe(JsonToken.END_ARRAY)).isEqualTo("]");
    assertThat(describe(JsonToken.FIELD_NAME)).isEqualTo("FIELD_NAME");
    assertThat(describe(JsonToken.VALUE_EMBEDDED_OBJECT)).isEqualTo("VALUE_EMBEDDED_OBJECT");
    assertThat(describe(JsonToken.NOT_AVAILABLE)).isEqualTo("NOT_AVAILABLE");
    assertThat(describe(JsonToken.VALUE_NULL)).isEqualTo("null (omit absent values instead)");
  }

  @Test
  void anObjectWhoseStartJacksonHasConsumed_isReadAndLocated() throws Exception {
    // a property typed by a type id: Jackson reads "@class" and hands the rest of the object over,
    // standing on the next field name (or on the end of the object)
    String place = "{\"place\":{\"@class\":\"io.github.fazhi.Jurisdiction\",\"name\":\"曲江区\",\"level\":\"county\"}}";
    assertThat(mapper().readValue(place, TypedHolder.class).place)
        .isEqualTo(mapper().readValue("{\"name\":\"曲江区\",\"level\":\"county\"}", Jurisdiction.class));
    String blank = "{\"place\":{\"@class\":\"io.github.fazhi.Jurisdiction\",\"name\":\" \",\"level\":\"county\"}}";
    assertThat(catchThrowable(() -> mapper().readValue(blank, TypedHolder.class)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Invalid Jurisdiction at place: ");
    String empty = "{\"place\":{\"@class\":\"io.github.fazhi.Jurisdiction\"}}";
    assertThat(catchThrowable(() -> mapper().readValue(empty, TypedHolder.class)))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required fields [name, level] in Jurisdiction at place");
  }

  /** A user's bean whose property carries a type id. */
  static final class TypedHolder {
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = "@class")
    public @org.jspecify.annotations.Nullable Jurisdiction place;
  }

  /** Describes a token as the format does, through the parser adapter. */
  private static String describe(JsonToken token) {
    return JacksonIn.describe(token);
  }
}
