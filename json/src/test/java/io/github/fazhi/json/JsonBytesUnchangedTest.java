package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import io.github.fazhi.Report;
import io.github.fazhi.testing.SeedReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.quicktheories.core.Gen;

/**
 * The JSON a report is written as does not change when the code behind it is reorganised: the fixtures,
 * the good documents of the corpus read and written again, and 300 random reports plus 200 random
 * 政府信息公开 reports (fixed seeds) are written compact and pretty, and the SHA-256 of each document is held
 * to the list in {@code json-bytes.sha256}, recorded from main at commit 01c3539 before the design
 * restructuring of issue #25.
 *
 * <p>Running with {@code -Dfazhi.recordJsonBytes=true} rewrites the list from the current code; do that only
 * when a change of the format is intended, and say so in the changelog.
 */
class JsonBytesUnchangedTest extends ModuleTestBase {
  private static final String LIST = "json-bytes.sha256";
  private static final Path SOURCE =
      Path.of("src/test/resources/io/github/fazhi/json/" + LIST);

  /** Named reports, in a fixed order. */
  static Map<String, Report> reports() throws IOException {
    Map<String, Report> reports = new LinkedHashMap<>();
    reports.put("seed", SeedReport.report());
    reports.put("full", Fixtures.fullReport());
    reports.put("minimal", Fixtures.minimalReport());
    reports.put("realShapes", Fixtures.realShapes());
    reports.put("departmentWithoutGovernment", Fixtures.departmentWithoutGovernment());
    for (Object[] fixture : OpenGovInfoJsonTest.fixtures().map(Arguments::get).toList()) {
      reports.put("opengov/" + fixture[0], (Report) fixture[1]);
    }
    List<String> good = Corpus.GOOD;
    for (int i = 0; i < good.size(); i++) {
      reports.put("corpus.good[" + i + "]", readReport(good.get(i)));
    }
    addGenerated(reports, "random", RoundTripProperties.reports(), 300, 20_261_206L);
    addGenerated(reports, "opengov", openGovReports(), 200, 25L);
    return reports;
  }

  private static Gen<Report> openGovReports() {
    return in -> io.github.fazhi.testing.OpenGovReports.report(OpenGovInfoGen.openGovInfo(in));
  }

  private static void addGenerated(Map<String, Report> reports, String name, Gen<Report> gen, int count,
      long seed) {
    List<Report> generated = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(generated::add);
    for (int i = 0; i < generated.size(); i++) {
      reports.put(name + "[" + i + "]", generated.get(i));
    }
  }

  static String checksums() throws IOException {
    ObjectMapper mapper = mapper();
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Report> named : reports().entrySet()) {
      byte[] compact = mapper.writeValueAsBytes(named.getValue());
      byte[] pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(named.getValue());
      out.append(named.getKey()).append(' ').append(Hashing.sha256().hashBytes(compact))
          .append(' ').append(Hashing.sha256().hashBytes(pretty)).append('\n');
    }
    return out.toString();
  }

  @Test
  void everyDocument_isWrittenAsTheSameBytesAsBeforeTheRestructuring() throws IOException {
    String now = checksums();
    if (Boolean.getBoolean("fazhi.recordJsonBytes")) {
      Files.writeString(SOURCE, now, StandardCharsets.UTF_8);
    }
    String recorded;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(LIST), LIST)) {
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(recorded.lines().count()).isGreaterThan(500);
    assertThat(now.lines().collect(Collectors.toList()))
        .containsExactlyElementsOf(recorded.lines().collect(Collectors.toList()));
  }

  @Test
  void theGeneratedReportsAreManyAndDistinct() throws IOException {
    Map<String, Report> reports = reports();
    long distinct = reports.values().stream().distinct().count();
    assertThat(distinct).isGreaterThan(450);
    assertThat(reports.values().stream().filter(r -> r.openGovInfo().isPresent()).count())
        .isGreaterThanOrEqualTo(200);
  }
}
