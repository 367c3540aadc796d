package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} on three years of one made-up body (清溪县司法局, 2021 layout; see the fixtures' README).
 *
 * <p>2022 → 2023: 一 新收 总计 45 → 58 (+13; 13 ÷ 45 = 28.88…% → +28.9%); 二 上年结转 总计 2 → 5 (+3, +150.0%);
 * 四 结转 总计 3 → 5 (+2; 2 ÷ 3 = 66.66…% → +66.7%); 行政复议 总计 1 → 3 (+2, +200.0%). 2023's 上年结转 (自然人 5,
 * 总计 5) is not 2022's 结转下年度继续办理 (自然人 3, 总计 3): two broken columns; 商业企业 0 = 0 holds. 现行有效
 * holds: 规章 4 + 1 − 0 = 5, 规范性文件 31 + 8 − 3 = 36.
 *
 * <p>2023 → 2024: every relation holds (上年结转 5 = 5, 0 = 0; 规章 5 + 0 − 1 = 4; 规范性文件 36 + 5 − 2 = 39).
 * 新收 总计 58 → 51 (−7; 7 ÷ 58 = 12.06…% → −12.1%). 2024's problems section has four sentences, three of them
 * 2023's word for word. Its bigrams: 2023's text has 58 characters, 57 bigrams, 55 distinct (公开 and 整合
 * twice); 2024 adds 三是政策解读的针对性还不够强。 whose 15 new bigrams (with 。三) include 不够, already there:
 * 14 new, so 55 ÷ 69 = 79.71…% → 55/69 (79.7%).
 */
class CompareCommandTest {
  @TempDir Path temp;

  private static Path fixture(String year) throws Exception {
    return Path.of(CompareCommandTest.class.getResource("/io/github/fazhi/examples/compare/qingxi-sifaju-" + year
        + ".json").toURI());
  }

  @Test
  void twoYears_showTheChanges_andNameTheBrokenCarryOver() throws Exception {
    CliRun run = CliRun.run("compare", fixture("2022").toString(), fixture("2023").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(FazhiCommand.FINDINGS);
    String out = run.out();
    assertThat(out).contains("清溪县 (清溪县司法局) 2022 → 2023");
    assertThat(row(out, "一、本年新收政府信息公开申请数量 / 总计")).containsSubsequence("45", "58", "+13", "+28.9%");
    assertThat(row(out, "二、上年结转政府信息公开申请数量 / 总计")).containsSubsequence("2", "5", "+3", "+150.0%");
    assertThat(row(out, "四、结转下年度继续办理 / 总计")).containsSubsequence("3", "5", "+2", "+66.7%");
    assertThat(row(out, "行政复议 / 总计")).containsSubsequence("1", "3", "+2", "+200.0%");
    // A cell neither year leaves blank but the unknown 科研机构 columns: not listed at all.
    assertThat(out).doesNotContain("科研机构");
    assertThat(out).contains("opengov.series.carried_over_mismatch");
    assertThat(out).contains("in column 总计, 二 上年结转 (5) must equal 2022's 四 结转下年度继续办理 (3)");
    assertThat(out).contains("in column 自然人, 二 上年结转 (5) must equal 2022's 四 结转下年度继续办理 (3)");
    assertThat(out).doesNotContain("in column 商业企业").doesNotContain("in_force_mismatch");
    assertThat(out).contains("存在的主要问题及改进情况: similarity").contains("0 of 3 sentences repeated word for word");
  }

  @Test
  void aCopiedProblemsSection_isReported_sentenceBySentence() throws Exception {
    // Given newer first: the command orders the two by year.
    CliRun run = CliRun.run("compare", fixture("2024").toString(), fixture("2023").toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.OK);
    String out = run.out();
    assertThat(out).contains("2023 → 2024").contains("every relation holds");
    assertThat(row(out, "一、本年新收政府信息公开申请数量 / 总计")).containsSubsequence("58", "51", "-7", "-12.1%");
    assertThat(out).contains("存在的主要问题及改进情况: similarity 55/69 (79.7%), 3 of 4 sentences repeated word for word");
    assertThat(out).contains("""
            = 一是公开平台整合不够，部分专栏信息分散。
            = 二是基层公开人员业务能力参差不齐。
            = 下一步，我局将推进栏目整合，开展分层培训。
        """);
    assertThat(out).doesNotContain("= 三是政策解读的针对性还不够强。");
  }

  @Test
  void aFolder_pairsEveryConsecutiveYear() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("reports"));
    for (String year : new String[] {"2022", "2023", "2024"}) {
      Files.copy(fixture(year), folder.resolve("qingxi-sifaju-" + year + ".json"), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(folder.resolve("other.json"), """
        {"kind":"open_gov_info_annual","jurisdiction":{"name":"甲区","level":"county"},"year":2023}
        """);
    CliRun run = CliRun.run("compare", folder.toString(), "--format", "json");
    assertThat(run.status()).isEqualTo(FazhiCommand.FINDINGS);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("comparisons")).hasSize(2);
    JsonNode first = root.get("comparisons").get(0);
    assertThat(first.get("older").asInt()).isEqualTo(2022);
    assertThat(first.get("relations")).hasSize(2);
    JsonNode received = first.get("figures").get(index(first.get("figures"), "applications.cells[new_received][total]"));
    assertThat(received.get("older").decimalValue()).isEqualByComparingTo("45");
    assertThat(received.get("change").decimalValue()).isEqualByComparingTo("13");
    assertThat(received.get("percent").decimalValue()).isEqualByComparingTo("28.9");
    JsonNode second = root.get("comparisons").get(1);
    assertThat(second.get("relations")).isEmpty();
    JsonNode problems = second.get("sections").get(1);
    assertThat(problems.get("key").asText()).isEqualTo("problems_and_improvements");
    assertThat(problems.get("similarity").get("numerator").asLong()).isEqualTo(55);
    assertThat(problems.get("similarity").get("denominator").asLong()).isEqualTo(69);
    assertThat(problems.get("repeated")).hasSize(3);
    assertThat(root.get("unpaired").get(0).asText()).isEqualTo("甲区 2023: no report of the year before or after");
  }

