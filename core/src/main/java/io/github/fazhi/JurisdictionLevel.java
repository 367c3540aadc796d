package io.github.fazhi;

/**
 * The level of government of a jurisdiction (行政区划级别; docs/domain.md, 'Jurisdictions').
 */
public enum JurisdictionLevel {
  /** The State Council and the nation as a whole (国家). */
  NATION("国家"),
  /** Province, autonomous region, municipality, special administrative region (省/自治区/直辖市/特别行政区). */
  PROVINCE("省级"),
  /** Prefecture-level city, prefecture, autonomous prefecture, league (地级市/地区/自治州/盟). */
  PREFECTURE("地级"),
  /**
   * District, county, autonomous county, banner (市辖区/县/自治县/旗); a county-level city has its own
   * level, {@link #COUNTY_LEVEL_CITY}.
   */
  COUNTY("县级"),
  /**
   * County-level city (县级市), such as 乐昌市: county level, though its name ends in 市 like a prefecture's.
   */
  COUNTY_LEVEL_CITY("县级市"),
  /** Township, town, sub-district (乡/民族乡/镇/街道/苏木). */
  TOWNSHIP("乡级"),
  /**
   * A special zone (功能区): a development zone, new area or demonstration zone (开发区, 新区, 示范区) run by
   * an administrative committee (管委会). It publishes reports but is no GB/T 2260 division, and neither a
   * county nor a township.
   */
  SPECIAL_ZONE("功能区");

  private final String chinese;

  JurisdictionLevel(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name of this level.
   *
   * @return the name, such as {@code 县级}, never null
   */
  public String chinese() {
    return chinese;
  }
}
