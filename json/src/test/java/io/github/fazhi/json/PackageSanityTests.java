package io.github.fazhi.json;

import com.google.common.testing.AbstractPackageSanityTests;

/**
 * guava-testlib's sanity checks over the public classes of {@code io.github.fazhi.json}: public methods
 * and constructors refuse nulls with a NullPointerException.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
  }
}
