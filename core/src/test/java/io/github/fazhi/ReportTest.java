package io.github.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.testing.SeedReport;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Who reports, when a page does not say: 北京市 2022 (no signature on the page), a 审计局 whose district is
 * not stated (文登区 2020, flipbook page), 乐昌市 (a county-level city), 西咸新区 (a new area).
 */
class ReportTest {
  private static final Jurisdiction BEIJING = Jurisdiction.builder().name("北京市").level(JurisdictionLevel.PROVINCE)
      .build();

  @Test
  void aReportWithoutASignature_isHeld_andKeyedByItsJurisdiction() {
    Report report = Report.builder().jurisdiction(BEIJING).year(Year.of(2022)).build();
    assertThat(report.issuer()).isEmpty();
    assertThat(report.reportingBody()).isEqualTo("北京市");
    assertThat(report.reporterName()).isEqualTo("北京市");
    assertThatThrownBy(() -> Report.builder().jurisdiction(BEIJING).issuer(" ").year(Year.of(2022)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("issuer (\" \") must not be blank");
  }

  @Test
  void aDepartmentsReport_withoutIssuerOrGovernment_hasAnHonestKey() {
    Report unsigned = Report.builder().jurisdiction(SeedReport.jurisdiction()).issuerKind(IssuerKind.DEPARTMENT)
        .year(Year.of(2020)).build();
    assertThat(unsigned.reportingBody()).isEqualTo("440205 / ?");
    Report noGovernment = Report.builder().issuer("审计局").issuerKind(IssuerKind.DEPARTMENT)
        .kind(ReportKind.OPEN_GOV_INFO_ANNUAL).year(Year.of(2020)).build();
    assertThat(noGovernment.jurisdiction()).isEmpty();
    assertThat(noGovernment.reportingBody()).isEqualTo("? / 审计局");
    assertThat(noGovernment.reporterName()).isEqualTo("审计局");
    Report signed = Report.builder().from(noGovernment).jurisdiction(Jurisdiction.builder().name("文登区")
        .level(JurisdictionLevel.COUNTY).parent("威海市").build()).build();
    assertThat(signed.reportingBody()).isEqualTo("文登区 < 威海市 / 审计局");
  }

  @Test
  void onlyADepartmentWithAStatedIssuer_mayLeaveItsJurisdictionUnknown() {
    assertThatThrownBy(() -> Report.builder().issuer("审计局").year(Year.of(2020)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("jurisdiction"));
    assertThatThrownBy(() -> Report.builder().issuerKind(IssuerKind.DEPARTMENT).year(Year.of(2020)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains(
            "jurisdiction is missing: only a department's report (issuerKind department) with a stated issuer"));
    assertThatThrownBy(() -> Report.builder().issuer("韶关市曲江区人民政府").issuerKind(IssuerKind.GOVERNMENT)
            .year(Year.of(2019)).build())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void reconsiderationReports_countyLevelCities_andSpecialZones_areHeld() {
    Report shanghai = Report.builder().kind(ReportKind.RECONSIDERATION_ANNUAL)
        .jurisdiction(Jurisdiction.builder().name("上海市").level(JurisdictionLevel.PROVINCE).build())
        .year(Year.of(2014)).build();
    assertThat(shanghai.kind().chinese()).isEqualTo("行政复议工作年度报告");
    Jurisdiction lechang = Jurisdiction.builder().name("乐昌市").code("440281")
        .level(JurisdictionLevel.COUNTY_LEVEL_CITY).parent("韶关市").build();
    assertThat(Report.builder().jurisdiction(lechang).year(Year.of(2020)).build().reportingBody())
        .isEqualTo("440281");
    Jurisdiction xixian = Jurisdiction.builder().name("西咸新区").level(JurisdictionLevel.SPECIAL_ZONE)
        .parent("陕西省").build();
    assertThat(Report.builder().jurisdiction(xixian).year(Year.of(2023)).build().reportingBody())
        .isEqualTo("西咸新区 < 陕西省");
  }

  @Test
  void theDeadline_dependsOnKindAndIssuer() {
    Report ruleOfLaw = Report.builder().jurisdiction(BEIJING).year(Year.of(2022)).build();
    assertThat(ruleOfLaw.publicationDeadline()).contains(java.time.LocalDate.of(2023, 4, 1));
    Report government = Report.builder().from(ruleOfLaw).kind(ReportKind.OPEN_GOV_INFO_ANNUAL)
        .issuerKind(IssuerKind.GOVERNMENT).build();
    assertThat(government.publicationDeadline()).contains(java.time.LocalDate.of(2023, 3, 31));
    Report department = Report.builder().from(government).issuerKind(IssuerKind.DEPARTMENT).build();
    assertThat(department.publicationDeadline()).contains(java.time.LocalDate.of(2023, 1, 31));
    Report unknownIssuer = Report.builder().from(ruleOfLaw).kind(ReportKind.OPEN_GOV_INFO_ANNUAL).build();
    assertThat(unknownIssuer.publicationDeadline()).contains(java.time.LocalDate.of(2023, 3, 31));
    Report departmentBefore2019 = Report.builder().from(department).year(Year.of(2018)).build();
    assertThat(departmentBefore2019.publicationDeadline()).contains(java.time.LocalDate.of(2019, 3, 31));
    assertThat(Report.builder().from(ruleOfLaw).kind(ReportKind.RECONSIDERATION_ANNUAL).build()
        .publicationDeadline()).isEmpty();
    assertThat(Report.builder().from(ruleOfLaw).kind(ReportKind.ENFORCEMENT_STATISTICS_ANNUAL).build()
        .publicationDeadline()).isEmpty();
  }
}
