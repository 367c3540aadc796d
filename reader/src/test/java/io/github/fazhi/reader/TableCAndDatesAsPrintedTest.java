package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovLayout;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Table C (政府信息公开行政复议、行政诉讼情况) and dates as text layers print them (#22 part 3): the header
 * stacked over six lines with its fifteen numbers on one line; a cell left out, placed only where one column
 * of a block's identity (总计 = its four parts) can be the blank one; a printed 总计 that contradicts its parts
 * read as printed, for the checker to flag; dates and years with a PDF's spaces ({@code 2024 年 1 月 20 日},
 * {@code 2024 年度}). Figures are our own.
 */
class TableCAndDatesAsPrintedTest {
  /** The header as a PDF's text layer gives it: the column words one character a line, side by side. */
  private static final String STACKED_HEADER = String.join("\n",
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议 行政诉讼",
      "未经复议直接起诉 复议后起诉",
      "结 结 其 尚",
      "结 结 其 尚 结 结 其 尚",
      "果 果 他 未",
      "总计 果 果 他 未 总 果 果 他 未 总",
      "维 纠 结 审",
      "维 纠 结 审 计 维 纠 结 审 计",
      "持 正 果 结",
      "持 正 果 结 持 正 果 结",
      "");
  private static final String AFTER = "五、存在的主要问题及改进情况\n公开的栏目还需要进一步整合。\n";

  private static OpenGovInfoTables read(String numbers) {
    return OpenGovInfoTableReader.readText(STACKED_HEADER + numbers + "\n" + AFTER, OpenGovLayout.FORMAT_2021);
  }

  private static List<OptionalLong> cells(DisputeTable table) {
    List<OptionalLong> cells = new ArrayList<>();
    for (DisputeBlock block : DisputeBlock.values()) {
      for (DisputeColumn column : DisputeColumn.values()) {
        cells.add(table.cell(block, column));
      }
    }
    return cells;
  }

  private static List<OptionalLong> of(Long... values) {
    List<OptionalLong> cells = new ArrayList<>();
    for (Long value : values) {
      cells.add(value == null ? OptionalLong.empty() : OptionalLong.of(value));
    }
    return cells;
  }

  @Test
  void stackedHeader_fifteenNumbersOnOneLine_eachInItsColumn() {
    OpenGovInfoTables tables = read("3 1 2 1 7 0 1 0 1 2 1 0 0 0 1");

    assertThat(cells(tables.info().disputes().orElseThrow()))
        .isEqualTo(of(3L, 1L, 2L, 1L, 7L, 0L, 1L, 0L, 1L, 2L, 1L, 0L, 0L, 0L, 1L));
    assertThat(tables.spans().get(Path.root().field("openGovInfo").field("disputes").field("cells").key("reconsideration").key("total")).written()).isEqualTo("7");
  }

