package io.github.fazhi;

import com.google.common.testing.AbstractPackageSanityTests;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;

/**
 * guava-testlib's sanity checks over every class of {@code io.github.fazhi}: public methods and
 * constructors refuse nulls with a NullPointerException, values built by their factories obey equals and
 * hashCode, and serializable classes (the exceptions, with their units and violations) serialize.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly(); // package-private helpers are tested through the API and by their own tests
    setDefault(Unit.class, Unit.of("件"));
    setDefault(Rate.class, Rate.of(9, 11));
    setDefault(BigDecimal.class, BigDecimal.ONE);
    setDefault(Report.class, SeedReport.report());
    setDefault(ReviewTally.class, SeedReport.reconsideration());
    setDefault(Jurisdiction.class, SeedReport.jurisdiction());
    setDistinctValues(Unit.class, Unit.of("件"), Unit.of("人"));
    setDistinctValues(Path.class, Path.root().field("accepted"), Path.root().field("reviews").index(0));
  }
}
