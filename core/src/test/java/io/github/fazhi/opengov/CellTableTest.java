package io.github.fazhi.opengov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.fazhi.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one table shape of Tables A, B and C: cells in layout order, paths, look-up, equality, refusals. */
class CellTableTest {
  @Test
  void cells_sortByRowThenColumn_inTheLayoutsOrder_whateverTheOrderTheyWereSetIn() {
    ApplicationTable table = ApplicationTable.builder()
        .cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 1)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 7)
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 6)
        .build();
    assertThat(table.cells().keySet()).extracting(CellTable.Cell::path).containsExactly(
        "cells[new_received][natural_person]", "cells[new_received][total]", "cells[carried_forward][natural_person]");
    assertThat(table.value(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).contains(7L);
    assertThat(table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(7);
    assertThat(table.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL)).isEmpty();
    assertThat(table.toString()).startsWith("ApplicationTable{cells={");
  }

  @Test
  void aCellSetTwice_isRefusedAtBuild_withItsPathAndBothNumbers() {
    DisputeTable.Builder builder = DisputeTable.builder()
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, 3)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.UPHELD, 4)
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL, -1);
    assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
        .hasMessageContaining("cells[reconsideration][upheld] (4) is set twice, first to 3")
        .hasMessageContaining("cells[reconsideration][total] (-1) must be >= 0");
  }

  @Test
  void fromAndPutAllCells_copyEveryCell() {
    ProactiveDisclosureTable table = ProactiveDisclosureTable.builder()
        .cell(ProactiveItem.FEES, ProactiveColumn.FEE_AMOUNT, new BigDecimal("0.05"))
        .cell(ProactiveItem.RULES, ProactiveColumn.ISSUED, 2).build();
    assertThat(ProactiveDisclosureTable.builder().from(table).build()).isEqualTo(table);
    assertThat(ProactiveDisclosureTable.builder().putAllCells(table.cells())
        .cell(ProactiveItem.RULES, ProactiveColumn.REPEALED, 1).build().cells()).hasSize(3);
  }

  @Test
  void equality_isBySameTableAndSameCells() {
    new EqualsTester()
        .addEqualityGroup(ApplicationTable.builder().build(), ApplicationTable.builder().build())
        .addEqualityGroup(DisputeTable.builder().build())
        .addEqualityGroup(ProactiveDisclosureTable.builder().build())
        .addEqualityGroup(
            DisputeTable.builder().cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.OTHER, 1).build(),
            DisputeTable.builder().cell(DisputeBlock.LITIGATION_DIRECT, DisputeColumn.OTHER, 1).build())
        .testEquals();
  }

  @Test
  void headings_nameTheCellAsTheTablePrintsIt() {
    assertThat(new CellTable.Cell<>(ApplicationRow.NOT_DISCLOSED_STATE_SECRET, ApplicantColumn.TOTAL).label())
        .isEqualTo("（三）1.属于国家秘密 / 总计");
    assertThat(DisputeBlock.LITIGATION_DIRECT.heading()).isEqualTo("行政诉讼 未经复议直接起诉");
    assertThat(ProactiveColumn.CHANGE.heading()).isEqualTo("本年增/减");
  }
}
