package io.github.fazhi.benchmarks;

import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import io.github.fazhi.testing.OpenGovReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 政府信息公开工作年度报告 for the checker's corpus (issue 26): for a generated 法治政府 report, the same
 * government's open-government-information report of the same year, in the layout in force that year
 * ({@link OpenGovLayout#inForceFor}), with Tables A, B and C, the overview figures and the six sections, so
 * that the 政府信息公开 rules have something to check. Tables B and C are consistent
 * ({@link OpenGovReports#consistent}); one report in ten states in its overview one application more than its
 * Table B received, as a typing slip in a real report would, so that some rules find something. Deterministic for a seed.
 */
final class OpenGovCorpus {
  private static final String[] SECTION_TEXTS = {
    "本年度，本机关坚持以公开为常态、不公开为例外，围绕中心工作做好政府信息公开，各项工作有序开展。",
    "本年度通过政府门户网站主动公开政府信息，及时发布政策文件和解读材料，回应社会关切。",
    "本年度依法办理政府信息公开申请，均在法定期限内答复，未发生逾期答复的情况。",
    "本年度因政府信息公开引起的行政复议和行政诉讼均已依法处理。",
    "主要问题是公开内容的针对性还不够强。下一步将加强培训，提升答复质量。",
    "本年度未收取信息处理费。"};

  private OpenGovCorpus() {}

  /**
   * Returns the reports with, after each of the first {@code count}, its government's 政府信息公开 report of
   * the same year.
   *
   * @param reports  法治政府 reports
   * @param count  how many of them get a 政府信息公开 twin, at most {@code reports.size()}
   * @param seed  the seed of the numbers
   * @return the reports, interleaved, {@code reports.size() + count} of them
   */
  static List<Report> interleave(List<Report> reports, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Report> out = new ArrayList<>(reports.size() + count);
    for (int i = 0; i < reports.size(); i++) {
      out.add(reports.get(i));
      if (i < count) {
        out.add(twin(reports.get(i), random.split(), i % 10 == 9));
      }
    }
    return out;
  }

  /** The same government's 政府信息公开 report of the same year. */
  static Report twin(Report report, SplittableRandom random, boolean slip) {
    int year = report.year().getValue();
    OpenGovLayout layout = OpenGovLayout.inForceFor(year);
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      values.add(random.nextInt(10) < 6 ? 0 : random.nextInt(1, 40)); // most cells of a real Table B are 0
    }
    ApplicationTable applications = OpenGovReports.consistent(layout, values, true);
    long received = applications.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).orElseThrow();
    long carried = applications.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL).orElseThrow();
    long forward = applications.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL).orElseThrow();
    List<Integer> disputes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      disputes.add(random.nextInt(10) < 7 ? 0 : random.nextInt(1, 5));
    }
    OpenGovInfo.Builder info = OpenGovInfo.builder()
        .layout(layout)
        .proactive(proactive(layout, random))
        .applications(applications)
        .disputes(OpenGovReports.consistentDisputes(disputes))
        .putOverview(OverviewFigure.APPLICATIONS_RECEIVED, slip ? received + 1 : received)
        .putOverview(OverviewFigure.APPLICATIONS_CARRIED_OVER, carried)
        .putOverview(OverviewFigure.APPLICATIONS_CARRIED_FORWARD, forward);
    OpenGovSection[] sections = OpenGovSection.values();
    for (int i = 0; i < sections.length; i++) {
      info.putSection(sections[i], new String(SECTION_TEXTS[i % SECTION_TEXTS.length].toCharArray()));
    }
    Report.Builder twin = Report.builder()
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(report.jurisdiction().orElseThrow())
        .year(report.year())
        .title(report.reporterName() + year + "年政府信息公开工作年度报告")
        .openGovInfo(info.build());
    report.issuer().ifPresent(twin::issuer);
    report.published().ifPresent(twin::published);
    return twin.build();
  }

  private static ProactiveDisclosureTable proactive(OpenGovLayout layout, SplittableRandom random) {
    ProactiveDisclosureTable.Builder table = ProactiveDisclosureTable.builder();
    for (ProactiveItem item : ProactiveItem.values()) {
      for (ProactiveColumn column : ProactiveColumn.columns(layout, item)) {
        table.cell(item, column, column == ProactiveColumn.FEE_AMOUNT || column == ProactiveColumn.PROCUREMENT_AMOUNT
            ? BigDecimal.valueOf(random.nextInt(0, 100_000), 2) : BigDecimal.valueOf(random.nextInt(0, 300)));
      }
    }
    return table.build();
  }
}
