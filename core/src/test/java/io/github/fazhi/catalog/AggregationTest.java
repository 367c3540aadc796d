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

  @Test
  void badRatioCodes_areAllReportedAtOnce() {
    assertThatThrownBy(() -> Aggregation.ratio(" ", " "))
        .isInstanceOfSatisfying(io.github.fazhi.ValidationException.class, e ->
            assertThat(e.violations()).extracting(io.github.fazhi.Violation::path)
                .containsExactly("numeratorCode", "denominatorCode", "denominatorCode"));
  }

  @Test
  void anAggregationIsASealedTypeWithOneRecordPerWay() {
    assertThat(Aggregation.class.isSealed()).isTrue();
    assertThat(Aggregation.class.getPermittedSubclasses()).hasSize(3);
    for (Aggregation aggregation : new Aggregation[] {
        Aggregation.sum(), Aggregation.none(), Aggregation.ratio("a.b", "c.d")}) {
      String described = aggregation instanceof Aggregation.Ratio ratio
          ? ratio.numeratorCode() + "÷" + ratio.denominatorCode()
          : aggregation instanceof Aggregation.Sum ? "sum" : "none";
      assertThat(aggregation.getClass().getInterfaces()).containsExactly(Aggregation.class);
      assertThat(described).isEqualTo(switch (aggregation.type()) {
        case SUM -> "sum";
        case NONE -> "none";
        case RATIO -> "a.b÷c.d";
      });
    }
    assertThat(Aggregation.sum().toString()).isEqualTo("SUM");
    assertThat(Aggregation.none().toString()).isEqualTo("NONE");
    assertThat(Aggregation.ratio("a.b", "c.d").toString()).isEqualTo("RATIO(a.b/c.d)");
    assertThat(Aggregation.sum().numerator()).isEmpty();
    assertThat(Aggregation.none().denominator()).isEmpty();
  }
}
