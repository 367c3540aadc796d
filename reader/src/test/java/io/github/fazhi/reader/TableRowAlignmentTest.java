package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Path;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Table B rows whose printed cells are not one a column (a converter's empty cells, cells run together): a
 * row is placed only when exactly one alignment makes 总计 the sum of the applicant columns, else unread
 * with its reason; seven cells are read as printed even when they do not add up.
 */
class TableRowAlignmentTest {
  private static final String NEW = "一、本年新收政府信息公开申请数量";
  private static final String CARRIED = "二、上年结转政府信息公开申请数量";

  private static OpenGovInfoTables read(String rows) {
    return OpenGovInfoTableReader.readText("三、收到和处理政府信息公开申请情况\n" + rows, OpenGovLayout.FORMAT_2021);
  }

  private static List<OptionalLong> row(OpenGovInfoTables tables, ApplicationRow row) {
    ApplicationTable table = tables.info().applications().orElseThrow();
    List<OptionalLong> cells = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      cells.add(table.cell(row, column));
    }
    return cells;
  }

  private static List<OptionalLong> counts(long... values) {
    List<OptionalLong> cells = new ArrayList<>();
    for (long value : values) {
      cells.add(OptionalLong.of(value));
    }
    return cells;
  }

  private static List<OptionalLong> unknown() {
    List<OptionalLong> cells = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      cells.add(OptionalLong.empty());
    }
    return cells;
  }

  @Test
  void shiftedRow_oneConsistentAlignment_isRead() {
    // the label's second column left as an empty cell: eight cells, and only dropping it gives 3+1 = 4
    OpenGovInfoTables tables = read(NEW + " |  | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
        + CARRIED + " | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(counts(3, 1, 0, 0, 0, 0, 4));
    assertThat(tables.spans().get(Path.root().field("openGovInfo").field("applications").field("cells").key("new_received").key("commercial_enterprise")).written())
        .isEqualTo("1");
    assertThat(tables.unread()).noneMatch(line -> line.contains(NEW));
  }

  @Test
  void shiftedRow_twoConsistentAlignments_isUnreadWithItsReason() {
    // is the 5 the natural persons' or the enterprises'? Dropping either blank gives a total of 5
    OpenGovInfoTables tables = read(NEW + " |  | 5 |  | 0 | 0 | 0 | 0 | 5 |\n"
        + CARRIED + " | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(unknown());
    assertThat(row(tables, ApplicationRow.CARRIED_OVER)).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0));
    assertThat(tables.unread()).contains("Table B row " + ApplicationRow.NEW_RECEIVED.fullLabel()
        + ": 8 cells for 7 columns, and 2 alignments give a last column that is the sum of the others");
  }

  @Test
  void shiftedRow_noConsistentAlignment_isUnreadNotShifted() {
    // 3+1 is not 9 in any alignment: the row is left unread rather than read one column off
    OpenGovInfoTables tables = read(NEW + " |  | 3 | 1 | 0 | 0 | 0 | 0 | 9 |\n"
        + CARRIED + " | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(unknown());
    assertThat(tables.unread()).contains("Table B row " + ApplicationRow.NEW_RECEIVED.fullLabel()
        + ": 8 cells for 7 columns, and no alignments give a last column that is the sum of the others");
  }

  @Test
  void runTogetherDigits_oneSplitAddsUp_isSplit() {
    // 20 4 1 0 0 0 25 run together: 20+4+1 = 25, and no other split into counts adds up
    OpenGovInfoTables tables = read(NEW + " 204100025\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(counts(20, 4, 1, 0, 0, 0, 25));
    Span total = tables.spans().get(Path.root().field("openGovInfo").field("applications").field("cells").key("new_received").key("total"));
    assertThat(total.written()).isEqualTo("25");
    assertThat(tables.spans().get(Path.root().field("openGovInfo").field("applications").field("cells").key("new_received").key("natural_person")).written())
        .isEqualTo("20");
  }

  @Test
  void runTogetherDigits_twoSplitsAddUp_isUnread() {
    // 12 3 0 1 0 0 16 and 1 2 3 0 10 0 16 both add up to 16
    OpenGovInfoTables tables = read(NEW + " 123010016\n" + CARRIED + " 0 0 0 0 0 0 0\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(unknown());
    assertThat(tables.unread()).contains("Table B row " + ApplicationRow.NEW_RECEIVED.fullLabel()
        + ": the run-together digits 123010016, and 2 alignments give a last column that is the sum of the others");
  }

  /**
   * The whole of Table B, every count 0 but 一、本年新收 = （一）予以公开 = （七）总计 = 12 3 0 1 0 0 16, with 一
   * printed as {@code new}; {@code forward} is 四、结转下年度继续办理's row.
   */
  private static String wholeTable(String newReceived, String forward) {
    StringBuilder text = new StringBuilder();
    for (ApplicationRow row : OpenGovDocuments.rows()) {
      text.append(row.label());
      if (row == ApplicationRow.NEW_RECEIVED) {
        text.append(' ').append(newReceived);
      } else if (row == ApplicationRow.DISCLOSED || row == ApplicationRow.RESULTS_TOTAL) {
        text.append(" 12 3 0 1 0 0 16");
      } else if (row == ApplicationRow.CARRIED_FORWARD) {
        text.append(' ').append(forward);
      } else if (!row.isGroup(OpenGovLayout.FORMAT_2021)) {
        text.append(" 0 0 0 0 0 0 0");
      }
      text.append('\n');
    }
    return text.toString();
  }

  @Test
  void runTogetherDigits_twoSplitsAddUp_theTablesBalancePicksTheOneThatAddsUp() {
    // 12 3 0 1 0 0 16 and 1 2 3 0 10 0 16 both add up to 16; only the first makes 一 + 二 = （七） + 四
    OpenGovInfoTables tables = read(wholeTable("123010016", "0 0 0 0 0 0 0"));

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(counts(12, 3, 0, 1, 0, 0, 16));
    assertThat(tables.unread()).noneMatch(line -> line.contains(NEW));
    Path cells = Path.root().field("openGovInfo").field("applications").field("cells").key("new_received");
    assertThat(tables.spans().get(cells.key("natural_person")).written()).isEqualTo("12");
    assertThat(tables.spans().get(cells.key("total")).written()).isEqualTo("16");
  }

  @Test
  void runTogetherDigits_twoSplitsAddUp_aTableThatAddsUpUnderNeither_leavesTheRowUnread() {
    // 四 prints 1 under 其他 and in its total: the balance fails in those columns whichever split is taken
    OpenGovInfoTables tables = read(wholeTable("123010016", "0 0 0 0 0 1 1"));

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(unknown());
    assertThat(tables.unread()).contains("Table B row " + ApplicationRow.NEW_RECEIVED.fullLabel()
        + ": the run-together digits 123010016, and 2 alignments give a last column that is the sum of the others");
  }

  @Test
  void runTogetherDigits_asManyAsTheColumns_areSplitOnlyWhenTheyAddUp() {
    // printed 5 · 1 1 1 2 10 with a blank cell, run together: seven digits, yet not a digit a cell (review)
    OpenGovInfoTables tables = read(NEW + " 5111210\n" + CARRIED + " 0 0 0 0 0 0 0\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(unknown());
    assertThat(tables.unread()).anyMatch(line -> line.contains("5111210, and no alignments"));
  }

  @Test
  void runTogetherDigits_noSplitAddsUp_isUnread() {
    OpenGovInfoTables tables = read(NEW + " 2041000025\n" + CARRIED + " 0 0 0 0 0 0 0\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(unknown());
    assertThat(tables.unread()).anyMatch(line -> line.contains("2041000025, and no alignments"));
  }

  @Test
  void sevenCellsThatDoNotAddUp_areReadAsPrinted() {
    // a real inconsistency is the checker's to flag: 3+1 printed with a total of 9
    OpenGovInfoTables tables = read(NEW + " | 3 | 1 | 0 | 0 | 0 | 0 | 9 |\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(counts(3, 1, 0, 0, 0, 0, 9));
    assertThat(tables.unread()).noneMatch(line -> line.contains(NEW));
  }

  @Test
  void emptyColumnsAfterTheLast_shiftNothing() {
    OpenGovInfoTables tables = read(NEW + " | 3 | 1 | 0 | 0 | 0 | 0 | 9 |  |  |\n");

    assertThat(row(tables, ApplicationRow.NEW_RECEIVED)).isEqualTo(counts(3, 1, 0, 0, 0, 0, 9));
  }
}
