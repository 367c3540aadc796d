package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.Path;
import io.github.fazhi.ReportKind;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cell accuracy on real reports: the numbers of real 政府信息公开工作年度报告 pages, transcribed by hand into
 * {@code opengov/real/expected.tsv}, carried by our own texts in the style of each page; reading each text
 * must give every transcribed cell (a number with its span, or unknown where the page leaves it blank or
 * {@code /}), every transcribed overview figure, and no cell that is not on the page.
 */
class RealOpenGovPagesTest {
  /** One transcribed cell or figure: its path in the checker's notation and its value (null: unknown). */
  private record Expected(String file, String path, String value) {}

  private static final class Page {
    String jurisdiction = "";
    int year;
    /** The layout of the page's tables; for pages without tables, the layout in force for the year. */
    OpenGovLayout layout() {
      return layout == null ? OpenGovLayout.inForceFor(year) : layout;
    }

    @org.jspecify.annotations.Nullable OpenGovLayout layout;
    final List<String[]> rows = new ArrayList<>();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RealOpenGovPagesTest.class.getResourceAsStream("/opengov/real/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, Page> pages() throws IOException {
    Map<String, Page> pages = new LinkedHashMap<>();
    for (String line : resource("expected.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      Page page = pages.computeIfAbsent(fields[0], name -> new Page());
      switch (fields[1]) {
        case "source" -> { }
        case "hints" -> {
          String[] hint = fields[2].split(" ");
          page.jurisdiction = hint[0];
          page.year = Integer.parseInt(hint[1]);
        }
        case "layout" -> page.layout = OpenGovLayout.valueOf(fields[2].toUpperCase(Locale.ROOT));
        default -> page.rows.add(fields);
      }
    }
    return pages;
  }

  /** The cells a row of the expectations stands for, by path, in column order. */
  private static List<Expected> expand(String file, OpenGovLayout layout, String[] row) {
    String[] values = row[3].split(" ");
    List<String> paths = new ArrayList<>();
    switch (row[1]) {
      case "A" -> {
        ProactiveItem item = ProactiveItem.valueOf(row[2].toUpperCase(Locale.ROOT));
        ProactiveColumn.columns(layout, item).forEach(column ->
            paths.add("openGovInfo.proactive." + new CellTable.Cell<>(item, column).path()));
      }
      case "B" -> {
        ApplicationRow applicationRow = ApplicationRow.valueOf(row[2].toUpperCase(Locale.ROOT));
        for (ApplicantColumn column : ApplicantColumn.values()) {
          paths.add("openGovInfo.applications." + new CellTable.Cell<>(applicationRow, column).path());
        }
      }
      case "C" -> {
        DisputeBlock block = DisputeBlock.valueOf(row[2].toUpperCase(Locale.ROOT));
        for (DisputeColumn column : DisputeColumn.values()) {
          paths.add("openGovInfo.disputes." + new CellTable.Cell<>(block, column).path());
        }
      }
      case "O" -> paths.add("openGovInfo.overview." + row[2]);
      default -> throw new IllegalArgumentException(String.join("\t", row));
    }
    assertThat(values).as(file + " " + row[2]).hasSameSizeAs(paths);
    List<Expected> out = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      out.add(new Expected(file, paths.get(i), values[i].equals("?") ? null : values[i]));
    }
    return out;
  }

  /** Every number the draft's report holds in its tables and overview, by path. */
  private static Map<String, BigDecimal> held(OpenGovInfo info) {
    Map<String, BigDecimal> held = new LinkedHashMap<>();
    info.proactive().ifPresent(table -> table.cells().forEach((cell, value) ->
        held.put("openGovInfo.proactive." + cell.path(), value)));
    info.applications().ifPresent(table -> table.cells().forEach((cell, value) ->
        held.put("openGovInfo.applications." + cell.path(), BigDecimal.valueOf(value))));
    info.disputes().ifPresent(table -> table.cells().forEach((cell, value) ->
        held.put("openGovInfo.disputes." + cell.path(), BigDecimal.valueOf(value))));
    info.overview().forEach((figure, value) ->
        held.put("openGovInfo.overview." + figure.name().toLowerCase(Locale.ROOT), BigDecimal.valueOf(value)));
    return held;
  }

