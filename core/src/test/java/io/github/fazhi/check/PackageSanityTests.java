package io.github.fazhi.check;

import com.google.common.testing.AbstractPackageSanityTests;
import io.github.fazhi.Report;
import io.github.fazhi.testing.SeedReport;

/**
 * guava-testlib's sanity checks over every class of {@code io.github.fazhi.check}: nulls are refused with
 * a NullPointerException, and findings obey equals and hashCode.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly(); // package-private helpers are tested through the API and by their own tests
    setDefault(Report.class, SeedReport.report());
    setDefault(io.github.fazhi.Indicator.class, SeedReport.report().indicators().get(0));
    setDefault(java.time.Year.class, java.time.Year.of(2019));
    setDefault(io.github.fazhi.opengov.ApplicationTable.class, io.github.fazhi.opengov.ApplicationTable.builder().build());
    setDefault(io.github.fazhi.Path.class, io.github.fazhi.Path.root().field("reviews").index(0));
    setDistinctValues(String.class, "review.accepted_exceeds_received", "report.missing_part");
  }
}
