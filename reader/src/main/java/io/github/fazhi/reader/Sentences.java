package io.github.fazhi.reader;

/**
 * Finds the sentence (or clause) around an offset of one region of the source: the range between the
 * break characters before and after it, within the region. It remembers the last sentence it found, so
 * that asking for the offsets of one sentence in order — as the reader does, number by number — reads
 * each character of the region a bounded number of times, however long the sentence: the work is linear
 * in the region's length, not in the product of its length and its numbers.
 *
 * <p>Not thread-safe: one reading step owns one instance.
 */
final class Sentences {
  private final String source;
  private final String breaks;
  private final int floor;
  private final int ceiling;
  private final Steps steps;
  private int lastStart = -1;
  private int lastEnd = -1;

  /**
   * A finder of the sentences of {@code source[floor, ceiling)}.
   *
   * @param breaks  the characters that end a sentence
   */
  Sentences(String source, String breaks, int floor, int ceiling, Steps steps) {
    this.source = source;
    this.breaks = breaks;
    this.floor = floor;
    this.ceiling = Math.min(ceiling, source.length());
    this.steps = steps;
  }

  /** Where the sentence holding {@code offset} starts: after the last break before it, not before the floor. */
  int start(int offset) {
    find(offset);
    return lastStart;
  }

  /** Where the sentence holding {@code offset} ends: at the first break at or after it, not after the ceiling. */
  int end(int offset) {
    find(offset);
    return lastEnd;
  }

  private void find(int offset) {
    if (offset >= lastStart && offset < lastEnd && lastStart >= 0) {
      return;
    }
    int s = Math.max(floor, Math.min(offset, ceiling));
    int e = s;
    if (lastStart >= 0 && offset >= lastEnd) {
      // lastEnd is a break (or the ceiling), so this sentence starts after it: no character is read twice
      while (s > lastEnd && !isBreak(s - 1)) {
        s--;
        steps.one();
      }
    } else {
      while (s > floor && !isBreak(s - 1)) {
        s--;
        steps.one();
      }
    }
    while (e < ceiling && !isBreak(e)) {
      e++;
      steps.one();
    }
    lastStart = s;
    lastEnd = e;
  }

  private boolean isBreak(int i) {
    return breaks.indexOf(source.charAt(i)) >= 0;
  }
}
