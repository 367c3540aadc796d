package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.OpenGovLayout;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Findings of a review of the kind, title and wrapped-row changes (f2772eb..05115e0): inputs a real report or
 * its copy may hold where the reader gives a wrong place, year, kind or cell. Texts and figures are our own.
 */
class ReviewFindingsTest {
  private static final String BODY = "一、总体情况\n"
      + "本年度，我单位认真落实信息公开的各项要求，全年收到信息公开申请2件，均已按时答复。\n"
      + "二、主动公开信息情况\n本年度通过网站主动公开各类信息86条。\n"
      + "五、存在的主要问题及改进情况\n公开内容的更新还不够及时，下一步将加以改进。\n";

  // ---- identity ------------------------------------------------------------------------------------------

  /**
   * A crawled page whose site header (name, today's date, the columns 政府信息公开年报 and 通知公告) is flattened
   * into one line above the report's own title. The header line holds 信息公开, 报 and 告, a year and a place and
   * no sentence marks, so the garbled-title rule takes it for the title: the year becomes the day the page was
   * crawled (2024), not the report's (2023).
   */
  @Test
  void aSiteHeaderLineNamingTheColumns_isNotTheTitle_theReportsOwnTitleIs() {
    String text = "青石县人民政府 2024年01月22日 星期一 首页 政务公开 政府信息公开年报 通知公告\n"
        + "青石县2023年政府信息公开工作年度报告\n" + BODY + "青石县人民政府办公室\n2024年1月18日\n";
    Draft draft = ReportReader.standard().read(text, Hints.none());

    Report report = draft.report().orElseThrow();
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.title()).hasValue("青石县2023年政府信息公开工作年度报告");
  }

  /**
   * A school's, a hospital's and a state firm's 信息公开工作年度报告 (学校、医院、国有企业信息公开, under their own
   * rules, not the 政府信息公开条例): 信息公开 without 政府 now names a 政府信息公开 report, so each becomes one of the
   * government of the place its name starts with (青石市, 青石县). The kind is not named: it should stay unknown.
   */
  @Test
  void aPublicInstitutionsInformationReport_isNoGovernmentInformationReportOfItsPlace() {
    for (String title : List.of("青石市第一中学2023年信息公开工作年度报告", "青石县人民医院2023年度信息公开工作报告",
        "青石市水务集团有限公司2023年度信息公开工作报告")) {
      Draft draft = ReportReader.standard().read(title + "\n" + BODY, Hints.none());

      Optional<ReportKind> kind = draft.report().map(Report::kind);
      assertThat(kind).as(title).isNotEqualTo(Optional.of(ReportKind.OPEN_GOV_INFO_ANNUAL));
      // neither of fazhi's kinds: no report, and the reason is said
      assertThat(draft.report()).as(title).isEmpty();
      assertThat(draft.undetermined()).as(title).anyMatch(line -> line.startsWith("kind: a 信息公开 report of a school"));
    }
  }

  // ---- a row printed between bars, wrapped by a PDF line inside a number --------------------------------

  private static final String TABLE_B_HEAD = "三、收到和处理政府信息公开申请情况\n"
      + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |\n"
      + "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n";
  private static final String TABLE_B_REST = "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
      + "三、本年度办理结果 | （一）予以公开 | 20 | 3 | 0 | 0 | 0 | 14 | 37 |\n"
      + "（七）总计 | 20 | 3 | 0 | 0 | 0 | 14 | 37 |\n"
      + "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
      + "四、政府信息公开行政复议、行政诉讼情况\n";

  private static ApplicationTable tableB(String newReceived) {
    return OpenGovInfoTableReader.readText(TABLE_B_HEAD + newReceived + TABLE_B_REST, OpenGovLayout.FORMAT_2021)
        .info().applications().orElseThrow();
  }

  /**
   * 本年新收: 自然人 20, 商业企业 3, 其他 14, 总计 37 (20 + 3 + 14). The line is cut inside 14 (其他): `| 1` ends the
   * label's line and `4 | 37 |` opens the next. Six cells on the label's line, so the row is placed by its
   * identity with 总计 left blank: 其他 is read as 1, and no total is left for the checker to see it by.
   */
  @Test
  void aLineCutInsideACount_theCountsFirstDigitIsNeverItsValue() {
    ApplicationTable table = tableB("一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 0 | 0 | 1\n4 | 37 |\n");

    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.OTHER_ORGANISATION))
        .isIn(OptionalLong.empty(), OptionalLong.of(14));
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL))
        .isIn(OptionalLong.empty(), OptionalLong.of(37));
  }

  /** The same row cut inside its total 37: `| 3` ends the label's line (seven cells), `7 |` opens the next. */
  @Test
  void aLineCutInsideTheTotal_theTotalsFirstDigitIsNeverTheTotal() {
    ApplicationTable table = tableB("一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 0 | 0 | 14 | 3\n7 |\n");

    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL))
        .isIn(OptionalLong.empty(), OptionalLong.of(37));
  }

  /** Table C's row between bars cut inside its last total, 12 (复议后起诉 总计 = 5 + 7): `| 1` then `2 |`. */
  @Test
  void tableCCutInsideItsLastTotal_theFirstDigitIsNeverTheTotal() {
    String text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼 |\n"
        + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
        + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
        + "| 3 | 1 | 0 | 0 | 4 | 2 | 0 | 0 | 1 | 3 | 5 | 7 | 0 | 0 | 1\n2 |\n"
        + "五、存在的主要问题及改进情况\n公开的栏目还需要进一步整合。\n";
    OptionalLong total = OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021).info().disputes()
        .map(table -> table.cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.TOTAL)).orElse(OptionalLong.empty());

    assertThat(total).isIn(OptionalLong.empty(), OptionalLong.of(12));
  }
}
