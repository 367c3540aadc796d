package io.github.fazhi.examples.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.LitigationRoute;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.json.FazhiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The converter against the real facts (../shared/domain/facts from the repository root, present in CI):
 * it reproduces the bundled documents byte for byte, and leaves out exactly what the README lists.
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
    assertThat(results).filteredOn(r -> r.report() == null).extracting(FactsConverter.Result::source)
        .containsExactly("beijing-2022-rule_of_law.json");
  }

  @Test
  void missingIssuer_isLeftOutWithTheReason() throws IOException {
    String json = "{\"type\":\"rule_of_law_annual\",\"jurisdiction\":\"北京市\",\"level\":\"province\","
        + "\"year\":2022,\"issuer\":null,\"sections\":[],\"indicators\":[]}";
    FactsConverter.Result result = new FactsConverter().convert("b.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(result.converted()).isEmpty();
    assertThat(result.skipped()).isEqualTo("the source does not state its issuer");
  }

  @Test
  void wendengTables_giveOneLitigationTallyPerRoute() throws IOException {
    assumeTrue(Files.isDirectory(FACTS));
    Report wendeng = new FactsConverter().convert("w.json",
        Files.readAllBytes(FACTS.resolve("wendeng-shenjiju-2020-open_gov_info.json"))).converted().orElseThrow();
    assertThat(wendeng.jurisdiction().name()).isEqualTo("文登区");
    assertThat(wendeng.issuer()).isEqualTo("审计局");
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
  void everyCode_isInTheCatalogue_andFitsTheUnit() {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    assertThat(FactsConverter.CODES.values()).allSatisfy(code -> assertThat(catalog.contains(code)).isTrue());
  }
}
