package io.github.fazhi.json;

import io.github.fazhi.Breakdown;
import io.github.fazhi.Decision;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewCase;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TaskArea;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

/** Values that set every field, and the smallest ones, for round trips and the schema corpus. */
final class Fixtures {
  private Fixtures() {}

  static Jurisdiction jurisdiction() {
    return Jurisdiction.builder().name("曲江区").code("440205").level(JurisdictionLevel.COUNTY)
        .parent("韶关市").build();
  }

  static Rate rate() {
    return Rate.of(9, 11);
  }

  static Indicator indicator() {
    return Indicator.builder()
        .label("调解成功率")
        .code("mediation.success_rate")
        .kind(IndicatorKind.PERCENT)
        .value(new BigDecimal("81.80"))
        .unit(Unit.of("﹪"))
        .qualifier(Qualifier.AT_LEAST)
        .basis(rate())
        .written("调解成功率达81.80﹪以上")
        .build();
  }

  static Indicator indicatorWithParts() {
    return Indicator.builder()
        .label("财政投入")
        .kind(IndicatorKind.AMOUNT)
        .value(new BigDecimal("1.19"))
        .unit(Unit.of("万元"))
        .addPart(Indicator.builder().label("培训").kind(IndicatorKind.AMOUNT)
            .value(new BigDecimal("0.19")).unit(Unit.of("万元")).build())
        .addPart(Indicator.builder().label("宣传").kind(IndicatorKind.AMOUNT)
            .value(new BigDecimal("1")).unit(Unit.of("万元")).build())
        .partsComplete(true)
        .build();
  }

  static Measure measure() {
    return Measure.builder().ordinal(1).text("加强人民调解工作。").addIndicator(indicator())
        .addIndicator(indicatorWithParts()).build();
  }

  static WorkArea workArea() {
    return WorkArea.builder().ordinal(1).title("强化公共法律服务")
        .addTaskArea(TaskArea.DISPUTE_RESOLUTION_2015).addTaskArea(TaskArea.CAPACITY_2015)
        .addMeasure(measure()).build();
  }

  static WorkArea plan() {
    return WorkArea.builder().ordinal(1).title("切实加强组织领导").text("把法治政府建设列入政府中心工作。")
        .addIndicator(Indicator.builder().label("专题学习").kind(IndicatorKind.COUNT).value(BigDecimal.valueOf(4))
            .unit(Unit.of("次")).qualifier(Qualifier.AT_LEAST).build())
        .build();
  }

  static ReviewTally tally() {
    return ReviewTally.builder()
        .procedure(Procedure.LITIGATION)
        .route(LitigationRoute.AFTER_RECONSIDERATION)
        .received(20).accepted(18).notAccepted(2).carriedOver(3).concluded(15).withdrawn(4).pending(6)
        .withdrawalsCountedApart(true)
        .putDecision(Decision.UPHELD, 7).putDecision(Decision.REVOKED, 2).putDecision(Decision.WITHDRAWN, 4)
        .putOutcomeGroup(OutcomeGroup.UPHELD, 7).putOutcomeGroup(OutcomeGroup.CORRECTED, 2)
        .outcomesComplete(true)
        .build();
  }

  static ReviewCase reviewCase() {
    return ReviewCase.builder()
        .procedure(Procedure.LITIGATION)
        .route(LitigationRoute.DIRECT)
        .id("(2019)粤0205行初12号")
        .received(LocalDate.of(2019, 3, 1))
        .accepted(LocalDate.of(2019, 3, 8))
        .decided(LocalDate.of(2019, 10, 8))
        .decision(Decision.CONFIRMED_ILLEGAL)
        .simplified(true)
        .extensionDays(10)
        .build();
  }

