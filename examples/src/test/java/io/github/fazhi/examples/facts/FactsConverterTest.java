package io.github.fazhi.examples.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.Decision;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converter against the real facts (../shared/domain/facts from the repository root, present in CI):
 * it reproduces the bundled documents byte for byte and converts every file; and on facts written for the
 * test, it keeps every structure the model can hold and never loses a folder to one bad file.
 */
class FactsConverterTest {
  private static final Path FACTS = Path.of("../../shared/domain/facts");
  private static final Path BUNDLED = Path.of("src/main/resources/io/github/fazhi/examples/reports");

  @Test
  void rerun_reproducesTheBundledDocuments() throws IOException {
    assumeTrue(Files.isDirectory(FACTS), "no facts folder at " + FACTS.toAbsolutePath());
    List<FactsConverter.Result> results = new FactsConverter().convertAll(FACTS);
    assertThat(results).hasSize(11);
    String readme = Files.readString(BUNDLED.resolve("README.md"), StandardCharsets.UTF_8);
    for (FactsConverter.Result result : results) {
      Path bundled = BUNDLED.resolve(result.documentName());
      if (result.report() == null) {
        assertThat(bundled).doesNotExist();
        assertThat(readme).contains(result.source());
      } else {
        assertThat(Files.readString(bundled, StandardCharsets.UTF_8))
            .isEqualTo(FactsConverter.write(result.report()));
        Report read = FazhiJson.reader().readValue(bundled.toFile());
        assertThat(read).isEqualTo(result.report());
      }
    }
    // Every facts file converts, and every number is kept.
    assertThat(results).allSatisfy(r -> {
      assertThat(r.skipped()).isNull();
      assertThat(r.leftOut()).isEmpty();
    });
  }

  @Test
  void jinghaiAndJianxinzhen_keepTheBreakdownsTheirNotesState() throws IOException {
    assumeTrue(Files.isDirectory(FACTS), "no facts folder at " + FACTS.toAbsolutePath());
    Report jinghai = convert(Files.readAllBytes(FACTS.resolve("jinghai-2020-rule_of_law.json")));
    Indicator retained = jinghai.workAreas().get(1).indicators().get(1);
    assertThat(retained.label()).isEqualTo("区级保留政务服务事项");
    assertThat(retained.parts()).extracting(Indicator::label).containsExactly("行政许可事项", "公共服务等其他事项");
    assertThat(retained.partsComplete()).isTrue();
    assertThat(jinghai.workAreas().get(1).indicators()).extracting(Indicator::label)
        .containsExactly("政务服务事项清单", "区级保留政务服务事项", "区级取消政务服务事项");
    Report jianxin = convert(Files.readAllBytes(FACTS.resolve("suixi-jianxinzhen-2018-open_gov_info.json")));
    Indicator published = jianxin.workAreas().get(0).indicators().get(0);
    assertThat(published.parts()).extracting(Indicator::value).containsExactly(new BigDecimal("15"));
    assertThat(published.partsComplete()).isFalse();
  }

  @Test
  void aReportWithoutASignature_isConverted_withoutAnIssuer() {
    Report beijing = convert("{\"type\":\"rule_of_law_annual\",\"jurisdiction\":\"北京市\",\"level\":\"province\","
        + "\"year\":2022,\"issuer\":null,\"sections\":[],\"indicators\":[]}");
    assertThat(beijing.issuer()).isEmpty();
    assertThat(beijing.reportingBody()).isEqualTo("北京市");
  }

  @Test
  void aDepartmentWhoseGovernmentIsNotKnown_isConverted_withoutAJurisdiction() {
    Report report = convert("{\"type\":\"open_gov_info_annual\",\"jurisdiction\":\"审计局\",\"parent\":null,"
        + "\"level\":\"department\",\"year\":2020,\"issuer\":null}");
    assertThat(report.jurisdiction()).isEmpty();
    assertThat(report.issuer()).hasValue("审计局");
    assertThat(report.issuerKind()).hasValue(IssuerKind.DEPARTMENT);
    assertThat(report.reportingBody()).isEqualTo("? / 审计局");
  }

