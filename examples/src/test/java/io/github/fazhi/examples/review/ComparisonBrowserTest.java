package io.github.fazhi.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The year-on-year comparison pages (同比对照) in a real browser, set up as {@link ReviewBrowserTest}: Debian's
 * headless Chromium through Debian's chromedriver, skipped with the reason where either is absent. The pages
 * are those of the 清溪县司法局 fixtures (values worked out in {@code CompareCommandTest}), linked from a
 * review index. Screenshots go to {@code target/review-screens/}.
 */
class ComparisonBrowserTest {
  private static final Path OUT = Path.of("target", "compare-browser");
  private static final Path SCREENS = Path.of("target", "review-screens");

  private static ChromeDriver driver;

  @BeforeAll
  static void writePagesAndStartTheBrowser() throws Exception {
    assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
    ReviewSite.create().write(List.of(), List.of(ComparisonPageTest.view("2022", "2023"),
        ComparisonPageTest.view("2023", "2024")), OUT, file -> { });
    Files.createDirectories(SCREENS);
    driver = HeadlessChromium.start();
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static String url(String file) {
    return OUT.resolve(file).toAbsolutePath().toUri().toString();
  }

  private static void screenshot(String name) throws Exception {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theRepeatedSentences_areMarkedVisibly() throws Exception {
    driver.get(url("qingxi-sifaju-2023_2024.html"));
    List<WebElement> marks = driver.findElements(
        By.cssSelector("div.section-text[data-key=problems_and_improvements] mark.repeated"));
    assertThat(marks).extracting(WebElement::getText).containsExactly(
        "一是公开平台整合不够，部分专栏信息分散。", "二是基层公开人员业务能力参差不齐。", "下一步，我局将推进栏目整合，开展分层培训。");
    for (WebElement mark : marks) {
      assertThat(mark.isDisplayed()).isTrue();
      assertThat(mark.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
    }
    // The fourth sentence is new: shown, not marked.
    assertThat(driver.findElement(By.cssSelector("div.section-text[data-key=problems_and_improvements] .text"))
        .getText()).contains("三是政策解读的针对性还不够强。");
    assertThat(driver.findElement(By.id("relations")).getText()).contains("均相符");
    screenshot("compare-2023-2024");
  }

  @Test
  void theBrokenCarryOver_andTheChanges_areShown() throws Exception {
    driver.get(url("qingxi-sifaju-2022_2023.html"));
    List<WebElement> relations = driver.findElements(By.cssSelector("#relations li"));
    assertThat(relations).hasSize(2);
    assertThat(relations.get(1).getText()).contains("opengov.series.carried_over_mismatch")
        .contains("二 上年结转 (5) must equal 2022's 四 结转下年度继续办理 (3)");
    WebElement received = driver.findElement(By.cssSelector("tr[data-key='applications.cells[new_received][total]']"));
    assertThat(received.findElements(By.cssSelector("td.num"))).extracting(WebElement::getText)
        .containsExactly("45", "58", "+13", "+28.9%");
    assertThat(driver.findElement(By.cssSelector("#count-relations strong")).getText()).isEqualTo("2");
    screenshot("compare-2022-2023");
  }

  @Test
  void theIndexLinksTheComparisons_andTheyOpen() {
    driver.get(url("index.html"));
    List<WebElement> links = driver.findElements(By.cssSelector("#comparisons a"));
    assertThat(links).extracting(WebElement::getText)
        .containsExactly("清溪县 (清溪县司法局) 2022—2023", "清溪县 (清溪县司法局) 2023—2024");
    links.get(1).click();
    assertThat(driver.getTitle()).isEqualTo("清溪县 (清溪县司法局) 2023—2024 同比对照");
  }

  @Test
  void onANarrowScreen_theTableScrollsInsideItsBox_andNothingLogsAnError() throws Exception {
    driver.manage().window().setSize(new Dimension(420, 900));
    try {
      driver.get(url("qingxi-sifaju-2022_2023.html"));
      Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(overflow).isLessThanOrEqualTo(1L);
      screenshot("compare-narrow");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
    assertThat(severe).isEmpty();
  }
}
