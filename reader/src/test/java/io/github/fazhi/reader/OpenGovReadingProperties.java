package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.OpenGovInfo;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Laws of reading an open-government report on any text made of the pieces real pages are made of (labels,
 * headings, numbers in every form, separators, blank lines, traditional characters): it never throws, the
 * same text gives the same draft, and every span it hands out is the number as written, reading back to
 * the value the report holds at that path.
 */
class OpenGovReadingProperties {
  private static final Hints HINTS = Hints.none().withJurisdictionName("临江区").withYear(Year.of(2022))
      .withKind(ReportKind.OPEN_GOV_INFO_ANNUAL);

  private static final List<String> PIECES = new ArrayList<>(List.of(
      "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "共收到政府信息公开申请", "上年结转", "结转下年度继续办理",
      "行政复议", "行政诉讼", "主动公开政府信息", "件", "条", "余", "近", "万", "十二", "两", "一百零三", "1,234", "０", "7",
      "12", "20.3", "-", "/", "|", " | ", "\t", "\n", "\n\n", "\n|\n", "，", "。", "规章", "行政规范性文件", "行政许可",
      "行政事业性收费", "政府集中采购", "本年新制作数量", "本年制发件数", "規章", "行政處罰", "兩", "萬", "（", "）", "结\n果"));

  static {
    for (ApplicationRow row : ApplicationRow.values()) {
      PIECES.add(row.label());
    }
  }

  private static String text(List<Integer> picks) {
    StringBuilder text = new StringBuilder();
    for (int pick : picks) {
      text.append(PIECES.get(pick));
    }
    return text.toString();
  }

  @Test
  void anyTextOfRealPieces_givesSpansThatReadBack_andTheSameDraftTwice() {
    qt().withExamples(400).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 120))
        .checkAssert(picks -> {
          String text = text(picks);
          Draft draft = ReportReader.standard().read(text, HINTS);
          Draft again = ReportReader.standard().read(text, HINTS);
          assertThat(again.report()).isEqualTo(draft.report());
          assertThat(again.cellSpans()).isEqualTo(draft.cellSpans());
          Optional<OpenGovInfo> info = draft.report().flatMap(report -> report.openGovInfo());
          assertThat(draft.report()).as(draft.undetermined().toString()).isPresent();
          assertThat(info).isPresent();
          draft.cellSpans().forEach((path, span) -> {
            assertThat(span.isIn(draft.source())).as(path.toString()).isTrue();
            assertThat(held(info.get(), path.toString())).as(path + " " + span).isEqualByComparingTo(readBack(span.written()));
          });
          draft.unplaced().forEach(number -> assertThat(number.span().isIn(draft.source())).isTrue());
        });
  }

  private static BigDecimal readBack(String written) {
    String normalized = OpenGovInfoTableReader.normalize(written);
    return normalized.matches("[+-]?\\d+(\\.\\d+)?") ? new BigDecimal(normalized)
        : BigDecimal.valueOf(CountWords.value(written).orElseThrow());
  }

  private static BigDecimal held(OpenGovInfo info, String path) {
    List<Map.Entry<String, BigDecimal>> all = new ArrayList<>();
    info.applications().ifPresent(t -> t.cells().forEach((cell, value) ->
        all.add(Map.entry("openGovInfo.applications." + cell.path(), BigDecimal.valueOf(value)))));
    info.disputes().ifPresent(t -> t.cells().forEach((cell, value) ->
        all.add(Map.entry("openGovInfo.disputes." + cell.path(), BigDecimal.valueOf(value)))));
    info.proactive().ifPresent(t -> t.cells().forEach((cell, value) ->
        all.add(Map.entry("openGovInfo.proactive." + cell.path(), value))));
    info.overview().forEach((figure, value) -> all.add(Map.entry(
        "openGovInfo.overview." + figure.name().toLowerCase(Locale.ROOT), BigDecimal.valueOf(value))));
    return all.stream().filter(entry -> entry.getKey().equals(path)).map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("no value at " + path));
  }

  @Test
  @Timeout(120) // generous: the build machine is shared
  void pathologicalTexts_areReadInBoundedTime() {
    List<String> texts = List.of(
        "一、总体情况\n共收到政府信息公开申请" + "9".repeat(1_000_000) + "件。",
        "一、总体情况\n共收到政府信息公开申请" + "十".repeat(1_000_000) + "件。",
        "一、总体情况\n共收到政府信息公开申请" + "零".repeat(1_000_000) + "件。",
        "一、总体情况\n" + "共收到政府信息公开申请1件，".repeat(100_000),
        "规章\n" + "\n".repeat(1_000_000) + "0\n\n0\n\n0",
        "|\n".repeat(500_000),
        "一、本年新收政府信息公开申请数量 " + "0 ".repeat(500_000),
        ("（一）予以公开 | " + "1 | ".repeat(7) + "\n").repeat(50_000));
    for (String text : texts) {
      Draft draft = ReportReader.standard().read(text, HINTS);
      draft.cellSpans().forEach((path, span) -> assertThat(span.isIn(draft.source())).isTrue());
    }
  }
}
