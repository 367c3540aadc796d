package io.github.fazhi;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ListMultimap;
import io.github.fazhi.internal.Invariants;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The invariants of a {@link ReviewTally} (行政复议/行政诉讼 案件统计), checked when it is built: every
 * count at least 0, a route only for LITIGATION, and each decision and outcome group put once (even with
 * the same count), each broken one with its path ({@code decisions.revoked}), all at once; and the maps
 * its builder's puts make.
 */
final class ReviewTallyInvariants {
  private ReviewTallyInvariants() {}

  /**
   * Checks a tally as it is built.
   *
   * @param tally  the tally, not null
   * @throws ValidationException if any invariant is broken: a key put twice first, in its map's put order
   */
  static void check(ReviewTally tally) {
    Invariants invariants = new Invariants();
    putOnce("decisions", tally.decisionsAsPut(), invariants);
    putOnce("outcomeGroups", tally.outcomeGroupsAsPut(), invariants);
    invariants
        .nonNegative("received", tally.received())
        .nonNegative("accepted", tally.accepted())
        .nonNegative("notAccepted", tally.notAccepted())
        .nonNegative("carriedOver", tally.carriedOver())
        .nonNegative("concluded", tally.concluded())
        .nonNegative("withdrawn", tally.withdrawn())
        .nonNegative("pending", tally.pending())
        .nonNegative("resolvedBeforeAcceptance", tally.resolvedBeforeAcceptance())
        .nonNegative("decisionsTotal", tally.decisionsTotal());
    nonNegative("decisions", tally.decisions(), invariants);
    nonNegative("outcomeGroups", tally.outcomeGroups(), invariants);
    Optional<LitigationRoute> route = tally.route();
    if (route.isPresent() && tally.procedure() != Procedure.LITIGATION) {
      invariants.broken("route", "route (" + route.get().name() + ") is only for LITIGATION");
    }
    invariants.throwIfBroken();
  }

  /**
   * Returns the map of what was put: the first count of each key, in the keys' order.
   *
   * @param puts  the counts as put, not null
   * @return the map, never null
   */
  static <K extends Enum<K>> ImmutableSortedMap<K, Long> firstOfEach(ListMultimap<K, Long> puts) {
    ImmutableSortedMap.Builder<K, Long> first = ImmutableSortedMap.naturalOrder();
    puts.asMap().forEach((key, counts) -> first.put(key, counts.iterator().next()));
    return first.buildOrThrow();
  }

  /**
   * Adds a violation for each count put after the first of its key. A key put once, as in every valid
   * tally, costs no path and no message (issue 26).
   */
  private static <K extends Enum<K>> void putOnce(String map, ListMultimap<K, Long> puts, Invariants to) {
    puts.asMap().forEach((key, counts) -> {
      Iterator<Long> each = counts.iterator();
      Long first = each.next();
      while (each.hasNext()) {
        Path path = path(map, key);
        to.broken(path, path + " (" + each.next() + ") was put twice (first " + first + "): put each once");
      }
    });
  }

  /** Adds a violation for each negative count of a map, at its key's path, made only then. */
  private static <K extends Enum<K>> void nonNegative(String map, Map<K, Long> counts, Invariants to) {
    counts.forEach((key, count) -> {
      if (count < 0) {
        Path path = path(map, key);
        to.broken(path, path + " (" + count + ") must be >= 0");
      }
    });
  }

  private static Path path(String map, Enum<?> key) {
    return Path.root().field(map).field(key.name().toLowerCase(Locale.ROOT));
  }
}
