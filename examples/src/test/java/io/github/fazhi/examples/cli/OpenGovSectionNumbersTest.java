package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Report;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.examples.review.DraftPages;
import io.github.fazhi.examples.review.Mark;
import io.github.fazhi.examples.review.ReportOutline;
import io.github.fazhi.examples.review.ReviewPage;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.ReportReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of a 政府信息公开 report's prose in the CLI and the review page: listed by section in
 * {@code read --format outline}, totalled by catalogue code in {@code stats}, marked in the text of the draft's
 * page and of a JSON document's outline at their paths.
 */
class OpenGovSectionNumbersTest {
  @TempDir Path temp;

  private static final String TEXT = String.join("\n",
      "白沙市东湖区人民政府2022年政府信息公开工作年度报告",
      "一、总体情况",
      "全年通过门户网站发布信息1520条，政务微博发布286条，举办政府开放日活动4次。",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "东湖区人民政府",
      "2023年1月20日",
      "");

  /** Two reports, each with 主动公开信息 coded in a section's prose: 1520 条 and 480 条. */
  private static String document(String district, long items) {
    return "{\"kind\":\"open_gov_info_annual\",\"jurisdiction\":{\"name\":\"" + district + "\",\"level\":\"county\"},"
        + "\"year\":2023,\"openGovInfo\":{\"layout\":\"format_2021\","
        + "\"sections\":{\"overview\":\"全年主动公开信息" + items + "条。\"},"
        + "\"sectionIndicators\":{\"overview\":[{\"label\":\"主动公开信息\",\"code\":\"openness.items_published\","
        + "\"kind\":\"count\",\"value\":" + items + ",\"unit\":\"条\",\"written\":\"" + items + "条\"}]}}}";
  }

  @Test
  void theOutline_listsTheNumbersOfEachSection() throws Exception {
    Path file = temp.resolve("donghu.txt");
    Files.writeString(file, TEXT, StandardCharsets.UTF_8);
    CliRun run = CliRun.run("read", "--format", "outline", "--year", "2022", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("numbers in 总体情况 (3):\n"
        + "  1520 条  通过门户网站发布信息\n"
        + "  286 条  政务微博发布\n"
        + "  4 次  举办政府开放日活动\n");
  }

  @Test
  void stats_totalsACodedSectionNumber_byItsCatalogueCode() throws Exception {
    Files.writeString(temp.resolve("jia.json"), document("甲区", 1520), StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("yi.json"), document("乙区", 480), StandardCharsets.UTF_8);
    CliRun run = CliRun.run("stats", temp.toString());
    assertThat(run.status()).isZero();
    // 1520 + 480 = 2000 条, stated in both reports
    assertThat(run.out()).containsPattern("all +openness\\.items_published +\\S+ +2000 条 +2/2");
  }

  @Test
  void theDraftsPage_marksTheSectionNumbersInTheText_atTheirPaths() {
    Draft draft = ReportReader.standard().read(TEXT, Hints.none().withYear(Year.of(2022)));
    Report report = draft.report().orElseThrow();
    ReviewPage page = DraftPages.page("donghu", draft, report, ReportChecker.standard().check(report));
    assertThat(page.marks()).extracting(Mark::path, Mark::written).containsExactly(
        org.assertj.core.groups.Tuple.tuple("openGovInfo.sectionIndicators.overview[0]", "1520条"),
        org.assertj.core.groups.Tuple.tuple("openGovInfo.sectionIndicators.overview[1]", "286条"),
        org.assertj.core.groups.Tuple.tuple("openGovInfo.sectionIndicators.overview[2]", "4次"));
    for (Mark mark : page.marks()) {
      assertThat(TEXT.substring(mark.start(), mark.end())).isEqualTo(mark.written());
    }
  }

  @Test
  void aDocumentsOutline_marksTheSectionNumbersInTheSectionsText() throws Exception {
    Report report = io.github.fazhi.json.FazhiJson.reader().forType(Report.class).readValue(document("甲区", 1520));
    ReviewPage page = ReportOutline.page("jia", report, ReportChecker.standard().check(report));
    assertThat(page.marks()).singleElement().satisfies(mark -> {
      assertThat(mark.path()).isEqualTo("openGovInfo.sectionIndicators.overview[0]");
      assertThat(mark.written()).isEqualTo("1520条");
    });
    assertThat(page.text()).contains("一、总体情况\n全年主动公开信息1520条。\n");
  }
}
