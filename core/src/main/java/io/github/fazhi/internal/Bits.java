package io.github.fazhi.internal;

/** Bit arrays held as {@code long[]} words, as the columns of core keep their flags. */
public final class Bits {
  private Bits() {}

  /**
   * Returns whether any bit of a bit array is set.
   *
   * @param words  the bit array, not null
   * @return true if a word is not 0
   */
  public static boolean anySet(long[] words) {
    for (long word : words) {
      if (word != 0) {
        return true;
      }
    }
    return false;
  }
}
