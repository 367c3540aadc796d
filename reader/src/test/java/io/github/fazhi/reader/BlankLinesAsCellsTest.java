package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Path;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tables B and C as a page's text gives them when it is taken cell by cell, one cell a line, and a blank cell
 * (a cell holding only a non-breaking space in the page) as an empty line, as a real municipal report printed most of its cells: a row is
 * its label and then exactly seven lines, some of them empty. The empty lines are the blank cells only when every
 * row of the table comes out so; where empty lines are a text's spacing, the table is read as before and no
 * cell moves.
 */
class BlankLinesAsCellsTest {
  /**
   * The cells of each leaf row, null for a blank cell: counts distinct within a row, 总计 the sum of the printed
   * parts or blank; the shapes of a real page's rows (a row printed whole, one with only 自然人 and 总计, one with
   * its 总计 blank, one blank throughout).
   */
  @SuppressWarnings("EnumOrdinal") // a distinct number per row, nothing stored by ordinal
  private static List<Long> printed(ApplicationRow row) {
    long base = row.ordinal() * 10L + 3;
    List<Long> cells = new ArrayList<>();
    switch (row.ordinal() % 4) {
      case 0 -> { // parts in four columns, 总计 printed
        cells.addAll(List.of(base, base + 1));
        cells.add(null);
        cells.add(null);
        cells.addAll(List.of(2L, 1L, base + base + 1 + 3));
      }
      case 1 -> { // only 自然人 and 总计
        cells.add(base);
        for (int i = 0; i < 5; i++) {
          cells.add(null);
        }
        cells.add(base);
      }
      case 2 -> { // parts printed, 总计 blank
        cells.addAll(List.of(base, 1L));
        for (int i = 0; i < 5; i++) {
          cells.add(null);
        }
      }
      default -> { // blank throughout
        for (int i = 0; i < 7; i++) {
          cells.add(null);
        }
      }
    }
    return cells;
  }