  /** A report that sets every field, defaults overridden. */
  static Report fullReport() {
    return Report.builder()
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(jurisdiction())
        .issuer("韶关市曲江区人民政府")
        .year(Year.of(2019))
        .published(LocalDate.of(2020, 3, 31))
        .title("标题")
        .preamble("现将有关情况报告如下:")
        .addHeadlineIndicator(Indicator.builder().label("全省县级排名").kind(IndicatorKind.RANK)
            .value(BigDecimal.ONE).unit(Unit.of("名")).written("全省县级排名第一").build())
        .addWorkArea(workArea())
        .addReview(tally())
        .addReview(ReviewTally.builder().procedure(Procedure.RECONSIDERATION).received(0).build())
        .addShortcoming("认识不足。")
        .addLeadershipDuty("主要负责人履行第一责任人职责。")
        .plansPreamble("2020年,我区将继续……")
        .addPlan(plan())
        .addOtherMatter("无。")
        .build();
  }

  /** The smallest report: only the required fields. */
  static Report minimalReport() {
    return Report.builder()
        .jurisdiction(Jurisdiction.builder().name("曲江区").level(JurisdictionLevel.COUNTY).build())
        .issuer("韶关市曲江区人民政府")
        .year(Year.of(2019))
        .build();
  }

  /** The two counts a growth compares: 防城 2024, 151 cases against 66. */
  static GrowthBase growthBase() {
    return GrowthBase.of(151, 66);
  }

  /** A named breakdown: 上海 2014's applications by respondent, complete. */
  static Breakdown breakdown() {
    return Breakdown.builder().name("被申请人")
        .addPart(cases("市政府", 60)).addPart(cases("市政府部门", 421)).addPart(cases("区县政府", 782))
        .addPart(cases("区县政府部门", 2995)).addPart(cases("乡镇政府等其他", 1942))
        .complete(true).build();
  }

  private static Indicator cases(String label, long value) {
    return Indicator.builder().label(label).kind(IndicatorKind.COUNT).value(BigDecimal.valueOf(value))
        .unit(Unit.of("件")).build();
  }

  /**
   * What real reports state and the first model could not hold: a reconsideration report with no
   * signature, of a county-level city, with a growth and its base, a signed change, named breakdowns, and
   * decisions as a table states them (其他, 调解/和解 as one number, 撤销并责令重做, a 合计), beside the
   * cases settled before acceptance.
   */
  static Report realShapes() {
    Indicator accepted = Indicator.builder().from(cases("新受理行政复议案件", 151))
        .addPart(cases("市场监管", 77)).addPart(cases("公安", 42))
        .addBreakdown(breakdown())
        .addBreakdown(Breakdown.builder().name("申请事项").addPart(cases("举报投诉处理", 75)).build())
        .build();
    Indicator growth = Indicator.builder().label("同比增长").kind(IndicatorKind.PERCENT_CHANGE)
        .value(new BigDecimal("128.78")).unit(Unit.of("%")).growthBase(growthBase()).build();
    Indicator change = Indicator.builder().label("本年增/减").kind(IndicatorKind.CHANGE)
        .value(BigDecimal.valueOf(-417)).unit(Unit.of("件")).build();
    ReviewTally tally = ReviewTally.builder().procedure(Procedure.RECONSIDERATION)
        .accepted(151).resolvedBeforeAcceptance(17).concluded(135)
        .putDecision(Decision.UPHELD, 80).putDecision(Decision.REVOKED, 10)
        .putDecision(Decision.REVOKED_AND_ORDERED_TO_REDO, 10).putDecision(Decision.MEDIATED_OR_SETTLED, 19)
        .putDecision(Decision.OTHER, 16).decisionsTotal(135).outcomesComplete(true)
        .build();
    return Report.builder()
        .kind(ReportKind.RECONSIDERATION_ANNUAL)
        .jurisdiction(Jurisdiction.builder().name("乐昌市").code("440281").level(JurisdictionLevel.COUNTY_LEVEL_CITY)
            .parent("韶关市").build())
        .year(Year.of(2024))
        .addHeadlineIndicator(accepted).addHeadlineIndicator(growth).addHeadlineIndicator(change)
        .addReview(tally)
        .build();
  }

  /** A department's report whose government is not known (审计局, 2020). */
  static Report departmentWithoutGovernment() {
    return Report.builder().kind(ReportKind.OPEN_GOV_INFO_ANNUAL).issuer("审计局").issuerKind(IssuerKind.DEPARTMENT)
        .year(Year.of(2020)).build();
  }
}
