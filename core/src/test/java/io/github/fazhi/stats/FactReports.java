package io.github.fazhi.stats;

import static io.github.fazhi.testing.TestReports.jurisdiction;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

/**
 * Reports built from shared/domain/facts/*.json and docs/domain.md, 'The indicator catalogue' with their real numbers only; each holds
 * just what its source states (the sources are excerpts, so content parts are missing).
 */
final class FactReports {
  private FactReports() {}

  /** jinghai-2020-rule_of_law.json: 515 service items = 218 licensing + 297 other; 18 cancelled. */
  static Report jinghai2020() {
    return Report.builder()
        .jurisdiction(jurisdiction("静海区", "天津市", JurisdictionLevel.COUNTY))
        .issuer("静海区司法局")
        .year(Year.of(2020))
        .published(LocalDate.of(2021, 3, 29))
        .title("2020年静海区法治政府建设情况报告")
        .addWorkArea(WorkArea.builder().ordinal(1).title("加强法治政府建设组织领导落实").build())
        .addWorkArea(WorkArea.builder().ordinal(2).title("依法全面履行政府职能")
            .addMeasure(Measure.builder().ordinal(1).text("政务服务事项")
                .addIndicator(count("政务服务事项清单", null, "31", "个", Qualifier.EXACT))
                .addIndicator(Indicator.builder().from(count("区级保留政务服务事项", "service.items", "515", "项", Qualifier.EXACT))
                    .addPart(count("行政许可事项", "service.items_licensing", "218", "项", Qualifier.EXACT))
                    .addPart(count("公共服务等其他事项", "service.items_other", "297", "项", Qualifier.EXACT))
                    .partsComplete(true)
                    .build())
                .addIndicator(count("区级取消政务服务事项", "service.items_cancelled", "18", "项", Qualifier.EXACT))
                .build())
            .build())
        .build();
  }

  /** miyun-2022-rule_of_law.json: 100余次 study sessions, 36 场 lectures, 5 次 pre-meeting study. */
  static Report miyun2022() {
    return Report.builder()
        .jurisdiction(jurisdiction("密云区", "北京市", JurisdictionLevel.COUNTY))
        .issuer("北京市密云区人民政府")
        .year(Year.of(2022))
        .addWorkArea(WorkArea.builder().ordinal(1).title("学习")
            .addMeasure(Measure.builder().ordinal(1).text("学习")
                .addIndicator(count("理论学习中心组专题学习", "study.sessions", "100", "次", Qualifier.MORE_THAN))
                .addIndicator(count("线上线下法治讲座", "law_popularisation.events", "36", "场", Qualifier.EXACT))
                .addIndicator(count("常务会会前学法", null, "5", "次", Qualifier.EXACT))
                .build())
            .build())
        .build();
  }

  /**
   * wendeng-shenjiju-2020-open_gov_info.json: the 审计局 of 文登区 (parent inferred: 威海市); its table of
   * reconsideration and litigation is all zeros (received 0, 结果维持/纠正/其他 0, pending 0; concluded and
   * accepted not stated).
   */
  static Report wendeng2020() {
    return Report.builder()
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .jurisdiction(jurisdiction("文登区", "威海市", JurisdictionLevel.COUNTY))
        .issuer("威海市文登区审计局")
        .year(Year.of(2020))
        .addReview(zeros(ReviewTally.builder().procedure(Procedure.RECONSIDERATION)))
        .addReview(zeros(ReviewTally.builder().procedure(Procedure.LITIGATION)))
        .addReview(zeros(ReviewTally.builder().procedure(Procedure.LITIGATION).route(LitigationRoute.DIRECT)))
        .build();
  }

  /** Published figures: 贵州 mediation 410,942 succeeded of 417,242 (98.49%). Year not given; taken as 2022. */
  static Report guizhou() {
    return mediation("贵州省", null, JurisdictionLevel.PROVINCE, 2022, "417242", "410942", "98.49");
  }

  /** Published figures: 垫江 mediation 8,693 succeeded of 8,710 (99.8%). Year not given; taken as 2022. */
  static Report dianjiang() {
    return mediation("垫江县", "重庆市", JurisdictionLevel.COUNTY, 2022, "8710", "8693", "99.8");
  }

  private static Report mediation(
      String name, String parent, JurisdictionLevel level, int year, String disputes, String succeeded,
      String rate) {
    return Report.builder()
        .jurisdiction(jurisdiction(name, parent, level))
        .issuer(name + "司法厅")
        .year(Year.of(year))
        .addWorkArea(WorkArea.builder().ordinal(1).title("人民调解")
            .addMeasure(Measure.builder().ordinal(1).text("人民调解")
                .addIndicator(count("调处纠纷", "mediation.disputes", disputes, "件", Qualifier.EXACT))
                .addIndicator(count("调解成功", "mediation.succeeded", succeeded, "件", Qualifier.EXACT))
                .addIndicator(Indicator.builder().label("调解成功率").code("mediation.success_rate")
                    .kind(IndicatorKind.PERCENT).value(new BigDecimal(rate)).unit(Unit.PERCENT).build())
                .build())
            .build())
        .build();
  }

  private static ReviewTally zeros(ReviewTally.Builder builder) {
    return builder.received(0).pending(0)
        .putOutcomeGroup(OutcomeGroup.UPHELD, 0L)
        .putOutcomeGroup(OutcomeGroup.CORRECTED, 0L)
        .putOutcomeGroup(OutcomeGroup.OTHER, 0L)
        .build();
  }

  static Indicator count(String label, String code, String value, String unit, Qualifier qualifier) {
    Indicator.Builder builder = Indicator.builder().label(label).kind(IndicatorKind.COUNT)
        .value(new BigDecimal(value)).unit(Unit.of(unit)).qualifier(qualifier);
    if (code != null) {
      builder.code(code);
    }
    return builder.build();
  }
}
