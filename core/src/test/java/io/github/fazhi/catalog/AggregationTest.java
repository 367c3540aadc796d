package io.github.fazhi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

public class AggregationTest {
  /** Equality from every factory (also read by PackageSanityTests, which leaves Aggregation's equality to it). */
  @Test
  public void testEquals() {
    new EqualsTester()
        .addEqualityGroup(Aggregation.sum(), Aggregation.sum())
        .addEqualityGroup(Aggregation.none(), Aggregation.none())
        .addEqualityGroup(Aggregation.ratio("mediation.succeeded", "mediation.disputes"),
            Aggregation.ratio("mediation.succeeded", "mediation.disputes"))
        .addEqualityGroup(Aggregation.ratio("mediation.disputes", "mediation.succeeded"))
        .testEquals();
  }

  @Test
  void ratio_needsTwoDifferentCodes() {
    assertThatThrownBy(() -> Aggregation.ratio("a.b", "a.b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratio codes must be two different codes: a.b/a.b");
    assertThat(Aggregation.ratio("a.b", "c.d").numerator()).hasValue("a.b");
    assertThat(Aggregation.ratio("a.b", "c.d").denominator()).hasValue("c.d");
  }
}