  private static Optional<BigDecimal> readBack(String written) {
    String normalized = OpenGovInfoTableReader.normalize(written);
    if (normalized.matches("[+-]?\\d+(\\.\\d+)?")) {
      return Optional.of(new BigDecimal(normalized));
    }
    java.util.OptionalLong count = CountWords.value(written);
    return count.isPresent() ? Optional.of(BigDecimal.valueOf(count.getAsLong())) : Optional.empty();
  }

  @Test
  void cellsOfRealReports_areReadRight() throws IOException {
    int known = 0;
    int unknown = 0;
    int figures = 0;
    int right = 0;
    int invented = 0;
    List<String> wrong = new ArrayList<>();
    Map<String, Page> pages = pages();
    for (Map.Entry<String, Page> entry : pages.entrySet()) {
      String file = entry.getKey();
      Page page = entry.getValue();
      String text = resource(file);
      Draft draft = ReportReader.standard().read(text, Hints.none().withJurisdictionName(page.jurisdiction)
          .withYear(Year.of(page.year)).withKind(ReportKind.OPEN_GOV_INFO_ANNUAL));
      assertThat(draft.report()).as(file + " " + draft.undetermined()).isPresent();
      OpenGovInfo info = draft.report().orElseThrow().openGovInfo().orElseThrow();
      assertThat(draft.report().orElseThrow().workAreas()).as(file).isEmpty();
      assertThat(info.layout()).as(file).isEqualTo(page.layout());
      // as far as the pages show, none of them breaks a relation of the checker
      assertThat(io.github.fazhi.check.ReportChecker.standard().check(draft.report().orElseThrow()))
          .as(file).noneMatch(finding -> finding.severity() == io.github.fazhi.check.Severity.ERROR);
      Map<String, BigDecimal> held = held(info);
      Set<String> transcribed = new HashSet<>();
      for (String[] row : page.rows) {
        for (Expected expected : expand(file, page.layout(), row)) {
          transcribed.add(expected.path());
          BigDecimal value = held.get(expected.path());
          Span span = draft.cellSpans().get(Path.parse(expected.path()));
          boolean ok;
          if (expected.value() == null) {
            unknown++;
            ok = value == null && span == null;
          } else {
            if (row[1].equals("O")) {
              figures++;
            } else {
              known++;
            }
            BigDecimal stated = new BigDecimal(expected.value());
            ok = value != null && value.compareTo(stated) == 0 && span != null && span.isIn(draft.source())
                && readBack(span.written()).filter(back -> back.compareTo(stated) == 0).isPresent();
          }
          if (ok) {
            right++;
          } else {
            wrong.add(file + " " + expected.path() + ": expected " + expected.value() + ", read " + value
                + " at " + span);
          }
        }
      }
      for (String path : held.keySet()) {
        if (!transcribed.contains(path)) {
          invented++;
          wrong.add(file + " " + path + ": read " + held.get(path) + ", not on the page");
        }
      }
    }
    int checked = known + unknown + figures;
    System.out.printf(Locale.ROOT, "open-gov real pages: %d reports, %d cells with a number, %d blank or / cells, "
        + "%d overview figures; %d of %d right (%.2f%%), %d invented%n", pages.size(), known, unknown, figures,
        right, checked, 100.0 * right / checked, invented);
    assertThat(wrong).as("cells read wrong").isEmpty();
    assertThat(invented).isZero();
    assertThat(right * 1000L).isGreaterThanOrEqualTo(checked * 995L);
    assertThat(known).isGreaterThanOrEqualTo(400); // the transcriptions were all loaded
  }
}
