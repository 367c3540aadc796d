package io.github.fazhi.reader;

import io.github.fazhi.reader.OpenGovInfoTableReader.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the cells printed after a table row's label in the row's columns when their count is not the
 * columns' count (对齐一行的单元格): a converter's empty extra cells or cells shifted by a merged cell, or all
 * the row's digits run together in one string ({@code 20410025} for 20 4 1 0 0 25 …). The last column is
 * the row's total (总计, 小计), the sum of the others, and that identity is the only evidence used: an
 * alignment of more cells than columns is taken only when exactly one of all the possible ones satisfies it
 * (distinct alignments giving the same values count once), never by a guess that could put a number in the
 * wrong column.
 *
 * <p>Seven cells are read as printed, whatever their sum, so that the checker sees a real inconsistency.
 * Empty cells after the last column are dropped (they shift nothing). Other extra cells may be dropped only
 * when they are printed as unknown (blank, {@code /}); an alignment with unknown cells is consistent when the
 * known parts do not exceed the total. A digit string is split only into counts without leading zeros, and
 * only when all its parts are needed to satisfy the total exactly (each block's, in Table C). A row with fewer
 * cells than columns (a
 * blank cell a text layer leaves out) is placed only when exactly one choice of the columns left blank satisfies
 * the total; a blank total satisfies anything, so such a row is placed only when its last printed cell cannot be
 * the total.
 *
 * <p>Stateless and thread-safe.
 */
final class RowAlignment {
  /** The longest run-together digit string tried: beyond it the splits are too many to be evidence. */
  private static final int MAX_DIGITS = 40;
  /** The most ways to cut a digit string tried for a table of blocks (Table C's fifteen columns). */
  private static final long MAX_BLOCK_SPLITS = 200_000;
  /** A column the text layer printed nothing for. */
  private static final Token LEFT_OUT = new Token("", -1, -1);

  private RowAlignment() {}

  /**
   * The row's cells, one a column, or why they cannot be placed; when several alignments satisfy the row's
   * identity, those alignments (at most {@value #MAX_ALTERNATIVES}, else none), for the table's own identities
   * to choose from.
   */
  record Result(Optional<List<Token>> cells, String reason, List<List<Token>> alternatives) {
    Result(Optional<List<Token>> cells, String reason) {
      this(cells, reason, List.of());
    }

    static Result placed(List<Token> cells) {
      return new Result(Optional.of(List.copyOf(cells)), "");
    }

    static Result unplaced(String reason) {
      return new Result(Optional.empty(), reason);
    }
  }

  /** The most alignments of one row handed on for the table's identities to choose from. */
  static final int MAX_ALTERNATIVES = 8;

  /**
   * Aligns a row's printed cells with its columns.
   *
   * @param run  the cells printed after the label, counts or unknown, not all unknown
   * @param columns  the row's columns, the last one the total of the others
   * @return the cells, one a column, when exactly one alignment satisfies the total; else the reason
   */
  static Result align(List<Token> run, int columns) {
    return align(run, columns, false);
  }

  /**
   * Aligns a row's printed cells with its columns.
   *
   * @param run  the cells printed after the label, counts or unknown, not all unknown
   * @param columns  the row's columns, the last one the total of the others
   * @param endOfText  whether the text ends with the run (an excerpt cut off inside the row): fewer cells
   *     than columns are then the first columns, as far as the text goes
   * @return the cells, one a column, when exactly one alignment satisfies the total; else the reason
   */
  static Result align(List<Token> run, int columns, boolean endOfText) {
    return align(run, columns, columns, endOfText);
  }

  /**
   * Aligns a table's printed cells with columns made of blocks, each block's last column the total of the
   * block's others (Table C: 行政复议, 未经复议直接起诉 and 复议后起诉, five columns each, the fifth 总计).
   *
   * @param run  the cells printed, counts or unknown, not all unknown
   * @param columns  the columns, a multiple of {@code block}
   * @param block  the columns of one block
   * @param endOfText  whether the text ends with the run
   * @return the cells, one a column, when exactly one alignment satisfies every block's total; else the reason
   */
  static Result align(List<Token> run, int columns, int block, boolean endOfText) {
    List<Token> printed = new ArrayList<>();
    for (Token token : run) {
      if (!isUnknown(token)) {
        printed.add(token);
      }
    }
    if (printed.size() == 1 && digits(printed.get(0)).length() > columns - 1 && run.size() != columns) {
      return split(printed.get(0), columns, block);
    }
    int end = run.size();
    while (end > columns && isUnknown(run.get(end - 1))) {
      end--; // an empty column after the row's last: it shifts nothing
    }
    List<Token> cells = run.subList(0, end);
    if (cells.size() < columns && endOfText) {
      return new Result(Optional.of(List.copyOf(cells)), "the text ends after " + cells.size() + " cells");
    }
    if (cells.size() < columns) {
      // a blank cell the text layer left out: which one is told only by the row's identity
      Map<List<String>, List<Token>> consistent = new LinkedHashMap<>();
      gaps(cells, columns, block, 0, new ArrayList<>(), consistent);
      return decide(consistent, cells.size() + " cells for " + columns + " columns");
    }
    if (cells.size() == columns) {
      return Result.placed(cells);
    }
    Map<List<String>, List<Token>> consistent = new LinkedHashMap<>();
    choose(cells, columns, block, 0, new ArrayList<>(), consistent);
    return decide(consistent, cells.size() + " cells for " + columns + " columns");
  }

  /** Every way to put the run's cells in order in {@code columns} columns, the columns left over unknown. */
  private static void gaps(List<Token> run, int columns, int block, int from, List<Token> placed,
      Map<List<String>, List<Token>> consistent) {
    if (placed.size() == columns) {
      if (from == run.size()) {
        record(placed, block, consistent);
      }
      return;
    }
    if (from < run.size()) {
      placed.add(run.get(from));
      gaps(run, columns, block, from + 1, placed, consistent);
      placed.remove(placed.size() - 1);
    }
    if (columns - placed.size() > run.size() - from) {
      placed.add(LEFT_OUT);
      gaps(run, columns, block, from, placed, consistent);
      placed.remove(placed.size() - 1);
    }
  }

  private static boolean isUnknown(Token token) {
    return OpenGovInfoTableReader.isUnknown(digits(token));
  }

  private static String digits(Token token) {
    return OpenGovInfoTableReader.normalize(token.text());
  }

  /** Every way to keep {@code columns} of the run's cells in order, dropping only unknown cells. */
  private static void choose(List<Token> run, int columns, int block, int from, List<Token> kept,
      Map<List<String>, List<Token>> consistent) {
    if (kept.size() == columns) {
      for (int rest = from; rest < run.size(); rest++) {
        if (!OpenGovInfoTableReader.isUnknown(digits(run.get(rest)))) {
          return;
        }
      }
      record(kept, block, consistent);
      return;
    }
    if (run.size() - from < columns - kept.size()) {
      return;
    }
    Token token = run.get(from);
    kept.add(token);
    choose(run, columns, block, from + 1, kept, consistent);
    kept.remove(kept.size() - 1);
    if (OpenGovInfoTableReader.isUnknown(digits(token))) {
      choose(run, columns, block, from + 1, kept, consistent);
    }
  }

  private static void record(List<Token> cells, int block, Map<List<String>, List<Token>> consistent) {
    List<String> values = new ArrayList<>(cells.size());
    for (Token cell : cells) {
      values.add(isUnknown(cell) ? "" : digits(cell));
    }
    boolean adds = true;
    for (int from = 0; from + block <= values.size(); from += block) {
      adds &= mayTotal(values.subList(from, from + block));
    }
    if (adds) {
      consistent.putIfAbsent(values, List.copyOf(cells));
    }
  }

  /**
   * Whether the last value can be the sum of the others: equal to it when all are known, at least the sum
   * of the known ones when some are unknown (counts are never negative), anything when it is unknown.
   */
  static boolean mayTotal(List<String> values) {
    String total = values.get(values.size() - 1);
    if (total.isEmpty()) {
      return true;
    }
    BigInteger sum = BigInteger.ZERO;
    boolean complete = true;
    for (int i = 0; i < values.size() - 1; i++) {
      if (values.get(i).isEmpty()) {
        complete = false;
      } else {
        sum = sum.add(new BigInteger(values.get(i)));
      }
    }
    int compared = sum.compareTo(new BigInteger(total));
    return complete ? compared == 0 : compared <= 0;
  }

  /**
   * Splits a run-together digit string into one count a column, each block's last column the sum of the
   * block's others. A string of as many digits as columns is no exception: a blank cell the text layer left
   * out and a two-digit count give as many digits ({@code 5111210} for 5 · 1 1 1 2 10).
   */
  private static Result split(Token token, int columns, int block) {
    String digits = digits(token);
    String what = "the run-together digits " + digits;
    if (digits.length() > MAX_DIGITS || block < columns && cuts(digits.length(), columns) > MAX_BLOCK_SPLITS) {
      return Result.unplaced(what + " are too many to split");
    }
    Map<List<String>, List<Token>> consistent = new LinkedHashMap<>();
    splits(token, digits, columns, block, 0, new ArrayList<>(), consistent);
    return decide(consistent, what);
  }

  private static void splits(Token token, String digits, int columns, int block, int from, List<Integer> cuts,
      Map<List<String>, List<Token>> consistent) {
    if (cuts.size() == columns - 1) {
      if (isCount(digits, from, digits.length())) {
        List<Token> cells = new ArrayList<>(columns);
        int start = 0;
        for (int cut : cuts) {
          cells.add(part(token, digits, start, cut));
          start = cut;
        }
        cells.add(part(token, digits, start, digits.length()));
        record(cells, block, consistent);
      }
      return;
    }
    int left = columns - 1 - cuts.size(); // parts still to cut, the last one included after them
    for (int end = from + 1; end <= digits.length() - left; end++) {
      if (!isCount(digits, from, end)) {
        break; // a leading zero makes every longer part invalid too
      }
      cuts.add(end);
      splits(token, digits, columns, block, end, cuts, consistent);
      cuts.remove(cuts.size() - 1);
    }
  }

  /** How many ways {@code digits} digits cut into {@code parts} non-empty parts: C(digits − 1, parts − 1), capped. */
  private static long cuts(int digits, int parts) {
    long ways = 1;
    int n = digits - 1;
    int k = Math.min(parts - 1, n - (parts - 1));
    for (int i = 1; i <= k; i++) {
      ways = ways * (n - k + i) / i; // exact: a product of i consecutive integers is divisible by i!
      if (ways > MAX_BLOCK_SPLITS) {
        return ways;
      }
    }
    return ways;
  }

  /** A count without a leading zero, or 0 itself. */
  private static boolean isCount(String digits, int start, int end) {
    return end > start && (digits.charAt(start) != '0' || end - start == 1);
  }

  /** A part of a run-together token, with its own span when the token has one and was printed as is. */
  private static Token part(Token token, String digits, int start, int end) {
    boolean printedAsIs = token.start() >= 0 && token.text().equals(digits);
    return printedAsIs
        ? new Token(digits.substring(start, end), token.start() + start, token.start() + end)
        : new Token(digits.substring(start, end), -1, -1);
  }

  private static Result decide(Map<List<String>, List<Token>> consistent, String what) {
    if (consistent.size() == 1) {
      return Result.placed(consistent.values().iterator().next());
    }
    List<List<Token>> alternatives = consistent.size() <= MAX_ALTERNATIVES
        ? List.copyOf(consistent.values()) : List.of();
    return new Result(Optional.empty(), what + ", and " + (consistent.isEmpty() ? "no" : consistent.size())
        + " alignments give a last column that is the sum of the others", alternatives);
  }
}
