package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report's identity (place, year, kind, issuer, date) read from its text alone, with no hints, in the
 * forms real files print it: titles over two or three lines, a space before 年, a Markdown heading, a
 * crawler's header lines, a department's short name, the compiling office's sentence. The texts are our own.
 */
class IdentityFromTheDocumentTest {
  private static final String BODY = "一、总体情况\n"
      + "本年度，本单位按照条例的要求做好政府信息公开工作，全年收到政府信息公开申请3件。\n"
      + "二、主动公开政府信息情况\n规章 | 0 | 0 | 2 |\n"
      + "五、存在的主要问题及改进情况\n公开的形式还不够多样，下一步将加以改进。\n"
      + "六、其他需要报告的事项\n本年度未收取信息处理费。\n";

  private static Report read(String text) {
    Draft draft = ReportReader.standard().read(text, Hints.none());
    assertThat(draft.report()).as(draft.undetermined().toString()).isPresent();
    return draft.report().orElseThrow();
  }

  @Test
  void titleOverTwoLines_theBodysNameThenTheYearWithASpace() {
    Report report = read("淮安市洪泽区人民政府\n2023 年政府信息公开工作年度报告\n" + BODY
        + "淮安市洪泽区人民政府\n2024年1月22日\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("洪泽区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("淮安市");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.COUNTY);
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.issuer()).hasValue("淮安市洪泽区人民政府");
    assertThat(report.published()).hasValue(LocalDate.of(2024, 1, 22));
    assertThat(report.title()).hasValue("淮安市洪泽区人民政府2023年政府信息公开工作年度报告");
  }

  @Test
  void aTitleThatLeavesOutZhengfu_stillNamesAnOpenGovernmentReport() {
    // 2021年信息公开工作年度报告: 政府 left out of the kind's name
    Report report = read("青石县民政局\n2021年信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石县");
    assertThat(report.year()).isEqualTo(Year.of(2021));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  private static final String WITH_TABLE_B = BODY.replace("五、",
      "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n五、");

  @Test
  void aTitleThatNamesNoKind_theBodysSectionsShowIt_andItIsReadAsOne() {
    Report report = read("青石县民政局2021年度工作报告\n" + WITH_TABLE_B);

    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.openGovInfo().orElseThrow().applications().orElseThrow()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(3);
  }

  @Test
  void theBodysSectionsRankBelowTheCallersHint() {
    Draft draft = ReportReader.standard().read("青石县民政局2021年度工作报告\n" + WITH_TABLE_B,
        Hints.none().withKind(ReportKind.RULE_OF_LAW_ANNUAL));

    assertThat(draft.report().orElseThrow().kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(draft.conflicts()).isEmpty();
  }

  @Test
  void theSectionsNamedInASentence_showNoKind() {
    Draft draft = ReportReader.standard().read("青石县司法局2021年度工作报告\n一、总体情况\n"
        + "年内逐项梳理主动公开政府信息情况、收到和处理政府信息公开申请情况等内容，做好普法宣传。\n", Hints.none());

    assertThat(draft.report().orElseThrow().kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(draft.undetermined()).anyMatch(line -> line.startsWith("kind: not named in the title"));
  }

  @Test
  void aTitleThatNamesNoKind_andABodyWithoutTheFormsSections_isNoOpenGovernmentReport() {
    Report report = read("青石县民政局2021年度工作报告\n" + BODY);

    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
  }

  @Test
  void aTitleWithAGarbledEnding_isStillTheTitle_byItsPlaceYearAndKind() {
    // the site printed 工作告年度报 for 工作年度报告
    Report report = read("青石市临江区柳林镇2023年政府信息公开 工作告年度报\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("柳林镇");
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void aSentenceAboutOpenGovernmentInformation_isNoTitle() {
    Draft draft = ReportReader.standard().read("临江区柳林镇2023年政府信息公开工作稳步推进，群众满意度提高。\n" + BODY,
        Hints.none());

    assertThat(draft.report()).isEmpty();
    assertThat(draft.undetermined()).anyMatch(line -> line.startsWith("title: no title line found"));
  }

  @Test
  void noTitleAtAll_thePlaceFromTheSignature_theYearFromTheStatisticsPeriod_theKindFromTheSections() {
    // a crawl that lost the page's title
    Draft draft = ReportReader.standard().read("一、总体情况\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
        + "本年度共主动公开政府信息56条。\n" + WITH_TABLE_B.substring(WITH_TABLE_B.indexOf("二、"))
        + "青石县柳林镇人民政府\n2024年1月20日\n", Hints.none());

    Report report = draft.report().orElseThrow();
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("柳林镇");
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.openGovInfo().orElseThrow().applications().orElseThrow()
        .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).hasValue(3);
    assertThat(draft.undetermined()).contains("title: no title line found");
  }

  @Test
  void noTitle_andNoKindShown_isNoReport_evenWithAStatisticsPeriod() {
    // the form's headings not on lines of their own: no kind is shown, so the period's year makes no report
    Draft draft = ReportReader.standard().read("一、总体情况\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
        + "二、主动公开政府信息情况：本年度制发规范性文件2件。\n青石县柳林镇人民政府\n2024年1月20日\n", Hints.none());

    assertThat(draft.report()).isEmpty();
  }

  @Test
  void aPlanOrAGuideAboveTheTitle_isNotTheTitle() {
    for (String above : List.of("青石县2024年政府信息公开工作要点", "青石县人民政府信息公开指南（2024年版）",
        "青石县 | 2024年 | 政府信息公开申请 | 3")) {
      Report report = read(above + "\n青石县2023年政府信息公开工作年度报告\n" + BODY);

      assertThat(report.year()).as(above).isEqualTo(Year.of(2023));
      assertThat(report.title()).as(above).hasValue("青石县2023年政府信息公开工作年度报告");
    }
  }

  @Test
  void titleOverThreeLines() {
    Report report = read("淮安市洪泽区人民政府\n2023年政府信息公开\n工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("洪泽区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("淮安市");
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void wrappedTitle_withItsPlaceOnTheFirstLine() {
    Report report = read("青石市临江区2023年度政府信息公开\n工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void markdownHeading_andYearWithASpaceAndNiandu() {
    Report report = read("# 青石市临江区司法局 2022 年度政府信息公开工作报告\n\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("青石市");
    assertThat(report.year()).isEqualTo(Year.of(2022));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void crawledHeaderLines_giveTitlePublicationDateAndPublisher() {
    Report report = read("标题: 青石市临江区2023年政府信息公开工作年度报告\n发布时间: 2024-03-08 09:30\n"
        + "发布机构：青石市临江区人民政府办公室\n原文链接: https://www.example.gov.cn/art/2024/3/8/art_1.html\n"
        + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("青石市");
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.published()).hasValue(LocalDate.of(2024, 3, 8));
    assertThat(report.issuer()).hasValue("青石市临江区人民政府办公室");
    assertThat(report.title()).hasValue("青石市临江区2023年政府信息公开工作年度报告");
  }

  @Test
  void departmentsShortName_thePlaceFromTheSignature() {
    Report report = read("市科委2022年政府信息公开工作年度报告\n" + BODY + "青石市科学技术委员会\n2023年1月18日\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(report.year()).isEqualTo(Year.of(2022));
    assertThat(report.issuer()).hasValue("青石市科学技术委员会");
    assertThat(report.published()).hasValue(LocalDate.of(2023, 1, 18));
  }

  @Test
  void yearBeforeTheShortName_thePlaceFromTheCompilingOfficesSentence() {
    Report report = read("2022年市科委政府信息公开工作年度报告\n"
        + "本报告由青石市科学技术委员会办公室编制，所列数据的统计期限为2022年1月1日至12月31日。\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
    assertThat(report.year()).isEqualTo(Year.of(2022));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.issuer()).hasValue("青石市科学技术委员会办公室");
  }

  @Test
  void aSiteBannerAboveATitleThatNamesItsOwnPlace_isNotItsPlace() {
    Report report = read("青石市人民政府\n青石市临江区2023年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.title()).hasValue("青石市临江区2023年政府信息公开工作年度报告");
  }

  @Test
  void aPageSourceLineBelowTheTitle_theTitleAboveItAndTheDateAndPublisherFromIt() {
    Report report = read("临江区2023年度法治政府建设情况报告\n来源：青石市临江区人民政府办公室 发布时间：2024-03-21 10:05\n"
        + "临江区2023年度法治政府建设情况报告\n一、主要举措和成效\n全年审查行政规范性文件14件。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(report.issuer()).hasValue("青石市临江区人民政府办公室");
    assertThat(report.published()).hasValue(LocalDate.of(2024, 3, 21));
  }

  @Test
  void aStreetOffice_isItsOwnPlaceUnderItsDistrict() {
    Report report = read("青石市临江区南关街道办事处2022年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("南关街道");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("临江区");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(report.year()).isEqualTo(Year.of(2022));
  }

  @Test
  void aTitleWithoutItsYear_theYearOfTheStatisticsPeriod() {
    Report report = read("青石市交通运输局\n政府信息公开工作年度报告\n"
        + "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
    assertThat(report.year()).isEqualTo(Year.of(2022));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void aTitleWithoutItsYear_andAPeriodThatIsNotOneCalendarYear_leavesTheYearUndetermined() {
    Draft draft = ReportReader.standard().read("青石市交通运输局\n政府信息公开工作年度报告\n"
        + "本报告所列数据的统计期限自2021年7月1日起至2022年6月30日止。\n" + BODY, Hints.none());

    assertThat(draft.report()).isEmpty();
    assertThat(draft.undetermined()).anyMatch(line -> line.startsWith("year:"));
  }

  @Test
  void aCityWhoseNameEndsInZhouBeforeShi_keepsItsWholeName() {
    Report report = read("青州市交通运输局2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件6件。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青州市");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(report.year()).isEqualTo(Year.of(2024));
  }

  @Test
  void anAutonomousPrefecturesMarketRegulator_thePlaceIsThePrefecture() {
    Report report = read("青川州市场监督管理局2023年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青川州");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PREFECTURE);
  }

  @Test
  void aDistrictWhoseNameEndsInZhou_underItsCity_keepsItsWholeName() {
    Report report = read("青石市临州区关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查行政规范性文件9件。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临州区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("青石市");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.COUNTY);
  }

  @Test
  void aStreetOfficeNamedAfterItsDistrictsGovernment_isItsOwnPlace() {
    Report report = read("临江区人民政府南关街道办事处关于2022年度法治政府建设情况的报告\n"
        + "一、主要举措和成效\n全年开展法治宣传活动12场。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("南关街道");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("临江区");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
  }

  @Test
  void aDistrictOfficeOfItsGovernment_staysTheDistrict() {
    Report report = read("临江区人民政府办公室2022年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
  }

  @Test
  void aNameLineThenAnAboutTheYearLine_withNoSignature() {
    Report report = read("临江县人民政府\n关于2020年度法治政府建设情况的报告\n"
        + "一、主要举措和成效\n全年受理行政许可事项5120件。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江县");
    assertThat(report.year()).isEqualTo(Year.of(2020));
    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
  }

  @Test
  void aNameLineThenAYearAndKindLineNotEndingInBaogao_withNoSignature() {
    Report report = read("南关镇人民政府\n2024年法治政府建设情况\n"
        + "一、主要举措和成效\n全年组织集体学法10次。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("南关镇");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(report.year()).isEqualTo(Year.of(2024));
    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
  }

  @Test
  void aProvinceWhoseNameEndsInZhou_keepsItsWholeName() {
    Report report = read("贵州省2023年度法治政府建设工作\n情况报告\n"
        + "一、主要举措和成效\n全省各级行政机关全年办理行政复议案件1260件。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("贵州省");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PROVINCE);
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
  }

  @Test
  void anAutonomousPrefecture_andACityEndingInZhouAboveItsDistrict_keepTheirWholeNames() {
    Report prefecture = read("黔南布依族苗族自治州2022年法治政府建设年度报告\n"
        + "一、主要举措和成效\n全州审查行政规范性文件37件。\n");
    Report district = read("苏州市吴中区2022年度法治政府建设情况报告\n"
        + "一、主要举措和成效\n全区办理行政复议案件88件。\n");

    assertThat(prefecture.jurisdiction().orElseThrow().name()).isEqualTo("黔南布依族苗族自治州");
    assertThat(prefecture.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(district.jurisdiction().orElseThrow().name()).isEqualTo("吴中区");
    assertThat(district.jurisdiction().orElseThrow().parent()).hasValue("苏州市");
  }

  @Test
  void aJointTitleOfTheProvincialPartyCommitteeAndGovernment_isTheProvince() {
    Report report = read("中共海南省委 海南省人民政府\n关于2022年法治政府建设情况的报告\n"
        + "一、主要举措和成效\n全省新收行政复议案件2310件。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("海南省");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PROVINCE);
    assertThat(report.year()).isEqualTo(Year.of(2022));
    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
  }

  @Test
  void aJointTitleOfACityOrACountysOffices_isTheCityOrTheCounty() {
    Report city = read("中共青石市委 青石市人民政府关于2023年度法治政府建设情况的报告\n"
        + "一、主要举措和成效\n全市办理行政复议案件412件。\n");
    Report county = read("中共临江县委办公室 临江县人民政府办公室\n关于2023年度法治政府建设情况的报告\n"
        + "一、主要举措和成效\n全县组织集体学法6次。\n");
    Report district = read("中共青石市临江区委 临江区人民政府\n关于2021年度法治政府建设情况的报告\n"
        + "一、主要举措和成效\n全区组织集体学法4次。\n");

    assertThat(city.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
    assertThat(county.jurisdiction().orElseThrow().name()).isEqualTo("临江县");
    assertThat(district.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(district.jurisdiction().orElseThrow().parent()).hasValue("青石市");
  }

  @Test
  void aPartyCommitteesOwnOffice_isTheCommitteesPlace() {
    Report report = read("中共青石市委全面依法治市委员会办公室2023年度法治政府建设情况报告\n"
        + "一、主要举措和成效\n全市开展法治督察9次。\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
  }

  @Test
  void theYearOnlyInABracketedLineBelowTheTitle() {
    Report report = read("临江县南关镇人民政府\n信息公开工作年度报告\n（2025年度）\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("南关镇");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("临江县");
    assertThat(report.year()).isEqualTo(Year.of(2025));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.title()).hasValue("临江县南关镇人民政府信息公开工作年度报告（2025年度）");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"（2024年）", "(2024年度)", "(2024年)"})
  void theYearInABracketedLineBelowAOneLineTitle_inEachForm(String year) {
    Report report = read("青石市临江区人民政府信息公开工作年度报告\n" + year + "\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.year()).isEqualTo(Year.of(2024));
  }

  @Test
  void aBracketedYearBelowATitleThatStatesItsYear_isNotJoined() {
    Report report = read("青石市临江区2023年政府信息公开工作年度报告\n（2024年）\n" + BODY);

    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.title()).hasValue("青石市临江区2023年政府信息公开工作年度报告");
  }

  @Test
  void titleOverTwoLines_aZonesNameAlone_thenTheYearAndKind() {
    Report report = read("青石高新区\n2024年政府信息公开工作年度报告\n" + BODY + "青石高新区管委会\n");

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石高新区");
    assertThat(report.year()).isEqualTo(Year.of(2024));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void titleOverTwoLines_anOfficesNameInTraditionalCharacters() {
    Report report = read("青石市人民政府辦公廳\n2023年政府信息公開工作年度報告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
    assertThat(report.year()).isEqualTo(Year.of(2023));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void aCityDepartmentsBranchInADistrict_isOfTheDistrict() {
    Report report = read("青石市公安局临江区分局2023年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("青石市");
  }

  @Test
  void aDepartmentOfAPlace_staysThePlaces() {
    Report report = read("青石市临江区司法局2023年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("青石市");
  }

  @Test
  void aPlaceLineAboveAYearLineThatNamesItsOwnPlace_isNotJoinedToIt() {
    // a city's banner above its district's title: the title is the year line, the place its district
    Report report = read("青石市\n2023年临江区政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.title()).hasValue("2023年临江区政府信息公开工作年度报告");
  }

  @Test
  void aWebsiteSectionEndingInZhuanqu_isNoPlaceAndNoPartOfTheTitle() {
    // the title names no place, so the place is the signature's
    Report report = read("政务公开专区\n2023年政府信息公开工作年度报告\n" + BODY + "青石市临江区人民政府\n2024年1月20日\n");

    assertThat(report.title()).hasValue("2023年政府信息公开工作年度报告");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
  }

  @Test
  void aLineEndingInTheWordChengshi_isNoPlaceAndNoPartOfTheTitle() {
    Report report = read("智慧城市\n2023年政府信息公开工作年度报告\n" + BODY + "青石市临江区人民政府\n2024年1月20日\n");

    assertThat(report.title()).hasValue("2023年政府信息公开工作年度报告");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
  }

  @Test
  void aCityNamedAfterItsWalls_aloneAboveTheYearLine_isStillItsPlace() {
    // 城 then 市 as the second and third characters of a city's name (like 晋城市), not 城市 the word
    Report report = read("青城市\n2023年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青城市");
    assertThat(report.title()).hasValue("青城市2023年政府信息公开工作年度报告");
  }

  private static final String ROL_BODY = "2022年，青山州政府坚持依法行政，法治政府建设取得新成效。\n"
      + "一、主要举措和成效\n（一）健全机构职能体系。印发重点任务清单21项。\n"
      + "二、存在的不足\n基层执法力量仍显薄弱。\n";

  @Test
  void aSignatureWithNoDateUnderIt_isTheIssuer_andGivesThePlaceATitleLacks() {
    // round 6 of the whole-file corpus: a title naming no place, a signature and no closing date
    Draft draft = ReportReader.standard().read("2022年度法治政府建设情况报告\n" + ROL_BODY + "青山州人民政府\n",
        Hints.none());
    Report report = draft.report().orElseThrow(() -> new AssertionError(draft.toString()));

    assertThat(report.issuer()).hasValue("青山州人民政府");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青山州");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(report.published()).isEmpty();
    assertThat(report.shortcomings()).containsExactly("基层执法力量仍显薄弱。"); // the signature is no shortcoming
  }

  @Test
  void aDocumentEndingInAParagraphOrAHeading_hasNoSignature() {
    Draft paragraph = ReportReader.standard().read("2022年度法治政府建设情况报告\n" + ROL_BODY, Hints.none());
    assertThat(paragraph.report()).isEmpty();
    assertThat(paragraph.undetermined()).anyMatch(line -> line.startsWith("issuer"));
    // a heading that ends as an organ's name ends (…管理局) is the outline's, not a signature
    Draft heading = ReportReader.standard().read("2022年度法治政府建设情况报告\n" + ROL_BODY + "（三）青山州市场监督管理局\n",
        Hints.none());
    assertThat(heading.report()).isEmpty();
  }

  @Test
  void aTownshipNamedWithShiOrQu_isOneName() {
    // 新市街道 (白云区), 东区街道, 新市镇: the 市 or 区 is the township's own, not a city's or district's
    assertThat(FrontMatter.placesOf("白云区新市街道办事处2023年法治政府建设工作报告")).containsExactly("白云区", "新市街道");
    assertThat(FrontMatter.placesOf("青石市东区街道2023年法治政府建设年度报告")).containsExactly("青石市", "东区街道");
    assertThat(FrontMatter.placesOf("临江县新市镇2023年政府信息公开工作年度报告")).containsExactly("临江县", "新市镇");
    // a city then a district stay two places
    assertThat(FrontMatter.placesOf("青石市临江区2023年法治政府建设年度报告")).containsExactly("青石市", "临江区");
  }

  @Test
  void aSumu_isATownship() {
    // 苏木, the townships of Inner Mongolia
    assertThat(FrontMatter.placesOf("青山旗查干苏木2021年政府信息公开工作年度报告")).containsExactly("青山旗", "查干苏木");
    assertThat(FrontMatter.levelOf("查干苏木", "青山旗")).isEqualTo(JurisdictionLevel.TOWNSHIP);
    // alone on the line above the year line, as a PDF prints a long title
    Report report = read("青山旗查干苏木\n2021 年政府信息 公开工作年度报告\n" + BODY + "青山旗查干苏木人民政府\n2022年1月20日\n");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("查干苏木");
    assertThat(report.year()).isEqualTo(Year.of(2021));
  }

  @Test
  void aDepartmentsTitle_onBuildingTheRuleOfLaw_withoutTheWordReport() {
    // 法治政府部门建设工作情况: no 报告, and not the words 法治政府建设 in a row
    Report report = read("青山省交通运输厅2024年度法治政府部门建设工作情况\n" + ROL_BODY + "青山省交通运输厅\n2025年3月20日\n");
    assertThat(report.title()).hasValue("青山省交通运输厅2024年度法治政府部门建设工作情况");
    assertThat(report.kind()).isEqualTo(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青山省");
    assertThat(report.year()).isEqualTo(Year.of(2024));
    // a sentence on the same subject is no title
    assertThat(FrontMatter.isTitle("2024年，全省法治建设取得新成效。")).isFalse();
  }

  @Test
  void aReportOnGovernmentAffairsOpenness_isAnOpenGovernmentInformationReport() {
    // 政务公开工作年度报告: the identity sweep's 黄龙县市场监督管理局 2022 was read as a 法治 report
    Report report = read("青石县市场监督管理局2022年度政务公开工作年度报告\n" + BODY + "青石县市场监督管理局\n");
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石县");
    assertThat(FrontMatter.kindOf("青石县2022年度政务公开工作年度报告")).hasValue(ReportKind.OPEN_GOV_INFO_ANNUAL);
  }

  @Test
  void aTownshipsJointTitle_ofItsPartyCommitteeAndGovernment() {
    // 中共…镇委员会 …镇人民政府 / 关于2025年法治政府建设情况的报告: the town, not 委员会…镇
    Report report = read("中共青山镇委员会 青山镇人民政府\n关于2025年法治政府建设情况的报告\n临江县人民政府：\n"
        + ROL_BODY.replace("2022年，青山州政府", "2025年，青山镇") + "中共青山镇委员会 青山镇人民政府\n");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青山镇");
    assertThat(report.jurisdiction().orElseThrow().level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(report.year()).isEqualTo(Year.of(2025));
    assertThat(FrontMatter.placesOf("中共青山街道工作委员会 青山街道办事处2023年法治政府建设年度报告"))
        .containsExactly("青山街道");
  }

  @Test
  void aYearWrittenWithoutNian_inTheTitle() {
    // 沅江路街道2024法治政府建设年度报告, with no dated signature
    Report report = read("青山路街道2024法治政府建设年度报告\n" + ROL_BODY + "青石市临江区青山路街道办事处\n");
    assertThat(report.year()).isEqualTo(Year.of(2024));
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青山路街道");
    // a document number's year is no report year, nor is a number run into other digits
    assertThat(FrontMatter.yearOf("青石市〔2024〕3号文件")).isEmpty();
    assertThat(FrontMatter.yearOf("青石市120245号")).isEmpty();
  }

  @Test
  void aSitesInjectedPrefix_isNoPartOfThePlace() {
    // a mirror that wrote its own words before the name (the sweep's xxbet体育_官网@:西柳镇)
    assertThat(FrontMatter.placesOf("abc体育_abc官网@:青山镇人民政府2023年政府信息公开工作年度报告"))
        .containsExactly("青山镇");
  }

  @Test
  void aZoneNamedAfterItsCitysShortName_isOneName() {
    // 池州高新区: 州 ends no place before the zone's words
    assertThat(FrontMatter.placesOf("青州高新区2024年政府信息公开工作年度报告")).containsExactly("青州高新区");
    assertThat(FrontMatter.placesOf("青州经济技术开发区2024年政府信息公开工作年度报告")).containsExactly("青州经济技术开发区");
    // a province's name ending in 州 before its 省, and a prefecture's 州 before a county, stay as they were
    assertThat(FrontMatter.placesOf("贵州省2024年法治政府建设年度报告")).containsExactly("贵州省");
    assertThat(FrontMatter.placesOf("青山州临江县2024年法治政府建设年度报告")).containsExactly("青山州", "临江县");
  }

  @Test
  void aRuleOfLawTitleThatAlsoNamesGovernmentAffairsOpenness_staysARuleOfLawReport() {
    assertThat(FrontMatter.kindOf("青石市2023年法治政府建设暨政务公开工作情况的报告")).hasValue(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(FrontMatter.kindOf("青石市政务公开办公室2023年法治政府建设年度报告")).hasValue(ReportKind.RULE_OF_LAW_ANNUAL);
    assertThat(FrontMatter.kindOf("临江区2023年推进政务公开和法治政府建设工作报告")).hasValue(ReportKind.RULE_OF_LAW_ANNUAL);
  }

  @Test
  void aSignatureWithNoDate_whosePlaceOpensWithANumeral_andAFooterUnderIt() {
    // 六安市, 三亚市, 十堰市: an issuer is no heading for opening with 六, 三 or 十; a site's footer is no issuer
    Report report = read("2022年度法治政府建设情况报告\n" + ROL_BODY + "六安市临江区人民政府\n版权所有 六安市人民政府\n"
        + "技术支持 六安市大数据中心\n");
    assertThat(report.issuer()).hasValue("六安市临江区人民政府");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
  }

  @Test
  void aPageCopysLabelBeforeAJointTownshipTitle() {
    // a recall page's |标题:中共…镇委员会…镇人民政府关于…
    assertThat(FrontMatter.placesOf("|标题:中共青山镇委员会青山镇人民政府关于2025年度法治政府建设情况的报告"))
        .containsExactly("青山镇");
    assertThat(FrontMatter.placesOf("标题：青石市临江区2025年法治政府建设年度报告")).containsExactly("青石市", "临江区");
  }

  @Test
  void aYearWithoutNianAfterASpaceOrInFullWidthDigits() {
    assertThat(FrontMatter.yearOf("青石市人民政府 2023法治政府建设年度报告")).hasValue(Year.of(2023));
    assertThat(FrontMatter.yearOf("青石市人民政府２０２３法治政府建设年度报告")).hasValue(Year.of(2023));
  }

  @Test
  void aCustomsBody_isItsOwnPlace_andItsNianbaoIsAReport() {
    // round 9 (a 海关 page): a customs district (关区) is no administrative division; 年报 is 年度报告 shortened
    assertThat(FrontMatter.placesOf("青石海关关区2019年政府信息公开年报")).containsExactly("青石海关");
    assertThat(FrontMatter.placesOf("中华人民共和国青石海关2020年政府信息公开工作年度报告")).containsExactly("青石海关");
    // 山海关区 is a district, also with its city's name written short before it
    assertThat(FrontMatter.placesOf("河北省秦皇岛山海关区2020年法治政府建设年度报告"))
        .containsExactly("河北省", "秦皇岛山海关区");
    assertThat(FrontMatter.placesOf("海关总署青石海关2020年政府信息公开工作年度报告")).containsExactly("青石海关");
    // other national bodies' offices: a survey team is named by its area's short name; a bank's branch by its city
    assertThat(FrontMatter.placesOf("国家统计局青石调查队2021年政府信息公开工作年度报告")).containsExactly("青石调查队");
    assertThat(FrontMatter.placesOf("国家统计局青山调查总队2021年政府信息公开工作年度报告")).containsExactly("青山调查总队");
    assertThat(FrontMatter.placesOf("中国人民银行青石市中心支行2020年政府信息公开工作年度报告")).containsExactly("青石市");
    Report report = read("青石海关关区2019年政府信息公开年报\n" + BODY + "青石海关\n2020年1月20日\n");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石海关");
    assertThat(report.year()).isEqualTo(Year.of(2019));
    assertThat(report.kind()).isEqualTo(ReportKind.OPEN_GOV_INFO_ANNUAL);
    // a 年报 of no report kind is no title, nor a site's column of them above the title
    assertThat(FrontMatter.isTitle("青石市2019年企业年报")).isFalse();
    Report below = read("政府信息公开年报\n青石市2020年政府信息公开工作年度报告\n" + BODY + "青石市人民政府\n2021年1月20日\n");
    assertThat(below.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
    assertThat(below.year()).isEqualTo(Year.of(2020));
  }

  @Test
  void anAirportZoneNamedAfterItsCity_isOneName() {
    assertThat(FrontMatter.placesOf("青州航空港经济综合实验区2024年政府信息公开工作年度报告"))
        .containsExactly("青州航空港经济综合实验区");
  }

  @Test
  void aDepartmentsPartyGroup_titlesAndSignsItsReport() {
    // round 7 (青岛市交通运输局党组 2022): 中共 is no part of the place, and a 党组 signs
    Report report = read("中共青石市交通运输局党组2022年度法治政府建设报告\n"
        + ROL_BODY.replace("2022年，青山州政府", "2022年，市交通运输局党组") + "中共青石市交通运输局党组\n");
    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("青石市");
    assertThat(report.issuer()).hasValue("中共青石市交通运输局党组");
  }

  @Test
  void theChengRule_countsFromWhereTheLastPlacesNameBegins() {
    // after the province's 省 the city's name begins: 青城 is a name, 智慧城 is not (the same rule as placesOf's)
    Report city = read("青山省青城市\n2023年政府信息公开工作年度报告\n" + BODY);
    assertThat(city.jurisdiction().orElseThrow().name()).isEqualTo("青城市");
    Report slogan = read("临江区智慧城市\n2023年政府信息公开工作年度报告\n" + BODY + "青石市临江区人民政府\n2024年1月20日\n");
    assertThat(slogan.title()).hasValue("2023年政府信息公开工作年度报告");
    assertThat(FrontMatter.endsCityWord("临江区智慧城市", 3, 6)).isTrue();
    assertThat(FrontMatter.endsCityWord("青山省青城市", 3, 5)).isFalse();
  }

  @Test
  void chengshiChengxiangInADepartmentsName_endNoPlace() {
    assertThat(FrontMatter.placesOf("青石市临江区住房和城乡建设局2023年法治政府建设年度报告"))
        .containsExactly("青石市", "临江区");
    assertThat(FrontMatter.placesOf("青石市临江区城市管理和综合执法局2023年法治政府建设年度报告"))
        .containsExactly("青石市", "临江区");
    // a city named …城 keeps its name, also before its own 城市管理局
    assertThat(FrontMatter.placesOf("青山省青城市城市管理局2023年法治政府建设年度报告"))
        .containsExactly("青山省", "青城市");
  }

  @Test
  void chengxiangInADepartmentsName_theReportIsOfTheDistrict() {
    Report report = read("青石市临江区住房和城乡建设局2023年政府信息公开工作年度报告\n" + BODY);

    assertThat(report.jurisdiction().orElseThrow().name()).isEqualTo("临江区");
    assertThat(report.jurisdiction().orElseThrow().parent()).hasValue("青石市");
  }
}
