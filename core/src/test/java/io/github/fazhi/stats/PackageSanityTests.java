package io.github.fazhi.stats;

import com.google.common.testing.AbstractPackageSanityTests;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.Total;
import io.github.fazhi.TotalAccumulator;
import io.github.fazhi.Unit;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.testing.SeedReport;
import io.github.fazhi.Rate;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

/**
 * guava-testlib's sanity checks over every class of {@code io.github.fazhi.stats}: nulls are refused
 * with a NullPointerException, and totals, changes and statistics obey equals and hashCode.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly(); // package-private helpers are tested through the API and by their own tests
    setDefault(Report.class, SeedReport.report());
    setDefault(IndicatorCatalog.class, IndicatorCatalog.standard());
    setDefault(ReportChecker.class, ReportChecker.standard());
    setDefault(Year.class, Year.of(2019));
    setDistinctValues(Total.class, Total.empty(), total(1338));
    setDistinctValues(Optional.class, Optional.empty(), Optional.of(Rate.of(9, 11)));
  }

  private static Total total(long cases) {
    TotalAccumulator accumulator = new TotalAccumulator();
    accumulator.add(BigDecimal.valueOf(cases), Unit.of("件"), Qualifier.EXACT);
    return accumulator.snapshot();
  }
}
