package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fazhi.Indicator;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole 政府信息公开工作年度报告 read by {@link ReportReader}: our own report, in the 2021 layout, flattened
 * as a page copy flattens it; its numbers are chosen by hand to be consistent (一 + 二 = (七) + 四 in every
 * column, each row's 总计 the sum of its columns, Table C's totals, the overview agreeing with the tables).
 */
class OpenGovReadingTest {
  /** 自然人 of Table B; 商业企业 has 2 in 一, (一) and (七); the other columns are 0. */
  private static final Map<ApplicationRow, Long> NATURAL = new EnumMap<>(Map.of(
      ApplicationRow.NEW_RECEIVED, 10L, ApplicationRow.CARRIED_OVER, 2L, ApplicationRow.DISCLOSED, 5L,
      ApplicationRow.PARTLY_DISCLOSED, 1L, ApplicationRow.NOT_DISCLOSED_STATE_SECRET, 1L,
      ApplicationRow.UNAVAILABLE_NOT_HELD, 2L, ApplicationRow.NOT_PROCESSED_REPEATED, 1L,
      ApplicationRow.RESULTS_TOTAL, 10L, ApplicationRow.CARRIED_FORWARD, 2L));
  private static final List<ApplicationRow> COMMERCIAL =
      List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.DISCLOSED, ApplicationRow.RESULTS_TOTAL);

  private static long cell(ApplicationRow row, ApplicantColumn column, Map<ApplicationRow, Long> totals) {
    long natural = NATURAL.getOrDefault(row, 0L);
    long commercial = COMMERCIAL.contains(row) ? 2L : 0L;
    return switch (column) {
      case NATURAL_PERSON -> natural;
      case COMMERCIAL_ENTERPRISE -> commercial;
      case TOTAL -> totals.getOrDefault(row, natural + commercial);
      default -> 0L;
    };
  }

  /** The report's text; {@code totals} overrides a row's 总计, {@code litigations} the overview's 行政诉讼. */
  static String report(Map<ApplicationRow, Long> totals, String litigations) {
    StringBuilder text = new StringBuilder();
    text.append("首页 > 政府信息公开 > 年度报告\n");
    text.append("青石市临江区司法局2023年政府信息公开工作年度报告\n");
    text.append("本报告依照条例编制，所列数据的统计期限为2023年1月1日至2023年12月31日。\n");
    text.append("一、总体情况\n");
    text.append("2023年，本局坚持以公开为常态，全年主动公开政府信息1,234条。\n");
    text.append("（一）依申请公开\n");
    text.append("本局全年共收到政府信息公开申请十二件，上年结转政府信息公开申请2件，其中予以公开七件，");
    text.append("结转下年度继续办理两件。\n");
    text.append("（二）复议诉讼\n");
    text.append("全年因政府信息公开被申请行政复议两件，被提起行政诉讼").append(litigations).append("。\n");
    text.append("二、主动公开政府信息情况\n");
    text.append("第二十条第（一）项 | | | |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n");
    text.append("规章 | / | / | / |\n行政规范性文件 | 3 | 1 | 17 |\n");
    text.append("第二十条第（五）项 | | |\n信息内容 | 本年处理决定数量 | |\n行政许可 | 124 | |\n");
    text.append("第二十条第（六）项 | | |\n信息内容 | 本年处理决定数量 | |\n行政处罚 | 56 | |\n行政强制 | 0 | |\n");
    text.append("第二十条第（八）项 | | |\n信息内容 | 本年收费金额（单位：万元） | |\n行政事业性收费 | 12.5 | |\n");
    text.append("三、收到和处理政府信息公开申请情况\n");
    text.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）| 申请人情况 |\n");
    text.append("自然人 | 法人或其他组织 | 总计 |\n商业\n企业 | 科研\n机构 | 社会公益组织 | 法律服务机构 | 其他 |\n");
    for (ApplicationRow row : ApplicationRow.values()) {
      text.append(row.label()).append(" |");
      if (!row.isGroup(OpenGovLayout.FORMAT_2021)) {
        for (ApplicantColumn column : ApplicantColumn.values()) {
          text.append(' ').append(cell(row, column, totals)).append(" |");
        }
      }
      text.append('\n');
    }
    text.append("四、政府信息公开行政复议、行政诉讼情况\n");
    text.append("行政复议 | 行政诉讼 |\n结\n果\n维\n持\n| 结果纠正 | 其他结果 | 尚\n未\n审\n结\n| 总计 |");
    text.append(" 未经复议直接起诉 | 复议后起诉 |\n");
    text.append(" 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |\n");
    text.append("五、存在的主要问题及改进情况\n");
    text.append("本局公开的政策解读形式还不够丰富。下一步将增加图解和问答。\n");
    text.append("六、其他需要报告的事项\n");
    text.append("本年度本局未收取信息处理费。\n");
    text.append("青石市临江区司法局\n2024年1月20日\n");
    text.append("网站地图 | 联系我们\n");
    return text.toString();
  }

  private static Draft read(String text) {
    return ReportReader.standard().read(text, Hints.none());
  }

  private static List<Finding> errors(Report report) {
    return ReportChecker.standard().check(report).stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  @Test
  void aSectionNumberThatMakesNoIndicator_isUnplacedWithItsReason_notLost() {
    // round 10: a generator's wrap left 占8.89% and 17宗 opening their lines, with nothing before them to name
    // what they count; every number the reader sees is placed or listed with a reason
    Draft draft = read("青石市2023年政府信息公开工作年度报告\n一、总体情况\n2023年，全市共办理申请659宗，不予公开56宗\n"
        + "，占8.89%；无法提供225宗。行政复议98宗，行政诉讼\n17宗。\n");
    assertThat(draft.unplaced()).extracting(u -> u.span().written()).containsExactly("8.89%", "17宗");
    assertThat(draft.unplaced()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
  }

  @Test
  void aCountCellWithAFraction_orANegativeCount_isUnread_notAnException() {
    // found by OpenGovReadingProperties: 规章|20.3 made the table's own invariant throw out of the reader
    OpenGovInfoTables fraction = OpenGovInfoTableReader.read("规章 | 20.3 |\n");
    assertThat(fraction.unread()).singleElement().asString().contains("20.3", "no count");
    assertThat(fraction.info().proactive()).isEmpty();
    OpenGovInfoTables negative = OpenGovInfoTableReader.read("行政规范性文件 | -3 | 1 | 17 |\n");
    assertThat(negative.unread()).singleElement().asString().contains("-3", "no count");
    // an amount of money may have a fraction
    OpenGovInfoTables fee = OpenGovInfoTableReader.read("行政事业性收费 | 12.5 |\n");
    assertThat(fee.unread()).isEmpty();
  }

  @Test
  void aTableCellOfMoreDigitsThanACountHolds_isUnread_notAnException() {
    // 10^20 - 1 in Table B and in Table C: a NumberFormatException once escaped the reader
    Draft draft = read(report(Map.of(), "一件").replace("一、本年新收政府信息公开申请数量 | 10 |",
        "一、本年新收政府信息公开申请数量 | 99999999999999999999 |").replace(" 1 | 0 | 0 | 1 | 2 |",
        " 1 | 0 | 0 | 1 | 99999999999999999999 |"));
    assertThat(draft.undetermined()).anyMatch(line -> line.contains("99999999999999999999")
        && line.contains("more than a count can hold") && line.contains("Table B"));
    assertThat(draft.undetermined()).anyMatch(line -> line.contains("99999999999999999999")
        && line.contains("more than a count can hold") && line.contains("Table C"));
  }

  @Test
  void aConsistentReport_holdsEveryCell_itsSections_andItsOverview_andHasNoError() {
    String text = report(Map.of(), "一件");
    Draft draft = read(text);
    Report report = draft.report().orElseThrow();
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.issuer()).hasValue("青石市临江区司法局");
    assertThat(report.published()).hasValueSatisfying(date -> assertThat(date.toString()).isEqualTo("2024-01-20"));
    // no 法治政府建设 part is made of its sections
    assertThat(report.workAreas()).isEmpty();
    assertThat(report.shortcomings()).isEmpty();
    assertThat(report.plans()).isEmpty();
    assertThat(report.otherMatters()).isEmpty();
    assertThat(report.leadershipDuty()).isEmpty();
    assertThat(report.headlineIndicators()).isEmpty();
    // the numbers of the overview's prose as written, its figures among them (1,234条 is also the figure of
    // items published, 十二件 of applications received); no cell, and 三类 of the row label
    // 5.属于三类内部事务信息 is none
    assertThat(draft.traces()).filteredOn(t -> t.path().startsWith("openGovInfo.sectionIndicators"))
        .extracting(Trace::path, t -> t.span().written()).containsExactly(
            tuple("openGovInfo.sectionIndicators.overview[0]", "1,234条"),
            tuple("openGovInfo.sectionIndicators.overview[1]", "十二件"),
            tuple("openGovInfo.sectionIndicators.overview[2]", "2件"),
            tuple("openGovInfo.sectionIndicators.overview[3]", "七件"),
            tuple("openGovInfo.sectionIndicators.overview[4]", "两件"),
            tuple("openGovInfo.sectionIndicators.overview[5]", "两件"));
    assertThat(report.indicators()).extracting(Indicator::value, i -> i.unit().written()).containsExactly(
        tuple(new BigDecimal("1234"), "条"), tuple(new BigDecimal("12"), "件"), tuple(new BigDecimal("2"), "件"),
        tuple(new BigDecimal("7"), "件"), tuple(new BigDecimal("2"), "件"), tuple(new BigDecimal("2"), "件"));
    assertThat(report.indicators().get(3).label()).isEqualTo("予以公开");
    assertThat(report.openGovInfo().orElseThrow().overview()).containsEntry(OverviewFigure.PROACTIVE_ITEMS, 1234L)
        .containsEntry(OverviewFigure.APPLICATIONS_RECEIVED, 12L);

    OpenGovInfo info = report.openGovInfo().orElseThrow();
    assertThat(info.layout()).isEqualTo(OpenGovLayout.FORMAT_2021);
    assertThat(info.applications().orElseThrow().cells()).hasSize(175);
    assertThat(info.applications().orElseThrow().cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)).hasValue(7);
    assertThat(info.applications().orElseThrow().cell(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL))
        .hasValue(12);
    assertThat(info.disputes().orElseThrow().cells()).hasSize(15);
    assertThat(info.disputes().orElseThrow().cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.PENDING)).hasValue(1);
    assertThat(info.proactive().orElseThrow().cells()).hasSize(7); // 规章 is / / /
    assertThat(info.proactive().orElseThrow().cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT))
        .contains(new BigDecimal("12.5"));
    assertThat(info.proactive().orElseThrow().cell(ProactiveItem.RULES, ProactiveColumn.ISSUED)).isEmpty();

    assertThat(info.sections()).containsOnlyKeys(OpenGovSection.values());
    assertThat(info.sections().get(OpenGovSection.OVERVIEW)).startsWith("2023年，本局坚持以公开为常态")
        .endsWith("被提起行政诉讼一件。");
    assertThat(info.sections().get(OpenGovSection.PROBLEMS_AND_IMPROVEMENTS))
        .isEqualTo("本局公开的政策解读形式还不够丰富。下一步将增加图解和问答。");
    assertThat(info.sections().get(OpenGovSection.OTHER_MATTERS)).isEqualTo("本年度本局未收取信息处理费。");

    assertThat(info.overview()).containsExactlyInAnyOrderEntriesOf(Map.of(
        OverviewFigure.PROACTIVE_ITEMS, 1234L, OverviewFigure.APPLICATIONS_RECEIVED, 12L,
        OverviewFigure.APPLICATIONS_CARRIED_OVER, 2L, OverviewFigure.APPLICATIONS_CARRIED_FORWARD, 2L,
        OverviewFigure.RECONSIDERATIONS, 2L, OverviewFigure.LITIGATIONS, 1L));
    assertThat(draft.cellSpans().get(Path.root().field("openGovInfo").field("overview").field("applications_received")).written()).isEqualTo("十二");
    assertThat(draft.cellSpans().get(Path.root().field("openGovInfo").field("overview").field("proactive_items")).written()).isEqualTo("1,234");
    assertThat(draft.cellSpans().get(Path.root().field("openGovInfo").field("overview").field("litigations")).written()).isEqualTo("一");

    assertThat(errors(report)).isEmpty();
  }

  @Test
  void everySpan_isTheNumberAsWritten_andReadsBackToTheValueHeld() {
    String text = report(Map.of(), "一件");
    Draft draft = read(text);
    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    // 175 + 15 + 7 cells, 6 figures
    assertThat(draft.cellSpans()).hasSize(175 + 15 + 7 + 6);
    draft.cellSpans().forEach((path, span) -> {
      assertThat(text.substring(span.start(), span.end())).as(path.toString()).isEqualTo(span.written());
      assertThat(held(info, path.toString())).as(path.toString()).isEqualByComparingTo(readBack(span.written()));
    });
  }

  private static BigDecimal readBack(String written) {
    String normalized = OpenGovInfoTableReader.normalize(written);
    return normalized.matches("\\d+(\\.\\d+)?") ? new BigDecimal(normalized)
        : BigDecimal.valueOf(CountWords.value(written).orElseThrow());
  }

  private static BigDecimal held(OpenGovInfo info, String path) {
    for (var entry : info.applications().orElseThrow().cells().entrySet()) {
      if (path.equals("openGovInfo.applications." + entry.getKey().path())) {
        return BigDecimal.valueOf(entry.getValue());
      }
    }
    for (var entry : info.disputes().orElseThrow().cells().entrySet()) {
      if (path.equals("openGovInfo.disputes." + entry.getKey().path())) {
        return BigDecimal.valueOf(entry.getValue());
      }
    }
    for (var entry : info.proactive().orElseThrow().cells().entrySet()) {
      if (path.equals("openGovInfo.proactive." + entry.getKey().path())) {
        return entry.getValue();
      }
    }
    for (var entry : info.overview().entrySet()) {
      if (path.equals(OpenGovReading.overviewPath(entry.getKey()).toString())) {
        return BigDecimal.valueOf(entry.getValue());
      }
    }
    throw new AssertionError("no value at " + path);
  }

  @Test
  void aBrokenReport_hasOneErrorPerBrokenRelation_eachAtACellWithItsSpan() {
    // (一)予以公开 总计 says 8 (its columns add to 7): its row total and the 总计 column's (七) break;
    // the overview says 行政诉讼三件 where Table C's two litigation totals add to 1
    Draft draft = read(report(Map.of(ApplicationRow.DISCLOSED, 8L), "三件"));
    List<Finding> errors = errors(draft.report().orElseThrow());
    assertThat(errors).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        StandardRules.OpenGov.ROW_TOTAL_MISMATCH, StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH,
        StandardRules.OpenGov.OVERVIEW_MISMATCH);
    assertThat(errors).extracting(Finding::path).containsExactlyInAnyOrder(
        "openGovInfo.applications.cells[disclosed][total]", "openGovInfo.applications.cells[results_total][total]",
        "openGovInfo.overview.litigations");
    for (Finding finding : errors) {
      assertThat(draft.cellSpans()).as(finding.path()).containsKey(finding.at());
    }
    assertThat(draft.cellSpans().get(Path.root().field("openGovInfo").field("applications").field("cells").key("disclosed").key("total")).written()).isEqualTo("8");
    assertThat(draft.cellSpans().get(Path.root().field("openGovInfo").field("overview").field("litigations")).written()).isEqualTo("三");
  }

  @Test
  void theSameReport_asAWebPage_readsTheSame() {
    String text = report(Map.of(), "一件");
    StringBuilder html = new StringBuilder("<html><head><script>var x = 1;</script></head><body>");
    html.append("<div class=\"nav\">首页 &gt; 政府信息公开</div><div class=\"content\">");
    boolean inTable = false;
    for (String line : text.split("\n")) {
      if (line.startsWith("首页") || line.startsWith("网站地图")) {
        continue;
      }
      boolean row = line.contains("|");
      if (row && !inTable) {
        html.append("<table>");
        inTable = true;
      } else if (!row && inTable && !isStackedHeader(line)) {
        html.append("</table>");
        inTable = false;
      }
      if (row) {
        html.append("<tr>");
        for (String cell : line.split("\\|")) {
          if (!cell.isBlank() || line.indexOf('|') > 0) {
            html.append("<td><p><span>").append(cell.strip()).append("</span></p></td>");
          }
        }
        html.append("</tr>");
      } else if (inTable) {
        html.append("<tr><td>").append(line).append("</td></tr>");
      } else {
        html.append("<p>").append(line).append("</p>");
      }
    }
    html.append(inTable ? "</table>" : "").append("</div><div class=\"footer\">网站地图</div></body></html>");
    Draft fromPage = ReportReader.standard().read(html.toString(), Hints.none());
    Draft fromText = read(text);
    OpenGovInfo page = fromPage.report().orElseThrow().openGovInfo().orElseThrow();
    OpenGovInfo plain = fromText.report().orElseThrow().openGovInfo().orElseThrow();
    assertThat(page.applications()).isEqualTo(plain.applications());
    assertThat(page.proactive()).isEqualTo(plain.proactive());
    assertThat(page.overview()).isEqualTo(plain.overview());
    assertThat(page.sections().keySet()).isEqualTo(plain.sections().keySet());
    assertThat(fromPage.cellSpans().keySet()).containsAll(fromText.cellSpans().keySet().stream()
        .filter(path -> !path.startsWith(OpenGovInfo.DISPUTES_PATH)).toList());
    fromPage.cellSpans().forEach((path, span) -> assertThat(span.isIn(fromPage.source())).as(path.toString())
        .isTrue());
  }

  private static boolean isStackedHeader(String line) {
    return line.length() == 1;
  }

  @Test
  void aTitleInTraditionalCharacters_isAnOpenGovReportToo() {
    String text = report(Map.of(), "一件").replace("青石市临江区司法局2023年政府信息公开工作年度报告",
        "青石市臨江區司法局2023年政府信息公開工作年度報告");
    Draft draft = read(text);
    assertThat(draft.report()).hasValueSatisfying(report -> {
      assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
      assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("臨江區"); // names stay as written
      assertThat(report.openGovInfo()).isPresent();
    });
  }

  @Test
  void theKind_comesFromTheTitle_orFromTheHint() {
    String untitled = "一、总体情况\n全年共受理政府信息公开申请3件。\n二、主动公开政府信息情况\n规章 | 0 | 0 | 2 |\n";
    Draft hinted = ReportReader.standard().read(untitled, Hints.none().withJurisdictionName("临江区")
        .withYear(java.time.Year.of(2023)).withKind(ReportKind.OPEN_GOV_INFO_ANNUAL));
    OpenGovInfo info = hinted.report().orElseThrow().openGovInfo().orElseThrow();
    assertThat(info.overview(OverviewFigure.APPLICATIONS_RECEIVED)).hasValue(3);
    assertThat(info.proactive().orElseThrow().cell(ProactiveItem.RULES, ProactiveColumn.IN_FORCE))
        .contains(BigDecimal.valueOf(2));
    assertThat(hinted.undetermined()).contains(
        "openGovInfo.sections.other_matters: no heading 其他需要报告的事项 found");
    // without the hint the same text is no open-government report: no openGovInfo, whatever else is read
    Draft unhinted = ReportReader.standard().read(untitled, Hints.none().withJurisdictionName("临江区")
        .withYear(java.time.Year.of(2023)));
    assertThat(unhinted.report().flatMap(Report::openGovInfo)).isEmpty();
    assertThat(unhinted.cellSpans()).isEmpty();
  }
}
