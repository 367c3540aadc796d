package io.github.fazhi.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the enumerated items of a paragraph (列举): {@code 一是…二是…三是…}, in order. The lead-in before
 * {@code 一是} is not an item. Markers must follow one another in order and stand at the start of the
 * region or after a punctuation mark, so that {@code 统一是} is not an item.
 */
final class Enumerations {
  private static final String BEFORE_MARKER = "。；;，,：:！？!?（(\n";
  private static final int MAX_ITEMS = 99;

  private Enumerations() {}

  /** The items' regions (each from after its marker to the next marker), empty when there is no 一是. */
  static List<Region> items(String source, Region region) {
    List<Integer> markers = new ArrayList<>();
    int from = region.start();
    for (int n = 1; n <= MAX_ITEMS; n++) {
      String marker = chinese(n) + "是";
      int at = find(source, marker, from, region.end());
      if (at < 0) {
        break;
      }
      markers.add(at);
      from = at + marker.length();
    }
    List<Region> items = new ArrayList<>(markers.size());
    for (int k = 0; k < markers.size(); k++) {
      int start = markers.get(k) + chinese(k + 1).length() + 1;
      int end = k + 1 < markers.size() ? markers.get(k + 1) : region.end();
      items.add(new Region(start, Math.max(start, end)));
    }
    return items;
  }

  private static int find(String source, String marker, int from, int end) {
    int at = source.indexOf(marker, from);
    while (at >= 0 && at + marker.length() <= end) {
      if (at == from || Region.isBlank(source.charAt(at - 1)) || BEFORE_MARKER.indexOf(source.charAt(at - 1)) >= 0) {
        return at;
      }
      at = source.indexOf(marker, at + 1);
    }
    return -1;
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三. */
  static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
  }
}
