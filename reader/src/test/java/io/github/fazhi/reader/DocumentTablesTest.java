package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.documents.Document;
import io.github.fazhi.documents.DocumentFormat;
import io.github.fazhi.documents.Documents;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportReader#read(Document, Hints)}: Tables B and C read from a document's real tables, rows and
 * grid columns as the format gives them, merged cells resolved by their spans; the text only where the
 * format has no tables. Every cell is compared with what was printed: read right, or unknown where nothing
 * (or a blank) was printed — none wrong, none invented.
 */
class DocumentTablesTest {
  private static final String APPLICATIONS = "openGovInfo.applications.";
  private static final String DISPUTES = "openGovInfo.disputes.";

  private static Draft read(Document document) {
    return ReportReader.standard().read(document, Hints.none());
  }

  /** Every printed cell, by its path, with what was printed; blank cells are left out. */
  private static Map<String, String> printedCells() {
    Map<String, String> cells = new LinkedHashMap<>();
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong value = OpenGovDocuments.b(row, column);
        if (value.isPresent()) {
          cells.put(APPLICATIONS + new CellTable.Cell<>(row, column).path(), Long.toString(value.getAsLong()));
        }
      }
    }
    for (DisputeBlock block : DisputeBlock.values()) {
      for (DisputeColumn column : DisputeColumn.values()) {
        OptionalLong value = OpenGovDocuments.c(block, column);
        if (value.isPresent()) {
          cells.put(DISPUTES + new CellTable.Cell<>(block, column).path(), Long.toString(value.getAsLong()));
        }
      }
    }
    return cells;
  }

  /**
   * The cells whose value read differs from what was printed (a blank is unknown), each as "path: printed →
   * read"; {@code except} lists cells expected unknown although printed.
   */
  private static List<String> differences(OpenGovInfo info, List<String> except) {
    List<String> differences = new ArrayList<>();
    ApplicationTable b = info.applications().orElseGet(() -> ApplicationTable.builder().build());
    DisputeTable c = info.disputes().orElseGet(() -> DisputeTable.builder().build());
    for (ApplicationRow row : ApplicationRow.numericRows(OpenGovLayout.FORMAT_2021)) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        String path = APPLICATIONS + new CellTable.Cell<>(row, column).path();
        OptionalLong printed = except.contains(path) ? OptionalLong.empty() : OpenGovDocuments.b(row, column);
        if (!printed.equals(b.cell(row, column))) {
          differences.add(path + ": " + printed + " → " + b.cell(row, column));
        }
      }
    }
    for (DisputeBlock block : DisputeBlock.values()) {
      for (DisputeColumn column : DisputeColumn.values()) {
        if (!OpenGovDocuments.c(block, column).equals(c.cell(block, column))) {
          differences.add(DISPUTES + new CellTable.Cell<>(block, column).path() + ": " + OpenGovDocuments.c(block,
              column) + " → " + c.cell(block, column));
        }
      }
    }
    return differences;
  }

  /**
   * Every cell span and every indicator span of the draft points into the document's text, and the text
   * there is what was printed: the cell's count as written, the indicator's written form.
   */
  private static void assertSpansAreWhatWasPrinted(Draft draft, Document document) {
    String text = document.text();
    assertThat(draft.source()).isEqualTo(text);
    Map<String, String> printed = printedCells();
    Map<String, String> cellSpans = new LinkedHashMap<>();
    draft.cellSpans().forEach((at, span) -> {
      String path = at.toString();
      assertThat(text.substring(span.start(), span.end())).as(path).isEqualTo(span.written());
      if (at.startsWith(OpenGovInfo.APPLICATIONS_PATH) || at.startsWith(OpenGovInfo.DISPUTES_PATH)) {
        cellSpans.put(path, span.written());
      }
    });
    // a span for each cell read, and the text at it is that cell as printed
    Map<String, String> readCells = new LinkedHashMap<>(printed);
    readCells.keySet().retainAll(cellSpans.keySet());
    assertThat(cellSpans).isEqualTo(readCells);
    assertThat(cellSpans).hasSizeGreaterThan(170);
    List<Trace> traces = new ArrayList<>(draft.traces());
    draft.sectionIndicators().values().forEach(traces::addAll);
    assertThat(traces).isNotEmpty();
    for (Trace trace : traces) {
      assertThat(text.substring(trace.span().start(), trace.span().end())).as(trace.path())
          .isEqualTo(trace.span().written());
    }
  }

  @Test
  void webPage_rowspanAndColspan_everyCellOfTablesBAndCRight_theBlankCellUnknown() throws Exception {
    Document document = Documents.read(OpenGovDocuments.html(false), "report.html");
    Draft draft = read(document);

    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    assertThat(differences(info, List.of())).isEmpty();
    assertThat(info.applications().orElseThrow().cells()).hasSize(175);
    assertThat(info.disputes().orElseThrow().cells()).hasSize(14);
    assertThat(draft.undetermined()).noneMatch(line -> line.contains("Table B") || line.contains("Table C"));
    assertSpansAreWhatWasPrinted(draft, document);
  }

  @Test
  void docx_vMergeAndGridSpan_everyCellOfTablesBAndCRight_theBlankCellUnknown() throws Exception {
    Document document = Documents.read(OpenGovDocuments.docx(), "report.docx");
    Draft draft = read(document);

    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    assertThat(differences(info, List.of())).isEmpty();
    assertThat(info.applications().orElseThrow().cells()).hasSize(175);
    assertThat(info.disputes().orElseThrow().cells()).hasSize(14);
    assertSpansAreWhatWasPrinted(draft, document);
  }

  /**
   * The converter's empty cell beside each two-column label gives the three balance rows eight cells for
   * seven columns; read as text, no alignment of them makes 总计 their sum (the counts are distinct), so 21
   * cells were unread. The grid's columns — the seven that hold counts — place every one.
   */
  @Test
  void markdownConversion_theMergedCellShiftingValues_everyCellRight() throws Exception {
    Document document = Documents.read(OpenGovDocuments.markdown(), "report.md");
    assertThat(document.tables().get(0).rows().get(1).cells()).extracting(cell -> cell.text())
        .startsWith("一、本年新收政府信息公开申请数量", "", "0", "1");
    Draft draft = read(document);

    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    assertThat(differences(info, List.of())).isEmpty();
    assertThat(info.applications().orElseThrow().cells()).hasSize(175);
    assertThat(draft.undetermined()).noneMatch(line -> line.contains("Table B") || line.contains("Table C"));
    assertSpansAreWhatWasPrinted(draft, document);
  }

  /**
   * A Markdown conversion that names the seven columns in its header and shifts one row a column right (its
   * merged label lost a cell): with its seven counts all printed, the row is its counts in order.
   */
  @Test
  void markdown_aRowShiftedOffTheNamedColumns_withEveryCountPrinted_isItsCountsInOrder() throws Exception {
    Document document = Documents.read(markdownWithAShiftedRow(false), "shifted.md");
    Draft draft = read(document);

    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    assertThat(differences(info, List.of())).filteredOn(line -> line.startsWith(APPLICATIONS)).isEmpty();
    assertThat(info.applications().orElseThrow().cells()).hasSize(175);
    assertSpansAreWhatWasPrinted(draft, document);
  }

  /** As above with a blank among the shifted row's cells: nothing tells which count is whose, so it is unread. */
  @Test
  void markdown_aRowShiftedOffTheNamedColumns_withABlank_isUnreadWithItsReason() throws Exception {
    Document document = Documents.read(markdownWithAShiftedRow(true), "shifted.md");
    Draft draft = read(document);

    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    List<String> shifted = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.values()) {
      shifted.add(APPLICATIONS + new CellTable.Cell<>(ApplicationRow.CARRIED_OVER, column).path());
    }
    assertThat(differences(info, shifted)).filteredOn(line -> line.startsWith(APPLICATIONS)).isEmpty();
    assertThat(draft.undetermined()).anySatisfy(line -> assertThat(line)
        .contains("Table B row 二、上年结转政府信息公开申请数量").contains("in a column no applicant heads"));
  }

  /** Table B as a converter writes it, the columns named, the row 二、上年结转 one column right of the others. */
  private static byte[] markdownWithAShiftedRow(boolean blankInTheShiftedRow) {
    StringBuilder md = new StringBuilder("# " + OpenGovDocuments.TITLE + "\n\n");
    for (String line : OpenGovDocuments.PROSE) {
      md.append(line).append("\n\n");
    }
    md.append("## ").append(OpenGovDocuments.TABLE_B).append("\n\n");
    md.append("| ").append(OpenGovDocuments.NOTE).append(" | | 申请人情况 | | | | | | | |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    md.append("| | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 | |\n");
    for (ApplicationRow row : OpenGovDocuments.rows()) {
      List<String> cells = new ArrayList<>(OpenGovDocuments.cellsOf(row));
      String label = OpenGovDocuments.isResult(row)
          ? (row == ApplicationRow.DISCLOSED ? OpenGovDocuments.RESULTS : "") + " | " + row.label()
          : row.label() + " | ";
      if (row == ApplicationRow.CARRIED_OVER) {
        if (blankInTheShiftedRow) {
          cells.set(List.of(ApplicantColumn.values()).indexOf(ApplicantColumn.RESEARCH_INSTITUTION), "");
        }
        md.append("| ").append(label).append(" | | ").append(String.join(" | ", cells)).append(" |\n");
      } else {
        md.append("| ").append(label).append(" | ").append(String.join(" | ", cells)).append(" | |\n");
      }
    }
    return md.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * A 0 merged over the 自然人 cells of two rows belongs to no one cell: both are unknown, the reason is
   * listed, and the row below is not shifted left (read as text, each of its counts moves one column left).
   */
  @Test
  void webPage_aCountMergedOverTwoRows_unreadWithItsReason_noRowShifted() throws Exception {
    Document document = Documents.read(OpenGovDocuments.html(true), "report.html");
    Draft draft = read(document);

    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    String secret = APPLICATIONS + new CellTable.Cell<>(ApplicationRow.NOT_DISCLOSED_STATE_SECRET,
        ApplicantColumn.NATURAL_PERSON).path();
    String after = APPLICATIONS + new CellTable.Cell<>(OpenGovDocuments.afterStateSecret(),
        ApplicantColumn.NATURAL_PERSON).path();
    assertThat(differences(info, List.of(secret, after))).isEmpty();
    assertThat(draft.undetermined()).anySatisfy(line -> assertThat(line)
        .contains("Table B row ").contains("属于国家秘密")
        .contains("\"0\" is merged over 2 row(s) and 1 column(s)"));
  }

  /** A plain text has no tables: its tables are read from the text, as before. */
  @Test
  void plainText_noTables_readFromTheText() throws Exception {
    Document document = Documents.read(OpenGovDocuments.text(), "report.txt");
    assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(document.tables()).isEmpty();
    Draft draft = read(document);

    OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
    assertThat(differences(info, List.of())).isEmpty();
    assertThat(DocumentTables.read(document, OpenGovLayout.FORMAT_2021))
        .isEqualTo(OpenGovInfoTableReader.readText(document.text(), OpenGovLayout.FORMAT_2021));
    assertSpansAreWhatWasPrinted(draft, document);
  }
}
