package io.github.fazhi.opengov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The look-up of a cell ({@link CellTable#value}, each table's {@code cell}, and {@code cellOrElse} of
 * Tables B and C) answers from an array by
 * row and column ordinals; it agrees with the table's cells ({@link CellTable#cells()}, the map that is the
 * table's equality and JSON form) on every row and column of random tables of A, B and C: the stated
 * number where the map has the cell, empty where it has not.
 */
class CellTableLookupProperties {
  /** Cells as (row index, column index, number), any number of them, the same cell possibly twice. */
  private static Gen<List<long[]>> cells(int rows, int columns) {
    Gen<long[]> cell = integers().between(0, rows - 1)
        .zip(integers().between(0, columns - 1), longs().between(0, Long.MAX_VALUE),
            (row, column, value) -> new long[] {row, column, value});
    return lists().of(cell).ofSizeBetween(0, rows * columns * 2);
  }

  @Test
  void tableB_lookUpAgreesWithItsCells() {
    ApplicationRow[] rows = ApplicationRow.values();
    ApplicantColumn[] columns = ApplicantColumn.values();
    qt().forAll(cells(rows.length, columns.length)).checkAssert(stated -> {
      java.util.Map<CellTable.Cell<ApplicationRow, ApplicantColumn>, Long> map = new java.util.TreeMap<>();
      stated.forEach(c -> map.put(new CellTable.Cell<>(rows[(int) c[0]], columns[(int) c[1]]), c[2]));
      ApplicationTable table = ApplicationTable.builder().putAllCells(map).build();
      assertThat(table.cells()).isEqualTo(map);
      for (ApplicationRow row : rows) {
        for (ApplicantColumn column : columns) {
          Long expected = map.get(new CellTable.Cell<>(row, column));
          assertThat(table.value(row, column)).isEqualTo(Optional.ofNullable(expected));
          assertThat(table.cell(row, column))
              .isEqualTo(expected == null ? OptionalLong.empty() : OptionalLong.of(expected));
          assertThat(table.cellOrElse(row, column, -1)).isEqualTo(expected == null ? -1 : expected);
        }
      }
    });
  }

  @Test
  void tableC_lookUpAgreesWithItsCells() {
    DisputeBlock[] rows = DisputeBlock.values();
    DisputeColumn[] columns = DisputeColumn.values();
    qt().forAll(cells(rows.length, columns.length)).checkAssert(stated -> {
      java.util.Map<CellTable.Cell<DisputeBlock, DisputeColumn>, Long> map = new java.util.TreeMap<>();
      stated.forEach(c -> map.put(new CellTable.Cell<>(rows[(int) c[0]], columns[(int) c[1]]), c[2]));
      DisputeTable table = DisputeTable.builder().putAllCells(map).build();
      assertThat(table.cells()).isEqualTo(map);
      for (DisputeBlock row : rows) {
        for (DisputeColumn column : columns) {
          Long expected = map.get(new CellTable.Cell<>(row, column));
          assertThat(table.value(row, column)).isEqualTo(Optional.ofNullable(expected));
          assertThat(table.cell(row, column))
              .isEqualTo(expected == null ? OptionalLong.empty() : OptionalLong.of(expected));
          assertThat(table.cellOrElse(row, column, -1)).isEqualTo(expected == null ? -1 : expected);
        }
      }
    });
  }

  @Test
  void tableA_lookUpAgreesWithItsCells() {
    ProactiveItem[] rows = ProactiveItem.values();
    ProactiveColumn[] columns = ProactiveColumn.values();
    qt().forAll(cells(rows.length, columns.length)).checkAssert(stated -> {
      java.util.Map<CellTable.Cell<ProactiveItem, ProactiveColumn>, BigDecimal> map = new java.util.TreeMap<>();
      stated.forEach(c -> map.put(new CellTable.Cell<>(rows[(int) c[0]], columns[(int) c[1]]),
          BigDecimal.valueOf(c[2])));
      ProactiveDisclosureTable table = ProactiveDisclosureTable.builder().putAllCells(map).build();
      assertThat(table.cells()).isEqualTo(map);
      for (ProactiveItem row : rows) {
        for (ProactiveColumn column : columns) {
          BigDecimal expected = map.get(new CellTable.Cell<>(row, column));
          assertThat(table.value(row, column)).isEqualTo(Optional.ofNullable(expected));
          assertThat(table.cell(row, column)).isEqualTo(Optional.ofNullable(expected));
        }
      }
    });
  }
}