  @Test
  void reportsOfAnotherBody_orNoPair_areAnError() throws Exception {
    Path other = temp.resolve("other.json");
    Files.writeString(other, """
        {"kind":"open_gov_info_annual","jurisdiction":{"name":"甲区","level":"county"},"year":2023}
        """);
    CliRun run = CliRun.run("compare", fixture("2022").toString(), other.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err()).startsWith("fazhi: error: cannot compare 清溪县 2022 (清溪县司法局) with 甲区 2023:")
        .contains("they are of different bodies");
    CliRun gap = CliRun.run("compare", fixture("2022").toString(), fixture("2024").toString());
    assertThat(gap.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(gap.err()).contains("the later year must be 2023, not 2024");
    CliRun html = CliRun.run("compare", fixture("2022").toString(), fixture("2023").toString(), "--format", "html");
    assertThat(html.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(html.err()).contains("--out is required for --format html");
  }

  @Test
  void html_writesOnePagePerPair() throws Exception {
    Path pages = temp.resolve("pages");
    CliRun run = CliRun.run("compare", fixture("2023").toString(), fixture("2024").toString(), "--format", "html",
        "--out", pages.toString());
    assertThat(run.status()).isZero();
    String page = Files.readString(pages.resolve("qingxi-sifaju-2023_2024.html"));
    assertThat(page).contains("<mark class=\"repeated\">二是基层公开人员业务能力参差不齐。</mark>")
        .contains("<span>三是政策解读的针对性还不够强。</span>");
  }

  /** The line of the table that holds a label. */
  private static String row(String out, String label) {
    return out.lines().filter(line -> line.contains(label)).findFirst().orElseThrow(() ->
        new AssertionError("no line with " + label + " in\n" + out));
  }

  private static int index(JsonNode figures, String key) {
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).get("key").asText().equals(key)) {
        return i;
      }
    }
    throw new AssertionError("no figure " + key);
  }

  @Test
  void review_ofAFolderWithConsecutiveYears_linksTheirComparisons() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("years"));
    for (String year : new String[] {"2022", "2023"}) {
      Files.copy(fixture(year), folder.resolve("qingxi-sifaju-" + year + ".json"));
    }
    Path site = temp.resolve("site");
    CliRun run = CliRun.run("review", folder.toString(), "--out", site.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("2 pages, 1 year-on-year comparison and the index written to ");
    assertThat(site.resolve("qingxi-sifaju-2022_2023.html")).exists();
    assertThat(Files.readString(site.resolve("index.html"))).contains("href=\"qingxi-sifaju-2022_2023.html\"");
  }
}
