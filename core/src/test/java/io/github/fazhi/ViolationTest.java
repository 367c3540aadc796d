package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Test;

/** Read by PackageSanityTests too: its sample strings are blank, and a violation needs a message. */
public class ViolationTest {
  @Test
  public void testNulls() {
    NullPointerTester nulls = new NullPointerTester().setDefault(Path.class, Path.root().field("reviews"));
    nulls.testAllPublicStaticMethods(Violation.class);
    nulls.testAllPublicInstanceMethods(Violation.of(Path.root().field("accepted"), "accepted (-1) must be >= 0"));
  }

  @Test
  public void testSerializable() {
    SerializableTester.reserializeAndAssert(
        Violation.of(Path.root().field("reviews").index(0).field("accepted"), "accepted (-1) must be >= 0"));
  }

  @Test
  void theTypedPath_andItsString_agree_andUnderJoinsAsPathsDo() {
    Violation typed = Violation.of(Path.root().field("accepted"), "accepted (-1) must be >= 0");
    assertThat(typed).isEqualTo(Violation.of(Path.root().field("accepted"), "accepted (-1) must be >= 0"));
    Violation moved = typed.under(Path.root().field("reviews").index(2));
    assertThat(moved.path()).isEqualTo("reviews[2].accepted");
    assertThat(moved.at().indexAfter(Path.root().field("reviews"))).hasValue(2);
    // an element's violation starts with its index: no dot before it
    assertThat(Violation.of(Path.root().index(1).field("text"), "m").under(Path.root().field("measures")).path())
        .isEqualTo("measures[1].text");
    assertThat(typed.under(Path.root())).isSameAs(typed);
  }

  @Test
  void toString_isPathThenMessage() {
    assertThat(Violation.of(Path.root().field("accepted"), "accepted (-1) must be >= 0"))
        .hasToString("accepted: accepted (-1) must be >= 0");
  }
}
