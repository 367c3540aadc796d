package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.IssuerKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OverviewFigure;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Read from the page, then checked: the done-when of the tables, end to end. */
class OpenGovInfoTableCheckTest {
  /** 自然人 and 总计 of every numeric row of a small department's table (the other columns are 0). */
  private static final Map<ApplicationRow, Long> NATURAL = Map.of(
      ApplicationRow.NEW_RECEIVED, 3L, ApplicationRow.CARRIED_OVER, 1L, ApplicationRow.DISCLOSED, 2L,
      ApplicationRow.UNAVAILABLE_NOT_HELD, 1L, ApplicationRow.RESULTS_TOTAL, 3L, ApplicationRow.CARRIED_FORWARD, 1L);

  private static String page(Map<ApplicationRow, Long> natural, Map<ApplicationRow, Long> total) {
    StringBuilder text = new StringBuilder();
    for (ApplicationRow row : ApplicationRow.values()) {
      text.append(row.label()).append(" |");
      if (!row.isGroup(OpenGovLayout.FORMAT_2021)) {
        text.append(' ').append(natural.getOrDefault(row, 0L)).append(" | 0 | 0 | 0 | 0 | 0 | ")
            .append(total.getOrDefault(row, 0L)).append(" |");
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static Report report(int year, OpenGovInfo info) {
    return Report.builder().kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(Jurisdiction.builder().name("文登区").parent("威海市").level(JurisdictionLevel.COUNTY).build())
        .issuer("威海市文登区审计局").issuerKind(IssuerKind.DEPARTMENT).year(Year.of(year)).openGovInfo(info).build();
  }

  private static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  @Test
  void consistentTable_readFromText_hasNoError() {
    OpenGovInfoTables tables = OpenGovInfoTableReader.read(page(NATURAL, NATURAL));
    assertThat(tables.info().applications().orElseThrow().cells()).hasSize(175);
    assertThat(ReportChecker.standard().check(report(2023, tables.info()))).isEmpty();
  }

  @Test
  void brokenTable_hasOneErrorPerBrokenRelation_namingTheNumbers() {
    Map<ApplicationRow, Long> total = new java.util.EnumMap<>(NATURAL);
    total.put(ApplicationRow.DISCLOSED, 3L); // 总计 of (一) says 3, its columns add up to 2
    OpenGovInfo info = OpenGovInfo.builder().from(OpenGovInfoTableReader.read(page(NATURAL, total)).info())
        .putOverview(OverviewFigure.APPLICATIONS_RECEIVED, 4L) // the overview counts 新收 + 结转
        .build();
    List<Finding> errors = errors(ReportChecker.standard().check(report(2023, info)));
    assertThat(errors).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        StandardRules.OpenGov.ROW_TOTAL_MISMATCH, StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH,
        StandardRules.OpenGov.OVERVIEW_MISMATCH);
    assertThat(errors).extracting(Finding::message).contains(
        "in row （一）予以公开, 总计 (3) must be 自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 2",
        "the overview's 收到政府信息公开申请 (4) must equal the table's 一、本年新收政府信息公开申请数量 / 总计 (3) "
            + "(the overview counts 一 本年新收 + 二 上年结转)");
  }

  @Test
  void carryOverBreakBetweenTwoYears_isFound() {
    Report y2022 = report(2022, OpenGovInfoTableReader.read(page(NATURAL, NATURAL)).info());
    Map<ApplicationRow, Long> next = new java.util.EnumMap<>(NATURAL);
    next.put(ApplicationRow.CARRIED_OVER, 0L);
    next.put(ApplicationRow.NEW_RECEIVED, 4L);
    Report y2023 = report(2023, OpenGovInfoTableReader.read(page(next, next)).info());
    List<Finding> errors = errors(ReportChecker.standard().checkAll(List.of(y2022, y2023)));
    assertThat(errors).extracting(Finding::message).containsExactly(
        "in column 自然人, 二 上年结转 (0) must equal 2022's 四 结转下年度继续办理 (1)",
        "in column 总计, 二 上年结转 (0) must equal 2022's 四 结转下年度继续办理 (1)");
  }

  @Test
  void realReport_whoseOverviewDisagreesWithItsTable() throws java.io.IOException {
    // 长春市 department, 2023: the overview says 共受理政府信息公开申请2件, its Table B says 一 本年新收 总计 3
    String text;
    try (java.io.InputStream in = getClass().getResourceAsStream("/opengov/changchun-2023-excerpt.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    OpenGovInfo info = OpenGovInfo.builder().from(OpenGovInfoTableReader.read(text).info())
        .putOverview(OverviewFigure.APPLICATIONS_RECEIVED, 2L).build();
    assertThat(errors(ReportChecker.standard().check(report(2023, info)))).singleElement()
        .extracting(Finding::message).isEqualTo(
            "the overview's 收到政府信息公开申请 (2) must equal the table's 一、本年新收政府信息公开申请数量 / 总计 (3)");
  }
}
