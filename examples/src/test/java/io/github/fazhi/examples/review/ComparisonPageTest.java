package io.github.fazhi.examples.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.Report;
import io.github.fazhi.json.FazhiJson;
import io.github.fazhi.stats.Comparisons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison page (同比对照) and its link from the review index, parsed with jsoup, over the fixtures of
 * {@code io/github/fazhi/examples/compare} (expected values worked out in {@code CompareCommandTest}).
 */
class ComparisonPageTest {
  @TempDir Path temp;

  static Report fixture(String year) throws Exception {
    Path file = Path.of(ComparisonPageTest.class.getResource("/io/github/fazhi/examples/compare/qingxi-sifaju-"
        + year + ".json").toURI());
    return FazhiJson.readAll(file).get(0).reports().get(0);
  }

  static ComparisonView view(String older, String newer) throws Exception {
    return ComparisonView.of("qingxi-sifaju-" + older + "_" + newer,
        Comparisons.compare(fixture(older), fixture(newer)), "qingxi-sifaju-" + older + ".json",
        "qingxi-sifaju-" + newer + ".json");
  }

  @Test
  void thePage_marksTheRepeatedSentences_andTheChanges() throws Exception {
    Document page = Jsoup.parse(ComparisonSite.create().page(view("2023", "2024")));
    assertThat(page.title()).isEqualTo("清溪县 (清溪县司法局) 2023—2024 同比对照");
    Element problems = page.selectFirst("div.section-text[data-key=problems_and_improvements]");
    assertThat(problems.select("mark.repeated")).extracting(Element::text).containsExactly(
        "一是公开平台整合不够，部分专栏信息分散。", "二是基层公开人员业务能力参差不齐。", "下一步，我局将推进栏目整合，开展分层培训。");
    assertThat(problems.selectFirst(".similarity").text()).isEqualTo("55/69 (79.7%)");
    Element received = page.selectFirst("tr[data-key=applications.cells[new_received][total]]");
    assertThat(received.select("td.num")).extracting(Element::text).containsExactly("58", "51", "-7", "-12.1%");
    assertThat(received.selectFirst("td.change").hasClass("down")).isTrue();
    assertThat(page.select("#relations li")).isEmpty();
    assertThat(page.selectFirst("#count-repeated strong").text()).isEqualTo("4"); // 3 problems + 1 其他事项
  }

  @Test
  void aBrokenCarryOver_isListedWithItsRule() throws Exception {
    Document page = Jsoup.parse(ComparisonSite.create().page(view("2022", "2023")));
    assertThat(page.select("#relations li code.rule")).extracting(Element::text)
        .containsExactly("opengov.series.carried_over_mismatch", "opengov.series.carried_over_mismatch");
    assertThat(page.selectFirst("#relations li").hasClass("sev-error")).isTrue();
    assertThat(page.selectFirst("#count-relations strong").text()).isEqualTo("2");
  }

  @Test
  void reportTextIsEscaped() throws Exception {
    Report old = fixture("2023");
    Report now = Report.builder().from(fixture("2024")).openGovInfo(OpenGovInfo.builder()
            .putSection(OpenGovSection.OTHER_MATTERS, "<script>alert(1)</script>。").build())
        .build();
    String html = ComparisonSite.create().page(ComparisonView.of("x", Comparisons.compare(old, now), "a", "b"));
    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;。");
    // The later report has no tables: every cell is unknown in it, and so is every change (never −45).
    Element received = Jsoup.parse(html).selectFirst("tr[data-key=applications.cells[new_received][total]]");
    assertThat(received.select("td.num")).extracting(Element::text).containsExactly("58", "—", "—", "—");
    assertThat(received.selectFirst("td.newer").hasClass("unknown")).isTrue();
    assertThat(received.selectFirst("td.older").hasClass("unknown")).isFalse();
  }

  @Test
  void theReviewIndex_linksTheComparisons_whenBothYearsArePresent() throws Exception {
    List<ComparisonView> comparisons = List.of(view("2022", "2023"), view("2023", "2024"));
    Path out = temp.resolve("site");
    List<Path> written = ReviewSite.create().write(List.of(), comparisons, out, file -> { });
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("qingxi-sifaju-2022_2023.html", "qingxi-sifaju-2023_2024.html", "index.html");
    Document index = Jsoup.parse(Files.readString(out.resolve("index.html")));
    assertThat(index.select("#comparisons a")).extracting(a -> a.attr("href"))
        .containsExactly("qingxi-sifaju-2022_2023.html", "qingxi-sifaju-2023_2024.html");
    assertThat(index.select("#comparisons a")).extracting(Element::text)
        .containsExactly("清溪县 (清溪县司法局) 2022—2023", "清溪县 (清溪县司法局) 2023—2024");
    // Without comparisons the index has no such section.
    Document plain = Jsoup.parse(ReviewSite.create().index(List.of(), List.of()));
    assertThat(plain.select("#comparisons")).isEmpty();
  }
}
