package io.github.fazhi.opengov;

import com.google.common.testing.AbstractPackageSanityTests;

/**
 * guava-testlib's sanity checks over every public class of {@code io.github.fazhi.opengov}: public methods
 * and constructors refuse nulls with a NullPointerException, and values obey equals and hashCode.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
  }
}
