package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * How exactly a report states a number (docs/domain.md, 'Numbers as written'): {@code 1338宗} is exact, {@code 70%以上} is at least
 * 70, {@code 100余次} is more than 100, {@code 约13亿元} is approximately 13.
 *
 * <p>When numbers are added, qualifiers combine honestly: see {@link Total#qualifier()}.
 */
public enum Qualifier {
  /** Stated exactly; {@code 达} ("reached") also states an exact value. */
  EXACT(false, false, false, "达"),
  /** A lower bound that may be reached (≥): 以上, 不少于, 不低于, 至少. */
  AT_LEAST(true, false, false, "以上", "不少于", "不低于", "至少"),
  /** A lower bound that is exceeded (&gt;): 余, 多, 超过, 逾, 多于. */
  MORE_THAN(true, false, true, "余", "多", "超过", "逾", "多于"),
  /** An upper bound that may be reached (≤): 以下, 不超过, 不高于, 以内, 至多. */
  AT_MOST(false, true, false, "以下", "不超过", "不高于", "以内", "至多"),
  /** An upper bound that is not reached (&lt;): 不足, 不到, 少于, 低于. */
  LESS_THAN(false, true, true, "不足", "不到", "少于", "低于"),
  /** Approximately (≈): 约, 近, 左右, 大约. */
  APPROXIMATELY(false, false, false, "约", "近", "左右", "大约");

  private final boolean lowerBound;
  private final boolean upperBound;
  private final boolean strict;
  private final ImmutableList<String> words;

  Qualifier(boolean lowerBound, boolean upperBound, boolean strict, String... words) {
    this.lowerBound = lowerBound;
    this.upperBound = upperBound;
    this.strict = strict;
    this.words = ImmutableList.copyOf(words);
  }

  /**
   * Returns the Chinese words that express this qualifier, most common first.
   *
   * @return the words, never null
   */
  public ImmutableList<String> words() {
    return words;
  }

  /**
   * Returns whether the stated value is a lower bound of the true one (AT_LEAST, MORE_THAN).
   *
   * @return true for a lower bound
   */
  public boolean isLowerBound() {
    return lowerBound;
  }

  /**
   * Returns whether the stated value is an upper bound of the true one (AT_MOST, LESS_THAN).
   *
   * @return true for an upper bound
   */
  public boolean isUpperBound() {
    return upperBound;
  }

  /**
   * Returns whether the bound is strict: the true value is never equal to the stated one (MORE_THAN,
   * LESS_THAN).
   *
   * @return true for a strict bound
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Finds the qualifier a Chinese word expresses.
   *
   * @param word  a word such as {@code 以上} or {@code 余}, not null
   * @return the qualifier, or empty when the word is not a known qualifier
   */
  public static Optional<Qualifier> fromWord(String word) {
    requireNonNull(word, "word");
    String trimmed = word.strip();
    for (Qualifier qualifier : values()) {
      if (qualifier.words.contains(trimmed)) {
        return Optional.of(qualifier);
      }
    }
    return Optional.empty();
  }
}
