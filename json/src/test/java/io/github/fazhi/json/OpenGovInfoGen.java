package io.github.fazhi.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
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
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random 政府信息公开 parts of a report: either layout, each table present or not, each cell of the layout
 * stated or unknown at random, counts from 0 to large, Table A's change of either sign and amounts with
 * fractions; random section texts and overview numbers. Tables need not add up, as in real reports.
 */
final class OpenGovInfoGen {
  private static final List<String> TEXTS = List.of("本年度共收到申请12件。", "a", "“引号” \"quotes\" \\ /",
      "依申请公开\n答复质量有待提高");

  private OpenGovInfoGen() {}

  static Gen<OpenGovInfo> openGovInfos() {
    return OpenGovInfoGen::openGovInfo;
  }

  static OpenGovInfo openGovInfo(RandomnessSource in) {
    OpenGovLayout layout = OpenGovLayout.values()[between(in, 0, 1)];
    OpenGovInfo.Builder builder = OpenGovInfo.builder().layout(layout);
    for (OpenGovSection section : OpenGovSection.values()) {
      if (between(in, 0, 2) == 0) {
        builder.putSection(section, TEXTS.get(between(in, 0, TEXTS.size() - 1)));
      }
    }
    for (OverviewFigure figure : OverviewFigure.values()) {
      if (between(in, 0, 2) == 0) {
        builder.putOverview(figure, count(in));
      }
    }
    if (between(in, 0, 3) > 0) {
      ProactiveDisclosureTable.Builder table = ProactiveDisclosureTable.builder();
      for (ProactiveItem item : ProactiveItem.values()) {
        for (ProactiveColumn column : ProactiveColumn.columns(layout, item)) {
          if (between(in, 0, 3) > 0) {
            table.cell(item, column, proactiveNumber(in, column));
          }
        }
      }
      builder.proactive(table.build());
    }
    if (between(in, 0, 3) > 0) {
      ApplicationTable.Builder table = ApplicationTable.builder();
      for (ApplicationRow row : ApplicationRow.values()) {
        if (!row.isIn(layout)) {
          continue;
        }
        // Group rows are seldom filled; numeric rows mostly are.
        int unknownOneIn = row.isGroup(layout) ? 1 : 4;
        for (ApplicantColumn column : ApplicantColumn.values()) {
          if (between(in, 0, unknownOneIn) > 0) {
            table.cell(row, column, count(in));
          }
        }
      }
      builder.applications(table.build());
    }
    if (between(in, 0, 3) > 0) {
      DisputeTable.Builder table = DisputeTable.builder();
      for (DisputeBlock block : DisputeBlock.values()) {
        for (DisputeColumn column : DisputeColumn.values()) {
          if (between(in, 0, 3) > 0) {
            table.cell(block, column, count(in));
          }
        }
      }
      builder.disputes(table.build());
    }
    return builder.build();
  }

  private static BigDecimal proactiveNumber(RandomnessSource in, ProactiveColumn column) {
    long whole = count(in);
    if (column.isSigned() && between(in, 0, 1) == 0) {
      whole = -whole;
    }
    if (column.isAmount() && between(in, 0, 1) == 0) {
      // 万元 with one to four decimals, trailing zeros kept: 12.50 stays 12.50.
      return BigDecimal.valueOf(whole * 100 + between(in, 0, 99), between(in, 1, 2));
    }
    return BigDecimal.valueOf(whole);
  }

  private static long count(RandomnessSource in) {
    return switch (between(in, 0, 3)) {
      case 0 -> 0;
      case 1 -> between(in, 1, 9);
      case 2 -> between(in, 10, 99_999);
      default -> longs().between(0, Long.MAX_VALUE / 200).generate(in);
    };
  }

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }
}
