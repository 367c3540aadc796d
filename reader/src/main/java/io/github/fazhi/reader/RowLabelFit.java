package io.github.fazhi.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Matches the row labels a table prints to its official rows by best fit in order (按顺序最佳匹配行标签): an
 * alignment of the sequence of printed label fragments (the text of a table's label cells, split at spaces) with
 * the sequence of official rows, where each row takes none or a few consecutive fragments and a fragment may
 * be left to no row.
 *
 * <p>What a fragment is worth to a row is how much of the row's label it spells in order: the longest common
 * subsequence of their letters and digits (brackets, quotes and spaces aside), less the fragment's letters
 * that are not in it. A row takes fragments only when they spell at least {@value #COVERAGE_PERCENT}% of its
 * label and are at least half made of it. So a word missing from a label, a label wrapped over two or three
 * lines (the numbers on the middle or the last), a label split by a space, a character of the merged cell
 * 三、本年度办理结果 written in front of a label, and a group label with its first row on one line are all
 * fitted, while a header or a character on its own is left to no row.
 *
 * <p>The runs of cells printed between the fragments go to the row whose fragment stands just before them; a
 * row takes at most one run. A run is placed only when the best alignment is the only one that gives the run to
 * its row: when another alignment scoring the same gives it to another row, the run is reported ambiguous,
 * never guessed.
 *
 * <p>Stateless and thread-safe. The work is the number of fragments × rows × {@value #MAX_SEGMENT} label
 * comparisons; callers bound the fragments.
 */
final class RowLabelFit {
  /** The most fragments one row's label takes: three wrapped lines, a space inside, merged-cell characters. */
  static final int MAX_SEGMENT = 6;
  private static final int COVERAGE_PERCENT = 60;
  private static final int IMPOSSIBLE = Integer.MIN_VALUE / 4;

  private RowLabelFit() {}

  /**
   * The fit of every run of cells.
   *
   * @param rowOfRun  for each run, the index of the row it goes to, or -1 when its fragment fits no row
   * @param ambiguous  for each run, whether another alignment as good gives it to another row (or to none)
   */
  record Fit(int[] rowOfRun, boolean[] ambiguous) {}

  /**
   * Aligns printed label fragments with the official rows.
   *
   * @param fragments  the printed label fragments in order, as written
   * @param runAfter  for each fragment, the index of the run of cells printed right after it, or -1
   * @param runs  how many runs there are
   * @param rows  the official row labels in order, as written
   * @return the row of every run and whether it is ambiguous
   */
  static Fit align(List<String> fragments, int[] runAfter, int runs, List<String> rows) {
    return align(fragments, runAfter, runs, rows, Collections.nCopies(rows.size(), ""));
  }

  /**
   * Aligns printed label fragments with the official rows whose groups print their labels in a merged cell
   * beside them ({@code （三）不予公开} wrapped in a narrow cell, a piece on each line of its rows): a fragment
   * that is a piece of a row's group label, among that row's fragments, costs the row nothing.
   *
   * @param fragments  the printed label fragments in order, as written
   * @param runAfter  for each fragment, the index of the run of cells printed right after it, or -1
   * @param runs  how many runs there are
   * @param rows  the official row labels in order, as written
   * @param groups  for each row, its group's label as written, or "" when it is in no group
   * @return the row of every run and whether it is ambiguous
   */
  static Fit align(List<String> fragments, int[] runAfter, int runs, List<String> rows, List<String> groups) {
    int n = fragments.size();
    int m = rows.size();
    List<String> fragmentKeys = new ArrayList<>(n);
    for (String fragment : fragments) {
      fragmentKeys.add(key(fragment));
    }
    List<String> rowKeys = new ArrayList<>(m);
    for (String row : rows) {
      rowKeys.add(key(row));
    }
    List<String> groupKeys = new ArrayList<>(m);
    for (String group : groups) {
      groupKeys.add(key(group));
    }
    // gain[i][k-1][j]: fragments i..i+k-1 as row j's label; IMPOSSIBLE when they do not fit it
    int[][][] gain = new int[n][MAX_SEGMENT][m];
    for (int i = 0; i < n; i++) {
      StringBuilder joined = new StringBuilder();
      for (int k = 1; k <= MAX_SEGMENT; k++) {
        if (i + k > n) {
          for (int j = 0; j < m; j++) {
            gain[i][k - 1][j] = IMPOSSIBLE;
          }
          continue;
        }
        joined.append(fragmentKeys.get(i + k - 1));
        int owned = 0;
        for (int f = i; f < i + k; f++) {
          owned += runAfter[f] >= 0 ? 1 : 0;
        }
        for (int j = 0; j < m; j++) {
          gain[i][k - 1][j] = owned > 1 ? IMPOSSIBLE
              : Math.max(gain(joined.toString(), rowKeys.get(j)),
                  gainBesideGroup(fragmentKeys, i, k, rowKeys.get(j), groupKeys.get(j)));
        }
      }
    }
    int best = best(gain, runAfter, n, m, -1, -1);
    int[] rowOfRun = new int[runs];
    Arrays.fill(rowOfRun, -1);
    trace(gain, runAfter, n, m, rowOfRun);
    boolean[] ambiguous = new boolean[runs];
    for (int run = 0; run < runs; run++) {
      if (rowOfRun[run] >= 0) {
        ambiguous[run] = best(gain, runAfter, n, m, run, rowOfRun[run]) >= best;
      }
    }
    return new Fit(rowOfRun, ambiguous);
  }

  /** The best score, with run {@code forbiddenRun} kept from row {@code forbiddenRow} (-1: nothing kept). */
  private static int best(int[][][] gain, int[] runAfter, int n, int m, int forbiddenRun, int forbiddenRow) {
    return table(gain, runAfter, n, m, forbiddenRun, forbiddenRow)[0][0];
  }

  /** score[i][j]: the best score of fragments i.. and rows j.. . */
  private static int[][] table(int[][][] gain, int[] runAfter, int n, int m, int forbiddenRun, int forbiddenRow) {
    int[][] score = new int[n + 1][m + 1];
    for (int i = n; i >= 0; i--) {
      for (int j = m; j >= 0; j--) {
        if (i == n || j == m) {
          score[i][j] = 0;
          continue;
        }
        int value = Math.max(score[i + 1][j], score[i][j + 1]);
        for (int k = 1; k <= MAX_SEGMENT && i + k <= n; k++) {
          int g = gain[i][k - 1][j];
          if (g == IMPOSSIBLE || j == forbiddenRow && owns(runAfter, i, k, forbiddenRun)) {
            continue;
          }
          value = Math.max(value, g + score[i + k][j + 1]);
        }
        score[i][j] = value;
      }
    }
    return score;
  }

  private static boolean owns(int[] runAfter, int from, int length, int run) {
    for (int f = from; f < from + length; f++) {
      if (runAfter[f] == run) {
        return true;
      }
    }
    return false;
  }

  /** Follows one best alignment, preferring a row's label over leaving a fragment to none. */
  private static void trace(int[][][] gain, int[] runAfter, int n, int m, int[] rowOfRun) {
    int[][] score = table(gain, runAfter, n, m, -1, -1);
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      int target = score[i][j];
      boolean moved = false;
      for (int k = 1; k <= MAX_SEGMENT && i + k <= n && !moved; k++) {
        int g = gain[i][k - 1][j];
        if (g != IMPOSSIBLE && g + score[i + k][j + 1] == target) {
          for (int f = i; f < i + k; f++) {
            if (runAfter[f] >= 0) {
              rowOfRun[runAfter[f]] = j;
            }
          }
          i += k;
          j++;
          moved = true;
        }
      }
      if (moved) {
        continue;
      }
      if (score[i + 1][j] == target) {
        i++;
      } else {
        j++;
      }
    }
  }

  /**
   * What fragments {@code from}..{@code from + length - 1} are worth as a row's label when the pieces of its
   * group's label among them (each a run of the group label's letters) are set aside: {@link #IMPOSSIBLE} when
   * none is such a piece, or all are.
   */
  private static int gainBesideGroup(List<String> fragmentKeys, int from, int length, String label, String group) {
    if (group.isEmpty()) {
      return IMPOSSIBLE;
    }
    StringBuilder rest = new StringBuilder();
    boolean piece = false;
    for (int f = from; f < from + length; f++) {
      String key = fragmentKeys.get(f);
      if (!key.isEmpty() && group.contains(key)) {
        piece = true;
      } else {
        rest.append(key);
      }
    }
    return piece && rest.length() > 0 ? gain(rest.toString(), label) : IMPOSSIBLE;
  }

  /**
   * What a printed text is worth as a row's label: the letters of the label it spells in order, less its own
   * letters that are not the label's; {@link #IMPOSSIBLE} when it spells less than {@value #COVERAGE_PERCENT}%
   * of the label or is less than half label.
   */
  static int gain(String printed, String label) {
    if (printed.isEmpty() || label.isEmpty() || printed.length() * 100 < label.length() * COVERAGE_PERCENT
        || printed.length() > 2 * label.length()) {
      return IMPOSSIBLE; // too short to spell enough of the label, or too long to be half label
    }
    int common = commonSubsequence(printed, label);
    if (common * 100 < label.length() * COVERAGE_PERCENT || common * 2 < printed.length()) {
      return IMPOSSIBLE;
    }
    int value = common - (printed.length() - common);
    return value > 0 ? value : IMPOSSIBLE;
  }

  /** The letters and digits of a label, widths and traditional characters made uniform. */
  static String key(String text) {
    String normalized = OpenGovInfoTableReader.normalize(text);
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int commonSubsequence(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        current[j] = a.charAt(i - 1) == b.charAt(j - 1)
            ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
