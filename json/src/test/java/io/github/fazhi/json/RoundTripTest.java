package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Outline;
import io.github.fazhi.PercentMatch;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.RateBasis;
import io.github.fazhi.ReportKind;
import io.github.fazhi.TaskArea;
import io.github.fazhi.Unit;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest extends ModuleTestBase {
  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Fixtures.fullReport()),
        Arguments.of(Fixtures.minimalReport()),
        Arguments.of(SeedReport.report()),
        Arguments.of(Fixtures.jurisdiction()),
        Arguments.of(Fixtures.workArea()),
        Arguments.of(Fixtures.plan()),
        Arguments.of(Fixtures.measure()),
        Arguments.of(Fixtures.indicator()),
        Arguments.of(Fixtures.indicatorWithParts()),
        Arguments.of(Fixtures.rate()),
        Arguments.of(Fixtures.tally()),
        Arguments.of(SeedReport.reconsideration()),
        Arguments.of(Fixtures.reviewCase()),
        Arguments.of(Fixtures.realShapes()),
        Arguments.of(Fixtures.departmentWithoutGovernment()),
        Arguments.of(Fixtures.growthBase()),
        Arguments.of(Fixtures.breakdown()));
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyBoundType_roundTripsToAnEqualValue_andTheSameBytes(Object value) throws Exception {
    for (ObjectMapper mapper : List.of(mapper(), plainMapper())) {
      String written = mapper.writeValueAsString(value);
      Object read = mapper.readValue(written, publicType(value));
      assertThat(read).isEqualTo(value);
      assertThat(mapper.writeValueAsString(read)).isEqualTo(written);
    }
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyBoundObjectType_refusesAnUnknownField_listingTheKnownOnes(Object value) throws Exception {
    String written = mapper().writeValueAsString(value);
    String withUnknown = "{\"surprise\":1," + written.substring(1);
    UnrecognizedPropertyException e = (UnrecognizedPropertyException) verifyException(
        UnrecognizedPropertyException.class,
        () -> mapper().readValue(withUnknown, publicType(value)),
        "Unknown field \"surprise\"", "known properties: \"");
    assertThat(e.getPropertyName()).isEqualTo("surprise");
    assertThat(e.getKnownPropertyIds()).isNotEmpty();
    assertThat(e.getReferringClass()).isEqualTo(publicType(value));
  }

  @Test
  void decimals_keepTheirScale_andNeverPassThroughDouble() throws Exception {
    String document = json("{'label':'办结率','kind':'percent','value':98.80,'unit':'%'}");
    io.github.fazhi.Indicator indicator = mapper().readValue(document, io.github.fazhi.Indicator.class);
    assertThat(indicator.value()).isEqualTo(new BigDecimal("98.80"));
    assertThat(indicator.value().scale()).isEqualTo(2);
    assertThat(mapper().writeValueAsString(indicator)).isEqualTo(document);
    String precise = json("{'label':'l','kind':'amount','value':0.1000000000000000055511151231257827,'unit':'元'}");
    assertThat(plainMapper().readValue(precise, io.github.fazhi.Indicator.class).value())
        .isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    String exponent = json("{'label':'l','kind':'amount','value':1.5E+3,'unit':'元'}");
    assertThat(plainMapper().writeValueAsString(plainMapper().readValue(exponent, io.github.fazhi.Indicator.class)))
        .isEqualTo(exponent);
  }

  @Test
  void wholeNumbersWithAFractionOrExponent_areCounts_asInJsonSchema() throws Exception {
    io.github.fazhi.ReviewTally tally = mapper().readValue(
        json("{'procedure':'reconsideration','received':1.1e1,'accepted':9.0}"), io.github.fazhi.ReviewTally.class);
    assertThat(tally.received()).hasValue(11);
    assertThat(tally.accepted()).hasValue(9);
    assertThat(mapper().writeValueAsString(tally))
        .isEqualTo(json("{'procedure':'reconsideration','received':11,'accepted':9}"));
  }

  @Test
  void defaultsAndAbsentValues_areLeftOut() throws Exception {
    assertThat(mapper().writeValueAsString(Fixtures.minimalReport())).isEqualTo(json(
        "{'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'韶关市曲江区人民政府','year':2019}"));
  }

  @Test
  void theFullReport_hasTheDocumentedShape() throws Exception {
    String written = mapper().writeValueAsString(Fixtures.fullReport());
    assertThat(written).startsWith(json("{'kind':'open_gov_info_annual','jurisdiction':{'name':'曲江区',"
        + "'code':'440205','level':'county','parent':'韶关市'},'issuer':'韶关市曲江区人民政府','year':2019,"
        + "'published':'2020-03-31'"));
    assertThat(written).contains(json("'taskAreas':['dispute_resolution_2015','capacity_2015']"));
    assertThat(written).contains(json("'value':81.80,'unit':'﹪','qualifier':'at_least',"
        + "'basis':{'numerator':9,'denominator':11}"));
    assertThat(written).contains(json("'decisions':{'upheld':7,'revoked':2,'withdrawn':4},"
        + "'outcomeGroups':{'upheld':7,'corrected':2},'outcomesComplete':true"));
  }

  @Test
  void setsAreWrittenInEnumOrder_soEqualValuesGiveTheSameBytes() throws Exception {
    io.github.fazhi.WorkArea a = io.github.fazhi.WorkArea.builder().ordinal(1).title("t")
        .addTaskArea(TaskArea.CAPACITY_2015).addTaskArea(TaskArea.FUNCTIONS_2015).build();
    io.github.fazhi.WorkArea b = io.github.fazhi.WorkArea.builder().ordinal(1).title("t")
        .addTaskArea(TaskArea.FUNCTIONS_2015).addTaskArea(TaskArea.CAPACITY_2015).build();
    assertThat(a).isEqualTo(b);
    assertThat(mapper().writeValueAsString(a)).isEqualTo(mapper().writeValueAsString(b));
  }

  @Test
  void units_areTheirWrittenForm() throws Exception {
    assertThat(mapper().writeValueAsString(Unit.of("万元"))).isEqualTo("\"万元\"");
    assertThat(mapper().readValue("\"万元\"", Unit.class)).isEqualTo(Unit.of("万元"));
  }

  static Stream<Arguments> enums() {
    return Stream.of(ContentPart.class, Decision.class, IndicatorKind.class, JurisdictionLevel.class,
            LitigationRoute.class, OutcomeGroup.class, Outline.class, PercentMatch.class, Procedure.class,
            Qualifier.class, RateBasis.class, ReportKind.class, TaskArea.class, IssuerKind.class)
        .flatMap(type -> Stream.of(type.getEnumConstants()))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyEnum_isLowerSnakeCase_asValueAndAsKey(Enum<?> constant) throws Exception {
    String name = constant.name().toLowerCase(java.util.Locale.ROOT);
    assertThat(mapper().writeValueAsString(constant)).isEqualTo("\"" + name + "\"");
    assertThat(mapper().readValue("\"" + name + "\"", constant.getDeclaringClass())).isEqualTo(constant);
    verifyException(com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
        () -> mapper().readValue("\"" + constant.name() + "\"", constant.getDeclaringClass()),
        "is not one of the valid values [");
  }

  @Test
  void enumMapKeys_areLowerSnakeCase() throws Exception {
    Map<Decision, Long> map = new EnumMap<>(Decision.class);
    map.put(Decision.CONFIRMED_ILLEGAL, 2L);
    String written = mapper().writeValueAsString(map);
    assertThat(written).isEqualTo("{\"confirmed_illegal\":2}");
    Map<Decision, Long> read = mapper().readValue(written,
        mapper().getTypeFactory().constructMapType(EnumMap.class, Decision.class, Long.class));
    assertThat(read).isEqualTo(map);
    verifyException(com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
        () -> mapper().readValue("{\"approved\":1}",
            mapper().getTypeFactory().constructMapType(EnumMap.class, Decision.class, Long.class)),
        "approved");
  }

  /** The public model type of a value (Immutables' implementations are package-private subclasses). */
  static Class<?> publicType(Object value) {
    Class<?> type = value.getClass();
    while (!java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    return type;
  }

  @Test
  void theNewFields_haveTheDocumentedShape_andAreLeftOutWhenAbsent() throws Exception {
    String written = mapper().writeValueAsString(Fixtures.realShapes());
    assertThat(written).startsWith("{\"kind\":\"reconsideration_annual\",\"jurisdiction\":{\"name\":\"乐昌市\","
        + "\"code\":\"440281\",\"level\":\"county_level_city\",\"parent\":\"韶关市\"},\"year\":2024,");
    assertThat(written).contains(
        "\"parts\":[{\"label\":\"市场监管\",\"kind\":\"count\",\"value\":77,\"unit\":\"件\"},"
            + "{\"label\":\"公安\",\"kind\":\"count\",\"value\":42,\"unit\":\"件\"}],"
            + "\"breakdowns\":[{\"name\":\"被申请人\",\"parts\":[",
        "\"complete\":true},{\"name\":\"申请事项\",\"parts\":[{\"label\":\"举报投诉处理\",\"kind\":\"count\","
            + "\"value\":75,\"unit\":\"件\"}]}]}",
        "{\"label\":\"同比增长\",\"kind\":\"percent_change\",\"value\":128.78,\"unit\":\"%\","
            + "\"growthBase\":{\"current\":151,\"previous\":66}}",
        "{\"label\":\"本年增/减\",\"kind\":\"change\",\"value\":-417,\"unit\":\"件\"}",
        "{\"procedure\":\"reconsideration\",\"accepted\":151,\"resolvedBeforeAcceptance\":17,\"concluded\":135,"
            + "\"decisions\":{\"upheld\":80,\"revoked\":10,\"revoked_and_ordered_to_redo\":10,"
            + "\"mediated_or_settled\":19,\"other\":16},\"decisionsTotal\":135,\"outcomesComplete\":true}");
    assertThat(written).doesNotContain("issuer");
    assertThat(mapper().writeValueAsString(Fixtures.departmentWithoutGovernment())).isEqualTo(
        "{\"kind\":\"open_gov_info_annual\",\"issuer\":\"审计局\",\"issuerKind\":\"department\",\"year\":2020}");
  }

  @Test
  void aReportWithoutJurisdiction_thatIsNoDepartments_isRefusedAtTheTopLevel() {
    InvalidValueException e = (InvalidValueException) verifyException(InvalidValueException.class,
        () -> mapper().readValue("{\"issuer\":\"审计局\",\"year\":2020}", io.github.fazhi.Report.class),
        "jurisdiction is missing");
    assertThat(e.violations()).extracting(io.github.fazhi.Violation::path).containsExactly("jurisdiction");
  }

  @Test
  void anUnnamedFurtherBreakdown_isRefusedWithItsPath() {
    String json = "{\"label\":\"收\",\"kind\":\"count\",\"value\":3,\"unit\":\"件\",\"breakdowns\":[{\"parts\":["
        + "{\"label\":\"a\",\"kind\":\"count\",\"value\":1,\"unit\":\"件\"}]}]}";
    verifyException(InvalidValueException.class,
        () -> mapper().readValue(json, io.github.fazhi.Indicator.class), "breakdowns[0].name is missing");
  }

  @Test
  void severalValuesInOneDocument_eachCloseTheirObject() throws Exception {
    // the last object of a document would be closed by the generator anyway; the ones before it not
    List<io.github.fazhi.Report> reports = List.of(Fixtures.fullReport(), Fixtures.minimalReport());
    String written = mapper().writeValueAsString(reports);
    assertThat(mapper().readValue(written, new TypeReference<List<io.github.fazhi.Report>>() {}))
        .isEqualTo(reports);
    List<io.github.fazhi.ReviewCase> cases = List.of(Fixtures.reviewCase(), refusedCase());
    assertThat(mapper().readValue(mapper().writeValueAsString(cases),
        new TypeReference<List<io.github.fazhi.ReviewCase>>() {})).isEqualTo(cases);
  }

  @Test
  void aRefusedCase_keepsItsDate() throws Exception {
    String written = mapper().writeValueAsString(refusedCase());
    assertThat(written).contains(json("'refused':'2019-03-05'"));
    assertThat(mapper().readValue(written, io.github.fazhi.ReviewCase.class)).isEqualTo(refusedCase());
  }

  @Test
  void falseIsReadAsFalse_whereTheWriterLeavesItOut() throws Exception {
    io.github.fazhi.ReviewCase notSimplified = mapper().readValue(json("{'procedure':'reconsideration',"
        + "'id':'x','received':'2019-03-01','simplified':false}"), io.github.fazhi.ReviewCase.class);
    assertThat(notSimplified.simplified()).isFalse();
    assertThat(mapper().readValue(json("{'procedure':'reconsideration','outcomesComplete':false}"),
        io.github.fazhi.ReviewTally.class).outcomesComplete()).isFalse();
  }

  @Test
  void decimals_keepTheirExponent_evenWhenTheMapperWritesDecimalsPlain() throws Exception {
    ObjectMapper plainDecimals = FazhiJson.mapper().copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    String exponent = json("{'label':'l','kind':'amount','value':1.5E+3,'unit':'元'}");
    io.github.fazhi.Indicator indicator = plainDecimals.readValue(exponent, io.github.fazhi.Indicator.class);
    assertThat(indicator.value()).isEqualTo(new BigDecimal("1.5E+3"));
    assertThat(plainDecimals.writeValueAsString(indicator)).isEqualTo(exponent);
    // Jackson writes bytes with another generator, which would write 1500
    assertThat(new String(plainDecimals.writeValueAsBytes(indicator), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(exponent);
  }

  @Test
  void decimalsWithAnExponentOfAThousand_areInRange() throws Exception {
    // Values.MAX_SCALE: a scale of 1,000 either way is accepted (1,001 is refused, see BadInputTest); a RATIO,
    // since an amount of 10^1000 元 is more than a total can add (Indicator.MAX_BASE_VALUE)
    for (String value : List.of("1E-1000", "1E+1000")) {
      String document = json("{'label':'l','kind':'ratio','value':" + value + ",'unit':'倍'}");
      assertThat(mapper().readValue(document, io.github.fazhi.Indicator.class).value())
          .isEqualTo(new BigDecimal(value));
    }
  }

  private static io.github.fazhi.ReviewCase refusedCase() {
    return io.github.fazhi.ReviewCase.builder().procedure(Procedure.RECONSIDERATION).id("曲府复〔2019〕3号")
        .received(java.time.LocalDate.of(2019, 3, 1)).refused(java.time.LocalDate.of(2019, 3, 5)).build();
  }
}
