package io.github.fazhi.opengov;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * A column of Table A (主动公开政府信息情况). The 2021 layout and the 2019 trial layout have different
 * columns; {@link #columns(OpenGovLayout, ProactiveItem)} says which row has which.
 */
public enum ProactiveColumn implements CellTable.Heading {
  /** 本年制发件数 (2021). */
  ISSUED("本年制发件数", false),
  /** 本年废止件数 (2021). */
  REPEALED("本年废止件数", false),
  /** 现行有效件数 (2021). */
  IN_FORCE("现行有效件数", false),
  /** 本年处理决定数量 (2021, and 处理决定数量 in 2019). */
  DECISIONS("本年处理决定数量", false),
  /** 本年收费金额(单位：万元) (2021): an amount in 万元, possibly with decimals. */
  FEE_AMOUNT("本年收费金额（单位：万元）", true),
  /** 本年新制作数量 (2019). */
  NEWLY_MADE("本年新制作数量", false),
  /** 本年新公开数量 (2019). */
  NEWLY_PUBLISHED("本年新公开数量", false),
  /** 对外公开总数量 (2019). */
  PUBLISHED_TOTAL("对外公开总数量", false),
  /** 上一年项目数量 (2019). */
  PREVIOUS_YEAR_ITEMS("上一年项目数量", false),
  /** 本年增/减 (2019): a signed change. */
  CHANGE("本年增/减", false),
  /** 采购项目数量 (2019). */
  PROCUREMENT_ITEMS("采购项目数量", false),
  /** 采购总金额 (2019): an amount, possibly with decimals. */
  PROCUREMENT_AMOUNT("采购总金额", true);

  private final String label;
  private final boolean amount;

  ProactiveColumn(String label, boolean amount) {
    this.label = label;
    this.amount = amount;
  }

  /**
   * Returns the official label of this column.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether this column holds an amount of money rather than a count.
   *
   * @return true for an amount (may have decimals); false for a count (whole)
   */
  public boolean isAmount() {
    return amount;
  }

  /**
   * Returns whether this column may hold a negative number (本年增/减).
   *
   * @return true for the signed change column
   */
  public boolean isSigned() {
    return this == CHANGE;
  }

  /**
   * Returns the columns a row has in a layout.
   *
   * @param layout  the layout, not null
   * @param item  the row, not null
   * @return the columns, in order; empty when the layout has no such row
   */
  public static Set<ProactiveColumn> columns(OpenGovLayout layout, ProactiveItem item) {
    requireNonNull(layout, "layout");
    requireNonNull(item, "item");
    if (layout == OpenGovLayout.FORMAT_2021) {
      return switch (item) {
        case RULES, NORMATIVE_DOCUMENTS -> ImmutableSet.of(ISSUED, REPEALED, IN_FORCE);
        case LICENSING, PENALTIES, COMPULSION -> ImmutableSet.of(DECISIONS);
        case FEES -> ImmutableSet.of(FEE_AMOUNT);
        case OTHER_DOCUMENTS, OTHER_SERVICES, PROCUREMENT -> ImmutableSet.of();
      };
    }
    return switch (item) {
      case RULES, NORMATIVE_DOCUMENTS, OTHER_DOCUMENTS -> ImmutableSet.of(NEWLY_MADE, NEWLY_PUBLISHED, PUBLISHED_TOTAL);
      case LICENSING, OTHER_SERVICES, PENALTIES, COMPULSION -> ImmutableSet.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS);
      case FEES -> ImmutableSet.of(PREVIOUS_YEAR_ITEMS, CHANGE);
      case PROCUREMENT -> ImmutableSet.of(PROCUREMENT_ITEMS, PROCUREMENT_AMOUNT);
    };
  }

  /**
   * Returns the heading of this column in the table: its official label.
   *
   * @return the label, never null
   */
  @Override
  public String heading() {
    return label();
  }
}
