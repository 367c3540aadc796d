package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Report;
import io.github.fazhi.testing.SeedReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The seed report (shared/seed/qujiang-2019.txt) as a JSON document: written once from the fixture, then
 * reviewed line by line against the seed text; read back, it equals the fixture.
 */
class SeedReportJsonTest extends ModuleTestBase {
  static String seedDocument() throws Exception {
    try (InputStream in = SeedReportJsonTest.class.getResourceAsStream("qujiang-2019.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void seedDocument_readsAsTheSeedReport() throws Exception {
    Report report = FazhiJson.reader().readValue(seedDocument());
    assertThat(report).isEqualTo(SeedReport.report());
    assertThat(report.indicators()).hasSize(SeedReport.INDICATOR_COUNT);
    assertThat(report.workAreas()).hasSize(7);
    assertThat(report.plans()).hasSize(7);
    assertThat(report.shortcomings()).hasSize(5);
  }

  @Test
  void seedDocument_isWhatThePrettyWriterGives() throws Exception {
    String written = mapper().writerWithDefaultPrettyPrinter().writeValueAsString(SeedReport.report());
    assertThat(written).isEqualTo(seedDocument().strip());
  }

  @Test
  void seedDocument_keepsTheDecimalAsWritten() throws Exception {
    Report report = FazhiJson.reader().readValue(seedDocument());
    assertThat(report.indicators("service.completion_rate").get(0).value().toPlainString()).isEqualTo("98.8");
    assertThat(report.indicators("mediation.success_rate").get(0).unit().written()).isEqualTo("﹪");
  }
}
