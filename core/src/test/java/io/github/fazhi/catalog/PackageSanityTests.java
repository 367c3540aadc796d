package io.github.fazhi.catalog;

import com.google.common.testing.AbstractPackageSanityTests;
import io.github.fazhi.Unit;

/**
 * guava-testlib's sanity checks over every class of {@code io.github.fazhi.catalog}: nulls are refused
 * with a NullPointerException, and entries and aggregations obey equals and hashCode.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly(); // package-private helpers are tested through the API and by their own tests
    setDefault(Unit.class, Unit.of("件"));
    setDistinctValues(String.class, "mediation.succeeded", "mediation.disputes");
  }
}
