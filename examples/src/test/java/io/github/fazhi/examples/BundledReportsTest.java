package io.github.fazhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled reports: all listed, all valid, and faithful to their sources where checked by hand. */
class BundledReportsTest {
  private static final Path FOLDER = Path.of("src/main/resources/io/github/fazhi/examples/reports");

  @Test
  void names_listEveryBundledDocument() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted())
          .containsExactlyElementsOf(BundledReports.NAMES);
    }
  }

  @Test
  void seed_isTheSeedDocumentOfFazhiJson() throws IOException {
    Path original = Path.of("../json/src/test/resources/io/github/fazhi/json/qujiang-2019.json");
    assertThat(Files.readString(FOLDER.resolve("qujiang-2019.json"))).isEqualTo(Files.readString(original));
  }

  @Test
  void all_readsTwelveReports() {
    assertThat(BundledReports.all()).hasSize(12);
  }

  @Test
  void departmentReport_coversItsGovernment_andKeepsTheBureauAsIssuer() {
    Report luan = BundledReports.read("luan-sifaju-2022-rule_of_law.json");
    assertThat(luan.jurisdiction().orElseThrow().name()).isEqualTo("六安市");
    assertThat(luan.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(luan.issuer()).hasValue("六安市司法局");
    assertThat(luan.published()).isEmpty();
  }

  @Test
  void qualifiedNumbers_keepValueUnitAndQualifier() {
    // 六安市司法局 2022: "15万余件" is 15 in 万件, MORE_THAN.
    Report luan = BundledReports.read("luan-sifaju-2022-rule_of_law.json");
    var indicator = luan.indicators().stream().filter(i -> i.label().equals("年办理法律服务事项")).findFirst()
        .orElseThrow();
    assertThat(indicator.value()).isEqualByComparingTo(new BigDecimal("15"));
    assertThat(indicator.unit().written()).isEqualTo("万件");
    assertThat(indicator.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(indicator.written()).contains("15万余件");
  }

  @Test
  void rankWithoutSection_isAHeadlineIndicator() {
    Report tonglu = BundledReports.read("tonglu-2020-rule_of_law.json");
    assertThat(tonglu.headlineIndicators()).singleElement()
        .satisfies(i -> assertThat(i.written()).contains("排名第一"));
  }

  @Test
  void openGovernmentInformationReports_haveThatKind() {
    assertThat(BundledReports.read("weihai-2024-open_gov_info.json").kind())
        .isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }
}