  @Test
  void countyLevelCitiesSpecialZonesAndReconsiderationReports_areConverted() {
    Report lechang = convert("{\"jurisdiction\":\"乐昌市\",\"parent\":\"韶关市\",\"level\":\"county_level_city\","
        + "\"year\":2020,\"issuer\":\"乐昌市人民政府\"}");
    assertThat(lechang.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.COUNTY_LEVEL_CITY);
    assertThat(lechang.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
    Report xixian = convert("{\"type\":\"reconsideration_annual\",\"jurisdiction\":\"西咸新区\","
        + "\"level\":\"new_area\",\"year\":2023}");
    assertThat(xixian.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.SPECIAL_ZONE);
    assertThat(xixian.kind()).isEqualTo(ReportKind.RECONSIDERATION_ANNUAL);
  }

  /**
   * Facts in the style of 防城 2024 (行政复议工作年度报告): a growth with its base, a signed change, two
   * named breakdowns of the accepted cases, shares with their basis, decisions with a total, and cases
   * settled before acceptance.
   */
  @Test
  void growthsChangesBreakdownsAndDecisions_keepTheirFullStructure() {
    Report report = convert("""
        {"type": "reconsideration_annual", "jurisdiction": "防城区", "parent": "防城港市", "level": "district",
         "year": 2024, "issuer": "防城区司法局",
         "sections": ["案件办理情况"],
         "indicators": [
           {"label": "新受理行政复议案件", "value": 151, "unit": "件", "kind": "count", "section": 1,
            "breakdowns": [
              {"name": "被申请人", "complete": true, "parts": [
                {"label": "县政府部门", "value": 140, "unit": "件", "kind": "count"},
                {"label": "县政府部门占比", "value": 92.71, "unit": "%", "kind": "percentage",
                 "basis": {"numerator": 140, "denominator": 151}},
                {"label": "乡镇(街道)政府", "value": 11, "unit": "件", "kind": "count"}]},
              {"name": "申请事项", "parts": [
                {"label": "举报投诉处理", "value": 75, "unit": "件", "kind": "count"},
                {"label": "行政处罚", "value": 40, "unit": "件", "kind": "count"}]}]},
           {"label": "新受理行政复议案件同比增长", "value": 128.78, "unit": "%", "kind": "percent_change",
            "section": 1, "raw": "同比增长128.78%", "base": {"current": 151, "previous": 66}},
           {"label": "本年增/减", "value": -417, "unit": "件", "kind": "change", "section": 1},
           {"label": "收案", "value": 2100, "unit": "件", "kind": "count", "section": 1,
            "parts": [{"label": "行政处罚", "value": 1060, "unit": "件", "kind": "count"}],
            "parts_complete": false}
         ],
         "review": {"received": null, "accepted": 151, "concluded": 135, "resolved_before_acceptance": 17,
           "decisions": {"upheld": 80, "revoked": 20, "confirmed_illegal": 9, "mediated_or_settled": 10,
             "other": 16},
           "decisions_total": 135, "decisions_complete": true}}
        """);
    List<Indicator> numbers = report.workAreas().get(0).indicators();
    assertThat(numbers).hasSize(4);
    Indicator accepted = numbers.get(0);
    assertThat(accepted.breakdowns()).extracting(b -> b.name().orElseThrow()).containsExactly("被申请人", "申请事项");
    assertThat(accepted.breakdowns().get(0).complete()).isTrue();
    assertThat(accepted.breakdowns().get(0).parts().get(1).basis()).hasValue(Rate.of(140, 151));
    Indicator growth = numbers.get(1);
    assertThat(growth.kind()).isEqualTo(IndicatorKind.PERCENT_CHANGE);
    assertThat(growth.growthBase()).hasValue(GrowthBase.of(151, 66));
    assertThat(growth.written()).hasValue("同比增长128.78%");
    assertThat(numbers.get(2).kind()).isEqualTo(IndicatorKind.CHANGE);
    assertThat(numbers.get(2).value()).isEqualByComparingTo("-417");
    assertThat(numbers.get(3).parts()).hasSize(1);
    ReviewTally tally = report.reviews().get(0);
    assertThat(tally.received()).isEmpty();
    assertThat(tally.resolvedBeforeAcceptance()).hasValue(17);
    assertThat(tally.decisionsTotal()).hasValue(135);
    assertThat(tally.outcomesComplete()).isTrue();
    assertThat(tally.corrected()).hasValue(29);
    assertThat(tally.mediatedOrSettled()).hasValue(10);
    assertThat(tally.decision(Decision.OTHER)).hasValue(16);
  }

  @Test
  void oneBadFile_neverStopsTheFolder_andEachIsNamedWithItsReason(@TempDir Path folder) throws IOException {
    write(folder, "a-good.json", "{\"jurisdiction\":\"曲江区\",\"level\":\"district\",\"year\":2019}");
    write(folder, "b-not-json.json", "{\"jurisdiction\": ");
    write(folder, "c-growth-as-share.json", "{\"jurisdiction\":\"防城区\",\"level\":\"district\",\"year\":2024,"
        + "\"indicators\":[{\"label\":\"同比增长\",\"value\":128.78,\"unit\":\"%\",\"kind\":\"percentage\"},"
        + "{\"label\":\"新受理\",\"value\":151,\"unit\":\"件\",\"kind\":\"count\"}],"
        + "\"review\":{\"received\":3,\"decisions\":{\"struck_off\":1,\"upheld\":2}}}");
    write(folder, "d-unknown-kind.json", "{\"type\":\"white_paper\",\"jurisdiction\":\"曲江区\","
        + "\"level\":\"district\",\"year\":2019}");
    write(folder, "e-no-year.json", "{\"jurisdiction\":\"曲江区\",\"level\":\"galaxy\"}");
    write(folder, "f-unknown-level.json", "{\"jurisdiction\":\"曲江区\",\"level\":\"galaxy\",\"year\":2019}");
    write(folder, "g-array.json", "[1]");
    write(folder, "h-bad-tally.json", "{\"jurisdiction\":\"曲江区\",\"level\":\"district\",\"year\":2019,"
        + "\"review\":{\"received\":-1}}");
    Files.writeString(folder.resolve("notes.txt"), "not a facts file");

    List<FactsConverter.Result> results = new FactsConverter().convertAll(folder);
    assertThat(results).extracting(FactsConverter.Result::source).containsExactly("a-good.json", "b-not-json.json",
        "c-growth-as-share.json", "d-unknown-kind.json", "e-no-year.json", "f-unknown-level.json", "g-array.json",
        "h-bad-tally.json");
    assertThat(results.get(0).converted()).isPresent();
    assertThat(results.get(1).skipped()).startsWith("not a JSON document: ");
    FactsConverter.Result growth = results.get(2);
    assertThat(growth.converted().orElseThrow().headlineIndicators()).extracting(Indicator::label)
        .containsExactly("新受理");
    assertThat(growth.converted().orElseThrow().reviews().get(0).decisions()).containsOnlyKeys(Decision.UPHELD);
    assertThat(growth.leftOut()).containsExactly(
        "indicators[0] (同比增长 128.78%): 1 invariant broken: value: value (128.78) must be between 0 and 100",
        "review.decisions.struck_off (1): not a known decision with a whole count");
    assertThat(results.get(3).skipped()).isEqualTo("type (\"white_paper\") is not known");
    assertThat(results.get(4).skipped()).isEqualTo("the source does not state its year");
    assertThat(results.get(5).skipped()).isEqualTo("level (\"galaxy\") is not known");
    assertThat(results.get(6).skipped()).isEqualTo("not a JSON object");
    assertThat(results.get(7).converted().orElseThrow().reviews()).isEmpty();
    assertThat(results.get(7).leftOut()).singleElement().asString().startsWith("review: ").contains("received (-1)");

    Path out = folder.resolve("out");
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    FactsConverter.run(folder, out, new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("wrote a-good.json", "left out b-not-json.json: not a JSON document",
            "  left out indicators[0] (同比增长 128.78%)");
    assertThat(out.resolve("c-growth-as-share.json")).exists();
    assertThat(out.resolve("d-unknown-kind.json")).doesNotExist();
  }

  private static void write(Path folder, String name, String json) throws IOException {
    Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
  }

  private static Report convert(String json) {
    return convert(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Report convert(byte[] json) {
    FactsConverter.Result result = new FactsConverter().convert("t.json", json);
    assertThat(result.skipped()).isNull();
    assertThat(result.leftOut()).isEmpty();
    return result.converted().orElseThrow();
  }

  @Test
  void wendengTables_giveOneLitigationTallyPerRoute() throws IOException {
    assumeTrue(Files.isDirectory(FACTS));
    Report wendeng = convert(Files.readAllBytes(FACTS.resolve("wendeng-shenjiju-2020-open_gov_info.json")));
    assertThat(wendeng.jurisdiction().orElseThrow().name()).isEqualTo("文登区");
    assertThat(wendeng.issuer()).hasValue("审计局");
    assertThat(wendeng.reviews()).extracting(ReviewTally::procedure, t -> t.route().orElse(null))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Procedure.RECONSIDERATION, null),
            org.assertj.core.groups.Tuple.tuple(Procedure.LITIGATION, null),
            org.assertj.core.groups.Tuple.tuple(Procedure.LITIGATION, LitigationRoute.DIRECT),
            org.assertj.core.groups.Tuple.tuple(Procedure.LITIGATION, LitigationRoute.AFTER_RECONSIDERATION));
    ReviewTally reconsideration = wendeng.reviews().get(0);
    assertThat(reconsideration.received()).hasValue(0);
    assertThat(reconsideration.accepted()).isEmpty(); // null in the facts: unknown, not 0
    assertThat(reconsideration.outcomeGroups()).containsEntry(OutcomeGroup.CORRECTED, 0L);
  }

  @Test
  void wendengTables_areItsOpenGovInfo_cellByCell() throws IOException {
    assumeTrue(Files.isDirectory(FACTS));
    Report wendeng = convert(Files.readAllBytes(FACTS.resolve("wendeng-shenjiju-2020-open_gov_info.json")));
    OpenGovInfo info = wendeng.openGovInfo().orElseThrow();
    assertThat(info.layout()).isEqualTo(OpenGovLayout.TRIAL_2019); // a report on 2020
    assertThat(info.disputes().orElseThrow().cells()).hasSize(15).containsOnlyKeys(
        Arrays.stream(DisputeBlock.values()).flatMap(b -> Arrays.stream(DisputeColumn.values())
            .map(c -> new CellTable.Cell<>(b, c))).toList()).allSatisfy((cell, count) -> assertThat(count).isZero());
    assertThat(info.applications().orElseThrow().cells()).hasSize(7)
        .allSatisfy((cell, count) -> {
          assertThat(cell.row()).isEqualTo(ApplicationRow.CARRIED_FORWARD);
          assertThat(count).isZero();
        });
    assertThat(info.proactive()).isEmpty();
  }

  @Test
  void openGovTables_keepUnknownCellsUnknown_andSayWhatTheyCannotPlace() {
    FactsConverter.Result result = new FactsConverter().convert("t.json", ("{\"type\":\"open_gov_info_annual\","
        + "\"jurisdiction\":\"某某区\",\"level\":\"county\",\"year\":2022,\"tables\":{"
        + "\"review_litigation\":{\"reconsideration\":{\"upheld\":2,\"corrected\":null,\"total\":3}},"
        + "\"applications\":{\"columns\":[\"自然人\",\"商业企业\",\"合计\"],\"rows\":{"
        + "\"本年新收政府信息公开申请数量\":[5,null,5],\"（一）予以公开\":[1,0,1],\"收费\":[1,1,1]}}}}")
        .getBytes(StandardCharsets.UTF_8));
    OpenGovInfo info = result.converted().orElseThrow().openGovInfo().orElseThrow();
    assertThat(info.layout()).isEqualTo(OpenGovLayout.FORMAT_2021);
    DisputeTable disputes = info.disputes().orElseThrow();
    assertThat(disputes.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD)).hasValue(2);
    assertThat(disputes.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED)).isEmpty();
    assertThat(disputes.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL)).hasValue(3);
    assertThat(disputes.cells()).hasSize(2);
    ApplicationTable applications = info.applications().orElseThrow();
    assertThat(applications.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).hasValue(5);
    assertThat(applications.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEmpty();
    assertThat(applications.cell(ApplicationRow.DISCLOSED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).hasValue(0);
    assertThat(applications.cells()).hasSize(3);
    assertThat(result.leftOut()).containsExactly(
        "tables.applications.rows.本年新收政府信息公开申请数量[2]: no known column",
        "tables.applications.rows.（一）予以公开[2]: no known column",
        "tables.applications.rows.收费: not a row of the FORMAT_2021 layout");
  }

  @Test
  void everyCode_isInTheCatalogue_andFitsTheUnit() {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    assertThat(FactsConverter.CODES.values()).allSatisfy(code -> assertThat(catalog.contains(code)).isTrue());
  }
}
