package io.github.fazhi.reader;

/**
 * Counts the steps of the loops whose work could grow faster than the text if written carelessly — the
 * scans for a sentence's end, the parts of a 其中 breakdown, the mentions a tally looks at, the regions a
 * number is placed in — so that a test can show the reader's work grows linearly with its input without
 * timing anything.
 *
 * <p>Not thread-safe: one reading owns one counter.
 */
final class Steps {
  /** A counter nobody reads, for callers that do not count. */
  static Steps none() {
    return new Steps();
  }

  private long count;

  /** Adds {@code n} steps. */
  void add(long n) {
    count += n;
  }

  /** Adds one step. */
  void one() {
    count++;
  }

  /** The steps counted so far. */
  long count() {
    return count;
  }
}
