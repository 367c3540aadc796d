package io.github.fazhi.examples.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.check.Severity;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * What an open-government-information annual report (政府信息公开工作年度报告) holds beyond any report, as its
 * page shows it: which of the six sections it has, the numbers its overview (总体情况) states, and its tables
 * A (主动公开), B (依申请公开) and C (复议诉讼) with the official labels of their layout (2021 or the 2019
 * trial layout). Every number the layout has is a {@link TableView.Cell}, stated or shown as unknown, keyed
 * by the attribute path the checker's findings use (see docs/domain.md, 'Open government information
 * tables').
 *
 * @param layout  the layout, e.g. {@code 2021年格式（国办公开办函〔2021〕30号）}
 * @param sections  one cell per section: {@code 有 present}, {@code 缺 missing}, or unknown where the report
 *     records no sections at all
 * @param overview  one cell per figure the overview may state
 * @param proactive  Table A, one table per 第二十条 item; empty when the report has no Table A
 * @param applications  Table B, where the report has it
 * @param disputes  Table C, where the report has it
 */
public record OpenGovView(
    String layout,
    ImmutableList<TableView.Cell> sections,
    ImmutableList<TableView.Cell> overview,
    ImmutableList<TableView> proactive,
    Optional<TableView> applications,
    Optional<TableView> disputes) {

  private static final String[] SECTION_NUMBERS = {"一", "二", "三", "四", "五", "六"};

  /**
   * What the findings say about one cell.
   *
   * @param severity  the worst severity, if any
   * @param findingIds  the findings' ids
   * @param textMark  the id of the cell's number marked in the text, if any
   */
  record Link(Optional<Severity> severity, ImmutableList<String> findingIds, Optional<String> textMark) {
    static final Link NONE = new Link(Optional.empty(), ImmutableList.of(), Optional.empty());
  }

  /** The view of a report's tables with no findings linked: for its cells' paths and labels. */
  static OpenGovView of(OpenGovInfo info) {
    return of(info, path -> Link.NONE);
  }

  /**
   * The view of a report's tables, each cell linked as {@code links} says.
   *
   * @param info  the report's tables
   * @param links  what the findings say about the cell at a path
   */
  static OpenGovView of(OpenGovInfo info, Function<Path, Link> links) {
    return new Builder(info.layout(), links).view(info);
  }

  /** Every cell of the view (sections, overview, tables), by path, in page order. */
  ImmutableMap<Path, TableView.Cell> cells() {
    Map<Path, TableView.Cell> out = new LinkedHashMap<>();
    sections.forEach(c -> out.put(c.at(), c));
    overview.forEach(c -> out.put(c.at(), c));
    List<TableView> tables = new ArrayList<>(proactive);
    applications.ifPresent(tables::add);
    disputes.ifPresent(tables::add);
    tables.forEach(t -> t.rows().forEach(r -> r.cells().forEach(c -> out.put(c.at(), c))));
    return ImmutableMap.copyOf(out);
  }

  /** The heading of Table A's section. */
  public String proactiveTitle() {
    return "二、" + OpenGovSection.PROACTIVE_DISCLOSURE.label();
  }

  /** Builds the view of one layout. */
  private record Builder(OpenGovLayout layout, Function<Path, Link> links) {
    OpenGovView view(OpenGovInfo info) {
      return new OpenGovView(layoutName(), sections(info), overview(info),
          info.proactive().map(this::proactive).orElse(ImmutableList.of()),
          info.applications().map(this::applications), info.disputes().map(this::disputes));
    }

    private String layoutName() {
      return (layout == OpenGovLayout.FORMAT_2021 ? "2021年格式 2021 layout" : "2019年试行格式 2019 trial layout")
          + "（" + layout.document() + "）";
    }

    private TableView.Cell cell(Path path, Optional<String> value, String row, String column) {
      Link link = links.apply(path);
      return new TableView.Cell(TableView.Cell.idOf(path), path, value.orElse(TableView.UNKNOWN),
          value.isPresent(), row, column, link.severity(), link.findingIds(), link.textMark());
    }

    private static Optional<String> count(OptionalLong value) {
      return value.isPresent() ? Optional.of(Long.toString(value.getAsLong())) : Optional.empty();
    }

    private ImmutableList<TableView.Cell> sections(OpenGovInfo info) {
      ImmutableList.Builder<TableView.Cell> out = ImmutableList.builder();
      OpenGovSection[] all = OpenGovSection.values();
      for (int i = 0; i < all.length; i++) {
        OpenGovSection section = all[i];
        Optional<String> presence = info.sections().isEmpty() ? Optional.empty()
            : Optional.of(info.sections().containsKey(section) ? "有 present" : "缺 missing");
        out.add(cell(OpenGovInfo.PATH.field("sections").field(lower(section)), presence, SECTION_NUMBERS[i] + "、" + section.label(),
            "是否具备 present"));
      }
      return out.build();
    }

    private ImmutableList<TableView.Cell> overview(OpenGovInfo info) {
      ImmutableList.Builder<TableView.Cell> out = ImmutableList.builder();
      for (OverviewFigure figure : OverviewFigure.values()) {
        out.add(cell(OpenGovInfo.PATH.field("overview").field(lower(figure)), count(info.overview(figure)), figure.label(),
            "总体情况 overview"));
      }
      return out.build();
    }

    // Table A -------------------------------------------------------------------------------------------

    /** The 第二十条 item of each row of Table A, in the layout's order. */
    private static final ImmutableMap<ProactiveItem, String> ARTICLE_ITEMS = ImmutableMap.<ProactiveItem, String>builder()
        .put(ProactiveItem.RULES, "第二十条第（一）项")
        .put(ProactiveItem.NORMATIVE_DOCUMENTS, "第二十条第（一）项")
        .put(ProactiveItem.OTHER_DOCUMENTS, "第二十条第（一）项")
        .put(ProactiveItem.LICENSING, "第二十条第（五）项")
        .put(ProactiveItem.OTHER_SERVICES, "第二十条第（五）项")
        .put(ProactiveItem.PENALTIES, "第二十条第（六）项")
        .put(ProactiveItem.COMPULSION, "第二十条第（六）项")
        .put(ProactiveItem.FEES, "第二十条第（八）项")
        .put(ProactiveItem.PROCUREMENT, "第二十条第（九）项")
        .buildOrThrow();

    private ImmutableList<TableView> proactive(ProactiveDisclosureTable table) {
      Map<String, List<ProactiveItem>> blocks = new LinkedHashMap<>();
      for (ProactiveItem item : ProactiveItem.values()) {
        Set<ProactiveColumn> columns = ProactiveColumn.columns(layout, item);
        boolean stated = table.cells().keySet().stream().anyMatch(c -> c.row() == item);
        // 其他主动公开文件 is a row some 2019 reports add: shown only where the report has it.
        if (columns.isEmpty() || (item == ProactiveItem.OTHER_DOCUMENTS && !stated)) {
          continue;
        }
        blocks.computeIfAbsent(ARTICLE_ITEMS.get(item), k -> new ArrayList<>()).add(item);
      }
      ImmutableList.Builder<TableView> out = ImmutableList.builder();
      blocks.forEach((article, items) -> {
        List<ProactiveColumn> columns = List.copyOf(ProactiveColumn.columns(layout, items.get(0)));
        ImmutableList<TableView.Head> heads = columns.stream().map(c -> TableView.Head.of(columnLabel(c)))
            .collect(ImmutableList.toImmutableList());
        ImmutableList.Builder<TableView.Row> rows = ImmutableList.builder();
        for (ProactiveItem item : items) {
          ImmutableList.Builder<TableView.Cell> cells = ImmutableList.builder();
          for (ProactiveColumn column : columns) {
            CellTable.Cell<ProactiveItem, ProactiveColumn> at = new CellTable.Cell<>(item, column);
            cells.add(cell(OpenGovInfo.PROACTIVE_PATH.resolve(at.at()),
                table.cell(item, column).map(BigDecimal::toPlainString), itemLabel(item), columnLabel(column)));
          }
          rows.add(new TableView.Row(itemLabel(item), 0, false, cells.build()));
        }
        String id = "table-a-" + (out.build().size() + 1);
        out.add(new TableView(id, article, "信息内容", ImmutableList.of(heads), rows.build()));
      });
      return out.build();
    }

    private String itemLabel(ProactiveItem item) {
      return item == ProactiveItem.NORMATIVE_DOCUMENTS && layout == OpenGovLayout.TRIAL_2019
          ? "规范性文件" : item.label();
    }

    private String columnLabel(ProactiveColumn column) {
      return column == ProactiveColumn.DECISIONS && layout == OpenGovLayout.TRIAL_2019
          ? "处理决定数量" : column.label();
    }

    // Table B -------------------------------------------------------------------------------------------

    private TableView applications(ApplicationTable table) {
      ImmutableList<ImmutableList<TableView.Head>> header = ImmutableList.of(
          ImmutableList.of(new TableView.Head("申请人情况", ApplicantColumn.values().length, 1)),
          ImmutableList.of(new TableView.Head(ApplicantColumn.NATURAL_PERSON.label(), 1, 2),
              new TableView.Head("法人或其他组织", 5, 1),
              new TableView.Head(ApplicantColumn.TOTAL.label(), 1, 2)),
          ImmutableList.of(TableView.Head.of(ApplicantColumn.COMMERCIAL_ENTERPRISE.label()),
              TableView.Head.of(ApplicantColumn.RESEARCH_INSTITUTION.label()),
              TableView.Head.of(ApplicantColumn.PUBLIC_WELFARE_ORGANISATION.label()),
              TableView.Head.of(ApplicantColumn.LEGAL_SERVICE_INSTITUTION.label()),
              TableView.Head.of(ApplicantColumn.OTHER_ORGANISATION.label())));
      ImmutableList.Builder<TableView.Row> rows = ImmutableList.builder();
      for (ApplicationRow row : ApplicationRow.values()) {
        if (!row.isIn(layout)) {
          continue;
        }
        ImmutableList.Builder<TableView.Cell> cells = ImmutableList.builder();
        for (ApplicantColumn column : ApplicantColumn.values()) {
          cells.add(cell(OpenGovInfo.APPLICATIONS_PATH.resolve(new CellTable.Cell<>(row, column).at()),
              count(table.cell(row, column)), row.fullLabel(),
              (column.isLegalPerson() ? "法人或其他组织 " : "") + column.label()));
        }
        int level = row.parent().map(p -> p == ApplicationRow.RESULTS ? 1 : 2).orElse(0);
        rows.add(new TableView.Row(row.label(), level, row.isGroup(layout), cells.build()));
      }
      return new TableView("table-b", "三、" + OpenGovSection.APPLICATIONS.label(),
          "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", header, rows.build());
    }

    // Table C -------------------------------------------------------------------------------------------

    private TableView disputes(DisputeTable table) {
      ImmutableList<TableView.Head> heads = Arrays.stream(DisputeColumn.values())
          .map(c -> TableView.Head.of(c.label())).collect(ImmutableList.toImmutableList());
      ImmutableList.Builder<TableView.Row> rows = ImmutableList.builder();
      for (DisputeBlock block : DisputeBlock.values()) {
        ImmutableList.Builder<TableView.Cell> cells = ImmutableList.builder();
        for (DisputeColumn column : DisputeColumn.values()) {
          cells.add(cell(OpenGovInfo.DISPUTES_PATH.resolve(new CellTable.Cell<>(block, column).at()),
              count(table.cell(block, column)), block.label(), column.label()));
        }
        rows.add(new TableView.Row(block.label(), 0, false, cells.build()));
      }
      return new TableView("table-c", "四、" + OpenGovSection.DISPUTES.label(), "", ImmutableList.of(heads),
          rows.build());
    }

    private static String lower(Enum<?> value) {
      return value.name().toLowerCase(Locale.ROOT);
    }
  }
}
