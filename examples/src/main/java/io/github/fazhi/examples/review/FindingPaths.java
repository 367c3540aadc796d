package io.github.fazhi.examples.review;

import java.util.List;
import java.util.Optional;

/** Matching a finding's attribute path to the number or tally it is about. */
final class FindingPaths {
  private FindingPaths() {}

  /** The path inside its report: a series finding's leading {@code [曲江区 2020] } is dropped. */
  static String withinReport(String path) {
    if (path.startsWith("[")) {
      int close = path.indexOf("] ");
      if (close > 0) {
        return path.substring(close + 2);
      }
    }
    return path;
  }

  /**
   * The index of the longest of {@code paths} that is {@code path} itself or an ancestor of it (followed by
   * {@code .} or {@code [}), or -1 when none is.
   */
  static int longestPrefix(List<String> paths, String path) {
    int best = -1;
    for (int i = 0; i < paths.size(); i++) {
      String candidate = paths.get(i);
      boolean ancestor = path.equals(candidate)
          || (path.startsWith(candidate) && (path.charAt(candidate.length()) == '.'
              || path.charAt(candidate.length()) == '['));
      if (ancestor && (best < 0 || candidate.length() > paths.get(best).length())) {
        best = i;
      }
    }
    return best;
  }

  /** The index of the tally a path such as {@code reviews[1].accepted} is about. */
  static Optional<Integer> tallyIndex(String path) {
    if (!path.startsWith("reviews[")) {
      return Optional.empty();
    }
    int close = path.indexOf(']');
    try {
      return Optional.of(Integer.parseInt(path.substring("reviews[".length(), close)));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }
}
