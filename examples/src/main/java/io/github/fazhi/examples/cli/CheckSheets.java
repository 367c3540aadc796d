package io.github.fazhi.examples.cli;

import io.github.fazhi.check.Finding;
import io.github.fazhi.check.Severity;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code check --format xlsx}: the findings in an Excel workbook: a {@code findings} sheet, one row per finding
 * shown ({@code --min-severity} applies), and a {@code summary} sheet, one row per report with its numbers of
 * errors, warnings and infos shown as numbers and its first error. Groups are added one by one as reports
 * are checked, so only the rows the sheets show are kept, never the reports.
 */
final class CheckSheets {
  /** The name of the findings sheet. */
  static final String FINDINGS = "发现 findings";
  /** The name of the summary sheet. */
  static final String SUMMARY = "概要 summary";

  private final Spreadsheet book = new Spreadsheet();
  private final Spreadsheet.Table findings = book.table(FINDINGS, "报告 report", "文件 source",
      "严重性 severity", "规则 rule", "位置 path", "说明 message");
  private final Spreadsheet.Table summary = book.table(SUMMARY, "报告 report", "文件 source", "错误 errors",
      "警告 warnings", "提示 infos", "第一个错误 first error");

  /**
   * Adds the rows of one report's findings, or of the findings across reports (listed in the summary only
   * when there are some).
   *
   * @param group  the findings shown, not null
   */
  void add(CheckCommand.Group group) {
    for (Finding finding : group.findings()) {
      findings.row().text(group.title()).text(group.source()).text(CheckCommand.severity(finding.severity()))
          .text(finding.ruleId()).text(finding.path()).longText(finding.message());
    }
    if (group.title().equals(CheckCommand.ACROSS) && group.findings().isEmpty()) {
      return;
    }
    summary.row().text(group.title()).text(group.source()).number(group.count(Severity.ERROR))
        .number(group.count(Severity.WARNING)).number(group.count(Severity.INFO))
        .text(group.first(Severity.ERROR).map(f -> f.ruleId() + ": " + f.message()).orElse(""));
  }

  /**
   * Writes the workbook, whole or not at all ({@link Spreadsheet#write(Path)}).
   *
   * @param file  the {@code .xlsx} file
   * @throws IOException if it cannot be written: an {@link io.github.fazhi.examples.files.OutputException}
   *     naming it
   */
  void write(Path file) throws IOException {
    book.write(file);
  }
}
