package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.fazhi.examples.BundledReports;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * The command line run in-process, with output captured. Expected numbers are worked out by hand from the
 * sources (the seed text and the facts files), as the comments show.
 */
class FazhiCommandTest {
  @TempDir Path temp;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = FazhiCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path seedCopy(String name) throws Exception {
    Path file = temp.resolve(name);
    try (InputStream in = BundledReports.open("qujiang-2019.json")) {
      Files.copy(in, file);
    }
    return file;
  }

  // ---- stats

  @Test
  void stats_onTheBundledReports() {
    Run run = run("stats");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    // 12 bundled reports: the seed and 11 facts files; years 2016 (石家庄市) to 2024 (威海市).
    assertThat(run.out()).startsWith("12 reports, 2016–2024");
    // Seed: 人民调解组织调处各类民事纠纷1338宗; 宗 counts cases, totalled in 件.
    assertThat(run.out()).containsPattern("all +mediation\\.disputes +人民调解调处纠纷 +1338 件 +1/12");
    // 行政复议: the seed (11 received), 建新镇 (0, "no cases") and 文登区 (table: 0) state the cases received:
    // 11 + 0 + 0 = 11 in 3 of 12 reports. Only the seed states the cases accepted (9): the total says 9 in
    // 1 of 12, and the acceptance rate is 9/11 over that one report. The seed also states the count as a
    // coded indicator (收到行政复议案件11宗): one quantity, shown once, never 22.
    assertThat(run.out()).containsPattern("all +reconsideration\\.received +行政复议收到 +11 件 +3/12");
    assertThat(run.out()).containsPattern("all +reconsideration\\.accepted +行政复议受理 +9 件 +1/12");
    assertThat(run.out()).containsPattern(
        "all +reconsideration\\.acceptance_rate +行政复议受理率 +81\\.8% \\(9/11\\) +1/12");
    assertThat(run.out()).containsOnlyOnce("reconsideration.received");
    // Numbers stated outside measures count too. 建新镇 2018: 主动公开政府信息数 22 条; 威海市 2024:
    // 全市主动公开政府信息 15.8万条, a rounded figure: 158,000 ± 500 条; 22 + 158,000 is about 158,022 条,
    // give or take 500, in 2 of 12 reports.
    assertThat(run.out()).containsPattern("all +openness\\.items_published +\\S+ +≈ 158022 条 ± 500 +2/12");
    // 六安市司法局 2022: 参加习近平法治思想网络专题班人数 1.19万人 = 11,900 ± 50 人.
    assertThat(run.out()).containsPattern("all +training\\.attendees +\\S+ +≈ 11900 人 ± 50 +1/12");
    // 静海区 2020: 区级保留政务服务事项 515 项.
    assertThat(run.out()).containsPattern("all +service\\.items +\\S+ +515 项 +1/12");
  }

  @Test
  void stats_groupedByJurisdiction_givesTheSeedAcceptanceRate() {
    Run run = run("stats", "--group-by", "jurisdiction");
    assertThat(run.status()).isZero();
    // Seed: 收到行政复议案件11宗, 符合受理的9宗: 9/11 = 81.818…% → 81.8%. Concluded 6 + 3 withdrawn = 9;
    // pending 0; closure needs the carried-over count, which the seed does not state: —.
    String out = run.out();
    assertThat(out).containsPattern("曲江区 +reconsideration\\.acceptance_rate +行政复议受理率 +81\\.8% \\(9/11\\) +1/1");
    assertThat(out).containsPattern("曲江区 +reconsideration\\.concluded +行政复议审结 +9 件 +1/1");
    assertThat(out).containsPattern("曲江区 +reconsideration\\.pending +行政复议尚未审结 +0 件 +1/1");
    assertThat(out).containsPattern("曲江区 +reconsideration\\.closure_rate +行政复议审结率 +— +0/1");
    // 文登区 (审计局 table): litigation received 0, pending 0, the rest unknown and not shown as counts.
    assertThat(out).containsPattern("文登区 +litigation\\.received +行政诉讼收到 +0 件 +1/1");
    assertThat(out).doesNotContainPattern("文登区 +litigation\\.accepted ");
  }

