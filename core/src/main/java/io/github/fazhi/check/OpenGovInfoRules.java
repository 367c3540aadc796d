package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
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
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The consistency rules (勾稽关系) of an open-government-information annual report (政府信息公开工作年度报告)
 * and their stable ids: the identities of Table B and Table C, the overview against the tables, the
 * report's sections and deadline, and across the years of one body the carried-over applications and
 * Table A's documents in force (see docs/domain.md, 'Open government information tables').
 *
 * <p>Every rule returns nothing for a report of another kind, or without {@link Report#openGovInfo()}.
 *
 * <h2>Unknown cells</h2>
 * A relation is only checked when every cell it needs is stated: unknown is not zero. A group row
 * ((三)…(六)) that the report leaves empty stands for the sum of its sub-rows.
 *
 * <h2>What one year cannot check</h2>
 * Table A has no identity inside one year: its 现行有效 cells are checked only against the previous
 * year's report of the same body ({@link #IN_FORCE_MISMATCH}), and its 行政许可, 行政处罚, 行政强制 and
 * 行政事业性收费 cells (and every cell of the 2019 trial layout's Table A) by no rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenGovInfoRules {
  /**
   * ERROR: in a column of Table B, 一 + 二 ≠ 三(七) + 四 (the identity printed in the table's header:
   * 第一项加第二项之和，等于第三项加第四项之和). One finding per column.
   */
  public static final String APPLICATIONS_BALANCE = "opengov.applications_balance";

  /**
   * ERROR: in a column of Table B, (七)总计 ≠ (一) + (二) + (三) + (四) + (五) + (六), a group taken as its
   * stated row or else as the sum of its sub-rows. One finding per column.
   */
  public static final String RESULTS_TOTAL_MISMATCH = "opengov.results_total_mismatch";

  /**
   * ERROR: a group row that the report fills ((三)…(六)) is not the sum of its sub-rows, or a filled
   * 三、本年度办理结果 row is not (七)总计. One finding per group and column.
   */
  public static final String GROUP_MISMATCH = "opengov.group_mismatch";

  /**
   * ERROR: in a row of Table B, 总计 ≠ 自然人 + the five 法人或其他组织 columns. One finding per row.
   */
  public static final String ROW_TOTAL_MISMATCH = "opengov.row_total_mismatch";

  /**
   * ERROR: in a block of Table C, 总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结. One finding per block.
   */
  public static final String DISPUTES_TOTAL_MISMATCH = "opengov.disputes_total_mismatch";

  /**
   * ERROR: a number the overview states in prose disagrees with the table: received applications with
   * 一 总计 (not 一 + 二), carried over with 二 总计, carried forward with 四 总计, reconsideration with Table
   * C's 行政复议 总计, litigation with the sum of its two litigation blocks' 总计.
   */
  public static final String OVERVIEW_MISMATCH = "opengov.overview_mismatch";

  /**
   * WARNING: a report is published after its deadline: a department's report by 31 January, a
   * government's report by 31 March of the next year (政府信息公开条例 2019 Art. 49; 31 March for all reports
   * on years before 2019). With the issuer's kind unknown, 31 March.
   */
  public static final String PUBLISHED_LATE = "opengov.published_late";

  /**
   * WARNING: one of the six sections is missing, one finding per section; checked only when the report
   * records its sections at all.
   */
  public static final String MISSING_SECTION = "opengov.missing_section";

  /**
   * ERROR (across reports): in a column of Table B, 四 结转下年度继续办理 of year N ≠ 二 上年结转 of year N+1
   * of the same body. One finding per column.
   */
  public static final String CARRIED_OVER_MISMATCH = "opengov.series.carried_over_mismatch";

  /**
   * ERROR (across reports): in the 2021 layout, 现行有效 of year N+1 ≠ 现行有效 of year N + 本年制发 − 本年废止
   * of year N+1, for 规章 and for 行政规范性文件.
   */
  public static final String IN_FORCE_MISMATCH = "opengov.series.in_force_mismatch";

  private static final String APPLICATIONS = "openGovInfo.applications.";
  private static final String DISPUTES = "openGovInfo.disputes.";

  private OpenGovInfoRules() {}

  /**
   * Returns the rules over one report, in a fixed order.
   *
   * @return the rules, never null
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        rule(APPLICATIONS_BALANCE), rule(RESULTS_TOTAL_MISMATCH), rule(GROUP_MISMATCH),
        rule(ROW_TOTAL_MISMATCH), rule(DISPUTES_TOTAL_MISMATCH), rule(OVERVIEW_MISMATCH),
        rule(PUBLISHED_LATE), rule(MISSING_SECTION));
  }

  /**
   * Returns the rules across reports, in a fixed order.
   *
   * @return the rules, never null
   */
  public static ImmutableList<SeriesRule> seriesRules() {
    return ImmutableList.of(seriesRule(CARRIED_OVER_MISMATCH), seriesRule(IN_FORCE_MISMATCH));
  }

  /**
   * Returns the rule over one report with an id.
   *
   * @param id  one of this class's ids of a rule over one report, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the id is not such a rule's
   */
  public static Rule rule(String id) {
    requireNonNull(id, "id");
    Function<Report, List<Finding>> body = switch (id) {
      case APPLICATIONS_BALANCE -> applications(OpenGovInfoRules::balance);
      case RESULTS_TOTAL_MISMATCH -> applications(OpenGovInfoRules::resultsTotal);
      case GROUP_MISMATCH -> applications(OpenGovInfoRules::groups);
      case ROW_TOTAL_MISMATCH -> applications(OpenGovInfoRules::rowTotals);
      case DISPUTES_TOTAL_MISMATCH -> info(OpenGovInfoRules::disputeTotals);
      case OVERVIEW_MISMATCH -> info(OpenGovInfoRules::overview);
      case MISSING_SECTION -> info(OpenGovInfoRules::missingSections);
      case PUBLISHED_LATE -> OpenGovInfoRules::publishedLate;
      default -> throw new IllegalArgumentException("no open-government-information rule has id " + id);
    };
    return new OpenGovRule(id, body);
  }

  /**
   * Returns the rule across reports with an id.
   *
   * @param id  {@link #CARRIED_OVER_MISMATCH} or {@link #IN_FORCE_MISMATCH}, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the id is not such a rule's
   */
  public static SeriesRule seriesRule(String id) {
    requireNonNull(id, "id");
    return switch (id) {
      case CARRIED_OVER_MISMATCH -> new OpenGovSeriesRule(id, OpenGovInfoRules::carriedOver);
      case IN_FORCE_MISMATCH -> new OpenGovSeriesRule(id, OpenGovInfoRules::inForce);
      default -> throw new IllegalArgumentException("no open-government-information series rule has id " + id);
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // plumbing

  /** Built once: the checker asks every rule for its applicability on every report. */
  private static final Applicability OPEN_GOV_INFO_REPORTS = Applicability.of(ReportKind.OPEN_GOV_INFO_ANNUAL);

  private static boolean applies(Report report) {
    return report.kind() == ReportKind.OPEN_GOV_INFO_ANNUAL && report.openGovInfo().isPresent();
  }

  private record OpenGovRule(String id, Function<Report, List<Finding>> body) implements Rule {
    @Override
    public List<Finding> check(Report report) {
      return applies(report) ? body.apply(report) : List.of();
    }

    @Override
    public Applicability applicability() {
      return OPEN_GOV_INFO_REPORTS;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private record OpenGovSeriesRule(String id, Function<Collection<Report>, List<Finding>> body)
      implements SeriesRule {
    @Override
    public List<Finding> check(Collection<Report> reports) {
      return body.apply(reports);
    }

    @Override
    public Applicability applicability() {
      return OPEN_GOV_INFO_REPORTS;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private static Function<Report, List<Finding>> info(Function<OpenGovInfo, List<Finding>> body) {
    return report -> body.apply(report.openGovInfo().orElseThrow());
  }

  private static Function<Report, List<Finding>> applications(
      BiFunction<ApplicationTable, OpenGovLayout, List<Finding>> body) {
    return info(info -> info.applications().map(table -> body.apply(table, info.layout())).orElse(List.of()));
  }

  private static Map<String, BigDecimal> numbers(Map<String, BigInteger> values) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    values.forEach((name, value) -> out.put(name, new BigDecimal(value)));
    return out;
  }

  private static String path(ApplicationRow row, ApplicantColumn column) {
    return APPLICATIONS + new CellTable.Cell<>(row, column).path();
  }

  private static Optional<BigInteger> cell(ApplicationTable table, ApplicationRow row, ApplicantColumn column) {
    OptionalLong value = table.cell(row, column);
    return value.isPresent() ? Optional.of(BigInteger.valueOf(value.getAsLong())) : Optional.empty();
  }

  /** A group's number: its row where stated, else the sum of its sub-rows where all are stated. */
  private static Optional<BigInteger> groupValue(
      ApplicationTable table, OpenGovLayout layout, ApplicationRow row, ApplicantColumn column) {
    Optional<BigInteger> stated = cell(table, row, column);
    if (stated.isPresent() || !row.isGroup(layout)) {
      return stated;
    }
    return sum(table, layout, row.children(layout), column);
  }

  private static Optional<BigInteger> sum(
      ApplicationTable table, OpenGovLayout layout, List<ApplicationRow> rows, ApplicantColumn column) {
    BigInteger sum = BigInteger.ZERO;
    for (ApplicationRow row : rows) {
      Optional<BigInteger> value = groupValue(table, layout, row, column);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(value.get());
    }
    return Optional.of(sum);
  }

  private static String joined(List<String> parts) {
    return String.join(" + ", parts);
  }

  // ---------------------------------------------------------------------------------------------------
  // Table B

  private static List<Finding> balance(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      Optional<BigInteger> received = cell(table, ApplicationRow.NEW_RECEIVED, column);
      Optional<BigInteger> carried = cell(table, ApplicationRow.CARRIED_OVER, column);
      Optional<BigInteger> results = cell(table, ApplicationRow.RESULTS_TOTAL, column);
      Optional<BigInteger> forward = cell(table, ApplicationRow.CARRIED_FORWARD, column);
      if (received.isEmpty() || carried.isEmpty() || results.isEmpty() || forward.isEmpty()) {
        continue;
      }
      BigInteger in = received.get().add(carried.get());
      BigInteger outgoing = results.get().add(forward.get());
      if (!in.equals(outgoing)) {
        out.add(Finding.of(APPLICATIONS_BALANCE, Severity.ERROR, path(ApplicationRow.RESULTS_TOTAL, column),
            "in column " + column.label() + ", 一 本年新收 (" + received.get() + ") + 二 上年结转 (" + carried.get()
                + ") = " + in + " must equal 三（七）总计 (" + results.get() + ") + 四 结转下年度 (" + forward.get()
                + ") = " + outgoing,
            numbers(ImmutableMap.of("newReceived", received.get(), "carriedOver", carried.get(),
                "resultsTotal", results.get(), "carriedForward", forward.get()))));
      }
    }
    return out;
  }

  private static List<Finding> resultsTotal(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    List<ApplicationRow> rows = ApplicationRow.resultRows(layout);
    for (ApplicantColumn column : ApplicantColumn.values()) {
      Optional<BigInteger> total = cell(table, ApplicationRow.RESULTS_TOTAL, column);
      Optional<BigInteger> sum = sum(table, layout, rows, column);
      if (total.isPresent() && sum.isPresent() && !total.get().equals(sum.get())) {
        List<String> parts = new ArrayList<>();
        for (ApplicationRow row : rows) {
          parts.add(row.label().substring(0, 3) + " " + groupValue(table, layout, row, column).orElseThrow());
        }
        out.add(Finding.of(RESULTS_TOTAL_MISMATCH, Severity.ERROR, path(ApplicationRow.RESULTS_TOTAL, column),
            "in column " + column.label() + ", （七）总计 (" + total.get() + ") must be the sum of the results "
                + joined(parts) + " = " + sum.get(),
            numbers(ImmutableMap.of("resultsTotal", total.get(), "sumOfResults", sum.get()))));
      }
    }
    return out;
  }

  private static List<Finding> groups(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (ApplicationRow group : ApplicationRow.values()) {
      if (!group.isGroup(layout)) {
        continue;
      }
      for (ApplicantColumn column : ApplicantColumn.values()) {
        Optional<BigInteger> stated = cell(table, group, column);
        if (stated.isEmpty()) {
          continue;
        }
        boolean heading = group == ApplicationRow.RESULTS;
        Optional<BigInteger> expected = heading
            ? cell(table, ApplicationRow.RESULTS_TOTAL, column)
            : sum(table, layout, group.children(layout), column);
        if (expected.isPresent() && !expected.get().equals(stated.get())) {
          String what = heading ? "（七）总计 (" + expected.get() + ")"
              : "the sum of its sub-rows (" + expected.get() + ")";
          out.add(Finding.of(GROUP_MISMATCH, Severity.ERROR, path(group, column),
              "in column " + column.label() + ", " + group.label() + " (" + stated.get() + ") must equal " + what,
              numbers(ImmutableMap.of("group", stated.get(), heading ? "resultsTotal" : "sumOfSubRows",
                  expected.get()))));
        }
      }
    }
    return out;
  }

  private static List<Finding> rowTotals(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      Optional<BigInteger> total = cell(table, row, ApplicantColumn.TOTAL);
      if (total.isEmpty()) {
        continue;
      }
      BigInteger sum = BigInteger.ZERO;
      List<String> parts = new ArrayList<>();
      boolean known = true;
      for (ApplicantColumn column : ApplicantColumn.values()) {
        if (column == ApplicantColumn.TOTAL) {
          continue;
        }
        Optional<BigInteger> value = cell(table, row, column);
        if (value.isEmpty()) {
          known = false;
          break;
        }
        sum = sum.add(value.get());
        parts.add(column.label() + " " + value.get());
      }
      if (known && !sum.equals(total.get())) {
        out.add(Finding.of(ROW_TOTAL_MISMATCH, Severity.ERROR, path(row, ApplicantColumn.TOTAL),
            "in row " + row.fullLabel() + ", 总计 (" + total.get() + ") must be " + joined(parts) + " = " + sum,
            numbers(ImmutableMap.of("total", total.get(), "sumOfColumns", sum))));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------
  // Table C

  private static List<Finding> disputeTotals(OpenGovInfo info) {
    if (info.disputes().isEmpty()) {
      return List.of();
    }
    DisputeTable table = info.disputes().get();
    List<Finding> out = new ArrayList<>();
    for (DisputeBlock block : DisputeBlock.values()) {
      OptionalLong total = table.cell(block, DisputeColumn.TOTAL);
      if (total.isEmpty()) {
        continue;
      }
      BigInteger sum = BigInteger.ZERO;
      List<String> parts = new ArrayList<>();
      boolean known = true;
      for (DisputeColumn column : DisputeColumn.values()) {
        OptionalLong value = table.cell(block, column);
        if (column == DisputeColumn.TOTAL) {
          continue;
        }
        if (value.isEmpty()) {
          known = false;
          break;
        }
        sum = sum.add(BigInteger.valueOf(value.getAsLong()));
        parts.add(column.label() + " " + value.getAsLong());
      }
      if (known && !sum.equals(BigInteger.valueOf(total.getAsLong()))) {
        out.add(Finding.of(DISPUTES_TOTAL_MISMATCH, Severity.ERROR,
            DISPUTES + new CellTable.Cell<>(block, DisputeColumn.TOTAL).path(),
            "in " + block.label() + ", 总计 (" + total.getAsLong() + ") must be " + joined(parts) + " = " + sum,
            numbers(ImmutableMap.of("total", BigInteger.valueOf(total.getAsLong()), "sumOfColumns", sum))));
      }
    }
    return out;
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
        "openGovInfo.overview." + figure.name().toLowerCase(Locale.ROOT),
        "the overview's " + figure.label() + " (" + stated + ") must equal the table's " + cells + " (" + table
            + ")" + hint,
        numbers(ImmutableMap.of("overview", BigInteger.valueOf(stated), "table", table)));
  }

  // ---------------------------------------------------------------------------------------------------
  // the report

  /**
   * Returns the day by which an open-government-information annual report must be published.
   *
   * @param report  the report, not null
   * @return 31 January of the next year for a department's report on 2019 or later, else 31 March
   */
  public static LocalDate deadline(Report report) {
    requireNonNull(report, "report");
    int next = report.year().getValue() + 1;
    boolean department = report.issuerKind().filter(kind -> kind == IssuerKind.DEPARTMENT).isPresent();
    return department && next >= 2020 ? LocalDate.of(next, Month.JANUARY, 31) : LocalDate.of(next, Month.MARCH, 31);
  }

  private static List<Finding> publishedLate(Report report) {
    if (report.published().isEmpty() || !report.published().get().isAfter(deadline(report))) {
      return List.of();
    }
    boolean department = report.issuerKind().filter(kind -> kind == IssuerKind.DEPARTMENT).isPresent();
    return List.of(Finding.of(PUBLISHED_LATE, Severity.WARNING, "published",
        "published (" + report.published().get() + ") must be on or before " + deadline(report) + " ("
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
            "openGovInfo.sections." + section.name().toLowerCase(Locale.ROOT),
            "required section " + section + " (" + section.label() + ") is missing"));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------
  // across years

  private record Key(String body, int year) {}

  /** The reports of kind OPEN_GOV_INFO_ANNUAL with tables, by body and year (the first of duplicates). */
  private static Map<Key, Report> byBodyAndYear(Collection<Report> reports) {
    Map<Key, Report> out = new HashMap<>();
    for (Report report : reports) {
      if (applies(report)) {
        out.putIfAbsent(new Key(report.reportingBody(), report.year().getValue()), report);
      }
    }
    return out;
  }

  private static String where(Report report) {
    return "[" + report.reporterName() + " " + report.year() + "]";
  }

  private static List<Finding> carriedOver(Collection<Report> reports) {
    Map<Key, Report> index = byBodyAndYear(reports);
    List<Finding> out = new ArrayList<>();
    for (Report later : reports) {
      if (!applies(later)) {
        continue;
      }
      Report earlier = index.get(new Key(later.reportingBody(), later.year().getValue() - 1));
      Optional<ApplicationTable> now = later.openGovInfo().orElseThrow().applications();
      if (earlier == null || earlier == later || now.isEmpty()) {
        continue;
      }
      Optional<ApplicationTable> before = earlier.openGovInfo().orElseThrow().applications();
      if (before.isEmpty()) {
        continue;
      }
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong carried = now.get().cell(ApplicationRow.CARRIED_OVER, column);
        OptionalLong forward = before.get().cell(ApplicationRow.CARRIED_FORWARD, column);
        if (carried.isPresent() && forward.isPresent() && carried.getAsLong() != forward.getAsLong()) {
          out.add(Finding.of(CARRIED_OVER_MISMATCH, Severity.ERROR,
              where(later) + " " + path(ApplicationRow.CARRIED_OVER, column),
              "in column " + column.label() + ", 二 上年结转 (" + carried.getAsLong() + ") must equal "
                  + earlier.year() + "'s 四 结转下年度继续办理 (" + forward.getAsLong() + ")",
              numbers(ImmutableMap.of("carriedOver", BigInteger.valueOf(carried.getAsLong()),
                  "previousCarriedForward", BigInteger.valueOf(forward.getAsLong())))));
        }
      }
    }
    return out;
  }

  private static List<Finding> inForce(Collection<Report> reports) {
    Map<Key, Report> index = byBodyAndYear(reports);
    List<Finding> out = new ArrayList<>();
    for (Report later : reports) {
      if (!applies(later)) {
        continue;
      }
      Report earlier = index.get(new Key(later.reportingBody(), later.year().getValue() - 1));
      OpenGovInfo info = later.openGovInfo().orElseThrow();
      if (earlier == null || earlier == later || info.layout() != OpenGovLayout.FORMAT_2021
          || info.proactive().isEmpty()) {
        continue;
      }
      OpenGovInfo previous = earlier.openGovInfo().orElseThrow();
      if (previous.layout() != OpenGovLayout.FORMAT_2021 || previous.proactive().isEmpty()) {
        continue;
      }
      ProactiveDisclosureTable now = info.proactive().get();
      ProactiveDisclosureTable before = previous.proactive().get();
      for (ProactiveItem item : List.of(ProactiveItem.RULES, ProactiveItem.NORMATIVE_DOCUMENTS)) {
        Optional<BigDecimal> inForce = now.cell(item, ProactiveColumn.IN_FORCE);
        Optional<BigDecimal> issued = now.cell(item, ProactiveColumn.ISSUED);
        Optional<BigDecimal> repealed = now.cell(item, ProactiveColumn.REPEALED);
        Optional<BigDecimal> previousInForce = before.cell(item, ProactiveColumn.IN_FORCE);
        if (inForce.isEmpty() || issued.isEmpty() || repealed.isEmpty() || previousInForce.isEmpty()) {
          continue;
        }
        BigDecimal expected = previousInForce.get().add(issued.get()).subtract(repealed.get());
        if (expected.compareTo(inForce.get()) != 0) {
          Map<String, BigDecimal> numbers = new LinkedHashMap<>();
          numbers.put("inForce", inForce.get());
          numbers.put("previousInForce", previousInForce.get());
          numbers.put("issued", issued.get());
          numbers.put("repealed", repealed.get());
          out.add(Finding.of(IN_FORCE_MISMATCH, Severity.ERROR,
              where(later) + " openGovInfo.proactive." + new CellTable.Cell<>(item,
                  ProactiveColumn.IN_FORCE).path(),
              item.label() + " 现行有效件数 (" + inForce.get().toPlainString() + ") must be " + earlier.year()
                  + "'s 现行有效件数 (" + previousInForce.get().toPlainString() + ") + 本年制发 ("
                  + issued.get().toPlainString() + ") − 本年废止 (" + repealed.get().toPlainString() + ") = "
                  + expected.toPlainString(),
              numbers));
        }
      }
    }
    return out;
  }
}
