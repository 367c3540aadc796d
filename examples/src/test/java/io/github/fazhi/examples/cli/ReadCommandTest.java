package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Report;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveItem;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code fazhi read}, and {@code check}/{@code stats} on documents, run in-process on our own sample report
 * (written for the tests; its numbers are read off it by hand).
 */
class ReadCommandTest {
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

  private String sample() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("sample-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path file(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsATextFileIntoAFazhiJsonDocument() throws Exception {
    Run run = run("read", file("linjiang.txt", sample()).toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    Report report = FazhiJson.reader().forType(Report.class).readValue(run.out());
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.issuer()).hasValue("青石市临江区人民政府");
    assertThat(report.workAreas()).hasSize(4);
    // 2 + 2 + 1 + 2 + 2 + 3 + 0 + 9 + 3 + 2 numbers in the measures, read off the sample by hand: 27; and the
    // two changes (提高2.5个百分点, 同比增长17.1%), less the four parts of 审结72件 held inside it: 25; the
    // preamble's 12次 and the leaders' duty's 5次 are headline numbers
    assertThat(report.indicators()).hasSize(2 + 25);
    assertThat(report.plans().get(0).indicators()).extracting(i -> i.written().orElseThrow()).containsExactly("不少于4次");
    assertThat(run("read", file("again.txt", sample()).toString()).out()).isEqualTo(run.out());
  }

