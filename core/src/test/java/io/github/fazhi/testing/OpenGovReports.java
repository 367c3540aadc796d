package io.github.fazhi.testing;

import io.github.fazhi.IssuerKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import java.time.Year;
import java.util.List;

/** Consistent open-government-information tables for tests, built from free numbers. */
public final class OpenGovReports {
  /** The six columns that are not 总计. */
  public static final List<ApplicantColumn> APPLICANTS = List.of(ApplicantColumn.NATURAL_PERSON,
      ApplicantColumn.COMMERCIAL_ENTERPRISE, ApplicantColumn.RESEARCH_INSTITUTION,
      ApplicantColumn.PUBLIC_WELFARE_ORGANISATION, ApplicantColumn.LEGAL_SERVICE_INSTITUTION,
      ApplicantColumn.OTHER_ORGANISATION);

  private OpenGovReports() {}

  /**
   * Returns the result rows that are leaves of a layout: (一), (二) and every numbered sub-row ((六) itself
   * in the 2019 trial layout).
   *
   * @param layout  the layout
   * @return the leaves in order
   */
  public static List<ApplicationRow> leaves(OpenGovLayout layout) {
    return ApplicationRow.numericRows(layout).stream()
        .filter(row -> row.parent().isPresent() && row != ApplicationRow.RESULTS_TOTAL)
        .toList();
  }

  /**
   * Returns a consistent Table B: every leaf and 二/四 cell from {@code value(i)} (taken in order), 一
   * computed so that 一 + 二 = (七) + 四 holds (the carried-over cell is capped to keep 一 non-negative),
   * every 总计 the sum of its row, and the group rows filled when asked.
   *
   * @param layout  the layout
   * @param values  free non-negative numbers, used cyclically
   * @param fillGroups  whether to state the group rows (三 and (三)…(六))
   * @return the table
   */
  public static ApplicationTable consistent(OpenGovLayout layout, List<Integer> values, boolean fillGroups) {
    ApplicationTable.Builder table = ApplicationTable.builder();
    List<ApplicationRow> leaves = leaves(layout);
    int next = 0;
    long[] columnTotals = new long[ApplicantColumn.values().length];
    for (ApplicantColumn column : APPLICANTS) {
      long results = 0;
      for (ApplicationRow row : leaves) {
        long value = values.get(next++ % values.size());
        table.cell(row, column, value);
        results += value;
      }
      long forward = values.get(next++ % values.size());
      long carried = Math.min(values.get(next++ % values.size()), results + forward);
      table.cell(ApplicationRow.RESULTS_TOTAL, column, results);
      table.cell(ApplicationRow.CARRIED_FORWARD, column, forward);
      table.cell(ApplicationRow.CARRIED_OVER, column, carried);
      table.cell(ApplicationRow.NEW_RECEIVED, column, results + forward - carried);
      columnTotals[column.ordinal()] = results;
    }
    ApplicationTable partial = table.build();
    ApplicationTable.Builder full = ApplicationTable.builder().from(partial);
    for (ApplicationRow row : ApplicationRow.values()) {
      boolean group = row.isGroup(layout);
      if (!row.isIn(layout) || group && !fillGroups) {
        continue;
      }
      for (ApplicantColumn column : APPLICANTS) {
        if (group) {
          full.cell(row, column, groupSum(partial, layout, row, column));
        }
      }
      long total = 0;
      for (ApplicantColumn column : APPLICANTS) {
        total += group ? groupSum(partial, layout, row, column) : partial.cell(row, column).orElseThrow();
      }
      full.cell(row, ApplicantColumn.TOTAL, total);
    }
    return full.build();
  }

  private static long groupSum(ApplicationTable table, OpenGovLayout layout, ApplicationRow group,
      ApplicantColumn column) {
    if (group == ApplicationRow.RESULTS) {
      return table.cell(ApplicationRow.RESULTS_TOTAL, column).orElseThrow();
    }
    long sum = 0;
    for (ApplicationRow child : group.children(layout)) {
      sum += child.isGroup(layout) ? groupSum(table, layout, child, column) : table.cell(child, column).orElseThrow();
    }
    return sum;
  }

  /**
   * Sets a row of Table B from its seven columns, in the table's order (自然人, 商业企业, 科研机构, 社会公益组织,
   * 法律服务机构, 其他, 总计); a null cell stays unknown.
   *
   * @param table  the table being built
   * @param row  the row
   * @param cells  the seven cells, null where the report states none
   */
  public static void row(ApplicationTable.Builder table, ApplicationRow row, Long... cells) {
    ApplicantColumn[] columns = ApplicantColumn.values();
    for (int i = 0; i < columns.length; i++) {
      if (cells[i] != null) {
        table.cell(row, columns[i], cells[i]);
      }
    }
  }

  /**
   * Sets a block of Table C from its five columns, in the table's order (维持, 纠正, 其他, 尚未审结, 总计).
   *
   * @param table  the table being built
   * @param block  the block
   * @param cells  the five cells
   */
  public static void block(DisputeTable.Builder table, DisputeBlock block, long... cells) {
    DisputeColumn[] columns = DisputeColumn.values();
    for (int i = 0; i < columns.length; i++) {
      table.cell(block, columns[i], cells[i]);
    }
  }

  /**
   * Returns a consistent Table C from twelve free numbers (upheld, corrected, other, pending per block).
   *
   * @param values  free non-negative numbers, used cyclically
   * @return the table
   */
  public static DisputeTable consistentDisputes(List<Integer> values) {
    DisputeTable.Builder table = DisputeTable.builder();
    int next = 0;
    for (DisputeBlock block : DisputeBlock.values()) {
      long total = 0;
      for (DisputeColumn column : DisputeColumn.values()) {
        if (column != DisputeColumn.TOTAL) {
          long value = values.get(next++ % values.size());
          table.cell(block, column, value);
          total += value;
        }
      }
      table.cell(block, DisputeColumn.TOTAL, total);
    }
    return table.build();
  }

  /**
   * Returns a report of kind OPEN_GOV_INFO_ANNUAL of a department, for 2023, holding the given content.
   *
   * @param info  the content
   * @return the report
   */
  public static Report report(OpenGovInfo info) {
    return report(2023, info);
  }

  /**
   * Returns a department's report of kind OPEN_GOV_INFO_ANNUAL for a year.
   *
   * @param year  the year
   * @param info  the content
   * @return the report
   */
  public static Report report(int year, OpenGovInfo info) {
    return Report.builder()
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(TestReports.jurisdiction("徐闻县", "湛江市", JurisdictionLevel.COUNTY))
        .issuer("徐闻县司法局")
        .issuerKind(IssuerKind.DEPARTMENT)
        .year(Year.of(year))
        .openGovInfo(info)
        .build();
  }
}
