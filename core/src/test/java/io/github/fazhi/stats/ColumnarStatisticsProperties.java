package io.github.fazhi.stats;

import static io.github.fazhi.testing.TestReports.area;
import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static io.github.fazhi.testing.TestReports.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.catalog.Aggregation;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ReportStatisticsAccumulator} against the reference {@link ReferenceStatisticsAccumulator} on random
 * corpora: the same snapshot (equal, and written alike, so the same scale of every sum) or the same
 * exception. The corpora mix real reports with generated ones that state catalogue codes in fitting and
 * unfitting units, with 万/亿 figures (rounded when they have decimals), every qualifier, fractional
 * amounts, rates with and without a basis, codes inside breakdowns, review tallies over all routes or per
 * route, and sums that overflow.
 */
class ColumnarStatisticsProperties {
  private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
  private static final List<CatalogEntry> ENTRIES = List.copyOf(CATALOG.entries());
  private static final List<Report> REAL = List.of(SeedReport.report(), FactReports.jinghai2020(),
      FactReports.miyun2022(), FactReports.wendeng2020(), FactReports.guizhou(), FactReports.dianjiang());

  static Gen<Long> counts() {
    return longs().between(0, 50).mix(longs().between(0, 10_000_000), 40)
        .mix(longs().between(Long.MAX_VALUE / 8, Long.MAX_VALUE), 4);
  }

  static Gen<OptionalLong> optionalCounts() {
    return counts().zip(integers().between(0, 3), (n, unknown) -> unknown == 0 ? OptionalLong.empty()
        : OptionalLong.of(n));
  }

  /** A unit for an entry: its own, one of its others, with 万 or 亿, or one that counts something else. */
  static Unit unitFor(CatalogEntry entry, int pick) {
    List<Unit> units = new ArrayList<>();
    units.add(entry.unit());
    units.addAll(entry.otherUnits());
    String base = entry.unit().base().written();
    return switch (pick) {
      case 0, 1, 2 -> units.get(pick % units.size());
      case 3 -> Unit.of("万" + base);
      case 4 -> Unit.of("亿" + base);
      case 5 -> Unit.of("次");
      case 6 -> Unit.of("件");
      default -> Unit.of("人");
    };
  }

  /** A coded indicator, or an uncoded one when the random choice breaks an invariant. */
  static Gen<Indicator> indicators() {
    Gen<BigDecimal> values = counts().zip(integers().between(0, 1).mix(integers().between(0, 6), 30),
        BigDecimal::valueOf);
    return integers().between(0, ENTRIES.size() - 1).zip(integers().between(0, 7), values,
        Generate.enumValues(Qualifier.class), integers().between(0, 9), (e, u, value, qualifier, extra) -> {
          CatalogEntry entry = ENTRIES.get(e);
          try {
            if (!entry.kind().isAdditive()) {
              Indicator.Builder rate = Indicator.builder().label(entry.chinese()).code(entry.code())
                  .kind(entry.kind()).unit(entry.unit()).qualifier(qualifier);
              long d = 1 + value.unscaledValue().longValue() % 1000;
              long n = extra * d / 10;
              if (entry.unit().isPercent()) {
                rate.value(BigDecimal.valueOf(n * 100 / d));
                if (extra % 2 == 0) {
                  rate.basis(Rate.of(n, d));
                }
              } else {
                rate.value(BigDecimal.valueOf(n));
              }
              return rate.build();
            }
            Indicator.Builder builder = Indicator.builder().label(entry.chinese()).code(entry.code())
                .kind(entry.kind()).unit(unitFor(entry, u)).value(value).qualifier(qualifier);
            return builder.build();
          } catch (IllegalArgumentException | ArithmeticException broken) {
            return Indicator.builder().label("其他").kind(IndicatorKind.COUNT).value(BigDecimal.ONE)
                .unit(Unit.of("个")).build();
          }
        });
  }

  /** An indicator, sometimes with coded parts, which statistics also read. */
  static Gen<Indicator> withParts() {
    return indicators().zip(lists().of(indicators()).ofSizeBetween(0, 2), integers().between(0, 3),
        (whole, parts, keep) -> {
          if (keep != 0 || parts.isEmpty()) {
            return whole;
          }
          try {
            return Indicator.builder().from(whole).parts(parts).build();
          } catch (RuntimeException broken) {
            return whole;
          }
        });
  }

  static Gen<ReviewTally> tallies() {
    Gen<ReviewTally.Builder> counts = Generate.enumValues(Procedure.class).zip(optionalCounts(),
        optionalCounts(), optionalCounts(), optionalCounts(), (procedure, received, accepted, concluded, pending) ->
            ReviewTally.builder().procedure(procedure).received(received).accepted(accepted)
                .concluded(concluded).pending(pending));
    return counts.zip(optionalCounts(), counts(), booleans().all(), integers().between(0, 2),
        (builder, withdrawn, upheld, apart, route) -> {
          builder.withdrawn(withdrawn).putDecision(Decision.UPHELD, upheld).withdrawalsCountedApart(apart);
          ReviewTally probe = builder.build();
          if (probe.procedure() == Procedure.LITIGATION && route > 0) {
            builder.route(route == 1 ? LitigationRoute.DIRECT : LitigationRoute.AFTER_RECONSIDERATION);
          }
          return builder.build();
        });
  }

