package io.github.fazhi.testing;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Measure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import java.math.BigDecimal;
import java.time.Year;

/** Small builders for reports in tests; complete reports (all five parts) unless a test removes one. */
public final class TestReports {
  private TestReports() {}

  /**
   * Returns a jurisdiction.
   *
   * @param name  its name
   * @param parent  its parent's name, or null
   * @param level  its level
   * @return the jurisdiction
   */
  public static Jurisdiction jurisdiction(String name, String parent, JurisdictionLevel level) {
    Jurisdiction.Builder builder = Jurisdiction.builder().name(name).level(level);
    if (parent != null) {
      builder.parent(parent);
    }
    return builder.build();
  }

  /**
   * Returns a builder of a report with all five content parts and one work area holding the given
   * indicators in one measure.
   *
   * @param jurisdiction  the jurisdiction
   * @param year  the year
   * @param indicators  the indicators of the only measure
   * @return the builder
   */
  public static Report.Builder complete(Jurisdiction jurisdiction, int year, Indicator... indicators) {
    Report.Builder builder = Report.builder()
        .jurisdiction(jurisdiction)
        .issuer(jurisdiction.name() + "人民政府")
        .year(Year.of(year))
        .addShortcoming("不足")
        .addLeadershipDuty("主要负责人履职")
        .addPlan(WorkArea.builder().ordinal(1).title("安排").text("安排").build())
        .addOtherMatter("其他");
    builder.addWorkArea(area(1, measure(1, indicators)));
    return builder;
  }

  /**
   * Returns a work area.
   *
   * @param ordinal  its ordinal
   * @param measures  its measures
   * @return the area
   */
  public static WorkArea area(int ordinal, Measure... measures) {
    return WorkArea.builder().ordinal(ordinal).title("工作" + ordinal).addMeasures(measures).build();
  }

  /**
   * Returns a measure.
   *
   * @param ordinal  its ordinal
   * @param indicators  its indicators
   * @return the measure
   */
  public static Measure measure(int ordinal, Indicator... indicators) {
    return Measure.builder().ordinal(ordinal).text("举措" + ordinal).addIndicators(indicators).build();
  }

  /**
   * Returns an exact count.
   *
   * @param code  its catalogue code, or null
   * @param value  its value
   * @param unit  its unit
   * @return the builder, to add parts or a qualifier
   */
  public static Indicator.Builder count(String code, String value, String unit) {
    Indicator.Builder builder = Indicator.builder()
        .label(code == null ? "数" : code)
        .kind(IndicatorKind.COUNT)
        .value(new BigDecimal(value))
        .unit(Unit.of(unit));
    if (code != null) {
      builder.code(code);
    }
    return builder;
  }

  /**
   * Returns an exact percentage.
   *
   * @param code  its catalogue code, or null
   * @param value  its value
   * @return the builder, to add a basis or a qualifier
   */
  public static Indicator.Builder percent(String code, String value) {
    Indicator.Builder builder = Indicator.builder()
        .label(code == null ? "率" : code)
        .kind(IndicatorKind.PERCENT)
        .value(new BigDecimal(value))
        .unit(Unit.PERCENT)
        .qualifier(Qualifier.EXACT);
    if (code != null) {
      builder.code(code);
    }
    return builder;
  }
}
