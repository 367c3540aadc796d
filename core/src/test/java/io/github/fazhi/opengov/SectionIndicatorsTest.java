package io.github.fazhi.opengov;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.Unit;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.stats.IndicatorTotal;
import io.github.fazhi.stats.ReportStatistics;
import io.github.fazhi.testing.OpenGovReports;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numbers the sections of a 政府信息公开工作年度报告 state in their prose ({@link OpenGovInfo#sectionIndicators()}):
 * held by section in the sections' order, among the report's indicators, checked at their path and totalled by
 * catalogue code.
 */
class SectionIndicatorsTest {
  private static Indicator count(String label, long value, String unit) {
    return Indicator.builder().label(label).kind(IndicatorKind.COUNT).value(BigDecimal.valueOf(value))
        .unit(Unit.of(unit)).build();
  }

  private static final Indicator WEBSITE = count("通过门户网站主动公开政府信息", 1520, "条");
  private static final Indicator WEIBO = count("政务微博发布", 286, "条");
  private static final Indicator HOTLINE = count("热线回复群众诉求", 875, "件");

  /** Every way of putting a section's numbers works on a fresh builder (issue 26: builders defer collections). */
  @Test
  void everyPutMethod_worksOnAFreshBuilder() {
    OpenGovInfo one = OpenGovInfo.builder().putSectionIndicator(OpenGovSection.OVERVIEW, WEBSITE).build();
    OpenGovInfo many = OpenGovInfo.builder().putSectionIndicators(OpenGovSection.OVERVIEW, WEBSITE, WEIBO)
        .build();
    OpenGovInfo all = OpenGovInfo.builder()
        .putAllSectionIndicators(OpenGovSection.OVERVIEW, List.of(WEBSITE, WEIBO)).build();
    assertThat(one.sectionIndicators(OpenGovSection.OVERVIEW)).containsExactly(WEBSITE);
    assertThat(many.sectionIndicators(OpenGovSection.OVERVIEW)).containsExactly(WEBSITE, WEIBO);
    assertThat(all).isEqualTo(many);
    assertThat(OpenGovInfo.builder().build().sectionIndicators().isEmpty()).isTrue();
  }

  @Test
  void sectionsPutInAnyOrder_comeBackInTheSectionsOrder_andMakeEqualValues() {
    OpenGovInfo backwards = OpenGovInfo.builder()
        .putSectionIndicator(OpenGovSection.OTHER_MATTERS, HOTLINE)
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEBSITE)
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEIBO)
        .build();
    OpenGovInfo forwards = OpenGovInfo.builder()
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEBSITE)
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEIBO)
        .putSectionIndicator(OpenGovSection.OTHER_MATTERS, HOTLINE)
        .build();
    assertThat(backwards.sectionIndicators().keySet())
        .containsExactly(OpenGovSection.OVERVIEW, OpenGovSection.OTHER_MATTERS);
    assertThat(backwards.indicators()).containsExactly(WEBSITE, WEIBO, HOTLINE);
    assertThat(backwards.sectionIndicators(OpenGovSection.OVERVIEW)).containsExactly(WEBSITE, WEIBO);
    assertThat(backwards.sectionIndicators(OpenGovSection.DISPUTES)).isEmpty();
    OpenGovInfo otherOrderWithin = OpenGovInfo.builder()
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEIBO)
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEBSITE)
        .putSectionIndicator(OpenGovSection.OTHER_MATTERS, HOTLINE)
        .build();
    new EqualsTester()
        .addEqualityGroup(backwards, forwards, OpenGovInfo.builder().from(backwards).build())
        .addEqualityGroup(otherOrderWithin)
        .addEqualityGroup(OpenGovInfo.builder().build())
        .testEquals();
  }

  @Test
  void noSectionNumbers_isAnEmptyMap() {
    OpenGovInfo info = OpenGovInfo.builder().putSection(OpenGovSection.OVERVIEW, "本年度无数字。").build();
    assertThat(info.sectionIndicators().isEmpty()).isTrue();
    assertThat(info.indicators()).isEmpty();
  }

  @Test
  void theReportsIndicators_includeTheSectionNumbers_afterTheOthers() {
    Report report = OpenGovReports.report(OpenGovInfo.builder()
        .putSectionIndicator(OpenGovSection.PROACTIVE_DISCLOSURE, WEIBO)
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEBSITE)
        .build());
    assertThat(report.indicators()).containsExactly(WEBSITE, WEIBO);
  }

  @Test
  void aBreakdownThatExceedsItsWhole_isFoundAtTheSectionNumbersPath() {
    Indicator whole = Indicator.builder().from(count("制发政策解读材料", 41, "篇"))
        .addPart(count("图解", 30, "篇")).addPart(count("视频解读", 20, "篇")).build();
    Report report = OpenGovReports.report(OpenGovInfo.builder()
        .putSectionIndicator(OpenGovSection.OVERVIEW, WEBSITE)
        .putSectionIndicator(OpenGovSection.PROACTIVE_DISCLOSURE, WEIBO)
        .putSectionIndicator(OpenGovSection.PROACTIVE_DISCLOSURE, whole)
        .build());
    List<Finding> findings = ReportChecker.standard().check(report).stream()
        .filter(f -> f.ruleId().equals(StandardRules.PARTS_EXCEED_WHOLE)).toList();
    // 30 + 20 = 50 > 41: the parts of the second number of 二、主动公开政府信息情况, as for a work area's number
    assertThat(findings).extracting(Finding::path)
        .containsExactly("openGovInfo.sectionIndicators.proactive_disclosure[1].parts");
  }

  @Test
  void aCodedSectionNumber_isTotalledByItsCatalogueCode() {
    Indicator published = Indicator.builder().from(count("主动公开信息", 1520, "条"))
        .code("openness.items_published").build();
    Indicator more = Indicator.builder().from(count("主动公开信息", 480, "条")).qualifier(Qualifier.MORE_THAN)
        .code("openness.items_published").build();
    Report first = OpenGovReports.report(2022, OpenGovInfo.builder()
        .putSectionIndicator(OpenGovSection.PROACTIVE_DISCLOSURE, published).build());
    Report second = OpenGovReports.report(2023, OpenGovInfo.builder()
        .putSectionIndicator(OpenGovSection.OVERVIEW, more).putSectionIndicator(OpenGovSection.OVERVIEW, WEIBO)
        .build());
    IndicatorTotal total = ReportStatistics.of(List.of(first, second)).total("openness.items_published");
    // 1520 + more than 480 = more than 2000 条, stated in both reports
    assertThat(total.coverage()).isEqualTo(2);
    assertThat(total.total().sum()).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("2000"));
    assertThat(total.total().qualifier()).hasValue(Qualifier.MORE_THAN);
    assertThat(total.total().unit()).hasValue(Unit.of("条"));
  }
}
