package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.examples.chart.ChartTesting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code stats} and {@code chart} on the 政府信息公开 codes, over two made-up district reports whose numbers
 * are summed here by hand.
 *
 * <p>甲区: 一 本年新收 自然人 10, 商业企业 2, 总计 12; 二 上年结转 3; (一)予以公开 5, (二)部分公开 2, (七)总计 10;
 * 四 结转 5; 行政复议 维持 2, 纠正 1, 其他 1. 乙区: 一 自然人 20, 总计 20 (商业企业 blank); 二 blank; (一)予以公开 9,
 * (二) blank, (七)总计 18; 四 2; 行政复议 维持 3, 纠正 0, 其他 0; 行政诉讼 blank.
 */
class OpenGovStatsTest {
  @TempDir Path temp;

  static final String JIA = """
      {"kind":"open_gov_info_annual","jurisdiction":{"name":"甲区","level":"county"},"year":2023,
       "openGovInfo":{"layout":"format_2021",
        "applications":{"rows":{
          "new_received":{"natural_person":10,"commercial_enterprise":2,"total":12},
          "carried_over":{"total":3},
          "disclosed":{"total":5},
          "partly_disclosed":{"total":2},
          "results_total":{"total":10},
          "carried_forward":{"total":5}}},
        "disputes":{"blocks":{"reconsideration":{"upheld":2,"corrected":1,"other":1,"pending":0,"total":4}}}}}
      """;
  static final String YI = """
      {"kind":"open_gov_info_annual","jurisdiction":{"name":"乙区","level":"county"},"year":2023,
       "openGovInfo":{"layout":"format_2021",
        "applications":{"rows":{
          "new_received":{"natural_person":20,"total":20},
          "disclosed":{"total":9},
          "results_total":{"total":18},
          "carried_forward":{"total":2}}},
        "disputes":{"blocks":{"reconsideration":{"upheld":3,"corrected":0,"other":0,"total":3}}}}}
      """;

  @BeforeEach
  void writeReports() throws Exception {
    Files.writeString(temp.resolve("jia.json"), JIA, StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("yi.json"), YI, StandardCharsets.UTF_8);
  }

  @Test
  void stats_sumsTheTables_withTheirCoverage() {
    CliRun run = CliRun.run("stats", temp.toString());
    assertThat(run.status()).isZero();
    String out = run.out();
    // 12 + 20 = 32 in both reports; 自然人 10 + 20 = 30; 商业企业 only 甲区 states: 2 in 1 of 2.
    assertThat(out).containsPattern("all +open_gov\\.received +本年新收政府信息公开申请 +32 件 +2/2");
    assertThat(out).containsPattern("all +open_gov\\.received\\.natural_person +\\S+ +30 件 +2/2");
    assertThat(out).containsPattern("all +open_gov\\.received\\.commercial_enterprise +\\S+ +2 件 +1/2");
    assertThat(out).doesNotContain("open_gov.received.research_institution");
    // 上年结转: 3, only 甲区; 结转下年度: 5 + 2 = 7.
    assertThat(out).containsPattern("all +open_gov\\.carried_over +\\S+ +3 件 +1/2");
    assertThat(out).containsPattern("all +open_gov\\.carried_forward +\\S+ +7 件 +2/2");
    // 予以公开 among (七)总计: (5 + 9) / (10 + 18) = 14/28 = 50.0%; 部分公开 only 甲区 states: 2/10 = 20.0%.
    assertThat(out).containsPattern("all +open_gov\\.disclosed_share +\\S+ +50\\.0% \\(14/28\\) +2/2");
    assertThat(out).containsPattern("all +open_gov\\.partly_disclosed_share +\\S+ +20\\.0% \\(2/10\\) +1/2");
    // 行政复议纠错率: corrected (1 + 0) over concluded (2+1+1) + (3+0+0) = 1/7 = 14.3%; no litigation: —.
    assertThat(out).containsPattern(
        "all +open_gov\\.reconsideration\\.correction_rate +\\S+ +14\\.3% \\(1/7\\) +2/2");
    assertThat(out).containsPattern(
        "all +open_gov\\.litigation_direct\\.correction_rate +政府信息公开行政诉讼（未经复议直接起诉）纠错率 +— +0/2");
  }

  @Test
  void stats_perJurisdiction_andAsCsv() {
    String out = CliRun.run("stats", "--group-by", "jurisdiction", temp.toString()).out();
    assertThat(out).containsPattern("甲区 +open_gov\\.disclosed_share +\\S+ +50\\.0% \\(5/10\\) +1/1");
    assertThat(out).containsPattern("乙区 +open_gov\\.disclosed_share +\\S+ +50\\.0% \\(9/18\\) +1/1");
    assertThat(out).containsPattern("乙区 +open_gov\\.partly_disclosed_share +\\S+ +— +0/1");
    String csv = CliRun.run("stats", "--format", "csv", temp.toString()).out();
    assertThat(csv).contains("all,open_gov,open_gov.received,32,件,exact,,,2,2,")
        .contains("open_gov.reconsideration.correction_rate\",14.3,\"%\",exact,1,7,2,2,");
  }

  @Test
  void stats_onReportsWithoutTables_showsNoOpenGovRows() throws Exception {
    Path other = temp.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("r.json"),
        "{\"jurisdiction\":{\"name\":\"丙区\",\"level\":\"county\"},\"year\":2023}", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("stats", other.toString());
    assertThat(run.out()).doesNotContain("open_gov").doesNotContain("政府信息公开 tables");
  }

  @Test
  void chart_drawsACountAndAShare_perJurisdiction() throws Exception {
    Path svg = temp.resolve("received.svg");
    CliRun run = CliRun.run("chart", "open_gov.received", temp.toString(), "--out", svg.toString());
    assertThat(run.status()).isZero();
    List<String> texts = texts(svg);
    assertThat(texts.get(0)).isEqualTo("本年新收政府信息公开申请（件），按辖区");
    assertThat(run.out()).contains("乙区  20件").contains("甲区  12件");
    assertThat(texts.indexOf("乙区")).isLessThan(texts.indexOf("甲区"));
    Path share = temp.resolve("partly.svg");
    CliRun partly = CliRun.run("chart", "open_gov.partly_disclosed_share", temp.toString(), "--out",
        share.toString());
    assertThat(partly.status()).isZero();
    // Only 甲区 states 部分公开: 2/10; 乙区 gets no bar.
    assertThat(partly.out()).contains("甲区  20.0% (2/10)").contains("not stated (no bar): 乙区");
  }

  private static List<String> texts(Path svg) throws Exception {
    return ChartTesting.texts(Files.readString(svg)).stream().map(Element::getTextContent).toList();
  }
}
