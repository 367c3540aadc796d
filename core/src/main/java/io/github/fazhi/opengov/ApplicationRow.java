package io.github.fazhi.opengov;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A row of Table B (收到和处理政府信息公开申请情况), in the order of the official layout, with its official
 * label. The 2021 layout has 25 numeric rows; the group rows (三 and (三)…(六)) carry no numbers of their
 * own in the layout, but some reports fill them. In the 2019 trial layout (六)其他处理 is a single numeric
 * row without sub-rows (see docs/domain.md, 'Open government information tables').
 */
public enum ApplicationRow implements CellTable.Heading {
  /** 一、本年新收政府信息公开申请数量: applications received this year. */
  NEW_RECEIVED("一、本年新收政府信息公开申请数量", null, Role.BALANCE),
  /** 二、上年结转政府信息公开申请数量: applications carried over from last year. */
  CARRIED_OVER("二、上年结转政府信息公开申请数量", null, Role.BALANCE),
  /** 三、本年度办理结果: the heading of the results; some reports fill it with the (七) total. */
  RESULTS("三、本年度办理结果", null, Role.GROUP),
  /** (一)予以公开: disclosed. */
  DISCLOSED("（一）予以公开", RESULTS, Role.RESULT),
  /** (二)部分公开: partly disclosed (区分处理的，只计这一情形，不计其他情形). */
  PARTLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RESULTS, Role.RESULT),
  /** (三)不予公开: not disclosed (group). */
  NOT_DISCLOSED("（三）不予公开", RESULTS, Role.GROUP),
  /** (三)1.属于国家秘密. */
  NOT_DISCLOSED_STATE_SECRET("1.属于国家秘密", NOT_DISCLOSED, Role.RESULT),
  /** (三)2.其他法律行政法规禁止公开. */
  NOT_DISCLOSED_PROHIBITED_BY_LAW("2.其他法律行政法规禁止公开", NOT_DISCLOSED, Role.RESULT),
  /** (三)3.危及“三安全一稳定”. */
  NOT_DISCLOSED_THREE_SAFETIES("3.危及“三安全一稳定”", NOT_DISCLOSED, Role.RESULT),
  /** (三)4.保护第三方合法权益. */
  NOT_DISCLOSED_THIRD_PARTY("4.保护第三方合法权益", NOT_DISCLOSED, Role.RESULT),
  /** (三)5.属于三类内部事务信息. */
  NOT_DISCLOSED_INTERNAL_AFFAIRS("5.属于三类内部事务信息", NOT_DISCLOSED, Role.RESULT),
  /** (三)6.属于四类过程性信息. */
  NOT_DISCLOSED_PROCESS_INFORMATION("6.属于四类过程性信息", NOT_DISCLOSED, Role.RESULT),
  /** (三)7.属于行政执法案卷. */
  NOT_DISCLOSED_ENFORCEMENT_FILE("7.属于行政执法案卷", NOT_DISCLOSED, Role.RESULT),
  /** (三)8.属于行政查询事项. */
  NOT_DISCLOSED_INQUIRY("8.属于行政查询事项", NOT_DISCLOSED, Role.RESULT),
  /** (四)无法提供: cannot be provided (group). */
  UNAVAILABLE("（四）无法提供", RESULTS, Role.GROUP),
  /** (四)1.本机关不掌握相关政府信息. */
  UNAVAILABLE_NOT_HELD("1.本机关不掌握相关政府信息", UNAVAILABLE, Role.RESULT),
  /** (四)2.没有现成信息需要另行制作. */
  UNAVAILABLE_NEEDS_CREATING("2.没有现成信息需要另行制作", UNAVAILABLE, Role.RESULT),
  /** (四)3.补正后申请内容仍不明确. */
  UNAVAILABLE_STILL_UNCLEAR("3.补正后申请内容仍不明确", UNAVAILABLE, Role.RESULT),
  /** (五)不予处理: not processed (group). */
  NOT_PROCESSED("（五）不予处理", RESULTS, Role.GROUP),
  /** (五)1.信访举报投诉类申请. */
  NOT_PROCESSED_PETITION("1.信访举报投诉类申请", NOT_PROCESSED, Role.RESULT),
  /** (五)2.重复申请. */
  NOT_PROCESSED_REPEATED("2.重复申请", NOT_PROCESSED, Role.RESULT),
  /** (五)3.要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION("3.要求提供公开出版物", NOT_PROCESSED, Role.RESULT),
  /** (五)4.无正当理由大量反复申请. */
  NOT_PROCESSED_MASS_REPEATED("4.无正当理由大量反复申请", NOT_PROCESSED, Role.RESULT),
  /** (五)5.要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRMATION("5.要求行政机关确认或重新出具已获取信息", NOT_PROCESSED, Role.RESULT),
  /** (六)其他处理: otherwise handled; a group in the 2021 layout, a numeric row in the 2019 trial layout. */
  OTHER_HANDLING("（六）其他处理", RESULTS, Role.GROUP),
  /** (六)1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (2021 layout). */
  OTHER_NOT_COMPLETED("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", OTHER_HANDLING, Role.RESULT),
  /** (六)2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (2021 layout). */
  OTHER_FEE_NOT_PAID("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", OTHER_HANDLING, Role.RESULT),
  /** (六)3.其他 (2021 layout). */
  OTHER_OTHER("3.其他", OTHER_HANDLING, Role.RESULT),
  /** (七)总计: all results. */
  RESULTS_TOTAL("（七）总计", RESULTS, Role.TOTAL),
  /** 四、结转下年度继续办理: carried forward to next year. */
  CARRIED_FORWARD("四、结转下年度继续办理", null, Role.BALANCE);

  /** What a row is in the table's arithmetic. */
  private enum Role { BALANCE, GROUP, RESULT, TOTAL }

  private final String label;
  private final @Nullable ApplicationRow parent;
  private final Role role;

  ApplicationRow(String label, @Nullable ApplicationRow parent, Role role) {
    this.label = label;
    this.parent = parent;
    this.role = role;
  }

  /**
   * Returns the official label of this row, with its number as printed ({@code （三）不予公开},
   * {@code 1.属于国家秘密}).
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the label that names this row alone in the table: a numbered sub-row with its group's
   * number ({@code （三）1.属于国家秘密}).
   *
   * @return the label, never null
   */
  public String fullLabel() {
    if (parent != null && parent != RESULTS) {
      return parent.label.substring(0, 3) + label;
    }
    return label;
  }

  /**
   * Returns the group row this row is numbered under: {@link #RESULTS} for (一)…(七), the group for a
   * numbered sub-row.
   *
   * @return the group, or empty for the four top-level rows
   */
  public Optional<ApplicationRow> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns whether this row is a group whose number, when a report states it, is the sum of its
   * sub-rows (三 and (三)…(六)).
   *
   * @param layout  the layout, not null
   * @return true for a group row of that layout
   */
  public boolean isGroup(OpenGovLayout layout) {
    requireNonNull(layout, "layout");
    return role == Role.GROUP && !(this == OTHER_HANDLING && layout == OpenGovLayout.TRIAL_2019);
  }

  /**
   * Returns the rows directly under this one in a layout.
   *
   * @param layout  the layout, not null
   * @return the sub-rows in order; empty for a row that is not a group
   */
  public ImmutableList<ApplicationRow> children(OpenGovLayout layout) {
    requireNonNull(layout, "layout");
    return ByLayout.CHILDREN.get(layout.ordinal()).get(ordinal());
  }

  private ImmutableList<ApplicationRow> childrenIn(OpenGovLayout layout) {
    if (!isGroup(layout)) {
      return ImmutableList.of();
    }
    return Arrays.stream(values())
        .filter(row -> row.parent == this && row.role != Role.TOTAL && row.isIn(layout))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether this row is a row of a layout: the three sub-rows of (六) are not rows of the 2019
   * trial layout.
   *
   * @param layout  the layout, not null
   * @return true when the layout has this row
   */
  public boolean isIn(OpenGovLayout layout) {
    requireNonNull(layout, "layout");
    return layout == OpenGovLayout.FORMAT_2021 || parent != OTHER_HANDLING;
  }

  /**
   * Returns the numeric rows of a layout: the rows a report in that layout fills, groups excluded
   * (25 in the 2021 layout, 23 in the 2019 trial layout).
   *
   * @param layout  the layout, not null
   * @return the rows, in order; never null
   */
  public static ImmutableList<ApplicationRow> numericRows(OpenGovLayout layout) {
    requireNonNull(layout, "layout");
    return ByLayout.NUMERIC_ROWS.get(layout.ordinal());
  }

  private static ImmutableList<ApplicationRow> numericRowsIn(OpenGovLayout layout) {
    return Arrays.stream(values())
        .filter(row -> row.isIn(layout) && !row.isGroup(layout))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rows of a layout whose sum is (七)总计: (一), (二) and (三)…(六).
   *
   * @param layout  the layout, not null
   * @return the result rows directly under 三, in order, (七) excluded; never null
   */
  public static ImmutableList<ApplicationRow> resultRows(OpenGovLayout layout) {
    requireNonNull(layout, "layout");
    return RESULTS.children(layout);
  }

  /**
   * The rows of each layout, worked out once (the checker asks for them on every report), by the layout's
   * ordinal and then the row's.
   */
  private static final class ByLayout {
    static final ImmutableList<ImmutableList<ImmutableList<ApplicationRow>>> CHILDREN =
        Arrays.stream(OpenGovLayout.values())
            .map(layout -> Arrays.stream(values()).map(row -> row.childrenIn(layout))
                .collect(ImmutableList.toImmutableList()))
            .collect(ImmutableList.toImmutableList());
    static final ImmutableList<ImmutableList<ApplicationRow>> NUMERIC_ROWS =
        Arrays.stream(OpenGovLayout.values()).map(ApplicationRow::numericRowsIn)
            .collect(ImmutableList.toImmutableList());

    private ByLayout() {}
  }

  /**
   * Returns the heading of this row in the table: its {@link #fullLabel()}.
   *
   * @return the label, never null
   */
  @Override
  public String heading() {
    return fullLabel();
  }
}
