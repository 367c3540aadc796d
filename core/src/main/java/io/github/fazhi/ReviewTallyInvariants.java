package io.github.fazhi;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ListMultimap;
import io.github.fazhi.internal.Invariants;
import java.util.Locale;

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
    tally.decisions().forEach((decision, count) ->
        invariants.nonNegative(path("decisions", decision), count));
    tally.outcomeGroups().forEach((group, count) ->
        invariants.nonNegative(path("outcomeGroups", group), count));
    invariants.that(tally.route().isEmpty() || tally.procedure() == Procedure.LITIGATION, "route",
        () -> "route (" + tally.route().map(Enum::name).orElse("") + ") is only for LITIGATION");
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

  /** Adds a violation for each count put after the first of its key. */
  private static <K extends Enum<K>> void putOnce(String map, ListMultimap<K, Long> puts, Invariants to) {
    puts.asMap().forEach((key, counts) -> {
      Path path = path(map, key);
      Long first = counts.iterator().next();
      counts.stream().skip(1).forEach(again -> to.that(false, path,
          () -> path + " (" + again + ") was put twice (first " + first + "): put each once"));
    });
  }

  private static Path path(String map, Enum<?> key) {
    return Path.root().field(map).field(key.name().toLowerCase(Locale.ROOT));
  }
}
