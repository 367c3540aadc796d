package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.Unit;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The numbers of the 政府信息公开 sections' prose in JSON ({@code openGovInfo.sectionIndicators}): a document
 * reads as the value built by hand and is written back byte for byte by both bindings, sections in their
 * order whatever order a document gives them in; an empty list is no numbers; random values round-trip.
 */
class SectionIndicatorsJsonTest extends ModuleTestBase {
  /** A document as the binding writes it: sections in their order, fields in the format's order. */
  static final String DOCUMENT = "{\"kind\":\"open_gov_info_annual\",\"issuer\":\"审计局\",\"issuerKind\":\"department\","
      + "\"year\":2022,\"openGovInfo\":{\"layout\":\"format_2021\","
      + "\"sections\":{\"overview\":\"全年通过门户网站发布信息1520条，政务微博发布286条。\","
      + "\"proactive_disclosure\":\"制发政策解读材料41篇，其中图解17篇。\"},"
      + "\"sectionIndicators\":{"
      + "\"overview\":[{\"label\":\"通过门户网站发布信息\",\"code\":\"openness.items_published\",\"kind\":\"count\","
      + "\"value\":1520,\"unit\":\"条\",\"written\":\"1520条\"},"
      + "{\"label\":\"政务微博发布\",\"kind\":\"count\",\"value\":286,\"unit\":\"条\",\"qualifier\":\"more_than\"}],"
      + "\"proactive_disclosure\":[{\"label\":\"制发政策解读材料\",\"kind\":\"count\",\"value\":41,\"unit\":\"篇\","
      + "\"parts\":[{\"label\":\"图解\",\"kind\":\"count\",\"value\":17,\"unit\":\"篇\"}],\"written\":\"41篇\"}]},"
      + "\"overview\":{\"proactive_items\":1806}}}";

  static Report expected() {
    Indicator website = Indicator.builder().label("通过门户网站发布信息").code("openness.items_published")
        .kind(IndicatorKind.COUNT).value(new BigDecimal("1520")).unit(Unit.of("条")).written("1520条").build();
    Indicator weibo = Indicator.builder().label("政务微博发布").kind(IndicatorKind.COUNT).value(new BigDecimal("286"))
        .unit(Unit.of("条")).qualifier(io.github.fazhi.Qualifier.MORE_THAN).build();
    Indicator readings = Indicator.builder().label("制发政策解读材料").kind(IndicatorKind.COUNT)
        .value(new BigDecimal("41")).unit(Unit.of("篇")).written("41篇")
        .addPart(Indicator.builder().label("图解").kind(IndicatorKind.COUNT).value(new BigDecimal("17"))
            .unit(Unit.of("篇")).build())
        .build();
    OpenGovInfo info = OpenGovInfo.builder()
        .putSection(OpenGovSection.OVERVIEW, "全年通过门户网站发布信息1520条，政务微博发布286条。")
        .putSection(OpenGovSection.PROACTIVE_DISCLOSURE, "制发政策解读材料41篇，其中图解17篇。")
        .putSectionIndicator(OpenGovSection.OVERVIEW, website)
        .putSectionIndicator(OpenGovSection.OVERVIEW, weibo)
        .putSectionIndicator(OpenGovSection.PROACTIVE_DISCLOSURE, readings)
        .putOverview(OverviewFigure.PROACTIVE_ITEMS, 1806L)
        .build();
    return report(info);
  }

  private static Report report(OpenGovInfo info) {
    return Report.builder().kind(ReportKind.OPEN_GOV_INFO_ANNUAL).issuer("审计局")
        .issuerKind(IssuerKind.DEPARTMENT).year(Year.of(2022)).openGovInfo(info).build();
  }

  @Test
  void theDocument_readsAsTheValueBuiltByHand_inBothBindings_andIsWrittenAsTheDocument() throws Exception {
    Report expected = expected();
    assertThat(readReport(DOCUMENT)).isEqualTo(expected);
    assertThat((Report) io.github.fazhi.jackson3.FazhiJson.reader().readValue(DOCUMENT)).isEqualTo(expected);
    assertThat(FazhiJson.writer().writeValueAsString(expected)).isEqualTo(DOCUMENT);
    assertThat(io.github.fazhi.jackson3.FazhiJson.writer().writeValueAsString(expected)).isEqualTo(DOCUMENT);
    assertThat(SchemaTest.validate(DOCUMENT)).isEmpty();
  }

  @Test
  void sectionsGivenOutOfOrder_readAsTheSameValue_andAreWrittenInTheSectionsOrder() throws Exception {
    int overview = DOCUMENT.indexOf("\"overview\":[");
    int proactive = DOCUMENT.indexOf("\"proactive_disclosure\":[");
    int end = DOCUMENT.indexOf("]},\"overview\":{") + 1;
    String swapped = DOCUMENT.substring(0, overview) + DOCUMENT.substring(proactive, end) + ","
        + DOCUMENT.substring(overview, proactive - 1) + DOCUMENT.substring(end);
    assertThat(swapped).isNotEqualTo(DOCUMENT).hasSameSizeAs(DOCUMENT);
    Report read = readReport(swapped);
    assertThat(read).isEqualTo(expected());
    assertThat(read.openGovInfo().orElseThrow().sectionIndicators().keySet())
        .containsExactly(OpenGovSection.OVERVIEW, OpenGovSection.PROACTIVE_DISCLOSURE);
    assertThat(FazhiJson.writer().writeValueAsString(read)).isEqualTo(DOCUMENT);
  }

  @Test
  void anEmptyListOrObject_isNoNumbers_andIsLeftOutWhenWritten() throws Exception {
    String withoutNumbers = "{\"kind\":\"open_gov_info_annual\",\"issuer\":\"审计局\",\"issuerKind\":\"department\","
        + "\"year\":2022,\"openGovInfo\":{\"layout\":\"format_2021\"}}";
    for (String numbers : new String[] {"{\"overview\":[]}", "{}"}) {
      String document = withoutNumbers.replace("\"format_2021\"}",
          "\"format_2021\",\"sectionIndicators\":" + numbers + "}");
      Report read = readReport(document);
      assertThat(read.openGovInfo().orElseThrow().sectionIndicators().isEmpty()).as(document).isTrue();
      assertThat(FazhiJson.writer().writeValueAsString(read)).isEqualTo(withoutNumbers);
      assertThat(SchemaTest.validate(document)).isEmpty();
    }
  }

  @Test
  void randomSectionNumbers_roundTripInBothBindings_toEqualValues_andTheSameBytes() {
    qt().withExamples(200).forAll(OpenGovInfoGen.openGovInfosWithSectionNumbers()).checkAssert(info -> {
      Report report = report(info);
      try {
        byte[] written = FazhiJson.writer().writeValueAsBytes(report);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(readReport(text)).isEqualTo(report);
        assertThat(FazhiJson.writer().writeValueAsBytes(readReport(text))).isEqualTo(written);
        assertThat(io.github.fazhi.jackson3.FazhiJson.writer().writeValueAsBytes(report)).isEqualTo(written);
        Report three = io.github.fazhi.jackson3.FazhiJson.reader().readValue(written);
        assertThat(three).isEqualTo(report);
        assertThat(io.github.fazhi.jackson3.FazhiJson.writer().writeValueAsBytes(three)).isEqualTo(written);
        assertThat(SchemaTest.validate(text)).isEmpty();
        assertThat(text.contains("\"sectionIndicators\"")).isEqualTo(!info.sectionIndicators().isEmpty());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
