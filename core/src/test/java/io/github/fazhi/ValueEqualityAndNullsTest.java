package io.github.fazhi;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Null checks and equality over the public types, from every construction path. */
class ValueEqualityAndNullsTest {
  private final NullPointerTester nulls = new NullPointerTester()
      .setDefault(Unit.class, Unit.of("件"))
      .setDefault(Rate.class, Rate.of(1, 2))
      .setDefault(BigDecimal.class, BigDecimal.ONE)
      .setDefault(Year.class, Year.of(2019))
      .setDefault(Path.class, Path.root().field("accepted"));

  @Test
  void publicMethods_refuseNulls() {
    nulls.testAllPublicStaticMethods(Unit.class);
    nulls.testAllPublicInstanceMethods(Unit.of("万件"));
    nulls.testAllPublicStaticMethods(Rate.class);
    nulls.testAllPublicInstanceMethods(Rate.of(9, 11));
    nulls.testAllPublicStaticMethods(Qualifier.class);
    nulls.testAllPublicStaticMethods(Violation.class);
    nulls.testAllPublicInstanceMethods(Violation.of(Path.root().field("a"), "b"));
    nulls.testAllPublicInstanceMethods(new TotalAccumulator());
    nulls.testAllPublicInstanceMethods(Total.empty());
    nulls.testAllPublicInstanceMethods(new ReviewTallyAccumulator());
    nulls.testAllPublicInstanceMethods(SeedReport.reconsideration());
    nulls.testAllPublicInstanceMethods(SeedReport.report());
    nulls.testAllPublicInstanceMethods(Report.builder());
    nulls.testAllPublicInstanceMethods(ReviewTally.builder());
    nulls.testAllPublicInstanceMethods(Indicator.builder());
  }

  @Test
  void values_areEqualWhateverPathBuiltThem() {
    Report seed = SeedReport.report();
    new EqualsTester()
        .addEqualityGroup(seed, SeedReport.report(), Report.builder().from(seed).build(),
            Report.builder().from(seed).title(seed.title().orElseThrow()).build())
        .addEqualityGroup(Report.builder().from(seed).year(Year.of(2018)).build())
        .addEqualityGroup(Report.builder().from(seed).shortcomings(java.util.List.of()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SeedReport.reconsideration(), ReviewTally.builder().from(SeedReport.reconsideration()).build())
        .addEqualityGroup(ReviewTally.builder().from(SeedReport.reconsideration()).pending(1).build())
        .addEqualityGroup(ReviewTally.builder().from(SeedReport.reconsideration()).withdrawalsCountedApart(false).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SeedReport.jurisdiction(), Jurisdiction.builder().from(SeedReport.jurisdiction()).build())
        .addEqualityGroup(Jurisdiction.builder().from(SeedReport.jurisdiction()).code("440203").build())
        .testEquals();
  }
}
