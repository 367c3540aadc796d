package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The invariants every builder enforces, each reported with its path and offending value. */
class ModelInvariantsTest {
  private static Indicator.Builder indicator(IndicatorKind kind, String value, String unit) {
    return Indicator.builder().label("指标").kind(kind).value(new BigDecimal(value)).unit(Unit.of(unit));
  }

  @Test
  void jurisdiction_codeMustBeSixDigits_andNamesNotBlank() {
    assertThatThrownBy(() -> Jurisdiction.builder().name(" ").code("44020").level(JurisdictionLevel.COUNTY)
            .parent("").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::toString).containsExactly(
                "name: name (\" \") must not be blank",
                "parent: parent (\"\") must not be blank",
                "code: code (\"44020\") must be six digits (GB/T 2260)"));
  }

  @Test
  void missingRequiredAttributes_areReportedTogether() {
    assertThatThrownBy(() -> Indicator.builder().label("x").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("kind", "value", "unit"));
  }

  @Test
  void count_mustBeWholeAndNonNegative_onceScaled() {
    assertThat(indicator(IndicatorKind.COUNT, "1.19", "万人").build().baseValue())
        .isEqualByComparingTo("11900");
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "1.5", "个").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("value (1.5) must be a whole count in 个");
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "-1", "件").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("value (-1) must be >= 0");
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "0.00001", "万件").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("(scaled: 0.1)");
  }

  @Test
  void additiveNumbers_fitALong_onceScaled_soThatEveryTotalCanAddThem() {
    // 2^63 - 1 = 9,223,372,036,854,775,807 is the largest; one more is refused, and so is 10^15 万 (10^19)
    assertThat(indicator(IndicatorKind.COUNT, "9223372036854775807", "件").build().baseValue())
        .isEqualByComparingTo("9223372036854775807");
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "9223372036854775808", "件").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("value"))
        .hasMessageContaining("value (9223372036854775808) must be at most 9223372036854775807 in 件");
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "9999999999999999999999", "件").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be at most 9223372036854775807");
    // 10^15 万件 is 10^19 件 once scaled
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "1000000000000000", "万件").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("in 件");
    assertThatThrownBy(() -> indicator(IndicatorKind.AMOUNT, "1E+19", "元").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be at most");
    // a kind that is not added up keeps its own range only
    assertThat(indicator(IndicatorKind.RATIO, "1E+19", "倍").build().value()).isEqualByComparingTo("1E+19");
  }

  @Test
  void percent_isAShareFrom0To100_inAPercentUnit() {
    assertThat(indicator(IndicatorKind.PERCENT, "99", "﹪").build().value()).isEqualTo(new BigDecimal("99"));
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENT, "120", "%").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("value: value (120) must be between 0 and 100");
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENT, "50", "个").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit (个) must be a percent sign for PERCENT");
    assertThat(indicator(IndicatorKind.PERCENT_CHANGE, "-24.76", "%").build().value()).isNegative();
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENT_CHANGE, "3", "件").build())
        .isInstanceOf(ValidationException.class);
    assertThat(indicator(IndicatorKind.PERCENTAGE_POINTS, "-7.01", "个百分点").build().value()).isNegative();
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENTAGE_POINTS, "3", "%").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
  }

  @Test
  void boundaries_areInside() {
    assertThat(indicator(IndicatorKind.PERCENT, "0", "%").build().value()).isZero();
    assertThat(indicator(IndicatorKind.PERCENT, "100", "%").build().value()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENT, "100.01", "%").build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENT, "-0.01", "%").build())
        .isInstanceOf(ValidationException.class);
    assertThat(indicator(IndicatorKind.COUNT, "0", "件").build().value()).isZero();
    assertThat(indicator(IndicatorKind.AMOUNT, "0", "元").build().value()).isZero();
    assertThat(indicator(IndicatorKind.DURATION, "0", "日").build().value()).isZero();
    assertThat(indicator(IndicatorKind.RATIO, "0", "倍").build().value()).isZero();
    Report.Builder report = Report.builder().jurisdiction(SeedReport.jurisdiction()).issuer("x");
    assertThat(report.year(Year.of(1949)).build().year()).isEqualTo(Year.of(1949));
    assertThat(report.year(Year.of(9999)).build().year()).isEqualTo(Year.of(9999));
    assertThatThrownBy(() -> report.year(Year.of(10000)).build()).isInstanceOf(ValidationException.class);
    assertThat(report.year(Year.of(2019)).published(LocalDate.of(2019, 1, 1)).build().published())
        .hasValue(LocalDate.of(2019, 1, 1));
  }

  @Test
  void otherKinds_keepTheirRanges() {
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "5", "%").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("is a percent sign, but kind is COUNT");
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "5", "个百分点").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit (个百分点) is percentage points, but kind is COUNT");
    assertThatThrownBy(() -> indicator(IndicatorKind.AMOUNT, "-1", "万元").build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> indicator(IndicatorKind.DURATION, "-1", "日").build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> indicator(IndicatorKind.RATIO, "-2", "倍").build())
        .isInstanceOf(ValidationException.class);
    assertThat(indicator(IndicatorKind.RANK, "1", "名").build().kind()).isEqualTo(IndicatorKind.RANK);
    assertThatThrownBy(() -> indicator(IndicatorKind.RANK, "0", "名").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be a whole rank >= 1");
  }

  @Test
  void basis_isOnlyForPercent_andCompletePartsNeedParts() {
    assertThat(indicator(IndicatorKind.PERCENT, "81.8", "%").basis(Rate.of(9, 11)).build().basis())
        .hasValue(Rate.of(9, 11));
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "9", "件").basis(Rate.of(9, 11))
            .partsComplete(true).code("Bad Code").written(" ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("written", "code", "basis", "partsComplete"));
  }

  @Test
  void measuresAndWorkAreas_needOrdinalsFrom1_andText() {
    assertThatThrownBy(() -> Measure.builder().ordinal(0).text("").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::message)
            .containsExactly("ordinal (0) must be >= 1", "text (\"\") must not be blank"));
    assertThatThrownBy(() -> WorkArea.builder().ordinal(-1).title(" ").text("").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("ordinal", "title", "text"));
  }

  @Test
  void report_isNotPublishedBeforeItsYear_andKeepsTextsNonBlank() {
    Report.Builder builder = Report.builder().jurisdiction(SeedReport.jurisdiction()).issuer(" ")
        .year(Year.of(2019)).published(LocalDate.of(2018, 12, 31)).addShortcoming("").title("");
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path)
            .containsExactly("issuer", "title", "shortcomings[0]", "published"));
    assertThatThrownBy(() -> Report.builder().jurisdiction(SeedReport.jurisdiction()).issuer("x")
            .year(Year.of(1900)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("year (1900) must be between 1949 and 9999");
  }

  @Test
  void report_helpersReadItsParts() {
    Report seed = SeedReport.report();
    assertThat(seed.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(seed.outline()).isEqualTo(Outline.OUTLINE_2015_2020);
    assertThat(seed.indicators("mediation.disputes")).singleElement()
        .satisfies(i -> assertThat(i.value()).isEqualByComparingTo("1338"));
    assertThat(seed.indicators("no.such_code")).isEmpty();
    assertThat(seed.review(Procedure.LITIGATION)).isEmpty();
    assertThat(seed.presentParts()).containsExactlyInAnyOrder(ContentPart.MEASURES_AND_RESULTS,
        ContentPart.SHORTCOMINGS, ContentPart.NEXT_YEAR_PLANS);
    Report minimal = Report.builder().jurisdiction(SeedReport.jurisdiction()).issuer("x").year(Year.of(2021))
        .addLeadershipDuty("区长履行第一责任人职责").addOtherMatter("无").build();
    assertThat(minimal.outline()).isEqualTo(Outline.OUTLINE_2021_2025);
    Indicator rank = Indicator.builder().label("全省县级排名").kind(IndicatorKind.RANK).value(BigDecimal.ONE)
        .unit(Unit.of("名")).build();
    Indicator areaLevel = Indicator.builder().label("区级保留政务服务事项").kind(IndicatorKind.COUNT)
        .value(BigDecimal.valueOf(515)).unit(Unit.of("项")).build();
    Indicator inPlan = Indicator.builder().label("目标").kind(IndicatorKind.COUNT)
        .value(BigDecimal.TEN).unit(Unit.of("项")).build();
    Report withAll = Report.builder().from(minimal).addHeadlineIndicator(rank)
        .addWorkArea(WorkArea.builder().ordinal(1).title("依法全面履行政府职能").addIndicator(areaLevel)
            .addMeasure(Measure.builder().ordinal(1).text("深化行政审批制度改革").addIndicator(inPlan).build())
            .build())
        .addPlan(WorkArea.builder().ordinal(1).title("计划").addIndicator(inPlan).build())
        .build();
    // headline first, then the area's own numbers, then its measures'; plans are not this year's numbers
    assertThat(withAll.indicators()).containsExactly(rank, areaLevel, inPlan);
    assertThat(minimal.presentParts()).containsExactlyInAnyOrder(ContentPart.LEADERSHIP_DUTY, ContentPart.OTHER_MATTERS);
  }

  @Test
  void absurdNumbers_areShownInScientificForm_notAsABillionDigits() {
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENT, "1E+999999999", "%").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("value (1E+999999999) must be between 0 and 100");
    assertThatThrownBy(() -> indicator(IndicatorKind.COUNT, "1E-999999999", "件").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("value (1E-999999999) must be a whole count");
    assertThatThrownBy(() -> indicator(IndicatorKind.PERCENT, "123.5", "%").build())
        .hasMessageContaining("value (123.5) must be between 0 and 100");
  }

  @Test
  void reportingBody_isTheJurisdiction_orTheDepartmentOfIt() {
    Jurisdiction noCode = Jurisdiction.builder().name("朝阳区").level(JurisdictionLevel.COUNTY).parent("北京市").build();
    Report.Builder report = Report.builder().jurisdiction(noCode).issuer("北京市朝阳区人民政府").year(Year.of(2022));
    assertThat(report.build().reportingBody()).isEqualTo("朝阳区 < 北京市");
    assertThat(report.issuerKind(IssuerKind.DEPARTMENT).issuer("朝阳区司法局").build().reportingBody())
        .isEqualTo("朝阳区 < 北京市 / 朝阳区司法局");
    assertThat(report.issuerKind(IssuerKind.GOVERNMENT).issuer("北京市朝阳区人民政府").build().reportingBody())
        .isEqualTo("朝阳区 < 北京市");
    assertThat(SeedReport.report().reportingBody()).isEqualTo("440205");
    assertThat(IssuerKind.DEPARTMENT.chinese()).isEqualTo("政府部门");
  }

  @Test
  void violation_pathsNestUnderAnEnclosingValue() {
    Path a = Path.root().field("a");
    ValidationException inner = new ValidationException(java.util.List.of(
        Violation.of(Path.root().field("accepted"), "accepted (-1) must be >= 0"),
        Violation.of(Path.root(), "whole value is odd"),
        Violation.of(Path.root().index(2), "third item")));
    ValidationException outer = inner.under(Path.root().field("reviews").index(0));
    assertThat(outer.violations()).extracting(Violation::path)
        .containsExactly("reviews[0].accepted", "reviews[0]", "reviews[0][2]");
    assertThat(outer.getCause()).isSameAs(inner);
    assertThat(inner.under(Path.root()).violations()).isEqualTo(inner.violations());
    assertThat(Violation.of(Path.root(), "m")).hasToString("m");
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(Violation.of(a, "m"), Violation.of(a, "m"), Violation.of(Path.root(), "m").under(a))
        .addEqualityGroup(Violation.of(a, "n"))
        .addEqualityGroup(Violation.of(Path.root().field("b"), "m"))
        .testEquals();
    assertThatThrownBy(() -> Violation.of(Path.root().field("p"), " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValidationException(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
