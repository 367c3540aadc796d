package io.github.fazhi;

import java.time.Year;

/**
 * The national implementation outline for building a law-based government (法治政府建设实施纲要) whose task
 * areas a report follows (docs/domain.md, 'The annual report': task areas).
 */
public enum Outline {
  /** 《法治政府建设实施纲要(2015-2020年)》, 中发〔2015〕36号. */
  OUTLINE_2015_2020(2015, 2020),
  /** 《法治政府建设实施纲要(2021-2025年)》, 中发〔2021〕33号. */
  OUTLINE_2021_2025(2021, 2025);

  private final int firstYear;
  private final int lastYear;

  Outline(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns the first year this outline covers.
   *
   * @return the year, never null
   */
  public Year firstYear() {
    return Year.of(firstYear);
  }

  /**
   * Returns the last year this outline covers.
   *
   * @return the year, never null
   */
  public Year lastYear() {
    return Year.of(lastYear);
  }

  /**
   * Returns the outline in force for a report year: up to 2020 the 2015 outline, from 2021 the 2021
   * outline (docs/domain.md, 'The annual report': task areas). Years after 2025 map to the 2021 outline until a newer one is modelled.
   *
   * @param year  the year a report covers, not null
   * @return the outline, never null
   */
  public static Outline inForceFor(Year year) {
    return year.getValue() <= 2020 ? OUTLINE_2015_2020 : OUTLINE_2021_2025;
  }
}
