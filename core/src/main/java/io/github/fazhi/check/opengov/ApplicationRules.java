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
 *
 * <p>Each rule finds the wrong cells with {@code long} arithmetic on the counts as the table holds them, with
 * no allocation for a table that adds up; only for a wrong cell does it work out the exact numbers
 * ({@link BigInteger}: a sum of counts may pass {@link Long#MAX_VALUE}) and the words of its finding.
 */
final class ApplicationRules {
  /** A count the report does not state, among the counts below: a stated count is never negative. */
  private static final long UNKNOWN = -1;
  /** A sum past {@link Long#MAX_VALUE}: more than any stated count, so never equal to one. */
  private static final long OVERFLOW = -2;

  private static final ApplicationRow[] ROWS = ApplicationRow.values();
  private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();

  private ApplicationRules() {}

  static Path path(ApplicationRow row, ApplicantColumn column) {
    return OpenGovInfo.APPLICATIONS_PATH.resolve(new CellTable.Cell<>(row, column).at());
  }

  // ---------------------------------------------------------------------------------------------------
  // finding wrong cells: counts as long, UNKNOWN where not stated, OVERFLOW for a sum too large for a long

  private static long count(ApplicationTable table, ApplicationRow row, ApplicantColumn column) {
    return table.cellOrElse(row, column, UNKNOWN);
  }

  /** A group's count: its row where stated, else the sum of its sub-rows where all are stated. */
  private static long groupCount(
      ApplicationTable table, OpenGovLayout layout, ApplicationRow row, ApplicantColumn column) {
    long stated = count(table, row, column);
    if (stated != UNKNOWN || !row.isGroup(layout)) {
      return stated;
    }
    return sumOfCounts(table, layout, row.children(layout), column);
  }

  /** The sum of the rows' counts; UNKNOWN when one is not known, else OVERFLOW when it passes a long. */
  private static long sumOfCounts(
      ApplicationTable table, OpenGovLayout layout, List<ApplicationRow> rows, ApplicantColumn column) {
    long sum = 0;
    boolean overflow = false;
    for (int i = 0; i < rows.size(); i++) {
      long value = groupCount(table, layout, rows.get(i), column);
      if (value == UNKNOWN) {
        return UNKNOWN;
      }
      if (value == OVERFLOW || sum > Long.MAX_VALUE - value) {
        overflow = true;
      } else {
        sum += value;
      }
    }
    return overflow ? OVERFLOW : sum;
  }

  /**
   * Whether a + b = c + d, for four stated counts, exactly: each sum lies in [0, 2^64 − 2], so the two
   * are equal exactly when they are equal modulo 2^64, which is what {@code long} addition gives.
   */
  private static boolean sumsEqual(long a, long b, long c, long d) {
    return a + b == c + d;
  }

  // ---------------------------------------------------------------------------------------------------
  // the exact numbers, for the words of a finding

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

  // ---------------------------------------------------------------------------------------------------
  // the rules

  static List<Finding> balance(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (ApplicantColumn column : COLUMNS) {
      long received = count(table, ApplicationRow.NEW_RECEIVED, column);
      long carried = count(table, ApplicationRow.CARRIED_OVER, column);
      long results = count(table, ApplicationRow.RESULTS_TOTAL, column);
      long forward = count(table, ApplicationRow.CARRIED_FORWARD, column);
      if (received == UNKNOWN || carried == UNKNOWN || results == UNKNOWN || forward == UNKNOWN
          || sumsEqual(received, carried, results, forward)) {
        continue;
      }
      out.add(balanceFinding(column, BigInteger.valueOf(received), BigInteger.valueOf(carried),
          BigInteger.valueOf(results), BigInteger.valueOf(forward)));
    }
    return out;
  }

  private static Finding balanceFinding(
      ApplicantColumn column, BigInteger received, BigInteger carried, BigInteger results, BigInteger forward) {
    BigInteger in = received.add(carried);
    BigInteger outgoing = results.add(forward);
    return Finding.of(APPLICATIONS_BALANCE, Severity.ERROR, path(ApplicationRow.RESULTS_TOTAL, column),
        "in column " + column.label() + ", 一 本年新收 (" + received + ") + 二 上年结转 (" + carried
            + ") = " + in + " must equal 三（七）总计 (" + results + ") + 四 结转下年度 (" + forward
            + ") = " + outgoing,
        OpenGovRules.numbers(ImmutableMap.of("newReceived", received, "carriedOver", carried,
            "resultsTotal", results, "carriedForward", forward)));
  }

  static List<Finding> resultsTotal(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    List<ApplicationRow> rows = ApplicationRow.resultRows(layout);
    for (ApplicantColumn column : COLUMNS) {
      long total = count(table, ApplicationRow.RESULTS_TOTAL, column);
      if (total == UNKNOWN) {
        continue;
      }
      long sum = sumOfCounts(table, layout, rows, column);
      if (sum != UNKNOWN && sum != total) {
        out.add(resultsTotalFinding(table, layout, rows, column));
      }
    }
    return out;
  }

  private static Finding resultsTotalFinding(
      ApplicationTable table, OpenGovLayout layout, List<ApplicationRow> rows, ApplicantColumn column) {
    BigInteger total = cell(table, ApplicationRow.RESULTS_TOTAL, column).orElseThrow();
    BigInteger sum = sum(table, layout, rows, column).orElseThrow();
    List<String> parts = new ArrayList<>();
    for (ApplicationRow row : rows) {
      parts.add(row.label().substring(0, 3) + " " + groupValue(table, layout, row, column).orElseThrow());
    }
    return Finding.of(RESULTS_TOTAL_MISMATCH, Severity.ERROR, path(ApplicationRow.RESULTS_TOTAL, column),
        "in column " + column.label() + ", （七）总计 (" + total + ") must be the sum of the results "
            + OpenGovRules.joined(parts) + " = " + sum,
        OpenGovRules.numbers(ImmutableMap.of("resultsTotal", total, "sumOfResults", sum)));
  }

  static List<Finding> groups(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (ApplicationRow group : ROWS) {
      if (!group.isGroup(layout)) {
        continue;
      }
      boolean heading = group == ApplicationRow.RESULTS;
      for (ApplicantColumn column : COLUMNS) {
        long stated = count(table, group, column);
        if (stated == UNKNOWN) {
          continue;
        }
        long expected = heading
            ? count(table, ApplicationRow.RESULTS_TOTAL, column)
            : sumOfCounts(table, layout, group.children(layout), column);
        if (expected != UNKNOWN && expected != stated) {
          out.add(groupFinding(table, layout, group, column));
        }
      }
    }
    return out;
  }

  private static Finding groupFinding(
      ApplicationTable table, OpenGovLayout layout, ApplicationRow group, ApplicantColumn column) {
    boolean heading = group == ApplicationRow.RESULTS;
    BigInteger stated = cell(table, group, column).orElseThrow();
    BigInteger expected = (heading
        ? cell(table, ApplicationRow.RESULTS_TOTAL, column)
        : sum(table, layout, group.children(layout), column)).orElseThrow();
    String what = heading ? "（七）总计 (" + expected + ")" : "the sum of its sub-rows (" + expected + ")";
    return Finding.of(GROUP_MISMATCH, Severity.ERROR, path(group, column),
        "in column " + column.label() + ", " + group.label() + " (" + stated + ") must equal " + what,
        OpenGovRules.numbers(ImmutableMap.of("group", stated, heading ? "resultsTotal" : "sumOfSubRows",
            expected)));
  }

  static List<Finding> rowTotals(ApplicationTable table, OpenGovLayout layout) {
    List<Finding> out = new ArrayList<>();
    for (ApplicationRow row : ROWS) {
      long total = count(table, row, ApplicantColumn.TOTAL);
      if (total == UNKNOWN) {
        continue;
      }
      long sum = 0;
      boolean overflow = false;
      for (ApplicantColumn column : COLUMNS) {
        if (column == ApplicantColumn.TOTAL) {
          continue;
        }
        long value = count(table, row, column);
        if (value == UNKNOWN) {
          sum = UNKNOWN;
          break;
        }
        if (sum > Long.MAX_VALUE - value) {
          overflow = true;
        } else {
          sum += value;
        }
      }
      if (sum != UNKNOWN && (overflow || sum != total)) {
        out.add(rowTotalFinding(table, row));
      }
    }
    return out;
  }

  private static Finding rowTotalFinding(ApplicationTable table, ApplicationRow row) {
    BigInteger total = cell(table, row, ApplicantColumn.TOTAL).orElseThrow();
    BigInteger sum = BigInteger.ZERO;
    List<String> parts = new ArrayList<>();
    for (ApplicantColumn column : COLUMNS) {
      if (column == ApplicantColumn.TOTAL) {
        continue;
      }
      BigInteger value = cell(table, row, column).orElseThrow();
      sum = sum.add(value);
      parts.add(column.label() + " " + value);
    }
    return Finding.of(ROW_TOTAL_MISMATCH, Severity.ERROR, path(row, ApplicantColumn.TOTAL),
        "in row " + row.fullLabel() + ", 总计 (" + total + ") must be " + OpenGovRules.joined(parts) + " = " + sum,
        OpenGovRules.numbers(ImmutableMap.of("total", total, "sumOfColumns", sum)));
  }
}
