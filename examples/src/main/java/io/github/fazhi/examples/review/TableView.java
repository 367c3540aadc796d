package io.github.fazhi.examples.review;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Path;
import io.github.fazhi.check.Severity;
import io.github.fazhi.opengov.OpenGovInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One table of an open-government-information report (政府信息公开工作年度报告) as its page shows it: the
 * official heading, column labels and row labels of its layout, and one {@link Cell} per number the layout
 * has, stated or not.
 *
 * @param id  the HTML id of the table
 * @param title  the official heading, e.g. {@code 三、收到和处理政府信息公开申请情况}
 * @param corner  the text of the top-left heading cell, e.g. {@code 信息内容}
 * @param header  the column heading rows, top first; the corner spans all of them
 * @param rows  the rows, in the layout's order
 */
public record TableView(
    String id, String title, String corner, ImmutableList<ImmutableList<Head>> header, ImmutableList<Row> rows) {

  /** The value shown for a number the report does not state: unknown, not 0. */
  public static final String UNKNOWN = TallyView.UNKNOWN;

  /**
   * A column heading.
   *
   * @param label  the official label
   * @param colspan  the columns it spans
   * @param rowspan  the heading rows it spans
   */
  public record Head(String label, int colspan, int rowspan) {
    static Head of(String label) {
      return new Head(label, 1, 1);
    }
  }

  /**
   * A row of the table.
   *
   * @param label  the official label as printed, e.g. {@code 1.属于国家秘密}
   * @param level  its depth under the headings (0 for 一、二、三、四, 1 for （一）…（七）, 2 for numbered sub-rows)
   * @param group  whether it is a group row, whose number (when stated) is the sum of its sub-rows
   * @param cells  its cells, one per column
   */
  public record Row(String label, int level, boolean group, ImmutableList<Cell> cells) {
    /** The CSS class of the row heading: {@code level-0} … and {@code group}. */
    public String cssClass() {
      return "level-" + level + (group ? " group" : "");
    }
  }

  /**
   * One number of a table, the overview or a section's presence, with what the findings say about it.
   *
   * @param id  its HTML id, unique in the page (derived from its path)
   * @param at  its attribute path, as the checker's findings use it, e.g.
   *     {@code openGovInfo.applications.cells[new_received][total]}
   * @param value  the number as the report states it, or {@link #UNKNOWN}
   * @param known  whether the report states it
   * @param row  the full label of its row, e.g. {@code （三）1.属于国家秘密}
   * @param column  the label of its column, e.g. {@code 法人或其他组织 商业企业}
   * @param severity  the worst severity of the findings about it, if any
   * @param findingIds  the ids of the findings about it, in page order
   * @param textMark  the id of the mark of its number in the report's text, where the text holds it
   */
  public record Cell(
      String id,
      Path at,
      String value,
      boolean known,
      String row,
      String column,
      Optional<Severity> severity,
      ImmutableList<String> findingIds,
      Optional<String> textMark) {

    /**
     * The HTML id of a path: its segments under {@code openGovInfo}, joined by {@code -}:
     * {@code openGovInfo.disputes.cells[reconsideration][total]} →
     * {@code cell-disputes-cells-reconsideration-total}.
     */
    static String idOf(Path path) {
      Path rest = path.startsWith(OpenGovInfo.PATH) ? path.after(OpenGovInfo.PATH) : path;
      StringJoiner id = new StringJoiner("-", "cell-", "");
      for (Path.Segment segment : rest.segments()) {
        id.add(segment.isIndex() ? Integer.toString(segment.index())
            : segment.name().replaceAll("[^A-Za-z0-9_]+", "-"));
      }
      return id.toString();
    }

    /** The string form of {@link #at()}, as the page shows it: {@code openGovInfo.disputes.cells[…][total]}. */
    public String path() {
      return at.toString();
    }

    /** The CSS class: {@code num cell}, {@code unknown} where not stated, {@code sev-error} etc. where a finding is about it. */
    public String cssClass() {
      return "num cell" + (known ? "" : " unknown")
          + severity.map(s -> " sev-" + s.name().toLowerCase(Locale.ROOT)).orElse("");
    }

    /**
     * Where the cell links to: its first finding, else its number in the text, else nowhere (the empty
     * string). A cell that links somewhere is focusable and shows its tooltip on focus.
     */
    public String href() {
      if (!findingIds.isEmpty()) {
        return "#" + findingIds.get(0);
      }
      return textMark.map(m -> "#" + m).orElse("");
    }

    /** The lines of its tooltip: row, column, value and the findings about it. */
    public ImmutableList<String> tooltip() {
      ImmutableList.Builder<String> lines = ImmutableList.builder();
      lines.add("行 row: " + row);
      lines.add("列 column: " + column);
      lines.add("数值 value: " + (known ? value : UNKNOWN + " 未说明 not stated"));
      severity.ifPresent(s -> lines.add("发现 findings: " + SeverityWords.of(s) + " " + String.join(", ", findingIds)));
      textMark.ifPresent(m -> lines.add("原文 in the text: " + m));
      return lines.build();
    }

    /** The tooltip as one line, for a {@code title} attribute. */
    public String title() {
      return String.join("；", tooltip());
    }
  }
}
