package io.github.fazhi.stats;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Procedure;
import io.github.fazhi.Unit;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What statistics over a catalogue total, each quantity under one code: the catalogue's SUM codes and
 * the review counts of every procedure ({@link ReviewCount#code(Procedure)}), and the ratios: the
 * catalogue's RATIO codes and the review rates ({@link TallyRate#code(Procedure)}). A review count or
 * rate that is also a catalogue code is one quantity.
 */
final class Quantities {
  private static final Quantities STANDARD = new Quantities(IndicatorCatalog.standard());
  private static final Unit CASES = Unit.of("件");

  /** A review count: the procedure and the count. */
  record Review(Procedure procedure, ReviewCount count) {}

  /** A ratio: the codes of its numerator and denominator. */
  record Ratio(String numerator, String denominator) {}

  final IndicatorCatalog catalog;
  /** The codes totalled, in order: the catalogue's SUM codes, then the other review counts. */
  final ImmutableList<String> sumCodes;
  final ImmutableMap<String, Review> reviews;
  /** The ratios, in order: the catalogue's RATIO codes, then the other review rates. */
  final ImmutableMap<String, Ratio> ratios;

  private Quantities(IndicatorCatalog catalog) {
    this.catalog = catalog;
    Map<String, Review> reviewCodes = new LinkedHashMap<>();
    Map<String, Ratio> ratioCodes = new LinkedHashMap<>();
    ImmutableList.Builder<String> sums = ImmutableList.builder();
    for (CatalogEntry entry : catalog.entries()) {
      Aggregation aggregation = entry.aggregation();
      if (aggregation.type() == Aggregation.Type.SUM) {
        sums.add(entry.code());
      } else if (aggregation.type() == Aggregation.Type.RATIO) {
        ratioCodes.put(entry.code(),
            new Ratio(aggregation.numerator().orElseThrow(), aggregation.denominator().orElseThrow()));
      }
    }
    for (Procedure procedure : Procedure.values()) {
      for (ReviewCount count : ReviewCount.values()) {
        String code = count.code(procedure);
        reviewCodes.put(code, new Review(procedure, count));
        if (!isCatalogued(catalog, code, Aggregation.Type.SUM)) {
          sums.add(code);
        }
      }
      for (TallyRate rate : TallyRate.values()) {
        ratioCodes.putIfAbsent(rate.code(procedure),
            new Ratio(rate.numerator().code(procedure), rate.denominator().code(procedure)));
      }
    }
    this.sumCodes = sums.build();
    this.reviews = ImmutableMap.copyOf(reviewCodes);
    this.ratios = ImmutableMap.copyOf(ratioCodes);
  }

  static Quantities of(IndicatorCatalog catalog) {
    return catalog.equals(STANDARD.catalog) ? STANDARD : new Quantities(catalog);
  }

  /** Returns whether a code is totalled: a SUM code of the catalogue or a review count. */
  boolean isSum(String code) {
    return reviews.containsKey(code) || isCatalogued(catalog, code, Aggregation.Type.SUM);
  }

  /** Returns the catalogue entry of a SUM code, which decides which stated units fit. */
  Optional<CatalogEntry> sumEntry(String code) {
    return catalog.entry(code).filter(entry -> entry.aggregation().type() == Aggregation.Type.SUM);
  }

  /** Returns the unit a review count is kept in: its catalogue entry's, or 件. */
  Unit unitOf(String code) {
    return sumEntry(code).map(CatalogEntry::unit).orElse(CASES);
  }

  private static boolean isCatalogued(IndicatorCatalog catalog, String code, Aggregation.Type type) {
    return catalog.entry(code).filter(entry -> entry.aggregation().type() == type).isPresent();
  }
}