  private static List<ApplicationRow> leafRows() {
    return ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021);
  }

  private static final String HEAD = String.join("\n", "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计",
      "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他") + "\n";

  /** The Table C cells: 行政复议 5 · · 2 7, 未经复议直接起诉 8 · · 1 9, 复议后起诉 blank. */
  private static final List<Long> TABLE_C = new ArrayList<>();

  static {
    TABLE_C.addAll(java.util.Arrays.asList(5L, null, null, 2L, 7L, 8L, null, null, 1L, 9L, null, null, null, null,
        null));
  }

  private static final String C_HEAD = String.join("\n", "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
      "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果",
      "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计") + "\n";

  private static String lines(List<Long> cells) {
    StringBuilder text = new StringBuilder();
    for (Long cell : cells) {
      text.append(cell == null ? "" : cell.toString()).append('\n');
    }
    return text.toString();
  }

  /** Table B, then Table C, one cell a line; {@code spacing} printed after each row's cells. */
  private static String page(String spacing, String afterTables) {
    StringBuilder text = new StringBuilder("二、主动公开政府信息情况\n本年主动公开文件47件。\n").append(HEAD);
    for (ApplicationRow row : ApplicationRow.values()) {
      if (!row.isIn(OpenGovLayout.FORMAT_2021)) {
        continue;
      }
      text.append(row.label()).append('\n');
      if (leafRows().contains(row)) {
        text.append(lines(printed(row))).append(spacing);
      }
    }
    return text.append(C_HEAD).append(lines(TABLE_C)).append(afterTables).toString();
  }

  private static final String NEXT = "五、政府信息公开工作存在的主要问题及改进情况\n公开栏目更新不及时。\n";

  private String source = "";

  private OpenGovInfoTables read(String text) {
    source = text;
    return OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021);
  }

  /** Every printed cell in its column, every blank cell unknown, each span the number printed. */
  private void assertEveryCellRight(OpenGovInfoTables tables) {
    ApplicationTable table = tables.info().applications().orElseThrow();
    Map<String, OptionalLong> wrong = new LinkedHashMap<>();
    for (ApplicationRow row : leafRows()) {
      List<Long> cells = printed(row);
      for (ApplicantColumn column : ApplicantColumn.values()) {
        Long cell = cells.get(column.ordinal());
        OptionalLong expected = cell == null ? OptionalLong.empty() : OptionalLong.of(cell);
        if (!table.cell(row, column).equals(expected)) {
          wrong.put(row.fullLabel() + " " + column.label(), table.cell(row, column));
        }
      }
    }
    assertThat(wrong).as("Table B cells read wrong, missed or invented").isEmpty();
    DisputeTable disputes = tables.info().disputes().orElseThrow();
    int at = 0;
    for (DisputeBlock block : DisputeBlock.values()) {
      for (DisputeColumn column : DisputeColumn.values()) {
        Long cell = TABLE_C.get(at++);
        assertThat(disputes.cell(block, column)).as(block.label() + " " + column.label())
            .isEqualTo(cell == null ? OptionalLong.empty() : OptionalLong.of(cell));
      }
    }
    for (Map.Entry<Path, Span> span : tables.spans().entrySet()) {
      assertThat(span.getValue().isIn(source)).as(span.getKey().toString()).isTrue();
      assertThat(span.getValue().written()).as(span.getKey().toString()).matches("[0-9]+");
    }
  }

  /** No cell of Table B or C holds a value other than the one printed in its place. */
  private static void assertNoCellWrong(OpenGovInfoTables tables) {
    tables.info().applications().ifPresent(table -> {
      for (ApplicationRow row : leafRows()) {
        List<Long> cells = printed(row);
        for (ApplicantColumn column : ApplicantColumn.values()) {
          Long cell = cells.get(column.ordinal());
          OptionalLong read = table.cell(row, column);
          if (read.isPresent()) {
            assertThat(cell).as(row.fullLabel() + " " + column.label()).isEqualTo(read.getAsLong());
          }
        }
      }
    });
    tables.info().disputes().ifPresent(disputes -> {
      int at = 0;
      for (DisputeBlock block : DisputeBlock.values()) {
        for (DisputeColumn column : DisputeColumn.values()) {
          Long cell = TABLE_C.get(at++);
          OptionalLong read = disputes.cell(block, column);
          if (read.isPresent()) {
            assertThat(cell).as(block.label() + " " + column.label()).isEqualTo(read.getAsLong());
          }
        }
      }
    });
  }

  @Test
  void everyEmptyLineABlankCell_everyCellInItsColumn() {
    OpenGovInfoTables tables = read(page("", NEXT));

    assertEveryCellRight(tables);
    // a row printed blank throughout has nothing to read; no row is cut short or long
    assertThat(tables.unread()).noneMatch(line -> line.contains(" lines "));
  }

  @Test
  void theTablesAtTheEndOfTheText_areReadAsWell() {
    assertEveryCellRight(read(page("", "")));
  }

  @Test
  void emptyLinesBetweenTheTablesAndWhatFollows_areNoCells_andNothingMoves() {
    // which empty line is spacing cannot be told when a row ends blank: the rows stay as the plain reading has them
    OpenGovInfoTables tables = read(page("", "\n\n" + NEXT));

    assertNoCellWrong(tables);
  }

  @Test
  void anEmptyLineAfterEveryRow_isSpacing_andTheBlankCellsStayUnread() {
    // the rows with every cell printed are read as before; rows printed short cannot be placed, and no cell moves
    OpenGovInfoTables tables = read(page("\n", NEXT));

    assertNoCellWrong(tables);
    assertThat(tables.unread()).anyMatch(line -> line.startsWith("Table B row"));
  }

  @Test
  void aStrayEmptyLineBetweenALabelAndItsCells_leavesTheBlankCellsUnread_neverShiftsThem() {
    ApplicationRow stray = leafRows().get(2);
    String text = page("", NEXT).replace(stray.label() + "\n", stray.label() + "\n\n");

    OpenGovInfoTables tables = read(text);

    assertNoCellWrong(tables);
    assertThat(tables.info().applications().flatMap(table -> {
      OptionalLong cell = table.cell(stray, ApplicantColumn.NATURAL_PERSON);
      return cell.isPresent() ? java.util.Optional.of(cell.getAsLong()) : java.util.Optional.empty();
    })).as("the row with the stray line").isEmpty();
  }

  @Test
  void theRowsOfTheSamePage_printedWithoutBlankLines_readAsBefore() {
    // the page's prose spaced by empty lines, its table cells one a line with no blank cell: nothing changes
    StringBuilder text = new StringBuilder("一、总体情况\n\n本年度共受理申请12件。\n\n").append(HEAD);
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(OpenGovLayout.FORMAT_2021)) {
        text.append(row.label()).append('\n');
        if (leafRows().contains(row)) {
          for (int i = 1; i <= 6; i++) {
            text.append(i).append('\n');
          }
          text.append(21).append('\n');
        }
      }
    }
    OpenGovInfoTables tables = read(text.append("\n").append(NEXT).toString());

    ApplicationTable table = tables.info().applications().orElseThrow();
    for (ApplicationRow row : leafRows()) {
      assertThat(table.cell(row, ApplicantColumn.TOTAL)).as(row.fullLabel()).hasValue(21);
      assertThat(table.cell(row, ApplicantColumn.OTHER_ORGANISATION)).as(row.fullLabel()).hasValue(6);
    }
    assertThat(Set.copyOf(tables.unread())).noneMatch(line -> line.startsWith("Table B"));
  }
}