  @Test
  void aTotalThatContradictsItsParts_isReadAsPrinted_andTheCheckerFlagsIt() {
    // 总计 0 under results 1 and 2 (as one district printed it): read as 0, never mended to 3
    OpenGovInfoTables tables = read("1 2 0 0 0 0 0 0 0 0 0 0 0 0 0");
    DisputeTable table = tables.info().disputes().orElseThrow();

    assertThat(table.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL)).hasValue(0);
    assertThat(table.cell(DisputeBlock.RECONSIDERATION, DisputeColumn.CORRECTED)).hasValue(2);
    Draft draft = ReportReader.standard().read("临江区2023年政府信息公开工作年度报告\n" + STACKED_HEADER
        + "1 2 0 0 0 0 0 0 0 0 0 0 0 0 0\n" + AFTER, Hints.none().withJurisdictionName("临江区")
        .withYear(Year.of(2023)).withKind(ReportKind.OPEN_GOV_INFO_ANNUAL));
    Report report = draft.report().orElseThrow();
    assertThat(report.openGovInfo().orElseThrow().disputes().orElseThrow()
        .cell(DisputeBlock.RECONSIDERATION, DisputeColumn.TOTAL)).hasValue(0);
    assertThat(ReportChecker.standard().check(report))
        .anyMatch(finding -> finding.ruleId().equals(StandardRules.OpenGov.DISPUTES_TOTAL_MISMATCH));
  }

  @Test
  void fifteenNumbersBetweenBarsWrappedOverTwoLines_goOnAtTheNextLine() {
    // a PDF drawn from a page that printed the row between bars wraps it: eight cells, then seven and a bar
    OpenGovInfoTables tables = read("2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 |\n1 | 2 | 0 | 0 | 0 | 0 | 0 | |\n|");

    assertThat(cells(tables.info().disputes().orElseThrow()))
        .isEqualTo(of(2L, 1L, 0L, 0L, 3L, 1L, 0L, 0L, 1L, 2L, 0L, 0L, 0L, 0L, 0L));
  }

  @Test
  void aNextLineThatBreaksABlocksTotal_isNotTakenAsTheRowsEnd() {
    // 2 1 0 0 3 | 1 0 0 1 2 | 0 0 0 0 then 9: fifteen cells, but 9 is no total of 0 0 0 0 (a stray number)
    OpenGovInfoTables tables = read("2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 |\n9 |");

    assertThat(tables.info().disputes()).isEmpty();
    assertThat(tables.unread()).anyMatch(line -> line.startsWith("Table C: 14 cells for 15 columns"));
  }

  @Test
  void fourteenNumbersThenAPageNumber_theNumberIsNoTotal() {
    // block 3 printed 0 0 1 1 with a blank left out; the page's number 2 on the next line would make it 0 0 1 1 2
    OpenGovInfoTables tables = read("1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |\n2");

    assertThat(tables.info().disputes()).isEmpty();
  }

  @Test
  void fifteenCellsPrintedWithBlanks_doNotTakeTheNextLinesNumbers() {
    OpenGovInfoTables tables = read("2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | | | | | | | |\n1 | 2 | 0 | 0 | 0 | 0 | 0 |");

    assertThat(cells(tables.info().disputes().orElseThrow()))
        .isEqualTo(of(2L, 1L, 0L, 0L, 3L, 1L, 0L, 0L, null, null, null, null, null, null, null));
  }

  @Test
  void fifteenCellsJoinedByTabs_theLastBlank_isAnEmptyCellNotATerminator() {
    // a ruled PDF's row: every 0 printed blank, so 复议后起诉's 总计 is an empty cell after the last tab
    OpenGovInfoTables tables = read("3\t\t1\t1\t5\t1\t\t\t\t1\t\t\t\t\t");

    assertThat(cells(tables.info().disputes().orElseThrow()))
        .isEqualTo(of(3L, null, 1L, 1L, 5L, 1L, null, null, null, 1L, null, null, null, null, null));
    assertThat(tables.unread()).noneMatch(line -> line.startsWith("Table C"));
  }

  @Test
  void fifteenDigitsRunTogether_areADigitACell() {
    // a crawler's Table C: fifteen one-digit counts with nothing between them cut only one way
    OpenGovInfoTables tables = read("001011000100000");

    assertThat(cells(tables.info().disputes().orElseThrow()))
        .isEqualTo(of(0L, 0L, 1L, 0L, 1L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L));
    assertThat(tables.spans().get(Path.root().field("openGovInfo").field("disputes").field("cells")
        .key("litigation_direct").key("upheld")).written()).isEqualTo("1");
  }

  @Test
  void aCellLeftOut_whereOnlyOneColumnCanBeBlank_isPlaced() {
    // 14 numbers: 3 0 1 1 cannot end in a total (1 < 3 + 0 + 1), so the blank is 复议后起诉's 总计
    OpenGovInfoTables tables = read("2 1 0 1 4 0 0 0 0 0 3 0 1 1");

    assertThat(cells(tables.info().disputes().orElseThrow()))
        .isEqualTo(of(2L, 1L, 0L, 1L, 4L, 0L, 0L, 0L, 0L, 0L, 3L, 0L, 1L, 1L, null));
  }

  @Test
  void aCellLeftOut_whereSeveralColumnsCouldBeBlank_isUnread_andNothingIsTakenFromFurtherOn() {
    // 14 numbers whose last block 3 0 1 5 fits a blank in any of five places; a stray 2 (a page number) follows
    OpenGovInfoTables tables = read("2 1 0 1 4 0 0 0 0 0 3 0 1 5\n2");

    assertThat(tables.info().disputes()).isEmpty();
    assertThat(tables.unread()).anyMatch(line -> line.startsWith("Table C: 14 cells for 15 columns"));
  }

  @Test
  void closingDateAndYearWithSpaces_areADateAndAYear_notCounts() {
    String text = "临江区人民政府\n2023 年政府信息公开工作年度报告\n一、总体情况\n"
        + "2023 年度，本区自 2023 年 3 月 15 日起公开政府信息，全年收到政府信息公开申请 12 件。\n"
        + "六、其他需要报告的事项\n本年度未收取信息处理费。\n临江区人民政府\n2024 年 1 月 20 日\n";
    Draft draft = ReportReader.standard().read(text, Hints.none());

    Report report = draft.report().orElseThrow();
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.published()).hasValue(LocalDate.of(2024, 1, 20));
    List<String> numbers = new ArrayList<>();
    for (Trace trace : draft.traces()) {
      numbers.add(trace.span().written());
    }
    for (Unplaced unplaced : draft.unplaced()) {
      numbers.add(unplaced.span().written());
    }
    assertThat(numbers).noneMatch(written -> written.matches(".*(2023|2024|15|20).*"));
  }
}
