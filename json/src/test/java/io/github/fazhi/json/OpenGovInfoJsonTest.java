package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveItem;
import io.github.fazhi.testing.SeedReport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 政府信息公开 tables in JSON: each fixture document in {@code opengov/} reads as the value built by hand
 * in {@link OpenGovFixtures} and that value is written back as the document's bytes; documents without the
 * tables are written as before; every kind of bad cell is refused with its JSON location.
 */
class OpenGovInfoJsonTest extends ModuleTestBase {
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("format-2021-full.json", OpenGovFixtures.full2021()),
        Arguments.of("trial-2019.json", OpenGovFixtures.trial2019()),
        Arguments.of("unknown-cells.json", OpenGovFixtures.unknownCells()),
        Arguments.of("does-not-add-up.json", OpenGovFixtures.doesNotAddUp()));
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        OpenGovInfoJsonTest.class.getResourceAsStream("opengov/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Removes the white space between tokens (none of the fixtures' strings holds any). */
  static String compact(String document) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (c == '"' && (i == 0 || document.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixture_readsAsTheValueBuiltByHand_andIsWrittenAsTheDocument(String name, Report expected)
      throws Exception {
    String document = fixture(name);
    assertThat(readReport(document)).isEqualTo(expected);
    assertThat(FazhiJson.writer().writeValueAsString(expected)).isEqualTo(compact(document));
    assertThat(SchemaTest.validate(document)).isEmpty();
  }

  @Test
  void theFullTable_holdsEveryNumericCell_andTheAmountExactly() throws Exception {
    OpenGovInfo info = readReport(fixture("format-2021-full.json")).openGovInfo().orElseThrow();
    assertThat(info.applications().orElseThrow().cells()).hasSize(175);
    assertThat(info.disputes().orElseThrow().cells()).hasSize(15);
    assertThat(info.proactive().orElseThrow().cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT))
        .contains(new BigDecimal("1234.56"));
    assertThat(info.applications().orElseThrow()
        .cell(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantColumn.PUBLIC_WELFARE_ORGANISATION))
        .isEqualTo(OptionalLong.of(1));
  }

  @Test
  void theTrialLayout_keepsASignedChange_andAnAmountWithItsScale() throws Exception {
    OpenGovInfo info = readReport(fixture("trial-2019.json")).openGovInfo().orElseThrow();
    assertThat(info.proactive().orElseThrow().cell(ProactiveItem.LICENSING, ProactiveColumn.CHANGE))
        .contains(BigDecimal.valueOf(-12));
    BigDecimal amount = info.proactive().orElseThrow()
        .cell(ProactiveItem.PROCUREMENT, ProactiveColumn.PROCUREMENT_AMOUNT).orElseThrow();
    assertThat(amount.unscaledValue().longValue()).isEqualTo(23804);
    assertThat(amount.scale()).isEqualTo(1);
  }

  @Test
  void anUnknownCell_isAbsent_notZero() throws Exception {
    OpenGovInfo info = readReport(fixture("unknown-cells.json")).openGovInfo().orElseThrow();
    assertThat(info.applications().orElseThrow()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEmpty();
    assertThat(info.applications().orElseThrow()
        .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.COMMERCIAL_ENTERPRISE)).hasValue(0);
    assertThat(info.disputes().orElseThrow().cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.TOTAL))
        .isEmpty();
    assertThat(FazhiJson.writer().writeValueAsString(OpenGovFixtures.unknownCells()))
        .contains("\"new_received\":{\"natural_person\":8,\"total\":8}")
        .contains("\"disclosed\":{\"natural_person\":5}");
  }

  @Test
  void aTableThatDoesNotAddUp_isHeldAsStated() throws Exception {
    OpenGovInfo info = readReport(fixture("does-not-add-up.json")).openGovInfo().orElseThrow();
    assertThat(info.applications().orElseThrow().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL))
        .hasValue(9);
    assertThat(info.applications().orElseThrow().cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL))
        .hasValue(7);
    assertThat(info.disputes().orElseThrow().cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.TOTAL))
        .hasValue(3);
  }

  @Test
  void randomTables_roundTripInBothBindings_toEqualValues_andTheSameBytes() {
    qt().withExamples(300).forAll(OpenGovInfoGen.openGovInfos()).checkAssert(info -> {
      Report report = Report.builder().kind(ReportKind.OPEN_GOV_INFO_ANNUAL).issuer("审计局")
          .issuerKind(IssuerKind.DEPARTMENT).year(Year.of(2022)).openGovInfo(info).build();
      try {
        byte[] written = FazhiJson.writer().writeValueAsBytes(report);
        assertThat(readReport(new String(written, StandardCharsets.UTF_8))).isEqualTo(report);
        assertThat(io.github.fazhi.jackson3.FazhiJson.writer().writeValueAsBytes(report)).isEqualTo(written);
        Report three = io.github.fazhi.jackson3.FazhiJson.reader().readValue(written);
        assertThat(three).isEqualTo(report);
        assertThat(SchemaTest.validate(new String(written, StandardCharsets.UTF_8))).isEmpty();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Documents written before the tables existed: the same bytes, pretty or compact. */
  @Test
  void documentsWithoutTheTables_areWrittenAsBefore() throws Exception {
    String seed = SeedReportJsonTest.seedDocument();
    assertThat(FazhiJson.writer().writeValueAsString(readReport(seed))).isEqualTo(compact(seed));
    assertThat(FazhiJson.writer().writeValueAsString(SeedReport.report())).isEqualTo(compact(seed));
  }

  @Test
  void theBundledReports_areWrittenByteForByteAsTheyAre() throws Exception {
    Path folder = Path.of("../examples/src/main/resources/io/github/fazhi/examples/reports");
    assumeTrue(Files.isDirectory(folder), "the examples module lies beside this one");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    for (Path file : files) {
      String document = Files.readString(file, StandardCharsets.UTF_8);
      Report report = readReport(document);
      String pretty = mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report)
          .replace("\r\n", "\n") + "\n";
      // qujiang-2019.json was saved without a final line end.
      assertThat(pretty).as(file.toString()).isEqualTo(document.endsWith("\n") ? document : document + "\n");
    }
  }

  static Stream<Arguments> refusals() {
    String r = "{$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'format_2021',";
    return Stream.of(
        Arguments.of(json(r + "'applications':{'rows':{'newly_received':{'natural_person':1}}}}}"),
            InvalidFormatException.class,
            "ApplicationRow at openGovInfo.applications.rows.newly_received: \"newly_received\" is not one of"),
        Arguments.of(json(r + "'applications':{'rows':{'new_received':{'person':1}}}}}"),
            InvalidFormatException.class,
            "ApplicantColumn at openGovInfo.applications.rows.new_received.person: \"person\" is not one of"),
        Arguments.of(json(r + "'applications':{'rows':{'new_received':{'natural_person':-1}}}}}"),
            InvalidFormatException.class,
            "count at openGovInfo.applications.rows.new_received.natural_person: -1 is negative"),
        Arguments.of(json(r + "'disputes':{'blocks':{'reconsideration':{'total':-2}}}}}"),
            InvalidFormatException.class, "count at openGovInfo.disputes.blocks.reconsideration.total: -2 is negative"),
        Arguments.of(json(r + "'applications':{'rows':{'new_received':{'natural_person':'3'}}}}}"),
            MismatchedInputException.class,
            "count at openGovInfo.applications.rows.new_received.natural_person: expected a whole number, found a string"),
        Arguments.of(json(r + "'applications':{'rows':{'new_received':{'natural_person':1.5}}}}}"),
            InvalidFormatException.class,
            "count at openGovInfo.applications.rows.new_received.natural_person: 1.5 is not a whole number"),
        Arguments.of(json(r + "'applications':{'rows':{'new_received':{'natural_person':null}}}}}"),
            MismatchedInputException.class,
            "count at openGovInfo.applications.rows.new_received.natural_person: expected a whole number, found null"),
        Arguments.of(json(r + "'applications':{'rows':{'new_received':[1,2]}}}}"),
            MismatchedInputException.class,
            "row at openGovInfo.applications.rows.new_received: expected an object, found an array"),
        Arguments.of(json(r + "'applications':{'rows':[]}}}"),
            MismatchedInputException.class, "rows at openGovInfo.applications.rows: expected an object, found an array"),
        Arguments.of(json(r + "'applications':{'cells':{}}}}"),
            com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
            "Unknown field \"cells\" in ApplicationTable at openGovInfo.applications"),
        Arguments.of(json(r + "'proactive':{'rows':{'rules':{'issued':-1}}}}}"),
            InvalidFormatException.class, "number at openGovInfo.proactive.rows.rules.issued: -1 is negative"),
        Arguments.of(json(r + "'proactive':{'rows':{'rules':{'in_force':2.5}}}}}"),
            InvalidFormatException.class, "number at openGovInfo.proactive.rows.rules.in_force: 2.5 is not a whole number"),
        Arguments.of(json(r + "'proactive':{'rows':{'fees':{'fee_amount':-0.5}}}}}"),
            InvalidFormatException.class, "number at openGovInfo.proactive.rows.fees.fee_amount: -0.5 is negative"),
        Arguments.of(json(r + "'sections':{'overview':'a','summary':'b'}}}"),
            InvalidFormatException.class, "OpenGovSection at openGovInfo.sections.summary: \"summary\" is not one of"),
        Arguments.of(json(r + "'sections':{'overview':7}}}"),
            MismatchedInputException.class, "text at openGovInfo.sections.overview: expected a string, found a number"),
        Arguments.of(json(r + "'sectionIndicators':{'summary':[]}}}"),
            InvalidFormatException.class,
            "OpenGovSection at openGovInfo.sectionIndicators.summary: \"summary\" is not one of"),
        Arguments.of(json(r + "'sectionIndicators':{'overview':{'label':'l'}}}}"),
            MismatchedInputException.class,
            "indicators at openGovInfo.sectionIndicators.overview: expected an array, found an object"),
        Arguments.of(json(r + "'sectionIndicators':{'overview':[{'label':'发布信息','kind':'count','value':-3,"
                + "'unit':'条'}]}}}"),
            InvalidValueException.class, "openGovInfo.sectionIndicators.overview[0]"),
        Arguments.of(json(r + "'sectionIndicators':{'overview':[{'label':'发布信息','kind':'count','value':3}]}}}"),
            MismatchedInputException.class,
            "Missing required field [unit] in Indicator at openGovInfo.sectionIndicators.overview[0]"),
        Arguments.of(json(r + "'overview':{'applications_received':-1}}}"),
            InvalidValueException.class, "openGovInfo.overview.applications_received"),
        Arguments.of(json("{$R,'kind':'open_gov_info_annual','openGovInfo':{}}"),
            MismatchedInputException.class, "Missing required field [layout] in OpenGovInfo at openGovInfo"),
        Arguments.of(json("{$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'format_2019'}}"),
            InvalidFormatException.class, "OpenGovLayout at openGovInfo.layout: \"format_2019\" is not one of"),
        Arguments.of(json("{$R,'openGovInfo':{'layout':'format_2021'}}"),
            InvalidValueException.class, "openGovInfo is only for OPEN_GOV_INFO_ANNUAL reports"),
        Arguments.of(json((r + "'applications':{'rows':{'other_other':{'total':1}}}}}")
                .replace("format_2021", "trial_2019")),
            InvalidValueException.class, "is not a row of the TRIAL_2019 layout"));
  }

  /** The safe mapper's parser refuses a duplicate key first; a plain mapper leaves it to the format. */
  @Test
  void aDuplicateRowOrColumn_isRefused() {
    String r = "{$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'format_2021',";
    String row = json(r + "'applications':{'rows':{'new_received':{'total':1},'new_received':{'total':2}}}}}");
    String column = json(r + "'applications':{'rows':{'new_received':{'total':1,'total':2}}}}}");
    verifyException(MismatchedInputException.class, () -> plainMapper().readValue(row, Report.class),
        "Duplicate key \"new_received\" at openGovInfo.applications.rows.new_received");
    verifyException(MismatchedInputException.class, () -> plainMapper().readValue(column, Report.class),
        "Duplicate key \"total\" at openGovInfo.applications.rows.new_received.total");
    String section = json(r + "'sections':{'overview':'a','overview':'b'}}}");
    verifyException(MismatchedInputException.class, () -> plainMapper().readValue(section, Report.class),
        "Duplicate key \"overview\" at openGovInfo.sections.overview");
    String decision = json("{$R,'reviews':[{'procedure':'reconsideration','decisions':{'upheld':1,'upheld':2}}]}");
    verifyException(MismatchedInputException.class, () -> plainMapper().readValue(decision, Report.class),
        "Duplicate key \"upheld\" in Decision counts at reviews[0].decisions.upheld");
    verifyException(com.fasterxml.jackson.core.JsonProcessingException.class, () -> readReport(row),
        "new_received");
    verifyException(com.fasterxml.jackson.core.JsonProcessingException.class, () -> readReport(column),
        "total");
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aBadCell_isRefused_namingItsJsonLocation(String document,
      Class<? extends com.fasterxml.jackson.core.JsonProcessingException> type, String message) {
    verifyException(type, () -> readReport(document), message);
    verifyException(type, () -> plainMapper().readValue(document, Report.class), message);
  }
}
