package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Test;

/** Read by PackageSanityTests too: its sample strings are blank, and a violation needs a message. */
public class ViolationTest {
  @Test
  public void testNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Violation.class);
    new NullPointerTester().testAllPublicInstanceMethods(Violation.of("accepted", "accepted (-1) must be >= 0"));
  }

  @Test
  public void testSerializable() {
    SerializableTester.reserializeAndAssert(Violation.of("reviews[0].accepted", "accepted (-1) must be >= 0"));
  }

  @Test
  void toString_isPathThenMessage() {
    assertThat(Violation.of("accepted", "accepted (-1) must be >= 0"))
        .hasToString("accepted: accepted (-1) must be >= 0");
  }
}
