package io.github.fazhi.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Measure;
import io.github.fazhi.Procedure;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.ReportReader;
import io.github.fazhi.testing.SeedReport;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The review pages in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (never a downloaded one). Skipped, with the reason, where either is not installed; CI installs
 * both. Screenshots are left under {@code target/review-screens/} for a person to look at.
 */
class ReviewBrowserTest {
  private static final Path OUT = Path.of("target", "review-browser");
  private static final Path SCREENS = Path.of("target", "review-screens");

  /** The seed report's text, where the shared folder is present. */
  private static final Path SEED_TEXT = Path.of("..", "..", "shared", "seed", "qujiang-2019.txt");

  private static ChromeDriver driver;
  private static ReviewPage seed;
  private static ReviewPage broken;
  private static ReviewPage brokenOpenGov;
  private static ReviewPage brokenOpenGovText;
  private static Draft brokenOpenGovDraft;
  private static @Nullable ReviewPage seedText;
  private static @Nullable Draft seedDraft;
  private static List<Finding> seedTextFindings = List.of();

  @BeforeAll
  static void writePagesAndStartTheBrowser() throws Exception {
    assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
    Report seedReport = SeedReport.report();
    seed = ReportOutline.page("qujiang-2019", seedReport, ReportChecker.standard().check(seedReport));
    Report brokenReport = brokenReport();
    broken = ReportOutline.page("broken-2020", brokenReport, ReportChecker.standard().check(brokenReport));
    Report openGov = BrokenOpenGovReport.report();
    brokenOpenGov = ReportOutline.page("broken-opengov-2021", openGov, ReportChecker.standard().check(openGov));
    // Our own 政府信息公开 report as a page copy flattens it, read by fazhi-reader, with three broken relations.
    brokenOpenGovDraft = ReportReader.standard().read(Files.readString(Path.of(
        ReviewBrowserTest.class.getResource("linjiang-sifaju-2023-broken.txt").toURI())), Hints.none());
    Report openGovText = brokenOpenGovDraft.report().orElseThrow();
    brokenOpenGovText = DraftPages.page("linjiang-sifaju-2023-text", brokenOpenGovDraft, openGovText,
        ReportChecker.standard().check(openGovText));
    List<ReviewPage> pages = new ArrayList<>(List.of(seed, broken, brokenOpenGov, brokenOpenGovText));
    if (Files.exists(SEED_TEXT)) {
      Draft draft = ReportReader.standard().read(Files.readString(SEED_TEXT), Hints.none());
      Report report = draft.report().orElseThrow();
      seedDraft = draft;
      seedTextFindings = ReportChecker.standard().check(report);
      seedText = DraftPages.page("qujiang-2019-text", draft, report, seedTextFindings);
      pages.add(seedText);
    }
    ReviewSite.create().write(pages, OUT);
    Files.createDirectories(SCREENS);

    driver = HeadlessChromium.start();
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** A report whose rate does not match its basis and whose tally accepts more than it received. */
  static Report brokenReport() {
    return Report.builder()
        .kind(ReportKind.RULE_OF_LAW_ANNUAL)
        .jurisdiction(Jurisdiction.builder().name("测试区").level(JurisdictionLevel.COUNTY).build())
        .issuer("测试区人民政府")
        .year(Year.of(2020))
        .addWorkAreas(WorkArea.builder().ordinal(1).title("化解行政争议")
            .addMeasures(Measure.builder().ordinal(1).text("全年调处矛盾纠纷200宗，调解成功率达到95%。")
                .addIndicators(Indicator.builder().label("调处矛盾纠纷").kind(IndicatorKind.COUNT)
                    .value(BigDecimal.valueOf(200)).unit(Unit.of("宗")).written("200宗").build())
                .addIndicators(Indicator.builder().label("调解成功率").kind(IndicatorKind.PERCENT)
                    .value(new BigDecimal("95")).unit(Unit.of("%")).written("95%")
                    .basis(Rate.of(180, 200)).build())
                .build())
            .build())
        .addReviews(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(10).accepted(12)
            .concluded(9).pending(1).build())
        .build();
  }

  private static String url(String file) {
    return OUT.resolve(file).toAbsolutePath().toUri().toString();
  }

  private static void open(ReviewPage page) {
    driver.get(url(page.name() + ".html"));
  }

  private static boolean inViewport(WebElement element) {
    return (Boolean) ((JavascriptExecutor) driver).executeScript(
        "var r = arguments[0].getBoundingClientRect();"
            + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", element);
  }

  private static String hash() {
    return (String) ((JavascriptExecutor) driver).executeScript("return location.hash;");
  }

  private static void screenshot(String name) throws Exception {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void everyNumberIsMarked_andEachFindingsLinkScrollsToItsMark() throws Exception {
    for (ReviewPage page : List.of(seed, broken)) {
      open(page);
      List<WebElement> marks = driver.findElements(By.cssSelector("#text a.mark"));
      assertThat(marks).as(page.name()).hasSize(page.marks().size());
      assertThat(marks.stream().map(m -> m.getAttribute("id")).toList())
          .containsExactlyElementsOf(page.marks().stream().map(Mark::id).toList());
      for (ReviewPage.PageFinding finding : page.findings()) {
        if (finding.target().isEmpty() || !finding.target().get().startsWith("m")) {
          continue;
        }
        driver.findElement(By.cssSelector("#" + finding.id() + " a.goto")).click();
        WebElement mark = driver.findElement(By.id(finding.target().get()));
        assertThat(hash()).isEqualTo("#" + finding.target().get());
        assertThat(inViewport(mark)).as("%s scrolls to %s", finding.id(), finding.target().get()).isTrue();
      }
      screenshot(page.name());
    }
  }

  @Test
  void aMarkLinksBackToItsFinding_andShowsWhatItBecameOnFocus() throws Exception {
    open(broken);
    WebElement rate = driver.findElement(By.id("m2"));
    assertThat(rate.getAttribute("class")).contains("sev-error");
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", rate);
    WebElement tip = rate.findElement(By.className("tip"));
    assertThat(tip.isDisplayed()).isTrue();
    assertThat(tip.getText()).contains("调解成功率", "180/200");
    screenshot("broken-2020-tooltip");
    rate.click();
    String finding = hash().substring(1);
    assertThat(driver.findElement(By.id(finding)).getText()).contains("错误 ERROR");
    assertThat(inViewport(driver.findElement(By.id(finding)))).isTrue();
  }

  @Test
  void theIndexListsBothPages_withTheirCounts_andSortsByErrors() throws Exception {
    driver.get(url("index.html"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#reports tbody tr"));
    assertThat(rows).hasSize(seedText == null ? 4 : 5);
    Map<String, String> errors = rows.stream().collect(Collectors.toMap(
        r -> r.getAttribute("data-name"), r -> r.findElement(By.className("errors")).getText()));
    Map<String, String> warnings = rows.stream().collect(Collectors.toMap(
        r -> r.getAttribute("data-name"), r -> r.findElement(By.className("warnings")).getText()));
    assertThat(errors).containsEntry("qujiang-2019", Long.toString(seed.errors()))
        .containsEntry("broken-2020", Long.toString(broken.errors()));
    // Worked out by hand in BrokenOpenGovReport: 6 errors (4 in Table B, 1 in Table C, 1 overview), 1 warning.
    assertThat(errors).containsEntry("broken-opengov-2021", Integer.toString(BrokenOpenGovReport.ERRORS));
    assertThat(warnings).containsEntry("broken-opengov-2021", Integer.toString(BrokenOpenGovReport.WARNINGS));
    // The text of linjiang-sifaju-2023-broken.txt, by hand: three broken relations (see the test above).
    assertThat(errors).containsEntry("linjiang-sifaju-2023-text", "3");
    if (seedText != null) {
      // The seed's text as the checker judges it, counted here from the checker's own findings.
      assertThat(errors).containsEntry("qujiang-2019-text", Long.toString(count(seedTextFindings, Severity.ERROR)));
      assertThat(warnings)
          .containsEntry("qujiang-2019-text", Long.toString(count(seedTextFindings, Severity.WARNING)));
    }
    assertThat(brokenOpenGov.errors()).isGreaterThan(broken.errors()).isGreaterThan(seed.errors());
    WebElement errorHeading = driver.findElements(By.cssSelector("#reports thead button")).get(2);
    errorHeading.click(); // ascending: the seed (fewer errors) first
    assertThat(Long.parseLong(driver.findElement(By.cssSelector("#reports tbody tr .errors")).getText()))
        .isEqualTo(rowsErrorsMin());
    errorHeading.click(); // descending: the broken tables, with the most errors
    assertThat(driver.findElement(By.cssSelector("#reports tbody tr")).getAttribute("data-name"))
        .isEqualTo("broken-opengov-2021");
    screenshot("index");
    driver.findElement(By.linkText(broken.title())).click();
    assertThat(driver.getCurrentUrl()).endsWith("broken-2020.html");
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  private static long rowsErrorsMin() {
    List<ReviewPage> pages = new ArrayList<>(List.of(seed, broken, brokenOpenGov));
    if (seedText != null) {
      pages.add(seedText);
    }
    return pages.stream().mapToLong(ReviewPage::errors).min().orElseThrow();
  }

  @Test
  void theBrokenTables_markTheirBrokenCells_andEachFindingsLinkScrollsToItsCell() throws Exception {
    open(brokenOpenGov);
    List<String> brokenCells = List.of(
        "openGovInfo.applications.cells[disclosed][total]",
        "openGovInfo.applications.cells[results_total][total]",
        "openGovInfo.applications.cells[not_disclosed][natural_person]",
        "openGovInfo.applications.cells[results_total][natural_person]",
        "openGovInfo.disputes.cells[reconsideration][total]",
        "openGovInfo.overview.litigations");
    List<WebElement> marked = driver.findElements(By.cssSelector("td.cell.sev-error"));
    assertThat(marked.stream().map(td -> td.getAttribute("data-path")).toList())
        .containsExactlyInAnyOrderElementsOf(brokenCells);
    assertThat(driver.findElement(By.cssSelector("td[data-path='openGovInfo.sections.other_matters']"))
        .getAttribute("class")).contains("sev-warning");
    // Table B: the 2021 layout's 25 numeric rows and 5 group rows, 7 applicant columns.
    assertThat(driver.findElements(By.cssSelector("#table-b tbody tr"))).hasSize(30);
    assertThat(driver.findElements(By.cssSelector("#table-b tbody th:not(.group)"))).hasSize(25);
    assertThat(driver.findElements(By.cssSelector("#table-b tbody tr:first-child td"))).hasSize(7);
    // Unknown is shown as unknown, never 0.
    WebElement unknown = driver.findElement(By.cssSelector(
        "td[data-path='openGovInfo.applications.cells[not_processed_mass_repeated][research_institution]']"));
    assertThat(unknown.getText()).isEqualTo("—");
    assertThat(unknown.getAttribute("class")).contains("unknown");
    assertThat(driver.findElement(By.cssSelector(
        "td[data-path='openGovInfo.disputes.cells[litigation_after_reconsideration][corrected]']")).getText())
        .isEqualTo("—");

    int links = 0;
    for (ReviewPage.PageFinding finding : brokenOpenGov.findings()) {
      if (finding.target().isEmpty() || !finding.target().get().startsWith("cell-")) {
        continue;
      }
      driver.findElement(By.cssSelector("#" + finding.id() + " a.goto")).click();
      WebElement cell = driver.findElement(By.id(finding.target().get()));
      assertThat(hash()).isEqualTo("#" + finding.target().get());
      assertThat(inViewport(cell)).as("%s scrolls to %s", finding.id(), finding.target().get()).isTrue();
      links++;
    }
    assertThat(links).isEqualTo(BrokenOpenGovReport.ERRORS + BrokenOpenGovReport.WARNINGS);

    // The cell links back to its finding; focused with the keyboard, its tooltip names its row and column.
    WebElement disclosed = driver.findElement(By.cssSelector(
        "td[data-path='openGovInfo.applications.cells[disclosed][total]'] a.cell-link"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", disclosed);
    WebElement tip = disclosed.findElement(By.className("tip"));
    assertThat(tip.isDisplayed()).isTrue();
    assertThat(tip.getText()).contains("（一）予以公开", "总计", "26");
    screenshot("broken-opengov-2021-tooltip");
    disclosed.click();
    String finding = hash().substring(1);
    assertThat(driver.findElement(By.id(finding)).getText()).contains("opengov.row_total_mismatch");
    assertThat(inViewport(driver.findElement(By.id(finding)))).isTrue();
    ((JavascriptExecutor) driver).executeScript("document.getElementById('open-gov').scrollIntoView();");
    screenshot("broken-opengov-2021");
  }

  @Test
  void aBrokenOpenGovText_marksEveryCellItRead_andEachErrorLinksToItsCellAndItsNumber() throws Exception {
    ReviewPage page = brokenOpenGovText;
    open(page);
    // Every table cell and overview figure the reader read is marked in the text, at its span. An overview
    // figure (十二件's 十二) is also its section's indicator as written (十二件): the text marks the figure there.
    List<WebElement> marks = driver.findElements(By.cssSelector("#text a.mark"));
    long figuresAsWritten = brokenOpenGovDraft.traces().stream().filter(t -> brokenOpenGovDraft.cellSpans().values()
        .stream().anyMatch(cell -> cell.start() < t.span().end() && t.span().start() < cell.end())).count();
    // the six figures of the overview's prose: 1,234条, 十二件, 2件, 两件, 两件, 三件
    assertThat(figuresAsWritten).isEqualTo(6);
    assertThat(marks).hasSize(brokenOpenGovDraft.traces().size() + brokenOpenGovDraft.cellSpans().size()
        - (int) figuresAsWritten);
    assertThat(marks.stream().map(m -> m.getAttribute("data-path")).toList())
        .containsAll(brokenOpenGovDraft.cellSpans().keySet().stream().map(io.github.fazhi.Path::toString).toList());
    // Worked out by hand from the text: (一)予以公开's 总计 says 8 where its columns add to 5 + 2 = 7; (七)总计's
    // 总计 says 12 where the result rows' 总计 add to 8 + 1 + 1 + 2 + 1 = 13; the overview says 行政诉讼三件
    // where Table C's two litigation totals add to 1 + 0 = 1.
    assertThat(page.errors()).isEqualTo(3);
    List<String> errorCells = List.of("openGovInfo.applications.cells[disclosed][total]",
        "openGovInfo.applications.cells[results_total][total]", "openGovInfo.overview.litigations");
    assertThat(driver.findElements(By.cssSelector("td.cell.sev-error")).stream()
        .map(td -> td.getAttribute("data-path")).toList()).containsExactlyInAnyOrderElementsOf(errorCells);
    for (ReviewPage.PageFinding finding : page.findings()) {
      if (finding.severity() != Severity.ERROR) {
        continue;
      }
      assertThat(finding.target()).as(finding.id()).hasValueSatisfying(t -> assertThat(t).startsWith("cell-"));
      driver.findElement(By.cssSelector("#" + finding.id() + " a.goto")).click();
      assertThat(inViewport(driver.findElement(By.id(finding.target().get())))).isTrue();
      // The number as written in the text is the finding's second place.
      String textMark = finding.textHref().substring(1);
      WebElement mark = driver.findElement(By.id(textMark));
      assertThat(mark.getAttribute("data-path")).isEqualTo(finding.path());
      assertThat(mark.getAttribute("class")).contains("sev-error");
      assertThat(mark.getText().split("\n")[0])
          .isEqualTo(brokenOpenGovDraft.cellSpans().get(io.github.fazhi.Path.parse(finding.path())).written());
    }
    ((JavascriptExecutor) driver).executeScript("document.getElementById('open-gov').scrollIntoView();");
    screenshot("linjiang-sifaju-2023-text");
  }

  @Test
  void theSeedsText_marksEveryNumberOfTheDraft_andEachFindingsLinkScrollsToItsMark() throws Exception {
    assumeTrue(seedText != null, "the seed's text is not at " + SEED_TEXT.toAbsolutePath());
    ReviewPage page = seedText;
    Draft draft = java.util.Objects.requireNonNull(seedDraft);
    open(page);
    List<WebElement> marks = driver.findElements(By.cssSelector("#text a.mark"));
    assertThat(marks).hasSize(draft.traces().size()).isNotEmpty();
    assertThat(marks.stream().map(WebElement::getText).map(t -> t.split("\n")[0]).toList())
        .containsExactlyElementsOf(draft.traces().stream()
            .sorted(java.util.Comparator.comparingInt((io.github.fazhi.reader.Trace t) -> t.span().start())
                .thenComparingInt(t -> t.span().end()))
            .map(t -> t.span().written()).toList());
    // Checked by hand against the seed's text: it has no part on the leaders' duty (第一责任人) and none on
    // other matters (two warnings), and is dated 2019年12月6日, before the year ended (one note); no error.
    assertThat(page.errors()).isZero();
    assertThat(page.warnings()).isEqualTo(2);
    assertThat(page.notes()).isEqualTo(1);
    for (ReviewPage.PageFinding finding : page.findings()) {
      driver.findElement(By.cssSelector("#" + finding.id() + " a.goto")).click();
      String target = finding.href().substring(1);
      WebElement place = driver.findElement(By.id(target));
      assertThat(hash()).isEqualTo("#" + target);
      if (target.startsWith("m")) {
        assertThat(inViewport(place)).as("%s scrolls to its mark %s", finding.id(), target).isTrue();
      } else {
        // A finding about the report as a whole (a missing part) goes to the top of the text.
        assertThat(target).isEqualTo("text");
        assertThat(topInViewport(place)).as("%s scrolls to the text", finding.id()).isTrue();
      }
    }
    driver.get(url(page.name() + ".html"));
    screenshot("qujiang-2019-text");
  }

  private static boolean topInViewport(WebElement element) {
    return (Boolean) ((JavascriptExecutor) driver).executeScript(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight;",
        element);
  }

  @Test
  void thePagesLogNoConsoleErrors() {
    List<String> files = new ArrayList<>(List.of("index.html", seed.name() + ".html", broken.name() + ".html",
        brokenOpenGov.name() + ".html", brokenOpenGovText.name() + ".html"));
    if (seedText != null) {
      files.add(seedText.name() + ".html");
    }
    for (String file : files) {
      driver.get(url(file));
      List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
          .toList();
      assertThat(severe).as(file).isEmpty();
    }
  }
}
