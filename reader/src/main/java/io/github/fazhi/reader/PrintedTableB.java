package io.github.fazhi.reader;

import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.reader.OpenGovInfoTableReader.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Table B (收到和处理政府信息公开申请情况) as a text layer prints it (PDF text, crawled text, a Markdown
 * conversion): the label cells and the runs of cells between them, the labels matched to the official rows
 * of the layout by best fit in order ({@link RowLabelFit}), each run placed in the row whose label stands just
 * before it, and its cells in the columns by {@link RowAlignment}. A run whose label fits two rows equally,
 * or no row, is unread with the reason; a number is never put in a row on a guess.
 *
 * <p>The table is taken from the first cell that names a row of Table B to the row 四、结转下年度继续办理 and its
 * cells (or the heading of Table C, or {@value #MAX_TOKENS} cells, whichever comes first). Used once per
 * reading; not thread-safe.
 */
final class PrintedTableB {
  /** The most cells of text taken as Table B: its 28 rows of 8 cells, wrapped labels and headers, twice. */
  private static final int MAX_TOKENS = 600;
  /** The columns of a row: six kinds of applicant and the total (总计). */
  private static final int COLUMNS = ApplicantColumn.values().length;

  private final OpenGovInfoTableReader.Reading reading;
  private final OpenGovLayout layout;
  private final List<ApplicationRow> rows = new ArrayList<>();

  /** A label fragment: a label cell's text between spaces. */
  private record Fragment(Token token) {}

  /** A run of cells (counts, blank, /) printed after a fragment, or after nothing (-1). */
  private record Run(List<Token> cells, int fragment) {}

  PrintedTableB(OpenGovInfoTableReader.Reading reading, OpenGovLayout layout) {
    this.reading = reading;
    this.layout = layout;
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(layout)) {
        rows.add(row);
      }
    }
  }

  Optional<ApplicationTable> read() {
    List<Token> tokens = reading.tokens;
    int start = -1;
    for (int i = 0; i < tokens.size() && start < 0; i++) {
      String text = tokens.get(i).text();
      if (OpenGovInfoTableReader.applicationRow(text).isPresent()
          || OpenGovInfoTableReader.normalize(text).contains("本年新收") && !isSentence(text)) {
        start = i;
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    List<Fragment> fragments = new ArrayList<>();
    List<Run> runs = new ArrayList<>();
    collect(tokens, start, fragments, runs);

    List<String> fragmentTexts = new ArrayList<>();
    for (Fragment fragment : fragments) {
      fragmentTexts.add(fragment.token().text());
    }
    int[] runAfter = new int[fragments.size()];
    java.util.Arrays.fill(runAfter, -1);
    for (int r = 0; r < runs.size(); r++) {
      // a run printed blank carries nothing: it neither ties a label to a row nor keeps a wrap together
      if (runs.get(r).fragment() >= 0 && !runs.get(r).cells().stream().allMatch(PrintedTableB::isUnknown)) {
        runAfter[runs.get(r).fragment()] = r;
      }
    }
    List<String> labels = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (ApplicationRow row : rows) {
      labels.add(row.label());
      // a group's label (（三）不予公开) may be printed in a merged cell beside its rows; 三、本年度办理结果's
      // characters, beside every result row, are weighed as before
      groups.add(row.parent().filter(parent -> parent != ApplicationRow.RESULTS).map(ApplicationRow::label)
          .orElse(""));
    }
    RowLabelFit.Fit fit = RowLabelFit.align(fragmentTexts, runAfter, runs.size(), labels, groups);

    ApplicationTable.Builder table = ApplicationTable.builder();
    Set<ApplicationRow> accounted = EnumSet.noneOf(ApplicationRow.class);
    boolean any = false;
    for (int r = 0; r < runs.size(); r++) {
      Run run = runs.get(r);
      if (reading.oneCellALine) {
        Optional<List<Token>> lines = reading.exactLines(run.cells(), COLUMNS);
        if (lines.isEmpty()) {
          reading.unread.add("Table B: " + run.cells().size() + " lines after \""
              + (run.fragment() < 0 ? "" : fragments.get(run.fragment()).token().text()) + "\" for " + COLUMNS
              + " cells, so they are unread");
          continue;
        }
        run = new Run(lines.get(), run.fragment());
      }
      if (run.cells().stream().allMatch(PrintedTableB::isUnknown)) {
        continue; // printed blank: nothing to read
      }
      String after = run.fragment() < 0 ? "" : fragments.get(run.fragment()).token().text();
      if (fit.rowOfRun()[r] < 0) {
        reading.unread.add(unplaced(run, after));
        continue;
      }
      ApplicationRow row = rows.get(fit.rowOfRun()[r]);
      accounted.add(row);
      if (fit.ambiguous()[r]) {
        reading.unread.add("Table B row " + row.fullLabel() + ": the printed label \"" + after
            + "\" fits another row as well, so its cells are unread");
        continue;
      }
      Optional<List<Token>> cells = reading.rowCells(row, run.cells());
      if (cells.isPresent() && reading.place(table, row, cells.get())) {
        any = true;
      }
    }
    any |= reading.placeBalancedRows(table, layout);
    if (any) {
      for (ApplicationRow row : ApplicationRow.numericRows(layout)) {
        if (!accounted.contains(row)) {
          reading.unread.add("Table B row " + row.fullLabel() + ": not found");
        }
      }
    }
    return any ? Optional.of(table.build()) : Optional.empty();
  }

  private String unplaced(Run run, String after) {
    if (run.fragment() < 0) {
      return "Table B: " + run.cells().size() + " cells printed without a row label are unread";
    }
    Optional<ApplicationRow> other = OpenGovInfoTableReader.applicationRow(after);
    if (other.isPresent() && !other.get().isIn(layout)) {
      return "Table B row " + other.get().fullLabel() + ": not a row of the " + layout + " layout";
    }
    return "Table B: the cells after \"" + after + "\" fit no row of the table, so they are unread";
  }

  /**
   * The label fragments and the runs of cells of the table from {@code start}: a label cell split at its
   * spaces, a run of counts and unknown cells ended by a label, by the end of the label's line when the run
   * starts on it (of the next line when the row wraps onto it, {@code Reading.wrapsOnto}), or after
   * {@link OpenGovInfoTableReader#MAX_RUN} cells.
   */
  private void collect(List<Token> tokens, int start, List<Fragment> fragments, List<Run> runs) {
    List<Token> current = new ArrayList<>(); // the open run; empty when a label came last
    boolean oneLine = false;
    Token label = tokens.get(start);
    Token line = label; // a token on the line a one-line run is printed on
    int end = Math.min(tokens.size(), start + MAX_TOKENS);
    boolean lastRow = false;
    for (int i = start; i < end; i++) {
      Token token = tokens.get(i);
      if (isValue(token)) {
        boolean continues = !current.isEmpty() && current.size() < OpenGovInfoTableReader.MAX_RUN
            && (!oneLine || reading.sameLine(line, token));
        if (!continues && oneLine && line == label && reading.wrapsOnto(current, i, COLUMNS, COLUMNS)) {
          line = token; // the row's cells go on at the start of the next line
          continues = true;
        }
        if (!continues) {
          if (lastRow && !current.isEmpty()) {
            break; // the cells of 四、结转下年度继续办理 are read: the table ends
          }
          boolean afterLabel = current.isEmpty() && !fragments.isEmpty();
          current = new ArrayList<>();
          runs.add(new Run(current, afterLabel ? fragments.size() - 1 : -1));
          oneLine = afterLabel && !reading.oneCellALine && reading.sameLine(label, token);
          line = label;
        }
        current.add(token);
        if (oneLine && reading.spansLines(token)) {
          line = token; // a number cut by the line's end: the row goes on on the line it ends on
        }
        continue;
      }
      String normalized = OpenGovInfoTableReader.normalize(token.text());
      if (lastRow && !current.isEmpty() || i > start && isTableCHeading(normalized)) {
        break;
      }
      current = new ArrayList<>();
      label = token;
      splitAtSpaces(token, fragments);
      lastRow = lastRow || normalized.contains("结转下年度") || normalized.contains("下年度继续办理");
    }
  }

  private static boolean isTableCHeading(String normalized) {
    return normalized.startsWith("行政复议") || normalized.contains("被申请行政复议");
  }

  private void splitAtSpaces(Token token, List<Fragment> fragments) {
    String text = token.text();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < text.length() && !isSpace(text.charAt(i))) {
        i++;
      }
      if (wordStart < i) {
        int offset = token.start() < 0 ? -1 : token.start() + wordStart;
        fragments.add(new Fragment(new Token(text.substring(wordStart, i), offset,
            offset < 0 ? -1 : offset + i - wordStart)));
      }
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
  }

  private static boolean isValue(Token token) {
    String value = OpenGovInfoTableReader.normalize(token.text());
    return OpenGovInfoTableReader.isUnknown(value) || OpenGovInfoTableReader.COUNT.matcher(value).matches();
  }

  private static boolean isUnknown(Token token) {
    return OpenGovInfoTableReader.isUnknown(OpenGovInfoTableReader.normalize(token.text()));
  }

  /**
   * Tells a sentence of prose from a label cell. The overview's 本年新收政府信息公开申请25件，…，结转下年度继续办理3件
   * names the table's first and last rows, and taken as the table's start it ended the table at once; a printed
   * row label that is not an official one word for word has no sentence punctuation.
   */
  private static boolean isSentence(String text) {
    return text.indexOf('，') >= 0 || text.indexOf('。') >= 0 || text.indexOf('；') >= 0;
  }
}
