package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.fazhi.Report;
import io.github.fazhi.testing.SeedReport;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema shipped with the module agrees with the binding: a disagreement is a bug in one. */
class SchemaTest extends ModuleTestBase {
  static final Schema SCHEMA = load();

  static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return registry.getSchema(FazhiJson.schema(), InputFormat.JSON);
  }

  static List<Error> validate(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  static Stream<Arguments> goodDocuments() throws Exception {
    return Stream.concat(
        Stream.of(
            SeedReportJsonTest.seedDocument(),
            mapper().writeValueAsString(SeedReport.report()),
            mapper().writeValueAsString(Fixtures.fullReport()),
            mapper().writeValueAsString(Fixtures.minimalReport()),
            mapper().writeValueAsString(Fixtures.realShapes()),
            mapper().writeValueAsString(Fixtures.departmentWithoutGovernment()),
            SectionIndicatorsJsonTest.DOCUMENT),
        Corpus.GOOD.stream()).map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("goodDocuments")
  void goodDocument_isValidAgainstTheSchema_andReads(String document) throws Exception {
    assertThat(validate(document)).isEmpty();
    Report report = readReport(document);
    assertThat(validate(mapper().writeValueAsString(report))).isEmpty();
  }

  static Stream<Arguments> badDocuments() {
    return Corpus.BAD.stream().map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void badDocument_isRefusedByBoth(String document) {
    assertThat(validate(document)).as("schema errors for %s", document).isNotEmpty();
    assertThatThrownBy(() -> readReport(document)).isInstanceOf(JsonProcessingException.class);
  }

  static Stream<Arguments> bindingOnly() {
    return Corpus.BINDING_ONLY.stream().map(entry -> Arguments.of(entry.get(0), entry.get(1)));
  }

  @ParameterizedTest
  @MethodSource("bindingOnly")
  void documentedLimitsOfTheSchema_areCaughtByTheBinding(String document, String reason) {
    assertThat(validate(document)).as(reason).isEmpty();
    assertThatThrownBy(() -> readReport(document)).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void schema_isDraft2020_12_andListsEveryReportField() throws Exception {
    JsonNode schema = mapper().readTree(FazhiJson.schema());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    List<String> fields = Formats.REPORT.fieldNames();
    assertThat(schema.at("/$defs/report/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(fields);
    assertThat(schema.at("/$defs/indicator/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.INDICATOR.fieldNames());
    assertThat(schema.at("/$defs/reviewTally/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.REVIEW_TALLY.fieldNames());
    assertThat(schema.at("/$defs/reviewCase/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.REVIEW_CASE.fieldNames());
    assertThat(schema.at("/$defs/workArea/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.WORK_AREA.fieldNames());
    assertThat(schema.at("/$defs/measure/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.MEASURE.fieldNames());
    assertThat(schema.at("/$defs/jurisdiction/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.JURISDICTION.fieldNames());
    assertThat(schema.at("/$defs/growthBase/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.GROWTH_BASE.fieldNames());
    assertThat(schema.at("/$defs/breakdown/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.BREAKDOWN.fieldNames());
    assertThat(FazhiJson.schemaUrl().getPath()).endsWith("io/github/fazhi/json/report.schema.json");
  }

  @Test
  void schema_listsTheOpenGovFields_andEveryRowAndColumnOfTheTables() throws Exception {
    JsonNode schema = mapper().readTree(FazhiJson.schema());
    assertThat(schema.at("/$defs/openGovInfo/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.OPEN_GOV_INFO.fieldNames());
    assertThat(schema.at("/$defs/proactiveDisclosureTable/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.PROACTIVE.fieldNames());
    assertThat(schema.at("/$defs/applicationTable/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.APPLICATIONS.fieldNames());
    assertThat(schema.at("/$defs/disputeTable/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Formats.DISPUTES.fieldNames());
    assertThat(schema.at("/$defs/openGovInfo/properties/layout/enum")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(Formats.LAYOUTS.validNames());
    assertThat(schema.at("/$defs/openGovInfo/properties/sections/propertyNames/enum"))
        .extracting(JsonNode::asText).containsExactlyElementsOf(Formats.SECTIONS.validNames());
    assertThat(schema.at("/$defs/openGovInfo/properties/sectionIndicators/propertyNames/enum"))
        .extracting(JsonNode::asText).containsExactlyElementsOf(Formats.SECTIONS.validNames());
    assertThat(schema.at("/$defs/openGovInfo/properties/sectionIndicators/additionalProperties/items/$ref")
        .asText()).isEqualTo("#/$defs/indicator");
    assertThat(schema.at("/$defs/openGovInfo/properties/overview/propertyNames/enum"))
        .extracting(JsonNode::asText).containsExactlyElementsOf(Formats.OVERVIEW_FIGURES.validNames());
    tableMatches(schema.at("/$defs/proactiveDisclosureTable/properties/rows/properties"),
        Formats.PROACTIVE_ITEMS, Formats.PROACTIVE_COLUMNS);
    tableMatches(schema.at("/$defs/applicationTable/properties/rows/properties"),
        Formats.APPLICATION_ROWS, Formats.APPLICANT_COLUMNS);
    tableMatches(schema.at("/$defs/disputeTable/properties/blocks/properties"),
        Formats.DISPUTE_BLOCKS, Formats.DISPUTE_COLUMNS);
  }

  private static void tableMatches(JsonNode rows, EnumNames<?> rowNames, EnumNames<?> columnNames) {
    assertThat(rows.fieldNames()).toIterable().containsExactlyElementsOf(rowNames.validNames());
    rows.forEach(row -> assertThat(row.at("/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(columnNames.validNames()));
  }
}