  @Test
  void theOutlineShowsEachNumberWithItsLabel_andTheUnplacedNumbers() throws Exception {
    Run run = run("read", "--format", "outline", file("linjiang.txt", sample()).toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("1. 加强组织保障，压实工作责任").contains("9.5 万场 MORE_THAN  各级调解组织调处矛盾纠纷")
        .contains("17.1 %  新增市场主体同比增长  \"同比增长17.1%\"")
        .contains("  5 次  主持召开专题会议  \"5次\"")
        .contains("plan 1. 持续加强组织领导\n     4 次 AT_LEAST  开展集中学法 [study.sessions]  \"不少于4次\"")
        .contains("shortcomings: 3 · leaders' duty: 1 · plan areas: 2 · other matters: 1")
        .doesNotContain("unplaced");
  }

  @Test
  void hintsFillTheYearAndIssuer_andOutWritesOneFilePerInput() throws Exception {
    String untitled = sample().replace("青石市临江区2021年法治政府建设年度报告", "工作报告").replace("青石市临江区人民政府\n", "");
    Path out = temp.resolve("out");
    Run run = run("read", "--year", "2021", "--jurisdiction", "临江区", "--issuer", "临江区人民政府",
        "--out", out.toString(), file("a.txt", untitled).toString(), file("b.html", "<html><body><p>"
            + untitled.replace("\n", "</p><p>") + "</p></body></html>").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    Report a = FazhiJson.reader().forType(Report.class).readValue(out.resolve("a.json").toFile());
    Report b = FazhiJson.reader().forType(Report.class).readValue(out.resolve("b.json").toFile());
    assertThat(a.issuer()).hasValue("临江区人民政府");
    assertThat(b.indicators()).isEqualTo(a.indicators());
  }

  @Test
  void aDocxIsReadThroughPoi() throws Exception {
    Path docx = temp.resolve("linjiang.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      for (String line : sample().split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      document.write(out);
    }
    Run run = run("read", docx.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(FazhiJson.reader().forType(Report.class).<Report>readValue(run.out()).indicators()).hasSize(27);
  }

  @Test
  void anUnreadableFileIsOneErrorLine_andStatus2() throws Exception {
    Run missing = run("read", temp.resolve("missing.txt").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().lines()).singleElement().asString().contains("missing.txt: no such file");
    Run notPdf = run("read", file("fake.pdf", "not a pdf").toString());
    assertThat(notPdf.status()).isEqualTo(2);
    assertThat(notPdf.err().lines()).singleElement().asString().startsWith("fazhi: error: ").contains("fake.pdf");
    Run notDocx = run("read", file("fake.docx", "not a docx").toString());
    assertThat(notDocx.status()).isEqualTo(2);
    assertThat(notDocx.err().lines()).singleElement().asString().contains("fake.docx");
    Run noYear = run("read", file("bare.txt", "一、工作情况\n（一）加强领导。共12件。").toString());
    assertThat(noYear.status()).isEqualTo(2);
    assertThat(noYear.err().lines()).singleElement().asString().contains("no report could be read").contains("year");
  }

  @Test
  void checkAndStatsAcceptADocument() throws Exception {
    Path text = file("linjiang.txt", sample());
    Run check = run("check", text.toString());
    assertThat(check.err()).isEmpty();
    assertThat(check.out()).contains("临江区 2021");
    Run stats = run("stats", text.toString());
    assertThat(stats.err()).isEmpty();
    assertThat(stats.status()).isZero();
  }

  /** Our own open-government report, untitled as an excerpt is; its numbers chosen by hand to agree. */
  private static final String OPEN_GOV = String.join("\n",
      "一、总体情况",
      "本局全年共收到政府信息公开申请三件，均已按期答复。",
      "二、主动公开政府信息情况",
      "规章 | / | / | / |",
      "行政规范性文件 | 2 | 0 | 9 |",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
      "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "（一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
      "（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
      "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议 | 行政诉讼 |",
      " 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "五、存在的主要问题及改进情况",
      "政策解读的形式仍需丰富。",
      "");

  @Test
  void anOpenGovReport_readWithItsKind_outlinesItsTables_andTheRowsNotRead() throws Exception {
    Path file = file("opengov.txt", OPEN_GOV);
    Run run = run("read", "--kind", "open_gov_info_annual", "--jurisdiction", "临江区", "--year", "2023",
        "--format", "outline", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("国办公开办函〔2021〕30号")
        .contains("sections: 总体情况 · 主动公开政府信息情况 · 收到和处理政府信息公开申请情况 · 政府信息公开行政复议、行政诉讼情况"
            + " · 存在的主要问题及改进情况\n  missing: 其他需要报告的事项")
        .contains("overview:\n  收到政府信息公开申请 3\n")
        .contains("Table A 主动公开政府信息情况 (3 cells):\n  行政规范性文件: 本年制发件数 2 · 本年废止件数 0 · 现行有效件数 9\n")
        .contains("Table B 收到和处理政府信息公开申请情况 (35 cells):")
        .contains("  一、本年新收政府信息公开申请数量: 3 0 0 0 0 0 3\n")
        .contains("  （二）部分公开（区分处理的，只计这一情形，不计其他情形）: · · · · · · ·\n")
        .contains("Table C 政府信息公开行政复议、行政诉讼情况 (15 cells):")
        .contains("undetermined: openGovInfo: Table B row （二）部分公开（区分处理的，只计这一情形，不计其他情形）: not found")
        .doesNotContain("shortcomings:");
    // without the kind, the body's form headings (主动公开政府信息情况, 收到和处理政府信息公开申请情况) show it
    Run plain = run("read", "--jurisdiction", "临江区", "--year", "2023", "--format", "outline", file.toString());
    assertThat(plain.out()).contains("临江区 · 2023 · open_gov_info_annual")
        .contains("  一、本年新收政府信息公开申请数量: 3 0 0 0 0 0 3\n");
    // told it is a 法治政府建设 report, the hint wins over what the headings show: no tables
    Run told = run("read", "--kind", "rule_of_law_annual", "--jurisdiction", "临江区", "--year", "2023",
        "--format", "outline", file.toString());
    assertThat(told.status()).isZero();
    assertThat(told.out()).contains("临江区 · 2023 · rule_of_law_annual").doesNotContain("Table B");
    // the JSON document of the report holds its tables as read: nothing is lost on the way to JSON
    Run json = run("read", "--kind", "open_gov_info_annual", "--jurisdiction", "临江区", "--year", "2023",
        file.toString());
    assertThat(json.err()).isEmpty();
    assertThat(json.status()).isZero();
    assertThat(json.out()).contains("open_gov_info_annual")
        .contains("\"new_received\":{\"natural_person\":3,");
    Report report = FazhiJson.reader().forType(Report.class).readValue(json.out());
    OpenGovInfo info = report.openGovInfo().orElseThrow();
    assertThat(info.applications().orElseThrow().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL))
        .hasValue(3);
    // （二）部分公开 is not in the text: unknown, not 0
    assertThat(info.applications().orElseThrow().cell(ApplicationRow.PARTLY_DISCLOSED, ApplicantColumn.TOTAL))
        .isEmpty();
    assertThat(info.proactive().orElseThrow().cell(ProactiveItem.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE))
        .hasValue(java.math.BigDecimal.valueOf(9));
    assertThat(info.disputes().orElseThrow().cells()).hasSize(15)
        .allSatisfy((cell, count) -> assertThat(count).isZero());
    assertThat(info.overview(OverviewFigure.APPLICATIONS_RECEIVED)).hasValue(3);
  }
}
