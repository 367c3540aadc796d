package io.github.fazhi.reader;

import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses among the readings of Table B rows that their own identity leaves open (平衡关系择一) — the
 * run-together digits {@code 112151032133} split three ways, each with a last column that is the sum of the
 * others — by the identities of the whole table: 一 + 二 = 三(七) + 四 in every column, (七)总计 as the sum of
 * the results, each stated group as the sum of its sub-rows and each row's 总计 as the sum of its columns
 * ({@link ReportChecker#checkApplications}). A choice is made only when exactly one way of taking one reading
 * a row makes every stated relation of the table hold: a table that does not add up under any choice, or
 * under two, leaves the rows unread, and a row is never read on a guess.
 *
 * <p>Stateless and thread-safe.
 */
final class BalancedChoice {
  /** The most ways of choosing tried: beyond it, too many choices for one to be evidence. */
  static final int MAX_CHOICES = 4096;

  private BalancedChoice() {}

  /**
   * Chooses one reading a row.
   *
   * @param placed  the table as read without the rows in question
   * @param readings  for each row in question, its readings: each a count a column, all seven known
   * @param layout  the table's layout
   * @return the index of the reading chosen for each row, when exactly one choice makes the table add up
   */
  static Optional<Map<ApplicationRow, Integer>> choose(ApplicationTable placed,
      Map<ApplicationRow, List<List<Long>>> readings, OpenGovLayout layout) {
    List<Map.Entry<ApplicationRow, List<List<Long>>>> rows = new ArrayList<>(readings.entrySet());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    long choices = 1;
    for (Map.Entry<ApplicationRow, List<List<Long>>> row : rows) {
      choices *= row.getValue().size();
      if (choices > MAX_CHOICES) {
        return Optional.empty();
      }
    }
    ApplicantColumn[] columns = ApplicantColumn.values();
    Map<ApplicationRow, Integer> chosen = null;
    for (long choice = 0; choice < choices; choice++) {
      Map<ApplicationRow, Integer> picks = new LinkedHashMap<>();
      ApplicationTable.Builder table = ApplicationTable.builder().from(placed);
      long rest = choice;
      for (Map.Entry<ApplicationRow, List<List<Long>>> row : rows) {
        List<List<Long>> alternatives = row.getValue();
        int pick = (int) (rest % alternatives.size());
        rest /= alternatives.size();
        picks.put(row.getKey(), pick);
        for (int c = 0; c < columns.length; c++) {
          table.cell(row.getKey(), columns[c], alternatives.get(pick).get(c));
        }
      }
      if (ReportChecker.checkApplications(table.build(), layout).isEmpty()) {
        if (chosen != null) {
          return Optional.empty(); // two choices add up: neither is evidence
        }
        chosen = picks;
      }
    }
    return Optional.ofNullable(chosen);
  }
}
