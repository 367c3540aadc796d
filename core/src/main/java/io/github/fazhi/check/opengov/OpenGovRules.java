package io.github.fazhi.check.opengov;

import static io.github.fazhi.check.StandardRules.OpenGov.APPLICATIONS_BALANCE;
import static io.github.fazhi.check.StandardRules.OpenGov.CARRIED_OVER_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.DISPUTES_TOTAL_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.GROUP_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.IN_FORCE_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.MISSING_SECTION;
import static io.github.fazhi.check.StandardRules.OpenGov.OVERVIEW_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.PUBLISHED_LATE;
import static io.github.fazhi.check.StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.ROW_TOTAL_MISMATCH;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.check.Applicability;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportView;
import io.github.fazhi.check.Rule;
import io.github.fazhi.check.SeriesRule;
import io.github.fazhi.check.Severity;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The consistency rules (勾稽关系) of an open-government-information annual report (政府信息公开工作年度报告),
 * made on the same plumbing as the other standard families ({@link Rule#of}, {@link SeriesRule#of}); their
 * ids and what each checks are documented in {@link StandardRules.OpenGov}. This family holds Table C, the
 * overview against the tables, the sections and the deadline, and composes Table B's identities
 * ({@link ApplicationRules}) and the rules across years ({@link OpenGovSeriesRules}).
 *
 * <p>Every rule applies to reports of kind OPEN_GOV_INFO_ANNUAL and returns nothing for a report without
 * {@link Report#openGovInfo()}. This package is not exported: users reach these rules through
 * {@link io.github.fazhi.check.ReportChecker#standard()} and their ids through {@link StandardRules}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenGovRules {
  /** Built once: the checker asks every rule for its applicability on every report. */
  private static final Applicability OPEN_GOV_INFO_REPORTS = Applicability.of(ReportKind.OPEN_GOV_INFO_ANNUAL);

  private static final DisputeBlock[] DISPUTE_BLOCKS = DisputeBlock.values();
  private static final DisputeColumn[] DISPUTE_COLUMNS = DisputeColumn.values();

  private static final ImmutableList<Rule> RULES = ImmutableList.of(
      rule(APPLICATIONS_BALANCE, applications(ApplicationRules::balance)),
      rule(RESULTS_TOTAL_MISMATCH, applications(ApplicationRules::resultsTotal)),
      rule(GROUP_MISMATCH, applications(ApplicationRules::groups)),
      rule(ROW_TOTAL_MISMATCH, applications(ApplicationRules::rowTotals)),
      rule(DISPUTES_TOTAL_MISMATCH, info(OpenGovRules::disputeTotals)),
      rule(OVERVIEW_MISMATCH, info(OpenGovRules::overview)),
      rule(PUBLISHED_LATE, OpenGovRules::publishedLate),
      rule(MISSING_SECTION, info(OpenGovRules::missingSections)));

  private static final ImmutableList<SeriesRule> SERIES_RULES = ImmutableList.of(
      SeriesRule.of(CARRIED_OVER_MISMATCH, OPEN_GOV_INFO_REPORTS, OpenGovSeriesRules::carriedOver),
      SeriesRule.of(IN_FORCE_MISMATCH, OPEN_GOV_INFO_REPORTS, OpenGovSeriesRules::inForce));

  private OpenGovRules() {}

  /**
   * Returns the rules over one report, in a fixed order.
   *
   * @return the rules, never null
   */
  public static ImmutableList<Rule> rules() {
    return RULES;
  }

  /**
   * Returns the rules across reports, in a fixed order.
   *
   * @return the rules, never null
   */
  public static ImmutableList<SeriesRule> seriesRules() {
    return SERIES_RULES;
  }

  /**
   * Checks Table B alone (收到和处理政府信息公开申请情况) by the four rules of {@link #rules()} over it: 一 + 二 =
   * 三(七) + 四 in every column ({@code opengov.applications_balance}), (七)总计 as the sum of the results
   * ({@code opengov.results_total_mismatch}), each stated group as the sum of its sub-rows
   * ({@code opengov.group_mismatch}) and each row's 总计 as the sum of its columns
   * ({@code opengov.row_total_mismatch}). As there, a relation is checked only when every cell it needs is
   * stated. Users call it as {@link io.github.fazhi.check.ReportChecker#checkApplications}.
   *
   * @param table  the table, not null
   * @param layout  the layout it is printed in, not null
   * @return the findings, in the order of those rules; empty when every stated relation holds
   */
  public static ImmutableList<Finding> checkApplications(ApplicationTable table, OpenGovLayout layout) {
    requireNonNull(table, "table");
    requireNonNull(layout, "layout");
    return ImmutableList.<Finding>builder()
        .addAll(ApplicationRules.balance(table, layout))
        .addAll(ApplicationRules.resultsTotal(table, layout))
        .addAll(ApplicationRules.groups(table, layout))
        .addAll(ApplicationRules.rowTotals(table, layout))
        .build();
  }

  // ---------------------------------------------------------------------------------------------------
  // plumbing

  static boolean applies(Report report) {
    return report.kind() == ReportKind.OPEN_GOV_INFO_ANNUAL && report.openGovInfo().isPresent();
  }

  /** A rule over the reports this family applies to; silent on any other report. */
  private static Rule rule(String id, Function<Report, List<Finding>> body) {
    return Rule.of(id, OPEN_GOV_INFO_REPORTS,
        (ReportView view) -> applies(view.report()) ? body.apply(view.report()) : List.of());
  }

  private static Function<Report, List<Finding>> info(Function<OpenGovInfo, List<Finding>> body) {
    return report -> body.apply(report.openGovInfo().orElseThrow());
  }

  private static Function<Report, List<Finding>> applications(
      BiFunction<ApplicationTable, OpenGovLayout, List<Finding>> body) {
    return info(info -> {
      Optional<ApplicationTable> table = info.applications();
      return table.isPresent() ? body.apply(table.get(), info.layout()) : List.of();
    });
  }

  static Map<String, BigDecimal> numbers(Map<String, BigInteger> values) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    values.forEach((name, value) -> out.put(name, new BigDecimal(value)));
    return out;
  }

  static String joined(List<String> parts) {
    return String.join(" + ", parts);
  }

  // ---------------------------------------------------------------------------------------------------
  // Table C

  private static List<Finding> disputeTotals(OpenGovInfo info) {
    if (info.disputes().isEmpty()) {
      return List.of();
    }
    DisputeTable table = info.disputes().get();
    List<Finding> out = new ArrayList<>();
    for (DisputeBlock block : DISPUTE_BLOCKS) {
      OptionalLong total = table.cell(block, DisputeColumn.TOTAL);
      if (total.isEmpty()) {
        continue;
      }
      long sum = 0;
      boolean known = true;
      boolean overflow = false;
      for (DisputeColumn column : DISPUTE_COLUMNS) {
        if (column == DisputeColumn.TOTAL) {
          continue;
        }
        long value = table.cellOrElse(block, column, -1); // a stated count is never negative
        if (value < 0) {
          known = false;
          break;
        }
        // a sum past Long.MAX_VALUE is more than any total
        if (sum > Long.MAX_VALUE - value) {
          overflow = true;
        } else {
          sum += value;
        }
      }
      if (known && (overflow || sum != total.getAsLong())) {
        out.add(disputeTotalFinding(table, block));
      }
    }
    return out;
  }

  /** The finding of a block whose 总计 is not the sum of its stated columns, with the exact numbers. */
  private static Finding disputeTotalFinding(DisputeTable table, DisputeBlock block) {
    long total = table.cell(block, DisputeColumn.TOTAL).orElseThrow();
    BigInteger sum = BigInteger.ZERO;
    List<String> parts = new ArrayList<>();
    for (DisputeColumn column : DISPUTE_COLUMNS) {
      if (column == DisputeColumn.TOTAL) {
        continue;
      }
      long value = table.cell(block, column).orElseThrow();
      sum = sum.add(BigInteger.valueOf(value));
      parts.add(column.label() + " " + value);
    }
    return Finding.of(DISPUTES_TOTAL_MISMATCH, Severity.ERROR,
        OpenGovInfo.DISPUTES_PATH.resolve(new CellTable.Cell<>(block, DisputeColumn.TOTAL).at()),
        "in " + block.label() + ", 总计 (" + total + ") must be " + joined(parts) + " = " + sum,
        numbers(ImmutableMap.of("total", BigInteger.valueOf(total), "sumOfColumns", sum)));
  }

  // ---------------------------------------------------------------------------------------------------
  // the overview against the tables

  private static List<Finding> overview(OpenGovInfo info) {
    List<Finding> out = new ArrayList<>();
    info.applications().ifPresent(table -> {
      overviewAgainst(info, OverviewFigure.APPLICATIONS_RECEIVED, table, ApplicationRow.NEW_RECEIVED, out);
      overviewAgainst(info, OverviewFigure.APPLICATIONS_CARRIED_OVER, table, ApplicationRow.CARRIED_OVER, out);
      overviewAgainst(info, OverviewFigure.APPLICATIONS_CARRIED_FORWARD, table, ApplicationRow.CARRIED_FORWARD, out);
    });
    info.disputes().ifPresent(table -> {
      OptionalLong reconsiderations = info.overview(OverviewFigure.RECONSIDERATIONS);
      OptionalLong total = table.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL);
      if (reconsiderations.isPresent() && total.isPresent()
          && reconsiderations.getAsLong() != total.getAsLong()) {
        out.add(overviewFinding(OverviewFigure.RECONSIDERATIONS, reconsiderations.getAsLong(),
            "行政复议 / 总计", BigInteger.valueOf(total.getAsLong()), ""));
      }
      OptionalLong litigations = info.overview(OverviewFigure.LITIGATIONS);
      OptionalLong direct = table.cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.TOTAL);
      OptionalLong after = table.cell(DisputeBlock.LITIGATION_AFTER_RECONSIDERATION, DisputeColumn.TOTAL);
      if (litigations.isPresent() && direct.isPresent() && after.isPresent()) {
        BigInteger both = BigInteger.valueOf(direct.getAsLong()).add(BigInteger.valueOf(after.getAsLong()));
        if (!both.equals(BigInteger.valueOf(litigations.getAsLong()))) {
          out.add(overviewFinding(OverviewFigure.LITIGATIONS, litigations.getAsLong(),
              "未经复议直接起诉 / 总计 (" + direct.getAsLong() + ") + 复议后起诉 / 总计 (" + after.getAsLong() + ")",
              both, ""));
        }
      }
    });
    return out;
  }

  private static void overviewAgainst(
      OpenGovInfo info, OverviewFigure figure, ApplicationTable table, ApplicationRow row, List<Finding> out) {
    OptionalLong stated = info.overview(figure);
    OptionalLong cell = table.cell(row, ApplicantColumn.TOTAL);
    if (stated.isEmpty() || cell.isEmpty() || stated.getAsLong() == cell.getAsLong()) {
      return;
    }
    String hint = "";
    if (figure == OverviewFigure.APPLICATIONS_RECEIVED) {
      OptionalLong carried = table.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL);
      if (carried.isPresent()
          && BigInteger.valueOf(cell.getAsLong()).add(BigInteger.valueOf(carried.getAsLong()))
              .equals(BigInteger.valueOf(stated.getAsLong()))) {
        hint = " (the overview counts 一 本年新收 + 二 上年结转)";
      }
    }
    out.add(overviewFinding(figure, stated.getAsLong(), row.label() + " / 总计",
        BigInteger.valueOf(cell.getAsLong()), hint));
  }

  private static Finding overviewFinding(
      OverviewFigure figure, long stated, String cells, BigInteger table, String hint) {
    return Finding.of(OVERVIEW_MISMATCH, Severity.ERROR,
        OpenGovInfo.PATH.field("overview").field(figure.name().toLowerCase(Locale.ROOT)),
        "the overview's " + figure.label() + " (" + stated + ") must equal the table's " + cells + " (" + table
            + ")" + hint,
        numbers(ImmutableMap.of("overview", BigInteger.valueOf(stated), "table", table)));
  }

  // ---------------------------------------------------------------------------------------------------
  // the report

  private static List<Finding> publishedLate(Report report) {
    LocalDate deadline = report.publicationDeadline().orElseThrow();
    if (report.published().isEmpty() || !report.published().get().isAfter(deadline)) {
      return List.of();
    }
    boolean department = report.issuerKind().filter(kind -> kind == IssuerKind.DEPARTMENT).isPresent();
    return List.of(Finding.of(PUBLISHED_LATE, Severity.WARNING, Path.root().field("published"),
        "published (" + report.published().get() + ") must be on or before " + deadline + " ("
            + (department ? "a department's report" : "a government's report") + ", 政府信息公开条例 Art. 49)"));
  }

  private static List<Finding> missingSections(OpenGovInfo info) {
    if (info.sections().isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (OpenGovSection section : OpenGovSection.values()) {
      if (!info.sections().containsKey(section)) {
        out.add(Finding.of(MISSING_SECTION, Severity.WARNING,
            OpenGovInfo.PATH.field("sections").field(section.name().toLowerCase(Locale.ROOT)),
            "required section " + section + " (" + section.label() + ") is missing"));
      }
    }
    return out;
  }
}