  @Test
  void stats_tableColumnsLineUpByDisplayWidth() {
    String out = run("stats").out();
    // the first table: indicator totals, up to the blank line that ends it
    String[] lines = out.substring(out.indexOf("Indicator totals"), out.indexOf("\n\n", out.indexOf("Indicator totals")))
        .split("\n");
    List<String> totals = java.util.Arrays.stream(lines).filter(l -> l.startsWith("all ") && l.contains("/12"))
        .toList();
    assertThat(totals).isNotEmpty();
    // The right-aligned "stated in" column ends every row at the same terminal column.
    assertThat(totals.stream().filter(l -> l.contains(".")).map(DisplayWidth::of).distinct()).hasSize(1);
  }

  @Test
  void stats_csv_parsesBack() throws Exception {
    Run run = run("stats", "--format", "csv", "--group-by", "jurisdiction");
    assertThat(run.status()).isZero();
    CsvMapper csv = new CsvMapper();
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(run.out())) {
      rows = it.readAll();
    }
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(StatsCommand.CSV_COLUMNS);
    Map<String, String> acceptance = rows.stream()
        .filter(r -> "曲江区".equals(r.get("group")) && "reconsideration.acceptance_rate".equals(r.get("code")))
        .findFirst().orElseThrow();
    // 9/11 → 81.8
    assertThat(acceptance).containsEntry("value", "81.8").containsEntry("numerator", "9")
        .containsEntry("denominator", "11");
    Map<String, String> closure = rows.stream()
        .filter(r -> "曲江区".equals(r.get("group")) && "reconsideration.closure_rate".equals(r.get("code")))
        .findFirst().orElseThrow();
    assertThat(closure).containsEntry("value", ""); // unknown stays empty, never 0
  }

  @Test
  void stats_json_readsBack() throws Exception {
    Run run = run("stats", "--format", "json");
    assertThat(run.status()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("reports").asInt()).isEqualTo(12);
    JsonNode reconsideration = root.path("groups").get(0).path("reviews").get(0);
    assertThat(reconsideration.path("procedure").asText()).isEqualTo("reconsideration");
    JsonNode received = reconsideration.path("counts").get(0);
    assertThat(received.path("code").asText()).isEqualTo("reconsideration.received");
    assertThat(received.path("sum").decimalValue()).isEqualByComparingTo("11"); // 11 + 0 + 0
    assertThat(received.path("statedIn").asLong()).isEqualTo(3);
    JsonNode accepted = reconsideration.path("counts").get(1);
    assertThat(accepted.path("code").asText()).isEqualTo("reconsideration.accepted");
    assertThat(accepted.path("sum").decimalValue()).isEqualByComparingTo("9"); // the seed alone
    assertThat(accepted.path("statedIn").asLong()).isEqualTo(1);
    JsonNode acceptance = reconsideration.path("rates").get(0);
    assertThat(acceptance.path("code").asText()).isEqualTo("reconsideration.acceptance_rate");
    assertThat(acceptance.path("ratio").path("numerator").asLong()).isEqualTo(9);
    assertThat(acceptance.path("ratio").path("denominator").asLong()).isEqualTo(11);
    JsonNode closure = reconsideration.path("rates").get(1);
    assertThat(closure.path("ratio").isNull()).isTrue(); // unknown, never 0
    // a total that includes a rounded figure says by how much it may be off
    JsonNode items = java.util.stream.StreamSupport.stream(root.path("groups").get(0).path("totals").spliterator(), false)
        .filter(t -> t.path("code").asText().equals("openness.items_published")).findFirst().orElseThrow();
    assertThat(items.path("qualifier").asText()).isEqualTo("approximately");
    assertThat(items.path("margin").decimalValue()).isEqualByComparingTo("500");
  }

  // ---- check

  @Test
  void check_bundledReports_hasWarningsButNoErrors() {
    Run run = run("check");
    // The excerpts lack shortcomings, duty, plans and other matters (warnings); no numbers contradict.
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("曲江区 2019 (韶关市曲江区人民政府) — bundled:qujiang-2019.json")
        .contains("report.missing_part").contains(" 0 errors,".substring(1));
  }

  @Test
  void check_anError_exitsWithOne() throws Exception {
    Path file = seedCopy("broken.json");
    Files.writeString(file, Files.readString(file).replace("\"accepted\" : 9", "\"accepted\" : 12"));
    Run run = run("check", file.toString(), "--format", "json");
    assertThat(run.status()).isEqualTo(FazhiCommand.FINDINGS);
    JsonNode findings = new ObjectMapper().readTree(run.out()).get(0).path("findings");
    assertThat(findings.findValuesAsText("ruleId")).contains("review.accepted_exceeds_received");
  }

  // ---- chart

  @Test
  void chart_writesAnSvgThatNamesEveryBar() throws Exception {
    Path other = seedCopy("other.json");
    Files.writeString(other, Files.readString(other).replace("\"name\" : \"曲江区\"", "\"name\" : \"示例区\""));
    Path svg = temp.resolve("chart.svg");
    Run run = run("chart", "reconsideration.acceptance_rate", seedCopy("seed.json").toString(), other.toString(),
        "--out", svg.toString());
    assertThat(run.status()).isZero();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // The SVG names its DTD; parse offline.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document document = factory.newDocumentBuilder().parse(svg.toFile());
    NodeList texts = document.getElementsByTagName("text");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      all.append(texts.item(i).getTextContent()).append('\n');
    }
    assertThat(all.toString()).contains("曲江区").contains("示例区").contains("reconsideration.acceptance_rate");
    assertThat(run.out()).contains("81.8% (9/11)");
  }

  @Test
  void chart_unknownIndicator_isAUsageError() {
    Run run = run("chart", "no.such_code", "--out", temp.resolve("x.svg").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown INDICATOR 'no.such_code'").doesNotContain("\tat ");
  }

  @Test
  void chart_toAFolderThatDoesNotExist_isOneLine() {
    Run run = run("chart", "reconsideration.acceptance_rate", "--out", temp.resolve("no/such/dir/x.svg").toString());
    // 3: an output file not written, told apart from bad input (2) since #24
    assertThat(run.status()).isEqualTo(FazhiCommand.NOT_WRITTEN);
    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("fazhi: error: " + temp.resolve("no/such/dir/x.svg") + ": cannot be written: no such file or folder");
    assertThat(temp.resolve("no")).doesNotExist();
  }

  // ---- bad input: one line naming the file, other files still processed, exit 2, no stack trace

  @Test
  void missingFile_isOneLine_andExitsWithTwo() throws Exception {
    Run run = run("stats", temp.resolve("missing.json").toString(), seedCopy("seed.json").toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString().contains("missing.json").contains("no such file");
    assertThat(run.out()).startsWith("1 report, 2019");
  }

  @Test
  void notJson_namesTheFileAndLine() throws Exception {
    Path file = temp.resolve("text.json");
    Files.writeString(file, "这不是JSON");
    Run run = run("check", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().contains("text.json").contains("line 1");
  }

  @Test
  void jsonThatIsNotAReport_namesTheFileAndPath() throws Exception {
    Path file = temp.resolve("other.json");
    Files.writeString(file, "{\"jurisdiction\":{\"name\":\"曲江区\",\"level\":\"county\"},\"issuer\":\"i\","
        + "\"year\":2019,\"author\":\"x\"}");
    Run run = run("stats", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().contains("other.json").contains("\"author\"");
  }

  @Test
  void invalidReport_namesTheFileAndTheJsonPath() throws Exception {
    Path file = temp.resolve("invalid.json");
    Files.writeString(file, "{\"jurisdiction\":{\"name\":\"曲江区\",\"level\":\"county\"},\"issuer\":\"i\","
        + "\"year\":2019,\"reviews\":[{\"procedure\":\"reconsideration\",\"accepted\":-1}]}");
    Run run = run("stats", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().contains("invalid.json")
        .contains("reviews[0].accepted").contains("accepted (-1) must be >= 0");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void folderWithAGoodAndABadFile_processesTheGoodOne() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("reports"));
    try (InputStream in = BundledReports.open("qujiang-2019.json")) {
      Files.copy(in, folder.resolve("a-good.json"));
    }
    Files.writeString(folder.resolve("b-bad.json"), "[1]");
    Run run = run("stats", "--group-by", "jurisdiction", folder.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().contains("b-bad.json");
    assertThat(run.out()).contains("81.8% (9/11)");
  }

  // ---- help and version

  @Test
  void helpAndVersion_exitZero() {
    assertThat(run("--help").out()).contains("stats").contains("check").contains("chart");
    Run version = run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("fazhi-examples ");
  }

  @Test
  void unknownOption_isAClearUsageError() {
    Run run = run("stats", "--format", "xml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("xml");
    assertThat(new String(run.err().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .doesNotContain("Exception");
  }
}
