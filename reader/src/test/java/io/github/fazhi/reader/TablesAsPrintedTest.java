package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Path;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Table B as text layers print it (#22 part 3, "tables as printed"): a PDF's text (cells parted by tabs, as
 * fazhi-documents writes a PDF's columns), crawled text (cells parted by spaces) and a Markdown conversion
 * (cells parted by {@code |}), with the hazards of real reports: a word missing from a label, labels wrapped
 * over two or three lines with the numbers on the middle or last line, a label split by a space, the
 * characters of the merged cell 三、本年度办理结果 in front of the labels beside it, a group label and its first
 * row on one line, （六）其他处理 printed as one row. Every test checks every cell: right where printed, none
 * wrong, none invented, and the rows that cannot be placed unread with the reason.
 */
class TablesAsPrintedTest {
  private static final String HEADING = "三、收到和处理政府信息公开申请情况\n";
  private static final String MERGED = "三、本年度办理结果";

  /** A distinct count for every cell; each row's 总计 the sum of its applicant columns. */
  @SuppressWarnings("EnumOrdinal") // a distinct number per row and column, nothing stored by ordinal
  private static long value(ApplicationRow row, ApplicantColumn column) {
    if (column == ApplicantColumn.TOTAL) {
      long sum = 0;
      for (ApplicantColumn part : ApplicantColumn.values()) {
        sum += part == ApplicantColumn.TOTAL ? 0 : value(row, part);
      }
      return sum;
    }
    return row.ordinal() * 10L + column.ordinal() + 1;
  }

  private static List<String> cells(ApplicationRow row) {
    List<String> cells = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      cells.add(Long.toString(value(row, column)));
    }
    return cells;
  }

  /** The rows of the 2021 layout as printed, 三 left out (its characters stand beside the result rows). */
  private static List<ApplicationRow> printedRows() {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(OpenGovLayout.FORMAT_2021) && row != ApplicationRow.RESULTS) {
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * Table B printed one row a line, each line from {@code line} (null: the label, then the counts), cells
   * parted by {@code separator}.
   */
  private static String table(String separator, Function<ApplicationRow, String> line) {
    StringBuilder text = new StringBuilder(HEADING);
    text.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").append(separator).append("申请人情况\n");
    text.append(String.join(separator, "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"))
        .append('\n');
    for (ApplicationRow row : printedRows()) {
      String printed = line.apply(row);
      if (printed != null) {
        text.append(printed).append('\n');
      } else if (row.isGroup(OpenGovLayout.FORMAT_2021)) {
        text.append(row.label()).append('\n');
      } else {
        text.append(row.label()).append(separator).append(String.join(separator, cells(row))).append('\n');
      }
    }
    return text.append("四、行政复议、行政诉讼情况\n").toString();
  }

  private static String row(ApplicationRow row, String separator, String label) {
    return label + separator + String.join(separator, cells(row));
  }

  /** The text last read (JUnit makes an instance per test). */
  private String source = "";

  private OpenGovInfoTables read(String text) {
    source = text;
    return OpenGovInfoTableReader.readText(text, OpenGovLayout.FORMAT_2021);
  }

  /** Every numeric row right, except {@code unread} rows which hold nothing; no cell anywhere else. */
  private void assertRightExcept(OpenGovInfoTables tables, Set<ApplicationRow> unread) {
    ApplicationTable table = tables.info().applications().orElseThrow();
    Map<String, OptionalLong> wrong = new LinkedHashMap<>();
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong read = table.cell(row, column);
        OptionalLong expected = unread.contains(row) ? OptionalLong.empty() : OptionalLong.of(value(row, column));
        if (!read.equals(expected)) {
          wrong.put(row.fullLabel() + " " + column.label(), read);
        }
      }
    }
    assertThat(wrong).as("cells read wrong or missed").isEmpty();
    assertThat(table.cells().keySet()).as("cells invented").allMatch(cell ->
        ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021).contains(cell.row()));
    for (Map.Entry<Path, Span> span : tables.spans().entrySet()) {
      assertThat(span.getValue().isIn(source)).as(span.getKey().toString()).isTrue();
      assertThat(span.getValue().written()).as(span.getKey().toString()).matches("[0-9]+");
    }
  }

  @Test
  void theOverviewNamesTheFirstRowInASentence_theTableStillStartsAtItsOwnRow() {
    String overview = "一、总体情况\n（二）依申请公开。本年新收政府信息公开申请97件，上年结转5件，办结99件，结转下年度继续办理3件。\n";
    OpenGovInfoTables tables = read(overview + table(" | ", row -> null));

    assertRightExcept(tables, Set.of());
    assertThat(tables.unread()).isEmpty();
  }

  @Test
  void allRowsOnALine_crawledWithSpaces_everyCellRight() {
    OpenGovInfoTables tables = read(table(" ", row -> null));

    assertRightExcept(tables, Set.of());
    assertThat(tables.unread()).isEmpty();
  }

  @Test
  void aWordMissingFromALabel_isStillItsRow() {
    // 行政 left out of 2.其他法律行政法规禁止公开, and 政府信息 out of 一、
    OpenGovInfoTables tables = read(table("\t", row -> switch (row) {
      case NOT_DISCLOSED_PROHIBITED_BY_LAW -> row(row, "\t", "2.其他法律法规禁止公开");
      case NEW_RECEIVED -> row(row, "\t", "一、本年新收公开申请数量");
      default -> null;
    }));

    assertRightExcept(tables, Set.of());
  }

  @Test
  void labelsWrappedOverLines_numbersOnTheMiddleOrLastLine_areTheirRows() {
    OpenGovInfoTables tables = read(table("\t", row -> switch (row) {
      // three lines, the numbers on the middle one
      case PARTLY_DISCLOSED -> "（二）部分公开（区分处理\n" + row(row, "\t", "的，只计这一情形，不计") + "\n其他情形）";
      // two lines, the numbers on the last
      case OTHER_NOT_COMPLETED -> "1.申请人无正当理由逾期不补正、行政机关\n" + row(row, "\t", "不再处理其政府信息公开申请");
      // three lines, the numbers on the last
      case OTHER_FEE_NOT_PAID -> "2.申请人逾期未按收费通知要求\n缴纳费用、行政机关不再处理其\n" + row(row, "\t", "政府信息公开申请");
      default -> null;
    }));

    assertRightExcept(tables, Set.of());
    assertThat(tables.unread()).isEmpty();
  }

  @Test
  void aLabelSplitByASpace_isOneLabel() {
    OpenGovInfoTables tables = read(table(" ", row -> row == ApplicationRow.PARTLY_DISCLOSED
        ? row(row, " ", "（二）部分公开（区分处理的，只计这一情 形，不计其他情形）") : null));

    assertRightExcept(tables, Set.of());
  }

  @Test
  void theMergedCellsCharacters_inFrontOfTheLabels_doNotHideThem() {
    // 三、本年度办理结果 written one character a line beside (一)…(九): crawled with a space, or run into the label
    List<ApplicationRow> results = new ArrayList<>();
    for (ApplicationRow row : printedRows()) {
      if (row.parent().isPresent() && row != ApplicationRow.RESULTS_TOTAL) {
        results.add(row);
      }
    }
    OpenGovInfoTables tables = read(table(" ", row -> {
      int at = results.indexOf(row);
      if (at < 0 || at >= MERGED.length()) {
        return null;
      }
      String character = MERGED.substring(at, at + 1);
      String label = at % 2 == 0 ? character + " " + row.label() : character + row.label();
      return row.isGroup(OpenGovLayout.FORMAT_2021) ? label : row(row, " ", label);
    }));

    assertRightExcept(tables, Set.of());
  }

  @Test
  void theMergedCellsCharacters_asAPdfPrintsThem_beforeAGroupAndASubRow() {
    // the forms of real reports: 本 3.危及“三安全一稳定” 0 0 0 …, and 办（三）不予公开
    OpenGovInfoTables tables = read(table(" ", row -> switch (row) {
      case NOT_DISCLOSED -> "办（三）不予公开";
      case NOT_DISCLOSED_THREE_SAFETIES -> row(row, " ", "本 3.危及“三安全一稳定”");
      default -> null;
    }));

    assertRightExcept(tables, Set.of());
    assertThat(tables.unread()).isEmpty();
  }

  @Test
  void aGroupLabelAndItsFirstRowOnOneLine_theNumbersGoToTheRow() {
    OpenGovInfoTables tables = read(table(" ", row -> switch (row) {
      case UNAVAILABLE -> "";
      case UNAVAILABLE_NOT_HELD -> row(row, " ", "（四）无法提供 1.本机关不掌握相关政府信息");
      default -> null;
    }).replace("\n\n", "\n"));

    assertRightExcept(tables, Set.of());
    assertThat(tables.info().applications().orElseThrow().cell(ApplicationRow.UNAVAILABLE, ApplicantColumn.TOTAL))
        .isEmpty();
  }

  @Test
  void otherHandlingPrintedAsOneRow_isReadAsThatGroupsRow_andTheTotalStillItsOwn() {
    // a 2021-layout table that prints （六）其他处理 as one row, without its three sub-rows
    Set<ApplicationRow> subRows = EnumSet.of(ApplicationRow.OTHER_NOT_COMPLETED, ApplicationRow.OTHER_FEE_NOT_PAID,
        ApplicationRow.OTHER_OTHER);
    OpenGovInfoTables tables = read(table("\t", row -> subRows.contains(row) ? ""
        : row == ApplicationRow.OTHER_HANDLING ? "（六）其他处理\t2\t0\t0\t0\t0\t0\t2" : null).replace("\n\n", "\n"));

    ApplicationTable table = tables.info().applications().orElseThrow();
    assertThat(table.cell(ApplicationRow.OTHER_HANDLING, ApplicantColumn.NATURAL_PERSON)).hasValue(2);
    assertThat(table.cell(ApplicationRow.OTHER_HANDLING, ApplicantColumn.TOTAL)).hasValue(2);
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        assertThat(table.cell(row, column)).as(row + " " + column)
            .isEqualTo(subRows.contains(row) ? OptionalLong.empty() : OptionalLong.of(value(row, column)));
      }
    }
    assertThat(tables.unread()).contains("Table B row （六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: not found");
  }

  @Test
  void aRowPrintedTwice_fitsItsRowTwice_andNeitherIsGuessed() {
    // the same label with other numbers: either could be the row, so neither is read
    String text = table(" ", row -> row == ApplicationRow.NOT_PROCESSED_REPEATED
        ? row(row, " ", "2.重复申请") + "\n2.重复申请 9 0 0 0 0 0 9" : null);
    OpenGovInfoTables tables = read(text);

    assertRightExcept(tables, Set.of(ApplicationRow.NOT_PROCESSED_REPEATED));
    assertThat(tables.unread()).contains("Table B row （五）2.重复申请: the printed label \"2.重复申请\" fits another "
        + "row as well, so its cells are unread");
  }

  @Test
  void markdownConversion_withTheHazards_everyCellRight() {
    // a converter's pipes, the merged cell left empty in front of the result rows, a wrapped label
    OpenGovInfoTables tables = read(table(" | ", row -> {
      if (row == ApplicationRow.PARTLY_DISCLOSED) {
        return " | （二）部分公开（区分处理的，只计这一情 | | | | | | | \n | 形，不计其他情形） | " + String.join(" | ", cells(row));
      }
      if (row == ApplicationRow.NOT_DISCLOSED_STATE_SECRET) {
        return " | 1.属于国家 秘密 | " + String.join(" | ", cells(row));
      }
      return null;
    }));

    assertRightExcept(tables, Set.of());
  }

  @Test
  void aRowWithACellLeftOut_isPlacedOnlyWhenOneColumnCanBeTheBlankOne() {
    OpenGovInfoTables tables = read(table(" ", row -> switch (row) {
      // 6 cells, the last (76) less than any five before it add up to: only 总计 can be the blank one
      case NOT_DISCLOSED_STATE_SECRET -> "1.属于国家秘密 71 72 73 74 75 76";
      // 6 cells 0 1 0 0 0 1: any of the seven columns could be the blank one: unread
      case NOT_DISCLOSED_THIRD_PARTY -> "4.保护第三方合法权益 0 1 0 0 0 1";
      default -> null;
    }));

    ApplicationTable table = tables.info().applications().orElseThrow();
    assertThat(table.cell(ApplicationRow.NOT_DISCLOSED_STATE_SECRET, ApplicantColumn.OTHER_ORGANISATION)).hasValue(76);
    assertThat(table.cell(ApplicationRow.NOT_DISCLOSED_STATE_SECRET, ApplicantColumn.TOTAL)).isEmpty();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      assertThat(table.cell(ApplicationRow.NOT_DISCLOSED_THIRD_PARTY, column)).as(column.label()).isEmpty();
    }
    assertThat(tables.unread()).anyMatch(line -> line.startsWith("Table B row （三）4.保护第三方合法权益: 6 cells for 7 columns"));
  }

  @Test
  void aRowBetweenBarsWrappedOverTwoLines_goesOnAtTheNextLine() {
    // a PDF drawn from a page that printed each row between bars wraps a long row: the label and its first
    // cell on one line, the other six on the next, then a bar alone
    OpenGovInfoTables tables = read(table(" | ", row -> switch (row) {
      case NEW_RECEIVED, CARRIED_OVER -> {
        List<String> cells = cells(row);
        yield row.label() + " | " + cells.get(0) + " |\n" + String.join(" | ", cells.subList(1, 7)) + " | |\n|";
      }
      case DISCLOSED -> {
        // the bar after the first cell pushed to the next line, which opens with it
        List<String> cells = cells(row);
        yield row.label() + " | " + cells.get(0) + "\n| " + String.join(" | ", cells.subList(1, 7)) + "\n|";
      }
      default -> null;
    }));

    assertRightExcept(tables, Set.of());
    assertThat(tables.unread()).isEmpty();
  }

  /** Asserts that the 上年结转 row holds nothing in {@code columns}. */
  private static void assertCarriedOverEmpty(OpenGovInfoTables tables, String printed, ApplicantColumn... columns) {
    ApplicationTable table = tables.info().applications().orElseThrow();
    for (ApplicantColumn column : columns) {
      assertThat(table.cell(ApplicationRow.CARRIED_OVER, column)).as(printed + " " + column.label()).isEmpty();
    }
  }

  @Test
  void aWrapWhoseCellsBreakTheRowsTotal_isNotJoined() {
    // 5 on the label's line, then 1 2 3 4 5 6: seven cells, but 6 is no 总计 of 5 1 2 3 4 5
    OpenGovInfoTables tables = read(table(" | ", row -> row == ApplicationRow.CARRIED_OVER
        ? row.label() + " | 5 |\n1 | 2 | 3 | 4 | 5 | 6 |" : null));

    assertCarriedOverEmpty(tables, "5 | then 1 2 3 4 5 6", ApplicantColumn.values());
    assertThat(tables.unread()).anyMatch(line -> line.startsWith("Table B row 二、上年结转政府信息公开申请数量: 1 cells for 7"));
  }

  @Test
  void aShortRowThenAPageNumber_theNumberIsNeverTheRowsTotal() {
    // six cells (one blank left out), then the page's number 2, twice the row's total: spaces or bars alike
    for (String printed : List.of("二、上年结转政府信息公开申请数量 1 0 0 0 0 1\n2",
        "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 1 |\n2")) {
      OpenGovInfoTables tables = read(table(" ", row -> row == ApplicationRow.CARRIED_OVER ? printed : null));

      assertCarriedOverEmpty(tables, printed, ApplicantColumn.TOTAL, ApplicantColumn.OTHER_ORGANISATION);
    }
  }

  @Test
  void aRowPrintedWholeWithBlanks_doesNotTakeTheNextLinesCells() {
    // the label's line holds all seven cells, blanks among them: complete; the next line is a row of its own
    for (String printed : List.of("二、上年结转政府信息公开申请数量 | | | | | | | |\n1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "二、上年结转政府信息公开申请数量 | 2 | | | | | | |\n0 | 0 | 0 | 0 | 0 | 2 |")) {
      OpenGovInfoTables tables = read(table(" ", row -> row == ApplicationRow.CARRIED_OVER ? printed : null));

      assertCarriedOverEmpty(tables, printed, ApplicantColumn.TOTAL, ApplicantColumn.COMMERCIAL_ENTERPRISE);
    }
  }

  @Test
  void aShortRowFollowedByAWholeRowWithoutALabel_isNotJoinedToIt() {
    // two cells on the label's line, then seven on the next: nine cells, not one row wrapped; the label's
    // cells are two of seven, and the line after is a row of its own with no label
    OpenGovInfoTables tables = read(table(" | ", row -> row == ApplicationRow.CARRIED_OVER
        ? row.label() + " | 3 | 4 |\n" + String.join(" | ", cells(row)) : null));

    assertCarriedOverEmpty(tables, "3 4 then a whole row", ApplicantColumn.values());
    assertThat(tables.unread()).anyMatch(line -> line.startsWith("Table B: 7 cells printed without a row label"));
  }

  @Test
  void cellPaths_areTheTablesOwn() {
    OpenGovInfoTables tables = read(table("\t", row -> null));
    assertThat(tables.spans()).containsKey(OpenGovInfo.APPLICATIONS_PATH
        .resolve(new CellTable.Cell<>(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL).at()));
    assertThat(OpenGovInfo.APPLICATIONS_PATH
        .resolve(new CellTable.Cell<>(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL).at()).toString())
        .isEqualTo("openGovInfo.applications.cells[disclosed][total]");
  }
}
