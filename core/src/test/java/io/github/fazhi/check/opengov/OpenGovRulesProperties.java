package io.github.fazhi.check.opengov;

import static io.github.fazhi.testing.OpenGovReports.consistent;
import static io.github.fazhi.testing.OpenGovReports.consistentDisputes;
import static io.github.fazhi.testing.OpenGovReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fazhi.Report;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules leave no cell of Table B or Table C unchecked: a consistent report has no ERROR, and
 * changing any one stated cell by ±1 is always found, whether or not the group rows are filled, in both
 * layouts.
 */
class OpenGovRulesProperties {
  private static final ReportChecker CHECKER = ReportChecker.standard();

  private static long errors(Report report) {
    return CHECKER.check(report).stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  private static OpenGovInfo info(OpenGovLayout layout, ApplicationTable applications, DisputeTable disputes) {
    return OpenGovInfo.builder().layout(layout).applications(applications).disputes(disputes).build();
  }

  @Test
  void consistentTables_haveNoError() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 40), booleans().all(), booleans().all())
        .checkAssert((values, groups, trial) -> {
          OpenGovLayout layout = trial ? OpenGovLayout.TRIAL_2019 : OpenGovLayout.FORMAT_2021;
          Report report = report(info(layout, consistent(layout, values, groups), consistentDisputes(values)));
          assertThat(CHECKER.check(report)).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        });
  }

  @Test
  void everyCellOfTableB_changedByOne_isFound() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 40), booleans().all(), booleans().all(),
            integers().between(0, 20_000))
        .checkAssert((values, groups, trial, choice) -> {
          boolean up = choice % 2 == 0;
          int pick = choice / 2;
          OpenGovLayout layout = trial ? OpenGovLayout.TRIAL_2019 : OpenGovLayout.FORMAT_2021;
          ApplicationTable table = consistent(layout, values, groups);
          List<Map.Entry<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long>> cells = new ArrayList<>(table.cells().entrySet());
          Map.Entry<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> cell = cells.get(pick % cells.size());
          long changed = up || cell.getValue() == 0 ? cell.getValue() + 1 : cell.getValue() - 1;
          ApplicationTable broken = ApplicationTable.builder().putAllCells(withCell(table, cell.getKey(), changed)).build();
          Report report = report(info(layout, broken, consistentDisputes(values)));
          assertThat(errors(report)).as("%s changed to %d", cell.getKey().label(), changed).isPositive();
        });
  }

  @Test
  void allCellsOfTableB_areChecked_in2021Layout() {
    // 25 numeric rows × 7 columns, each changed by +1 and by −1 where it can be
    OpenGovLayout layout = OpenGovLayout.FORMAT_2021;
    ApplicationTable table = consistent(layout, List.of(3, 1, 4, 1, 5, 9, 2, 6), false);
    assertThat(table.cells()).hasSize(175);
    for (CellTable.Cell<ApplicationRow, ApplicantColumn> cell : table.cells().keySet()) {
      long value = table.cells().get(cell);
      for (long changed : new long[] {value + 1, value - 1}) {
        ApplicationTable broken = ApplicationTable.builder().putAllCells(withCell(table, cell, changed)).build();
        assertThat(errors(report(info(layout, broken, consistentDisputes(List.of(1))))))
            .as("%s changed to %d", cell.label(), changed).isPositive();
      }
    }
  }

  @Test
  void everyCellOfTableC_changedByOne_isFound() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 12), integers().between(0, 14),
            booleans().all())
        .checkAssert((values, pick, up) -> {
          DisputeTable table = consistentDisputes(values);
          List<CellTable.Cell<DisputeBlock, DisputeColumn>> cells = new ArrayList<>(table.cells().keySet());
          assertThat(cells).hasSize(15);
          CellTable.Cell<DisputeBlock, DisputeColumn> cell = cells.get(pick);
          long value = table.cells().get(cell);
          long changed = up || value == 0 ? value + 1 : value - 1;
          java.util.TreeMap<CellTable.Cell<DisputeBlock, DisputeColumn>, Long> map = new java.util.TreeMap<>(table.cells());
          map.put(cell, changed);
          DisputeTable broken = DisputeTable.builder().putAllCells(map).build();
          Report report = report(OpenGovInfo.builder().disputes(broken).build());
          assertThat(errors(report)).as("%s changed to %d", cell.label(), changed).isEqualTo(1);
        });
  }

  private static Map<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> withCell(ApplicationTable table, CellTable.Cell<ApplicationRow, ApplicantColumn> cell,
      long value) {
    java.util.TreeMap<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> map = new java.util.TreeMap<>(table.cells());
    map.put(cell, value);
    return map;
  }
}
