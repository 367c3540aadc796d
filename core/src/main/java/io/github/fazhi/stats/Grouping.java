package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Report;
import java.util.Optional;

/**
 * How {@link Reports#groupBy(Grouping)} groups reports (分组方式), and the key of each group.
 */
public enum Grouping {
  /** By the jurisdiction's name (辖区), such as {@code 曲江区}. */
  JURISDICTION("辖区"),
  /** By the name of the jurisdiction one level up (上级), such as {@code 韶关市}; reports without one are left out. */
  PARENT("上级"),
  /** By the level of government (层级), such as {@code COUNTY}. */
  LEVEL("层级"),
  /** By the year covered (年度), such as {@code 2019}. */
  YEAR("年度");

  private final String chinese;

  Grouping(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this grouping.
   *
   * @return the name, never null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the key of the group a report belongs to.
   *
   * @param report  the report, not null
   * @return the key, or empty when the report does not say (no parent)
   */
  public Optional<String> keyOf(Report report) {
    requireNonNull(report, "report");
    return switch (this) {
      case JURISDICTION -> report.jurisdiction().map(Jurisdiction::name);
      case PARENT -> report.jurisdiction().flatMap(Jurisdiction::parent);
      case LEVEL -> report.jurisdiction().map(place -> place.level().name());
      case YEAR -> Optional.of(report.year().toString());
    };
  }
}