  static Gen<Report> generated() {
    return lists().of(withParts()).ofSizeBetween(0, 12).zip(lists().of(tallies()).ofSizeBetween(0, 3),
        integers().between(2015, 2024), (indicators, tallies, year) -> {
          Report.Builder report = complete(jurisdiction("某区", "某市", JurisdictionLevel.COUNTY), year)
              .addWorkArea(area(2, measure(1, indicators.toArray(Indicator[]::new))));
          tallies.forEach(report::addReview);
          try {
            return report.build();
          } catch (ValidationException broken) {
            return complete(jurisdiction("某区", "某市", JurisdictionLevel.COUNTY), year).build();
          }
        });
  }

  static Gen<List<Report>> corpora() {
    Gen<Report> reports = generated().mix(integers().between(0, REAL.size() - 1).map(REAL::get), 25);
    return lists().of(reports).ofSizeBetween(0, 20);
  }

  /** The snapshot and how it is written, or the exception (class and message) adding ended with. */
  static List<Object> outcome(Runnable adding, java.util.function.Supplier<ReportStatistics> snapshot) {
    try {
      adding.run();
    } catch (RuntimeException failure) {
      return List.of(failure.getClass(), String.valueOf(failure.getMessage()));
    }
    ReportStatistics statistics = snapshot.get();
    return List.of(statistics, statistics.toString());
  }

  static List<Object> reference(List<Report> reports) {
    ReferenceStatisticsAccumulator accumulator = new ReferenceStatisticsAccumulator();
    return outcome(() -> accumulator.addAll(reports), accumulator::snapshot);
  }

  static List<Object> columnar(List<Report> reports) {
    ReportStatisticsAccumulator accumulator = new ReportStatisticsAccumulator();
    return outcome(() -> accumulator.addAll(reports), accumulator::snapshot);
  }

  @Test
  void columnarStatistics_equalTheReference_orFailAlike() {
    qt().withExamples(1500).forAll(corpora())
        .checkAssert(reports -> assertThat(columnar(reports)).isEqualTo(reference(reports)));
  }

  @Test
  void theGeneratedCorpora_reachEveryPathOfTheComparison() {
    // Not a law: a check that the generators make what the law above is meant to be tried on.
    List<Object> failures = new ArrayList<>();
    int[] seen = new int[4]; // snapshots, rounded totals, fractional totals, ratios
    qt().withExamples(400).forAll(corpora()).checkAssert(reports -> {
      List<Object> outcome = reference(reports);
      if (outcome.get(0) instanceof ReportStatistics statistics) {
        seen[0]++;
        for (IndicatorTotal total : statistics.totals().values()) {
          seen[1] += total.total().margin().signum() != 0 ? 1 : 0;
          seen[2] += total.total().sum().filter(sum -> sum.stripTrailingZeros().scale() > 0).isPresent() ? 1 : 0;
        }
        seen[3] += statistics.ratioSums().size();
      } else {
        failures.add(outcome.get(0));
      }
    });
    int snapshots = seen[0];
    int rounded = seen[1];
    int fractional = seen[2];
    int ratios = seen[3];
    assertThat(snapshots).isGreaterThan(100);
    assertThat(rounded).isGreaterThan(10);
    assertThat(fractional).isGreaterThan(10);
    assertThat(ratios).isGreaterThan(10);
    assertThat(failures).contains(ArithmeticException.class, io.github.fazhi.UnitMismatchException.class);
  }

  @Test
  void aSplitCorpus_mergedIntoTheColumns_equalsTheReferenceWhole() {
    qt().withExamples(300).forAll(corpora(), integers().between(0, 20)).checkAssert((reports, cut) -> {
      int split = Math.min(cut, reports.size());
      List<Object> whole = reference(reports);
      if (!(whole.get(0) instanceof ReportStatistics expected)) {
        return;
      }
      ReportStatisticsAccumulator left = new ReportStatisticsAccumulator(CATALOG);
      left.addAll(reports.subList(0, split));
      ReportStatisticsAccumulator right = new ReportStatisticsAccumulator();
      right.addAll(reports.subList(split, reports.size()));
      left.addAll(right);
      assertThat(left.snapshot()).isEqualTo(expected);
      assertThat(left.count()).isEqualTo(reports.size());
      assertThat(left.catalog()).isEqualTo(CATALOG);
    });
  }

  @Test
  void codesOfTheLayout_areEverySumAndRatioOnce() {
    Quantities quantities = Quantities.of(CATALOG);
    ReportStatisticsAccumulator.Layout layout = ReportStatisticsAccumulator.Layout.of(quantities);
    assertThat(layout.codes.subList(0, layout.sumCount)).isEqualTo(quantities.sumCodes);
    assertThat(layout.codes).doesNotHaveDuplicates();
    assertThat(List.of(layout.ratioCodes)).containsExactlyElementsOf(quantities.ratios.keySet());
    long ratioCodes = ENTRIES.stream().filter(e -> e.aggregation().type() == Aggregation.Type.RATIO).count();
    assertThat(layout.ratioCodes.length).isGreaterThanOrEqualTo((int) ratioCodes);
    Optional<String> unknown = Optional.of("no.such.code");
    assertThat(unknown.map(code -> {
      try {
        layout.slot(code);
        return "accepted";
      } catch (IllegalArgumentException refused) {
        return refused.getMessage();
      }
    })).contains("code (\"no.such.code\") is not totalled by this catalogue");
  }
}
