package io.github.fazhi.examples.cli;

import io.github.fazhi.Indicator;
import io.github.fazhi.Qualifier;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outline of an open-government-information report (政府信息公开工作年度报告) as {@code fazhi read
 * --format outline} shows it: the sections found, the overview's figures, the numbers each section states in
 * its prose, and the three tables row by row, an unknown cell shown as {@code ·}.
 */
final class OpenGovOutline {
  private static final String UNKNOWN = "·";

  private OpenGovOutline() {}

  static void append(OpenGovInfo info, StringBuilder out) {
    out.append("  layout: ").append(info.layout().document()).append('\n');
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (OpenGovSection section : OpenGovSection.values()) {
      (info.sections().containsKey(section) ? found : missing).add(section.label());
    }
    out.append("sections: ").append(found.isEmpty() ? "none" : String.join(" · ", found)).append('\n');
    if (!missing.isEmpty()) {
      out.append("  missing: ").append(String.join(" · ", missing)).append('\n');
    }
    if (!info.overview().isEmpty()) {
      out.append("overview:\n");
      info.overview().forEach((figure, value) ->
          out.append("  ").append(figure.label()).append(' ').append(value).append('\n'));
    }
    sectionNumbers(info, out);
    info.proactive().ifPresent(table -> proactive(info, table, out));
    info.applications().ifPresent(table -> applications(info, table, out));
    info.disputes().ifPresent(table -> disputes(table, out));
  }

  /**
   * The numbers each section states in its prose, one a line: value, unit, qualifier when not exact, label,
   * catalogue code, then its parts indented.
   */
  private static void sectionNumbers(OpenGovInfo info, StringBuilder out) {
    info.sectionIndicators().asMap().forEach((section, indicators) -> {
      out.append("numbers in ").append(section.label()).append(" (").append(indicators.size()).append("):\n");
      indicators.forEach(indicator -> number(indicator, "  ", out));
    });
  }

  private static void number(Indicator indicator, String indent, StringBuilder out) {
    out.append(indent).append(indicator.value().toPlainString()).append(' ').append(indicator.unit());
    if (indicator.qualifier() != Qualifier.EXACT) {
      out.append(' ').append(indicator.qualifier());
    }
    out.append("  ").append(indicator.label());
    indicator.code().ifPresent(code -> out.append(" [").append(code).append(']'));
    out.append('\n');
    indicator.parts().forEach(part -> number(part, indent + "  ", out));
  }

  private static void proactive(OpenGovInfo info, ProactiveDisclosureTable table, StringBuilder out) {
    out.append("Table A 主动公开政府信息情况 (").append(table.cells().size()).append(" cells):\n");
    for (ProactiveItem item : ProactiveItem.values()) {
      List<String> cells = new ArrayList<>();
      boolean any = false;
      for (ProactiveColumn column : ProactiveColumn.columns(info.layout(), item)) {
        Optional<BigDecimal> value = table.cell(item, column);
        any |= value.isPresent();
        cells.add(column.label() + " " + value.map(BigDecimal::toPlainString).orElse(UNKNOWN));
      }
      if (any) {
        out.append("  ").append(item.label()).append(": ").append(String.join(" · ", cells)).append('\n');
      }
    }
  }

  private static void applications(OpenGovInfo info, ApplicationTable table, StringBuilder out) {
    out.append("Table B 收到和处理政府信息公开申请情况 (").append(table.cells().size()).append(" cells):\n");
    StringBuilder header = new StringBuilder("  columns:");
    for (ApplicantColumn column : ApplicantColumn.values()) {
      header.append(' ').append(column.label());
    }
    out.append(header).append('\n');
    for (ApplicationRow row : ApplicationRow.values()) {
      if (!row.isIn(info.layout())) {
        continue;
      }
      StringBuilder cells = new StringBuilder();
      boolean any = false;
      for (ApplicantColumn column : ApplicantColumn.values()) {
        OptionalLong value = table.cell(row, column);
        any |= value.isPresent();
        cells.append(' ').append(value.isPresent() ? Long.toString(value.getAsLong()) : UNKNOWN);
      }
      if (any || !row.isGroup(info.layout())) {
        out.append("  ").append(row.fullLabel()).append(':').append(cells).append('\n');
      }
    }
  }

  private static void disputes(DisputeTable table, StringBuilder out) {
    out.append("Table C 政府信息公开行政复议、行政诉讼情况 (").append(table.cells().size()).append(" cells):\n");
    for (DisputeBlock block : DisputeBlock.values()) {
      List<String> cells = new ArrayList<>();
      for (DisputeColumn column : DisputeColumn.values()) {
        OptionalLong value = table.cell(block, column);
        cells.add(column.label() + " " + (value.isPresent() ? Long.toString(value.getAsLong()) : UNKNOWN));
      }
      out.append("  ").append(block.label()).append(": ").append(String.join(" · ", cells)).append('\n');
    }
  }
}
