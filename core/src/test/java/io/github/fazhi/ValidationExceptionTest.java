package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Read by PackageSanityTests too: an exception with no violation cannot exist, so it is built here. */
public class ValidationExceptionTest {
  private static final ValidationException TWO = new ValidationException(List.of(
      Violation.of(Path.root().field("received"), "received (-1) must be >= 0"),
      Violation.of(Path.root().field("accepted"), "accepted (-2) must be >= 0")));

  @Test
  public void testSerializable() {
    ValidationException copy = SerializableTester.reserialize(TWO);
    assertThat(copy.violations()).isEqualTo(TWO.violations());
    assertThat(copy).hasMessage(TWO.getMessage());
  }

  @Test
  public void testNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(TWO);
    new NullPointerTester().testAllPublicConstructors(ValidationException.class);
  }

  @Test
  void missingAttributes_areOneViolationEach() {
    ValidationException missing = new ValidationException("procedure", "year");
    assertThat(missing.violations()).extracting(Violation::toString).containsExactly(
        "procedure: procedure is required but was not set", "year: year is required but was not set");
  }
}
