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
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Unit;
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

  /**
   * Random 政府信息公开 parts as {@link #openGovInfos()} gives them, with numbers stated in the sections' prose:
   * zero to three indicators (with parts) in each section, the sections put in a rotated order so that the
   * model's ordering is exercised. {@link #openGovInfo} itself is left as it was: JsonBytesUnchangedTest
   * holds the bytes of what it generates. Labels are of the Basic Multilingual Plane: Jackson 2 writes a
   * character beyond it as an escaped surrogate pair in UTF-8 bytes, Jackson 3 as the character.
   */
  static Gen<OpenGovInfo> openGovInfosWithSectionNumbers() {
    return in -> {
      OpenGovInfo.Builder builder = OpenGovInfo.builder().from(openGovInfo(in));
      OpenGovSection[] sections = OpenGovSection.values();
      int first = between(in, 0, sections.length - 1);
      for (int s = 0; s < sections.length; s++) {
        OpenGovSection section = sections[(first + s) % sections.length];
        for (int i = 0, n = between(in, 0, 3); i < n; i++) {
          builder.putSectionIndicator(section, sectionNumber(in, 1));
        }
      }
      return builder.build();
    };
  }

  private static final List<String> LABELS = List.of("通过门户网站发布信息", "政务微博发布", "“两微一端”推送",
      "制发政策解读材料", "12345热线回复", "a \"quoted\" \\ label");
  private static final List<String> UNITS = List.of("条", "篇", "次", "件", "个", "场", "万条");

  /** A number as a section states it: a count, a share or an amount, with parts at {@code depth} > 0. */
  private static Indicator sectionNumber(RandomnessSource in, int depth) {
    Indicator.Builder builder = Indicator.builder().label(LABELS.get(between(in, 0, LABELS.size() - 1)))
        .qualifier(Qualifier.values()[between(in, 0, Qualifier.values().length - 1)]);
    switch (between(in, 0, 2)) {
      case 0 -> builder.kind(IndicatorKind.PERCENT).unit(Unit.PERCENT)
          .value(BigDecimal.valueOf(between(in, 0, 1000), 1));
      case 1 -> builder.kind(IndicatorKind.AMOUNT).unit(Unit.of("万元"))
          .value(BigDecimal.valueOf(between(in, 0, 99_999), between(in, 0, 2)));
      default -> {
        Unit unit = Unit.of(UNITS.get(between(in, 0, UNITS.size() - 1)));
        long count = count(in);
        // a count in 万 must still fit a long once scaled (Indicator.MAX_BASE_VALUE)
        builder.kind(IndicatorKind.COUNT).unit(unit)
            .value(BigDecimal.valueOf(unit.written().startsWith("万") ? count / 10_000 : count));
      }
    }
    if (between(in, 0, 3) == 0) {
      builder.code("openness.items_published");
    }
    if (between(in, 0, 1) == 0) {
      builder.written(Integer.toString(between(in, 0, 9999)) + "条");
    }
    for (int i = 0, n = depth > 0 ? between(in, 0, 2) : 0; i < n; i++) {
      builder.addPart(sectionNumber(in, depth - 1));
    }
    return builder.build();
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
