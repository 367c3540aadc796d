package io.github.fazhi.examples;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Measure;
import io.github.fazhi.Procedure;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import java.math.BigDecimal;
import java.time.Year;

/**
 * Builds made-up reports for the examples that need several districts or several years, which the real
 * bundled reports do not have. The places (示例市, 甲区, 乙区, 丙区) do not exist and the numbers are
 * illustrative only; they are never bundled as data.
 */
final class Illustrative {
  /** The made-up city. */
  static final String CITY = "示例市";

  private Illustrative() {}

  /**
   * Builds a made-up district report with a mediation count and a reconsideration tally.
   *
   * @param district  the district's name
   * @param year  the year covered
   * @param disputes  人民调解调处纠纷, in 件
   * @param received  reconsideration cases received
   * @param accepted  reconsideration cases accepted
   * @param corrected  reconsideration cases corrected
   * @param concluded  reconsideration cases concluded
   * @return the report
   */
  static Report district(String district, int year, long disputes, long received, long accepted,
      long corrected, long concluded) {
    return Report.builder()
        .jurisdiction(Jurisdiction.builder().name(district).level(JurisdictionLevel.COUNTY).parent(CITY).build())
        .issuer(CITY + district + "人民政府")
        .year(Year.of(year))
        .addWorkAreas(WorkArea.builder().ordinal(1).title("化解社会矛盾纠纷")
            .addMeasures(Measure.builder().ordinal(1).text("人民调解")
                .addIndicators(Indicator.builder().label("人民调解组织调处纠纷").code("mediation.disputes")
                    .kind(IndicatorKind.COUNT).value(BigDecimal.valueOf(disputes)).unit(Unit.of("件")).build())
                .build())
            .build())
        .addReviews(ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
            .received(received).accepted(accepted).carriedOver(0).concluded(concluded)
            .putOutcomeGroup(io.github.fazhi.OutcomeGroup.CORRECTED, corrected)
            .build())
        .build();
  }
}
