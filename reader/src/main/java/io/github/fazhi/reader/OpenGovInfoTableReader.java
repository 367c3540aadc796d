package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the three tables of an open-government-information annual report (政府信息公开工作年度报告) from a
 * page: from HTML tables, or from their text flattened when a page or PDF is copied (cells joined by
 * {@code |}, or one cell per line; blank or {@code /} cells; header characters stacked one per line).
 *
 * <p>Rows are found by their label, not their position, in both layouts (see docs/domain.md, 'Open
 * government information tables'): full- and half-width brackets, quotes and spaces do not matter, nor
 * the notes after a label (部分公开（区分处理的…）). In a text, Table B's labels are matched to the layout's
 * rows by best fit in order ({@link PrintedTableB}), so typos, wrapped and split labels and the characters of
 * a merged cell do not hide a row, and a run of cells whose label fits two rows equally is unread; in HTML, a
 * label is recognised by its text. After a row's label come its cells in column order; a blank or {@code /}
 * cell is unknown, not zero. A group row whose label is followed by a sub-row's label holds no numbers. A
 * row printed with more or fewer cells than columns (a converter's empty cells, a merged cell's shift, a
 * blank cell left out) or with its digits run together is placed only when exactly one alignment makes its
 * 总计 the sum of the applicant columns ({@link RowAlignment}); otherwise its cells are unread with the
 * reason. Table C is the first run of numbers after its header: fifteen are read as printed; with another
 * count they are placed only when exactly one alignment makes each block's 总计 the sum of its parts.
 *
 * <p>This class is immutable and thread-safe; reading is deterministic and linear in the input.
 */
public final class OpenGovInfoTableReader {
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+\\.)");
  static final Pattern COUNT = Pattern.compile("\\d+");

  /** A cell's digits as a count, or empty when they are more than a {@code long} holds. */
  static OptionalLong countOf(String digits) {
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
  /** The most cells taken after a row label: the seven columns and a few empty columns a converter adds. */
  static final int MAX_RUN = 14;
  private static final Pattern AMOUNT = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");

  private OpenGovInfoTableReader() {}

  /** One cell of the flattened page: its text and, for text input, where it is. */
  record Token(String text, int start, int end) {}

  /**
   * Reads the tables from a page.
   *
   * @param textOrHtml  the page's HTML (anything with a {@code <table>}) or its text, not null
   * @return the tables read, the spans of their cells (text input) and what was not read; never null
   */
  public static OpenGovInfoTables read(String textOrHtml) {
    requireNonNull(textOrHtml, "textOrHtml");
    boolean html = textOrHtml.contains("<table") || textOrHtml.contains("<TABLE");
    return html ? new Reading(textOrHtml, htmlTokens(textOrHtml), false, OpenGovLayout.FORMAT_2021).read()
        : readText(textOrHtml, OpenGovLayout.FORMAT_2021);
  }

  /**
   * Reads the tables from a document (文档): from its real tables where its format has them (a web page's,
   * a Word file's, a Markdown table's grid, merged cells resolved by their spans), from its text where it has
   * none (plain text, PDF). Every span refers to {@link io.github.fazhi.documents.Document#text()}.
   *
   * @param document  the document, not null
   * @return the tables read, the spans of their cells and what was not read; never null
   */
  public static OpenGovInfoTables read(io.github.fazhi.documents.Document document) {
    return DocumentTables.read(requireNonNull(document, "document"), OpenGovLayout.FORMAT_2021);
  }

  /**
   * Reads the tables from a text, every cell with its span: cells joined by {@code |} or a tab (as
   * {@link HtmlText} flattens a page's tables), one cell per line, or parted by spaces after a row label. In a
   * text copied one cell a line, where the plain reading leaves cells of Table B or C unread, the empty lines are
   * read as blank cells instead, and that reading is kept only when every row of Table B comes out as exactly seven
   * lines and Table C as fifteen, it reads more cells, and it reads each cell the plain reading read from the same
   * printed number.
   *
   * @param text  the text, not null
   * @param fallback  the layout to assume when no header or row names one
   * @return the tables read, the spans of their cells and what was not read; never null
   */
  static OpenGovInfoTables readText(String text, OpenGovLayout fallback) {
    TextCells cells = textCells(text);
    OpenGovInfoTables plain = new Reading(text, cells.tokens(), true, fallback).read();
    if (!cells.emptyLinesMayBeCells() || plain.unread().stream().noneMatch(OpenGovInfoTableReader::aboutTableBOrC)) {
      return plain;
    }
    Reading oneALine = new Reading(text, cells.everyEmptyLineACell(), true, fallback, true);
    OpenGovInfoTables blanks = oneALine.read();
    // the lines make every row exactly: the empty lines are the page's blank cells, in Table A too
    return oneALine.slotsMismatched || !addsToAndAgrees(blanks, plain) ? plain : blanks;
  }

  private static boolean aboutTableBOrC(String unread) {
    return unread.startsWith("Table B") || unread.startsWith("Table C");
  }

  private static boolean inTableBOrC(Path path) {
    return path.startsWith(OpenGovInfo.APPLICATIONS_PATH) || path.startsWith(OpenGovInfo.DISPUTES_PATH);
  }

  /**
   * Whether the reading {@code blanks} (each empty line a blank cell) reads more cells of Tables B and C than
   * {@code plain}, and every cell of theirs that {@code plain} read from the same printed number.
   */
  private static boolean addsToAndAgrees(OpenGovInfoTables blanks, OpenGovInfoTables plain) {
    long more = blanks.spans().keySet().stream().filter(OpenGovInfoTableReader::inTableBOrC).count();
    long fewer = plain.spans().keySet().stream().filter(OpenGovInfoTableReader::inTableBOrC).count();
    return more > fewer && plain.spans().entrySet().stream().filter(e -> inTableBOrC(e.getKey()))
        .allMatch(e -> e.getValue().equals(blanks.spans().get(e.getKey())));
  }

  /**
   * Reads the tables from cells already parted, each token a cell with its span in {@code source} (the
   * cells of a document's real tables, {@link DocumentTables}); a blank cell is a token with no text.
   *
   * @param source  the text the tokens' spans refer to, not null
   * @param tokens  the cells, row after row, not null
   * @param fallback  the layout to assume when no header or row names one
   * @return the tables read, the spans of their cells and what was not read; never null
   */
  static OpenGovInfoTables readTokens(String source, List<Token> tokens, OpenGovLayout fallback) {
    return new Reading(source, List.copyOf(tokens), true, fallback).read();
  }

  private static List<Token> htmlTokens(String html) {
    Document document = Jsoup.parse(html);
    List<Token> tokens = new ArrayList<>();
    for (Element row : document.select("tr")) {
      for (Element cell : row.select("> td, > th")) {
        tokens.add(new Token(cell.text(), -1, -1));
      }
    }
    return tokens;
  }

  /**
   * The cells of a text, and for each the empty lines printed just before it ({@code gaps}; {@code trailing}:
   * after the last).
   */
  private record TextCells(List<Token> found, List<Integer> gaps, int trailing, boolean oneALine) {
    /** The cells, empty lines read as {@link #withBlankCells} says. */
    List<Token> tokens() {
      return withBlankCells(found, gaps);
    }

    /**
     * Whether the text's empty lines may be blank cells of a table copied one cell a line (a page's text taken
     * cell by cell, a blank cell as an empty line): no line holds more than one cell, the text has empty lines,
     * and they are not the spacing of a text copied one cell a paragraph.
     */
    boolean emptyLinesMayBeCells() {
      return oneALine && !spacedByEmptyLines(gaps) && (trailing > 0 || gaps.stream().anyMatch(gap -> gap > 0));
    }

    /** The cells with every empty line a blank cell. */
    List<Token> everyEmptyLineACell() {
      List<Token> out = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        Token token = found.get(i);
        for (int blank = 0; blank < gaps.get(i); blank++) {
          out.add(new Token("", token.start(), token.start()));
        }
        out.add(token);
      }
      int end = found.isEmpty() ? 0 : found.get(found.size() - 1).end();
      for (int blank = 0; blank < trailing; blank++) {
        out.add(new Token("", end, end));
      }
      return out;
    }
  }

  private static TextCells textCells(String text) {
    List<Token> tokens = new ArrayList<>();
    // for each token, the empty lines just before it
    List<Integer> gaps = new ArrayList<>();
    int emptyLines = 0;
    int lineStart = 0;
    boolean previousEndsInSeparator = false;
    boolean previousCutInANumber = false;
    boolean oneALine = true;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      String stripped = stripSpaces(line);
      if (stripped.isEmpty()) {
        emptyLines++; // an empty line is no cell
        lineStart = lineEnd + 1;
        continue;
      }
      if (stripped.equals("|") && !previousEndsInSeparator) {
        // a bar alone after a line of text closes that line's cell: a separator, not a blank cell
        previousEndsInSeparator = true;
        lineStart = lineEnd + 1;
        continue;
      }
      int before = tokens.size();
      if (line.indexOf('|') < 0 && line.indexOf('\t') < 0 && numbersAfterLabel(stripped)) {
        spaceSeparated(tokens, text, lineStart, lineEnd);
      } else {
        separated(tokens, text, line, lineStart);
      }
      boolean barred = line.indexOf('|') >= 0;
      if (previousCutInANumber && emptyLines == 0 && barred && Character.isDigit(stripped.charAt(0))
          && stripped.endsWith("|") && tokens.size() > before && COUNT.matcher(tokens.get(before).text()).matches()) {
        // a number cut by the line's end in a row whose cells are closed by bars (| 1 then 4 | 37 |): one cell,
        // printed over two lines; where rows end without a bar, a line ending in a number is a whole row's end
        Token head = tokens.get(before - 1);
        Token tail = tokens.remove(before);
        tokens.set(before - 1, new Token(text.substring(head.start(), tail.end()), head.start(), tail.end()));
      }
      for (int i = before; i < tokens.size(); i++) {
        gaps.add(i == before ? emptyLines : 0);
      }
      oneALine = oneALine && tokens.size() - before <= 1;
      emptyLines = 0;
      char last = stripped.charAt(stripped.length() - 1);
      previousEndsInSeparator = last == '|' || last == '\t';
      previousCutInANumber = barred && Character.isDigit(last) && tokens.size() > before
          && COUNT.matcher(tokens.get(tokens.size() - 1).text()).matches();
      lineStart = lineEnd + 1;
    }
    // the empty string after a text's last line break is no line
    int trailing = text.endsWith("\n") ? emptyLines - 1 : emptyLines;
    return new TextCells(tokens, gaps, Math.max(0, trailing), oneALine);
  }

  /**
   * In a text whose cells are parted by one empty line each (a page copied one cell a paragraph), each
   * further empty line is a blank cell; in any other text, empty lines are only spacing.
   */
  private static List<Token> withBlankCells(List<Token> tokens, List<Integer> gaps) {
    if (!spacedByEmptyLines(gaps)) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      for (int blank = 1; blank < gaps.get(i); blank++) {
        out.add(new Token("", token.start(), token.start()));
      }
      out.add(token);
    }
    return out;
  }

  /** Whether most cells of a text have one empty line before them: a page copied one cell a paragraph. */
  private static boolean spacedByEmptyLines(List<Integer> gaps) {
    int single = 0;
    for (int gap : gaps) {
      single += gap == 1 ? 1 : 0;
    }
    return single * 2 > gaps.size();
  }

  /** The cells of a line whose cells are joined by {@code |} or a tab. */
  private static void separated(List<Token> tokens, String text, String line, int lineStart) {
    // a line ending in a separator closes its last cell: the separator is a terminator there; but a row of
    // counts joined by tabs (a PDF's row, cells parted by tabs) ends in a tab when its last cell is blank
    String trailing = stripSpaces(line);
    int usable = line.length();
    if (trailing.endsWith("|")) {
      usable = line.lastIndexOf('|');
    } else if (line.endsWith("\t") && !isRowOfCountsEndingBlank(line)) {
      usable = line.length() - 1;
    }
    int cellStart = 0;
    while (true) {
      int bar = nextSeparator(line, cellStart);
      int cellEnd = bar < 0 || bar >= usable ? usable : bar;
      if (cellStart <= cellEnd) {
        addTrimmed(tokens, text, lineStart + cellStart, lineStart + cellEnd);
      }
      if (bar < 0 || bar >= usable) {
        break;
      }
      cellStart = bar + 1;
    }
  }

  /**
   * Whether a line ending in a tab is a row whose last cell is blank: cells joined by tabs only, at least
   * three, every one after the first a count or printed unknown ({@code /}, {@code -}, blank), a count among
   * them. A line of one cell and a tab is a cell with its terminator, and so is a label's line.
   */
  private static boolean isRowOfCountsEndingBlank(String line) {
    if (line.indexOf('|') >= 0) {
      return false;
    }
    String[] cells = line.split("\t", -1);
    if (cells.length < 3) {
      return false;
    }
    boolean counted = false;
    for (int i = 1; i < cells.length; i++) {
      String cell = normalize(cells[i]);
      if (!isUnknown(cell) && !COUNT.matcher(cell).matches()) {
        return false;
      }
      counted |= !cell.isEmpty() && COUNT.matcher(cell).matches();
    }
    return counted;
  }

  private static int nextSeparator(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '\t') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a line without separators is a row copied from a PDF, its cells parted by spaces: words of a
   * label, then only counts or {@code /} ({@code 四、结转下年度继续办理 0 0 0 0 0 0 0}, also
   * {@code 本 3.危及“三安全一稳定” 0 0 0 …} with a character of a merged cell in front, or
   * {@code （四）无法提供 1.本机关不掌握相关政府信息 12 0 0 0 0 0 12} with a group label in front).
   */
  private static boolean numbersAfterLabel(String line) {
    String[] words = line.split("[\\s\u3000\u00a0]+");
    int firstValue = -1;
    for (int i = 0; i < words.length; i++) {
      String word = normalize(words[i]);
      boolean value = COUNT.matcher(word).matches() || word.equals("/");
      if (value && firstValue < 0) {
        firstValue = i;
      } else if (!value && firstValue >= 0) {
        return false;
      }
    }
    return firstValue >= 0 && words.length >= 2;
  }

  private static void spaceSeparated(List<Token> tokens, String text, int start, int end) {
    int i = start;
    while (i < end) {
      while (i < end && isSpace(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < end && !isSpace(text.charAt(i))) {
        i++;
      }
      if (wordStart < i) {
        tokens.add(new Token(text.substring(wordStart, i), wordStart, i));
      }
    }
  }

  private static String stripSpaces(String line) {
    int s = 0;
    int e = line.length();
    while (s < e && isSpace(line.charAt(s)) && line.charAt(s) != '\t') {
      s++;
    }
    while (e > s && isSpace(line.charAt(e - 1)) && line.charAt(e - 1) != '\t') {
      e--;
    }
    return line.substring(s, e);
  }

  private static void addTrimmed(List<Token> tokens, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    tokens.add(new Token(text.substring(s, e), s, e));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
  }

  /** The text of a cell with widths, spaces, quotes and traditional characters made uniform. */
  static String normalize(String cell) {
    StringBuilder out = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = Simplified.of(cell.charAt(i));
      if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      } else if (c == '（') {
        out.append('(');
      } else if (c == '）') {
        out.append(')');
      } else if (c == '．' || c == '、' && i > 0 && Character.isDigit(out.length() > 0 ? out.charAt(out.length() - 1) : 'x')) {
        out.append('.');
      } else if (c == '＋') {
        out.append('+');
      } else if (c == '－' || c == '−' || c == '—') {
        out.append('-');
      } else if (c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\'' || c == '／') {
        if (c == '／') {
          out.append('/');
        }
      } else if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String core(String normalized) {
    return NUMBERING.matcher(normalized).replaceFirst("");
  }

  /** A row of Table B with its label normalized once: whole, without its number, and without its note. */
  private record RowLabel(ApplicationRow row, String label, String core, String shortCore, boolean numbered) {}

  private static final List<RowLabel> ROW_LABELS = rowLabels();

  private static List<RowLabel> rowLabels() {
    List<RowLabel> labels = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      String label = normalize(row.label());
      String rowCore = core(label);
      String shortCore = rowCore.contains("(") ? rowCore.substring(0, rowCore.indexOf('(')) : rowCore;
      boolean numbered = row == ApplicationRow.RESULTS_TOTAL || row == ApplicationRow.OTHER_OTHER;
      labels.add(new RowLabel(row, label, rowCore, shortCore, numbered));
    }
    return List.copyOf(labels);
  }

  /** Which row of Table B a cell names, if any. */
  static Optional<ApplicationRow> applicationRow(String cell) {
    String normalized = normalize(cell);
    String core = core(normalized);
    if (core.isEmpty()) {
      return Optional.empty();
    }
    for (RowLabel row : ROW_LABELS) {
      if (row.numbered()) {
        if (normalized.equals(row.label())) {
          return Optional.of(row.row());
        }
        continue;
      }
      if (core.equals(row.shortCore()) || core.startsWith(row.shortCore() + "(") || core.equals(row.core())) {
        return Optional.of(row.row());
      }
    }
    return Optional.empty();
  }

  static Optional<ProactiveItem> proactiveItem(String cell) {
    String normalized = normalize(cell);
    for (ProactiveItem item : ProactiveItem.values()) {
      if (normalized.equals(item.label())) {
        return Optional.of(item);
      }
    }
    for (ProactiveItem item : ProactiveItem.values()) {
      // a label with a note: 规章(县级无此项), 规范性文件(行政机关制定发布的…)
      if (normalized.startsWith(item.label() + "(")) {
        return Optional.of(item);
      }
    }
    // 文件 rendered 档案 by a traditional-character conversion (規範性檔案)
    if (normalized.startsWith("规范性文件") || normalized.startsWith("规范性档案")) {
      return Optional.of(ProactiveItem.NORMATIVE_DOCUMENTS);
    }
    return normalized.startsWith("其他主动公开档案") ? Optional.of(ProactiveItem.OTHER_DOCUMENTS) : Optional.empty();
  }

  /** Reading one page's tokens. */
  static final class Reading {
    final String source;
    final List<Token> tokens;
    private final boolean spansKept;
    private final Map<Path, Span> spans = new LinkedHashMap<>();
    final List<String> unread = new ArrayList<>();
    /** Table B rows that more than one reading fits, with those readings, for {@link #placeBalancedRows}. */
    final Map<ApplicationRow, List<List<Token>>> undecided = new LinkedHashMap<>();

    private final OpenGovLayout fallback;
    /**
     * Whether the tokens are a text's lines, every empty line a blank cell: each row of Table B is then its
     * label and exactly seven lines ({@link PrintedTableB} checks each run with {@link #exactLines}), Table C
     * exactly fifteen, so no cell is moved by {@link RowAlignment}.
     */
    final boolean oneCellALine;
    /** Set when, {@link #oneCellALine}, a row or Table C was printed with another number of lines than cells. */
    boolean slotsMismatched;

    Reading(String source, List<Token> tokens, boolean spansKept, OpenGovLayout fallback) {
      this(source, tokens, spansKept, fallback, false);
    }

    Reading(String source, List<Token> tokens, boolean spansKept, OpenGovLayout fallback, boolean oneCellALine) {
      this.source = source;
      this.tokens = tokens;
      this.spansKept = spansKept;
      this.fallback = fallback;
      this.oneCellALine = oneCellALine;
    }

    /**
     * With {@link #oneCellALine}, the run's lines as cells when they are exactly {@code columns}; else empty, with
     * {@link #slotsMismatched} set. An empty line too many is never dropped, first or last: which one is spacing
     * cannot be told, and dropping the wrong one would move every cell.
     */
    Optional<List<Token>> exactLines(List<Token> run, int columns) {
      if (run.size() != columns) {
        slotsMismatched = true;
        return Optional.empty();
      }
      return Optional.of(run);
    }

    OpenGovInfoTables read() {
      OpenGovLayout layout = layout();
      OpenGovInfo.Builder info = OpenGovInfo.builder().layout(layout);
      (spansKept ? new PrintedTableB(this, layout).read() : applications(layout)).ifPresent(info::applications);
      proactive(layout).ifPresent(info::proactive);
      disputes().ifPresent(info::disputes);
      return new OpenGovInfoTables(info.build(), ImmutableMap.copyOf(spans), ImmutableList.copyOf(unread));
    }

    private OpenGovLayout layout() {
      for (Token token : tokens) {
        String normalized = normalize(token.text());
        if (normalized.startsWith("本年新制作") || normalized.equals("上一年项目数量")) {
          return OpenGovLayout.TRIAL_2019;
        }
        if (normalized.startsWith("本年制发") || applicationRow(token.text()).filter(row ->
            row.parent().filter(parent -> parent == ApplicationRow.OTHER_HANDLING).isPresent()).isPresent()) {
          return OpenGovLayout.FORMAT_2021;
        }
      }
      return fallback;
    }

    /**
     * Puts a Table B row's cells into the table in column order, each with its span; blank and / cells stay
     * unknown.
     *
     * @return whether any cell was a count
     */
    boolean place(ApplicationTable.Builder table, ApplicationRow row, List<Token> cells) {
      boolean placed = false;
      for (ApplicantColumn column : ApplicantColumn.values()) {
        if (column.ordinal() >= cells.size()) {
          break;
        }
        Token token = cells.get(column.ordinal());
        String value = normalize(token.text());
        if (isUnknown(value)) {
          continue;
        }
        OptionalLong count = countOf(value);
        if (count.isEmpty()) {
          unread.add("Table B row " + row.label() + ": cell " + column.label() + " is \"" + token.text()
              + "\", more than a count can hold");
          continue;
        }
        table.cell(row, column, count.getAsLong());
        span(OpenGovInfo.APPLICATIONS_PATH.resolve(new CellTable.Cell<>(row, column).at()), token);
        placed = true;
      }
      return placed;
    }

    void span(Path path, Token token) {
      if (spansKept && token.start() >= 0) {
        spans.put(path, Span.of(source, token.start(), token.end()));
      }
    }

    private Optional<ApplicationTable> applications(OpenGovLayout layout) {
      ApplicationTable.Builder table = ApplicationTable.builder();
      Map<ApplicationRow, Boolean> seen = new LinkedHashMap<>();
      boolean any = false;
      for (int i = 0; i < tokens.size(); i++) {
        Optional<ApplicationRow> found = applicationRow(tokens.get(i).text());
        if (found.isEmpty() || seen.containsKey(found.get())) {
          continue;
        }
        ApplicationRow row = found.get();
        seen.put(row, true);
        if (!row.isIn(layout)) {
          // a row of the other layout (a text that mixes both): its cells have no place in this table
          unread.add("Table B row " + row.fullLabel() + ": not a row of the " + layout + " layout");
          continue;
        }
        if (i + 1 < tokens.size() && applicationRow(tokens.get(i + 1).text()).isPresent()) {
          continue; // a group heading followed by its first sub-row
        }
        Optional<List<Token>> cells = rowCells(row, valueRun(i));
        if (cells.isPresent() && place(table, row, cells.get())) {
          any = true;
        }
        if (row == ApplicationRow.CARRIED_FORWARD) {
          break;
        }
      }
      any |= placeBalancedRows(table, layout);
      for (ApplicationRow row : ApplicationRow.numericRows(layout)) {
        if (any && !seen.containsKey(row)) {
          unread.add("Table B row " + row.fullLabel() + ": not found");
        }
      }
      return any ? Optional.of(table.build()) : Optional.empty();
    }

    /**
     * The cells printed after the row label at {@code label}: the counts and unknown cells (blank, {@code /})
     * that follow it, on the label's line when the row is printed on one line, else up to the next other
     * cell.
     */
    private List<Token> valueRun(int label) {
      Token labelToken = tokens.get(label);
      List<Token> run = new ArrayList<>();
      boolean oneLine = label + 1 < tokens.size() && sameLine(labelToken, tokens.get(label + 1));
      for (int at = label + 1; at < tokens.size() && run.size() < MAX_RUN; at++) {
        Token token = tokens.get(at);
        String value = normalize(token.text());
        if (!isUnknown(value) && !COUNT.matcher(value).matches()) {
          break;
        }
        if (oneLine && !sameLine(labelToken, token)) {
          break;
        }
        run.add(token);
      }
      if (run.isEmpty() && label + 1 < tokens.size()) {
        unread.add("Table B row " + row(label) + ": cell " + ApplicantColumn.NATURAL_PERSON.label() + " is \""
            + tokens.get(label + 1).text() + "\"");
      }
      return run;
    }

    private String row(int label) {
      return applicationRow(tokens.get(label).text()).map(ApplicationRow::fullLabel).orElse("?");
    }

    /**
     * Whether the cells of a row printed on one line go on at the start of the next line, as a text layer wraps
     * a long row printed between bars ({@code 一、本年新收… | 0 |} then {@code 0 | 0 | 0 | 0 | 0 | 0 |}): only
     * when both lines hold bars, the row's line holds fewer cells than {@code columns} (empty ones counted: a row
     * printed whole with blanks is complete), the line right after holds cells alone, at least two of them counts
     * (one number alone is a page's), the two lines no more than twice {@code columns} cells, the counts printed
     * on them exactly {@code columns} (empty cells, a bar's leftovers, not counted; a cell printed unknown, such as
     * {@code /}, fails), and each block's last count is the sum of the block's others (总计). Otherwise the lines
     * stay apart, and a row that is short stays unread: it is never completed with a number that may not be its
     * own. A text laid out without bars (a PDF's spaces) is never joined, since a page number or a row printed
     * without its label may follow a short row there.
     *
     * @param run  the cells read so far on the row's line, not empty
     * @param next  the index of the first cell after them, on another line
     * @param columns  the row's columns
     * @param block  the columns of one block, the last of them the block's total
     */
    boolean wrapsOnto(List<Token> run, int next, int columns, int block) {
      Token first = tokens.get(next);
      Token last = run.isEmpty() ? first : run.get(run.size() - 1);
      if (run.isEmpty() || run.size() >= columns || !nextLine(last, first) || !onBarredLine(last)
          || !onBarredLine(first)) {
        return false; // a row complete with its blanks, or not printed between bars, is no wrap
      }
      List<Token> lines = new ArrayList<>(run);
      int printedNext = 0;
      for (int i = next; i < tokens.size() && (i == next || sameLine(first, tokens.get(i))); i++) {
        lines.add(tokens.get(i));
        printedNext += normalize(tokens.get(i).text()).isEmpty() ? 0 : 1;
      }
      if (printedNext < 2 || lines.size() > 2 * columns) {
        return false; // one number alone is a page's; a run longer than a row and its empty cells is none
      }
      List<Token> cells = new ArrayList<>();
      for (Token token : lines) {
        String value = normalize(token.text());
        if (!value.isEmpty() && !COUNT.matcher(value).matches()) {
          return false; // a label, or a cell printed unknown (/): not a row wrapped whole
        }
        if (!value.isEmpty()) {
          cells.add(token); // an empty cell is a bar's leftover: a blank column would leave too few
        }
      }
      if (cells.size() != columns) {
        return false;
      }
      for (int from = 0; from < columns; from += block) {
        long parts = 0;
        for (int i = from; i < from + block; i++) {
          OptionalLong count = countOf(normalize(cells.get(i).text()));
          if (count.isEmpty()) {
            return false;
          }
          if (i == from + block - 1) {
            if (parts != count.getAsLong()) {
              return false;
            }
          } else if (count.getAsLong() > Long.MAX_VALUE - parts) {
            return false; // no sum a long holds: no total either
          } else {
            parts += count.getAsLong();
          }
        }
      }
      return true;
    }

    /** Whether the line of a token (its span kept) holds a bar {@code |}: a row printed between bars. */
    private boolean onBarredLine(Token token) {
      int lineStart = source.lastIndexOf('\n', token.start() - 1) + 1;
      int lineEnd = source.indexOf('\n', token.start());
      return source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd).indexOf('|') >= 0;
    }

    /** Whether {@code b} is on the line right after {@code a}'s line (their spans kept). */
    boolean nextLine(Token a, Token b) {
      if (!spansKept || a.start() < 0 || b.start() < 0 || b.start() < a.end()) {
        return false;
      }
      int lineEnd = source.indexOf('\n', a.end());
      if (lineEnd < 0 || lineEnd >= b.start()) {
        return false;
      }
      int nextEnd = source.indexOf('\n', lineEnd + 1);
      return nextEnd < 0 || nextEnd >= b.start();
    }

    /** Whether a cell (its span kept) is printed over two lines: a number cut by a line's end. */
    boolean spansLines(Token token) {
      return spansKept && token.start() >= 0 && source.substring(token.start(), token.end()).indexOf('\n') >= 0;
    }

    boolean sameLine(Token a, Token b) {
      if (!spansKept || a.start() < 0 || b.start() < 0 || b.start() < a.end()) {
        return false;
      }
      return source.indexOf('\n', a.end()) < 0 || source.indexOf('\n', a.end()) >= b.start();
    }

    /**
     * The seven cells of a Table B row, one a column, or empty (with the reason in {@link #unread}) when
     * they cannot be placed for sure: the printed cells as they are when there are seven; otherwise the one
     * alignment of them that satisfies the row's identity, if exactly one does (see {@link RowAlignment}).
     */
    Optional<List<Token>> rowCells(ApplicationRow row, List<Token> run) {
      int columns = ApplicantColumn.values().length;
      if (run.stream().allMatch(token -> isUnknown(normalize(token.text())))) {
        return Optional.empty(); // nothing printed to place
      }
      Token last = run.get(run.size() - 1);
      boolean endOfText = spansKept && last.end() >= 0 && source.substring(last.end()).replace('|', ' ').isBlank();
      RowAlignment.Result result = RowAlignment.align(run, columns, endOfText);
      if (result.cells().isPresent()) {
        if (!result.reason().isEmpty()) {
          unread.add("Table B row " + row.fullLabel() + ": " + result.reason());
        }
        return result.cells();
      }
      unread.add("Table B row " + row.fullLabel() + ": " + result.reason());
      if (!result.alternatives().isEmpty() && result.alternatives().stream().flatMap(List::stream)
          .allMatch(token -> countOf(normalize(token.text())).isPresent())) {
        undecided.put(row, result.alternatives());
      }
      return Optional.empty();
    }

    /**
     * Places the Table B rows whose own identity left several readings ({@link #undecided}) when exactly
     * one choice of one reading a row makes the whole table add up ({@link BalancedChoice}); their lines in
     * {@link #unread} go. Returns whether a row was placed.
     */
    boolean placeBalancedRows(ApplicationTable.Builder table, OpenGovLayout layout) {
      Map<ApplicationRow, List<List<Long>>> readings = new LinkedHashMap<>();
      undecided.forEach((row, alternatives) -> {
        List<List<Long>> values = new ArrayList<>();
        for (List<Token> alternative : alternatives) {
          List<Long> counts = new ArrayList<>();
          for (Token token : alternative) {
            counts.add(countOf(normalize(token.text())).orElseThrow());
          }
          values.add(counts);
        }
        readings.put(row, values);
      });
      Optional<Map<ApplicationRow, Integer>> chosen = BalancedChoice.choose(table.build(), readings, layout);
      if (chosen.isEmpty()) {
        return false;
      }
      undecided.forEach((row, alternatives) -> {
        place(table, row, alternatives.get(chosen.get().getOrDefault(row, 0)));
        unread.removeIf(line -> line.startsWith("Table B row " + row.fullLabel() + ": "));
      });
      undecided.clear();
      return true;
    }

    private Optional<ProactiveDisclosureTable> proactive(OpenGovLayout layout) {
      ProactiveDisclosureTable.Builder table = ProactiveDisclosureTable.builder();
      boolean any = false;
      List<ProactiveItem> seen = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Optional<ProactiveItem> found = proactiveItem(tokens.get(i).text());
        if (found.isEmpty() || seen.contains(found.get())) {
          continue;
        }
        ProactiveItem item = found.get();
        seen.add(item);
        int at = i + 1;
        for (ProactiveColumn column : ProactiveColumn.columns(layout, item)) {
          if (at >= tokens.size()) {
            break;
          }
          Token token = tokens.get(at++);
          String value = normalize(token.text());
          if (isUnknown(value)) {
            continue;
          }
          if (!AMOUNT.matcher(value).matches()) {
            unread.add("Table A row " + item.label() + ": cell " + column.label() + " is \"" + token.text() + "\"");
            break;
          }
          BigDecimal number = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
          if (!column.isAmount() && number.signum() != 0 && number.stripTrailingZeros().scale() > 0
              || !column.isSigned() && number.signum() < 0) {
            // a count with a fraction (20.3件), or a negative one outside 本年增/减: not this column's number
            unread.add("Table A row " + item.label() + ": cell " + column.label() + " is \"" + token.text()
                + "\", which is no count");
            break;
          }
          table.cell(item, column, number);
          span(OpenGovInfo.PROACTIVE_PATH.resolve(new CellTable.Cell<>(item, column).at()), token);
          any = true;
        }
      }
      return any ? Optional.of(table.build()) : Optional.empty();
    }

    private Optional<DisputeTable> disputes() {
      int start = -1;
      for (int i = 0; i < tokens.size(); i++) {
        String normalized = normalize(tokens.get(i).text());
        // the header's first cell; copied from a PDF, the whole header line (行政复议 行政诉讼)
        if (normalized.equals("行政复议") || normalized.equals("行政复议情况") || normalized.equals("行政复议行政诉讼")) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        return Optional.empty();
      }
      // the cells are the first run of counts and unknown cells after the header (stacked over lines as it
      // may be): never numbers from further on
      List<Token> run = new ArrayList<>();
      Token line = tokens.get(start); // a cell on the line the numbers are printed on
      int columns = DisputeBlock.values().length * DisputeColumn.values().length;
      for (int i = start + 1; i < tokens.size() && i <= start + MAX_TABLE_C_HEADER + run.size(); i++) {
        String normalized = normalize(tokens.get(i).text());
        boolean value = COUNT.matcher(normalized).matches() || isUnknown(normalized);
        // numbers printed on one line end with it (a page number may stand on the next)
        boolean oneLine = !oneCellALine && run.size() >= 2 && sameLine(run.get(0), run.get(1));
        if (value && oneLine && !sameLine(line, tokens.get(i))) {
          if (line != run.get(0) || !wrapsOnto(run, i, columns, DisputeColumn.values().length)) {
            break;
          }
          line = tokens.get(i); // the numbers go on at the start of the next line
        }
        if (value && (!normalized.isEmpty() || !run.isEmpty() || oneCellALine)) {
          if (run.isEmpty() || spansLines(tokens.get(i))) {
            line = tokens.get(i); // a number cut by the line's end: the numbers go on on the line it ends on
          }
          run.add(tokens.get(i));
        } else if (oneCellALine && !run.isEmpty() && run.stream().allMatch(t -> isUnknown(normalize(t.text())))) {
          run.clear(); // blank cells of the header, not of the numbers' line
        } else if (!run.isEmpty() || isTableEnd(normalized)) {
          break;
        }
      }
      if (oneCellALine && !run.isEmpty()) {
        Optional<List<Token>> lines = exactLines(run, columns);
        if (lines.isEmpty()) {
          unread.add("Table C: " + run.size() + " lines for " + columns + " cells");
          return Optional.empty();
        }
        run = new ArrayList<>(lines.get());
      }
      if (run.stream().allMatch(token -> isUnknown(normalize(token.text())))) {
        unread.add("Table C: found 0 of its " + columns + " cells");
        return Optional.empty();
      }
      Token last = run.get(run.size() - 1);
      boolean endOfText = spansKept && last.end() >= 0 && source.substring(last.end()).replace('|', ' ').isBlank();
      if (endOfText && run.size() < columns) {
        unread.add("Table C: found " + run.size() + " of its " + columns + " cells"); // an excerpt cut off
        return Optional.empty();
      }
      RowAlignment.Result aligned = RowAlignment.align(run, columns, DisputeColumn.values().length, false);
      if (aligned.cells().isEmpty()) {
        unread.add("Table C: " + aligned.reason());
        return Optional.empty();
      }
      if (!aligned.reason().isEmpty()) {
        unread.add("Table C: " + aligned.reason());
      }
      List<Token> values = aligned.cells().get();
      DisputeTable.Builder table = DisputeTable.builder();
      int next = 0;
      for (DisputeBlock block : DisputeBlock.values()) {
        for (DisputeColumn column : DisputeColumn.values()) {
          if (next >= values.size()) {
            break;
          }
          Token token = values.get(next++);
          String value = normalize(token.text());
          OptionalLong count = isUnknown(value) ? OptionalLong.empty() : countOf(value);
          if (!isUnknown(value) && count.isEmpty()) {
            unread.add("Table C: cell " + block.label() + " " + column.label() + " \"" + token.text()
                + "\", more than a count can hold");
          } else if (count.isPresent()) {
            table.cell(block, column, count.getAsLong());
            span(OpenGovInfo.DISPUTES_PATH.resolve(new CellTable.Cell<>(block, column).at()), token);
          }
        }
      }
      return Optional.of(table.build());
    }

  }

  /** The most header cells of Table C between 行政复议 and its numbers (stacked a character a cell: about 80). */
  private static final int MAX_TABLE_C_HEADER = 120;

  /** Whether a cell starts what follows Table C (the next section's heading) rather than its header. */
  private static boolean isTableEnd(String normalized) {
    return normalized.startsWith("五、") || normalized.startsWith("六、") || normalized.length() > 40;
  }

  /** Whether a normalized cell is printed as unknown: blank, {@code /}, {@code -} or {@code --}. */
  static boolean isUnknown(String value) {
    return value.isEmpty() || value.equals("/") || value.equals("-") || value.equals("--");
  }
}
