package io.github.fazhi.examples;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Measure;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.WorkArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

/**
 * Shows how to build a report in code with the core builders: a jurisdiction, a work area with a measure
 * and its numbers (a qualified percentage, {@code 70%以上}), and a review tally; then the helpers a report
 * offers, and how {@code build()} refuses a value that breaks an invariant, naming every violation. The
 * numbers are the seed report's (曲江区 2019).
 */
public final class BuildReportExample {
  private BuildReportExample() {}

  /**
   * Builds the report and prints what it holds.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    Report report = Report.builder()
        .jurisdiction(Jurisdiction.builder()
            .name("曲江区").code("440205").level(JurisdictionLevel.COUNTY).parent("韶关市").build())
        .issuer("韶关市曲江区人民政府")
        .year(Year.of(2019))
        .published(LocalDate.of(2019, 12, 6))
        .addWorkAreas(WorkArea.builder()
            .ordinal(4)
            .title("深化行政审批制度改革")
            .addMeasures(Measure.builder()
                .ordinal(4)
                .text("推进“一门式一网式”政务服务改革。")
                .addIndicators(Indicator.builder()
                    .label("综合服务窗口和专业窗口").code("service.windows")
                    .kind(IndicatorKind.COUNT).value(BigDecimal.valueOf(145)).unit(Unit.of("个")).build())
                .addIndicators(Indicator.builder()
                    .label("“一窗”分类受理率").code("service.one_window_rate")
                    .kind(IndicatorKind.PERCENT).value(BigDecimal.valueOf(70)).unit(Unit.PERCENT)
                    .qualifier(Qualifier.AT_LEAST).written("70%以上").build())
                .build())
            .build())
        .addReviews(ReviewTally.builder()
            .procedure(Procedure.RECONSIDERATION)
            .received(11).accepted(9).withdrawn(3).concluded(6).pending(0)
            .withdrawalsCountedApart(true)
            .build())
        .build();

    System.out.println(report.reporterName() + " " + report.year() + ": "
        + report.indicators().size() + " numbers, deadline "
        + report.publicationDeadline().map(Object::toString).orElse("none"));
    for (Indicator indicator : report.indicators()) {
      System.out.println("  " + indicator.label() + " = " + indicator.value().toPlainString() + " "
          + indicator.unit() + " (" + indicator.qualifier() + ")");
    }
    ReviewTally tally = report.review(Procedure.RECONSIDERATION).orElseThrow();
    System.out.println("  行政复议受理率 = " + tally.acceptanceRate().map(r -> r + " = " + r.percent(1) + "%")
        .orElse("unknown"));
    System.out.println("  missing parts: " + report.missingParts());

    try {
      Indicator.builder().label("办结率").kind(IndicatorKind.PERCENT)
          .value(BigDecimal.valueOf(120)).unit(Unit.of("个")).build();
    } catch (ValidationException refused) {
      System.out.println("refused: " + refused.violations());
    }
  }
}
