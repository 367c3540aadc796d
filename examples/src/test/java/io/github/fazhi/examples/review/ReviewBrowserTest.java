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
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.testing.SeedReport;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The review pages in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (never a downloaded one). Skipped, with the reason, where either is not installed; CI installs
 * both. Screenshots are left under {@code target/review-screens/} for a person to look at.
 */
class ReviewBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUT = Path.of("target", "review-browser");
  private static final Path SCREENS = Path.of("target", "review-screens");

  private static ChromeDriver driver;
  private static ReviewPage seed;
  private static ReviewPage broken;

  @BeforeAll
  static void writePagesAndStartTheBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    Report seedReport = SeedReport.report();
    seed = ReportOutline.page("qujiang-2019", seedReport, ReportChecker.standard().check(seedReport));
    Report brokenReport = brokenReport();
    broken = ReportOutline.page("broken-2020", brokenReport, ReportChecker.standard().check(brokenReport));
    ReviewSite.create().write(List.of(seed, broken), OUT);
    Files.createDirectories(SCREENS);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--lang=zh-CN");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
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
    assertThat(rows).hasSize(2);
    Map<String, String> errors = rows.stream().collect(Collectors.toMap(
        r -> r.getAttribute("data-name"), r -> r.findElement(By.className("errors")).getText()));
    assertThat(errors).containsEntry("qujiang-2019", Long.toString(seed.errors()))
        .containsEntry("broken-2020", Long.toString(broken.errors()));
    assertThat(broken.errors()).isGreaterThan(seed.errors());
    WebElement errorHeading = driver.findElements(By.cssSelector("#reports thead button")).get(2);
    errorHeading.click(); // ascending: the seed (fewer errors) first
    assertThat(driver.findElement(By.cssSelector("#reports tbody tr")).getAttribute("data-name"))
        .isEqualTo("qujiang-2019");
    errorHeading.click(); // descending
    assertThat(driver.findElement(By.cssSelector("#reports tbody tr")).getAttribute("data-name"))
        .isEqualTo("broken-2020");
    screenshot("index");
    driver.findElement(By.linkText(broken.title())).click();
    assertThat(driver.getCurrentUrl()).endsWith("broken-2020.html");
  }

  @Test
  void thePagesLogNoConsoleErrors() {
    for (String file : List.of("index.html", seed.name() + ".html", broken.name() + ".html")) {
      driver.get(url(file));
      List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
          .toList();
      assertThat(severe).as(file).isEmpty();
    }
  }
}
