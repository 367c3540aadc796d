package io.github.fazhi.examples.review;

import io.github.fazhi.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Matching a finding's attribute path to the number or tally it is about, by the paths' segments. */
final class FindingPaths {
  /** The path of the report's tallies, {@code reviews}. */
  private static final Path REVIEWS = Path.root().field("reviews");

  private FindingPaths() {}

  /**
   * The index of the longest of {@code paths} that is {@code path} itself or an ancestor of it, or -1 when
   * none is. A series finding's report ({@code [曲江区 2020] }) is left aside: the page shows one report.
   */
  static int longestPrefix(List<Path> paths, Path path) {
    Path within = path.withinReport();
    int best = -1;
    for (int i = 0; i < paths.size(); i++) {
      Path candidate = paths.get(i);
      if (within.startsWith(candidate)
          && (best < 0 || candidate.segments().size() > paths.get(best).segments().size())) {
        best = i;
      }
    }
    return best;
  }

  /** The index of the tally a path such as {@code reviews[1].accepted} is about. */
  static Optional<Integer> tallyIndex(Path path) {
    OptionalInt index = path.withinReport().indexAfter(REVIEWS);
    return index.isPresent() ? Optional.of(index.getAsInt()) : Optional.empty();
  }
}
