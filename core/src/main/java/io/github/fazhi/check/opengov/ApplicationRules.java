package io.github.fazhi.check.opengov;

import static io.github.fazhi.check.StandardRules.OpenGov.APPLICATIONS_BALANCE;
import static io.github.fazhi.check.StandardRules.OpenGov.GROUP_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.RESULTS_TOTAL_MISMATCH;
import static io.github.fazhi.check.StandardRules.OpenGov.ROW_TOTAL_MISMATCH;

import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.Severity;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The identities of Table B (收到和处理政府信息公开申请情况): 一 + 二 = 三(七) + 四 in every column, (七)总计 as the
 * sum of the results, each filled group as the sum of its sub-rows, and each row's 总计 as the sum of its
 * columns. A group row that the report leaves empty stands for the sum of its sub-rows; a relation is only
 * checked when every cell it needs is stated.
 */
final class ApplicationRules {
  private ApplicationRules() {}

  static Path path(ApplicationRow row, ApplicantColumn column) {
    return OpenGovInfo.APPLICATIONS_PATH.resolve(new CellTable.Cell<>(row, column).at());
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

  static List<Finding> balance(ApplicationTable table, OpenGovLayout layout) {
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
            OpenGovRules.numbers(ImmutableMap.of("newReceived", received.get(), "carriedOver", carried.get(),
                "resultsTotal", results.get(), "carriedForward", forward.get()))));
      }
    }
    return out;
  }

  static List<Finding> resultsTotal(ApplicationTable table, OpenGovLayout layout) {
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
                + OpenGovRules.joined(parts) + " = " + sum.get(),
            OpenGovRules.numbers(ImmutableMap.of("resultsTotal", total.get(), "sumOfResults", sum.get()))));
      }
    }
    return out;
  }

  static List<Finding> groups(ApplicationTable table, OpenGovLayout layout) {
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
              OpenGovRules.numbers(ImmutableMap.of("group", stated.get(), heading ? "resultsTotal" : "sumOfSubRows",
                  expected.get()))));
        }
      }
    }
    return out;
  }

  static List<Finding> rowTotals(ApplicationTable table, OpenGovLayout layout) {
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
            "in row " + row.fullLabel() + ", 总计 (" + total.get() + ") must be " + OpenGovRules.joined(parts) + " = " + sum,
            OpenGovRules.numbers(ImmutableMap.of("total", total.get(), "sumOfColumns", sum))));
      }
    }
    return out;
  }
}
