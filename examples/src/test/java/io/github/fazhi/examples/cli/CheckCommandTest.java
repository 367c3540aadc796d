package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fazhi.examples.BundledReports;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --min-severity} and {@code --summary}. The bundled reports have no errors. The five required
 * parts apply to the 法治政府建设 reports on 2019 and later: 北京 2022, 静海 2020, 六安 2022, 密云 2022, 绍兴
 * 2021 and 桐庐 2020 lack 4 each, the seed 2: 26 warnings. Two infos: the seed was published before its year
 * ended, and 北京 2022 names no issuer.
 */
class CheckCommandTest {
  @TempDir Path temp;

  /** The seed with 符合受理的 changed from 9 to 12 (more than the 11 received: an error). */
  private Path broken() throws Exception {
    Path file = temp.resolve("broken.json");
    try (InputStream in = BundledReports.open("qujiang-2019.json")) {
      Files.copy(in, file);
    }
    Files.writeString(file, Files.readString(file).replace("\"accepted\" : 9", "\"accepted\" : 12"));
    return file;
  }

  @Test
  void summary_isOneLinePerReport_withCountsBySeverity() {
    CliRun run = CliRun.run("check", "--summary");
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2 + 12); // header, rule, one line per bundled report
    assertThat(lines.get(0)).containsSubsequence("report", "source", "errors", "warnings", "infos", "first error");
    assertThat(run.out()).containsPattern("曲江区 2019 \\(韶关市曲江区人民政府\\) +bundled:qujiang-2019.json +0 +2 +1 +—");
    // 威海 2024 is a 政府信息公开 report: the 法治政府建设 parts are not asked of it.
    assertThat(run.out()).containsPattern("威海市 2024 .* +0 +0 +0 +—");
    // 北京 2022: four parts missing, and no issuer (an INFO).
    assertThat(run.out()).containsPattern("北京市 2022 +bundled:beijing-2022-rule_of_law.json +0 +4 +1 +—");
  }

  @Test
  void summary_namesTheFirstError_andExitsWithOne() throws Exception {
    CliRun run = CliRun.run("check", "--summary", broken().toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.FINDINGS);
    assertThat(run.out().lines().skip(2).findFirst().orElseThrow())
        .contains("broken.json").containsPattern(" [1-9] +\\d+ +\\d+ +review\\.accepted_exceeds_received: ");
  }

  @Test
  void summary_withMinSeverityError_listsOnlyReportsWithErrors() throws Exception {
    CliRun none = CliRun.run("check", "--summary", "--min-severity", "error");
    assertThat(none.out()).isEqualTo("no report has a finding at least as serious as error\n");
    Path other = temp.resolve("weihai.json"); // no errors; another place, so no duplicate across reports
    try (InputStream in = BundledReports.open("weihai-2024-open_gov_info.json")) {
      Files.copy(in, other);
    }
    CliRun one = CliRun.run("check", "--summary", "--min-severity", "error", broken().toString(), other.toString());
    assertThat(one.out().lines().skip(2).toList()).singleElement().asString().contains("broken.json");
  }

  @Test
  void summary_json_hasCountsAndTheFirstError() throws Exception {
    CliRun run = CliRun.run("check", "--summary", "--format", "json", broken().toString());
    JsonNode report = new ObjectMapper().readTree(run.out()).get(0);
    assertThat(report.path("errors").asLong()).isPositive();
    assertThat(report.has("warnings")).isTrue();
    assertThat(report.has("infos")).isTrue();
    assertThat(report.path("firstError").path("ruleId").asText()).isEqualTo("review.accepted_exceeds_received");
  }

  @Test
  void minSeverityError_hidesTheWarnings_butCountsThem() {
    CliRun run = CliRun.run("check", "--min-severity", "error");
    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("report.missing_part")
        .isEqualTo("12 reports have no finding at least as serious as error\n"
            + "0 errors, 26 warnings, 2 infos (shown: error and above)\n");
  }

  @Test
  void minSeverityWarning_hidesTheInfo() {
    CliRun all = CliRun.run("check");
    CliRun warnings = CliRun.run("check", "--min-severity", "warning");
    assertThat(all.out()).contains("  info ");
    assertThat(warnings.out()).doesNotContain("  info ").contains("  warning   report.missing_part");
  }

  @Test
  void minSeverity_inJson_filtersTheFindings() throws Exception {
    CliRun run = CliRun.run("check", "--format", "json", "--min-severity", "error", broken().toString());
    JsonNode findings = new ObjectMapper().readTree(run.out()).get(0).path("findings");
    assertThat(findings.findValuesAsText("severity")).isNotEmpty().containsOnly("error");
  }

  @Test
  void optionValues_areReadInAnyCase_andShownInLowerCase() {
    assertThat(CliRun.run("check", "--min-severity", "ERROR", "--format", "Json").status()).isZero();
    String help = CliRun.run("check", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("table, json, xlsx (default: table)").contains("error, warning, info (default: info");
    assertThat(help).doesNotContain("TABLE").doesNotContain("ERROR");
    CliRun wrong = CliRun.run("check", "--min-severity", "fatal");
    assertThat(wrong.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(wrong.err()).contains("expected one of error, warning, info but was 'fatal'");
  }
}
