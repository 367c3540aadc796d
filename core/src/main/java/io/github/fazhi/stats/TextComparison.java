package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.fazhi.Rate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How much of one text repeats another (文字重复): the similarity of this year's section with last year's,
 * and the sentences it repeats word for word, so that a copied 存在的主要问题及改进情况 shows.
 *
 * <h2>The measure</h2>
 * Both texts are first stripped of all whitespace (line breaks of a PDF or a web page split a sentence
 * anywhere). The {@linkplain #similarity(String, String) similarity} is the Jaccard index of the two sets of
 * character bigrams (two consecutive code points): |A ∩ B| ÷ |A ∪ B|, an exact fraction from 0 (no bigram in
 * common) to 1 (the same bigrams). It ignores order and counts a bigram once however often it occurs, so a
 * text shuffled sentence by sentence still scores close to 1: it measures shared wording, not identity.
 *
 * <p>{@linkplain #sentences(String) Sentences} end at 。！？； (full-width, as Chinese prose writes them) or
 * at the end of the text; a sentence is {@linkplain #repeated(String, String) repeated} when exactly the same
 * characters (whitespace aside) form a sentence of the earlier text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextComparison {
  private static final String ENDS = "。！？；";

  private TextComparison() {}

  /**
   * Returns the Jaccard index of the character bigrams of two texts, whitespace removed.
   *
   * @param older  the earlier text, not null
   * @param newer  the later text, not null
   * @return the fraction of shared bigrams among all bigrams of either text; empty when neither text has a
   *     bigram (both shorter than two characters): the similarity of nothing is unknown, not 0 or 1
   */
  public static Optional<Rate> similarity(String older, String newer) {
    Set<String> a = bigrams(requireNonNull(older, "older"));
    Set<String> b = bigrams(requireNonNull(newer, "newer"));
    return Rate.tryOf(Sets.intersection(a, b).size(), Sets.union(a, b).size());
  }

  /**
   * Returns the sentences of a text, whitespace removed, in order, each with its closing mark.
   *
   * @param text  the text, not null
   * @return the non-empty sentences, never null
   */
  public static ImmutableList<String> sentences(String text) {
    String squeezed = squeeze(requireNonNull(text, "text"));
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int start = 0;
    for (int i = 0; i < squeezed.length(); i++) {
      if (ENDS.indexOf(squeezed.charAt(i)) >= 0) {
        addIfText(out, squeezed.substring(start, i + 1));
        start = i + 1;
      }
    }
    addIfText(out, squeezed.substring(start));
    return out.build();
  }

  /**
   * Returns the sentences of the later text that the earlier text has word for word, each once, in the
   * order of the later text.
   *
   * @param older  the earlier text, not null
   * @param newer  the later text, not null
   * @return the repeated sentences, never null
   */
  public static ImmutableList<String> repeated(String older, String newer) {
    ImmutableSet<String> before = ImmutableSet.copyOf(sentences(requireNonNull(older, "older")));
    Set<String> out = new LinkedHashSet<>();
    for (String sentence : sentences(requireNonNull(newer, "newer"))) {
      if (before.contains(sentence)) {
        out.add(sentence);
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static void addIfText(ImmutableList.Builder<String> out, String sentence) {
    // A lone mark (。。) is no sentence.
    if (sentence.length() > 1 || sentence.length() == 1 && ENDS.indexOf(sentence.charAt(0)) < 0) {
      out.add(sentence);
    }
  }

  private static Set<String> bigrams(String text) {
    String squeezed = squeeze(text);
    Set<String> out = new LinkedHashSet<>();
    int[] points = squeezed.codePoints().toArray();
    for (int i = 0; i + 1 < points.length; i++) {
      out.add(new String(points, i, 2));
    }
    return out;
  }

  private static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
