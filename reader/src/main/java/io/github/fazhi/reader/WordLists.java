package io.github.fazhi.reader;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader's word lists (词表) — units, qualifiers, fixed phrases, ranking words, words of change — read once
 * from the resource {@code words.txt} beside this class, so that the lists are data apart from the
 * algorithms that use them, as the indicator catalogue is.
 *
 * <p>Loading checks what the matching relies on, and fails with every problem at once: no list is missing or
 * empty, no word appears twice in a list, and in a list matched longest first no word comes after a word it
 * starts with ({@code units}: 个百分点 before 个) or, for a list matched backwards from the number, a word it
 * ends with ({@code prefix_qualifiers}, {@code up_words}, {@code down_words}: 大约 before 约).
 *
 * <p>This class is immutable and thread-safe.
 */
final class WordLists {
  private static final String RESOURCE = "words.txt";
  private static final List<String> NAMES = List.of("units", "prefix_qualifiers", "suffix_qualifiers",
      "fixed_phrases", "rank_words", "rank_places", "year_span_words", "up_words", "down_words", "change_words",
      "more_than_words", "approximately_words");
  private static final Set<String> MATCHED_FORWARD = Set.of("units");
  private static final Set<String> MATCHED_BACKWARD = Set.of("prefix_qualifiers", "up_words", "down_words",
      "more_than_words", "approximately_words");

  private static final ImmutableMap<String, ImmutableList<String>> LISTS = load();

  private WordLists() {}

  /** The list of that name, in the file's order. */
  static ImmutableList<String> get(String name) {
    ImmutableList<String> list = LISTS.get(name);
    if (list == null) {
      throw new IllegalArgumentException("no word list " + name + "; known: " + LISTS.keySet());
    }
    return list;
  }

  private static ImmutableMap<String, ImmutableList<String>> load() {
    try (InputStream in = WordLists.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + WordLists.class.getName());
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses and checks the lists; package-private so that a test can show what a broken file gives. */
  static ImmutableMap<String, ImmutableList<String>> parse(String text) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<String> current = null;
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        if (lists.put(line.substring(1, line.length() - 1), current) != null) {
          problems.add("line " + (n + 1) + ": list " + line + " appears twice");
        }
      } else if (current == null) {
        problems.add("line " + (n + 1) + ": word " + line + " before any [list]");
      } else {
        current.add(line);
      }
    }
    for (String name : NAMES) {
      List<String> words = lists.get(name);
      if (words == null || words.isEmpty()) {
        problems.add("list [" + name + "] is missing or empty");
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        if (!seen.add(word)) {
          problems.add("[" + name + "]: " + word + " appears twice");
        }
        for (int j = 0; j < i; j++) {
          String earlier = words.get(j);
          boolean forwardClash = MATCHED_FORWARD.contains(name) && word.startsWith(earlier);
          boolean backwardClash = MATCHED_BACKWARD.contains(name) && word.endsWith(earlier);
          if (!earlier.equals(word) && (forwardClash || backwardClash)) {
            problems.add("[" + name + "]: " + word + " must come before " + earlier + ", which it "
                + (MATCHED_FORWARD.contains(name) ? "starts" : "ends") + " with");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the reader's word lists (" + RESOURCE + ") are broken: "
          + String.join("; ", problems));
    }
    ImmutableMap.Builder<String, ImmutableList<String>> out = ImmutableMap.builder();
    lists.forEach((name, words) -> out.put(name, ImmutableList.copyOf(words)));
    return out.build();
  }
}
