package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import io.github.fazhi.testing.SeedReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading the seed's full text ({@code ../shared/seed/qujiang-2019.txt}) must give the {@link SeedReport}
 * fixture's numbers, tally, work areas, shortcomings, plans, issuer and date. Skipped when {@code ../shared}
 * is absent.
 */
class SeedReadingTest {
  private static final Path SEED = Path.of("../../shared/seed/qujiang-2019.txt");
  private static String text;
  private static Draft draft;
  private static Report report;

  @BeforeAll
  static void read() throws IOException {
    assumeTrue(Files.exists(SEED), "the seed text " + SEED + " is absent");
    text = Files.readString(SEED, StandardCharsets.UTF_8);
    draft = ReportReader.standard().read(text, Hints.none().withJurisdiction(SeedReport.jurisdiction()));
    assertThat(draft.report()).as(draft.toString()).isPresent();
    report = draft.report().get();
  }

  @Test
  void issuerDateYearTitleAndJurisdiction() {
    Report seed = SeedReport.report();
    assertThat(report.issuer()).isEqualTo(seed.issuer());
    assertThat(report.published()).isEqualTo(seed.published());
    assertThat(report.year()).isEqualTo(seed.year());
    assertThat(report.title()).isEqualTo(seed.title());
    assertThat(report.jurisdiction()).isEqualTo(seed.jurisdiction());
    assertThat(report.kind()).isEqualTo(seed.kind());
    assertThat(report.preamble()).isEqualTo(seed.preamble());
    assertThat(draft.conflicts()).isEmpty();
  }

  @Test
  void sevenWorkAreasWithTheirTitlesAndMeasures() {
    List<WorkArea> expected = SeedReport.report().workAreas();
    assertThat(report.workAreas()).hasSize(7);
    for (int a = 0; a < expected.size(); a++) {
      WorkArea want = expected.get(a);
      WorkArea got = report.workAreas().get(a);
      assertThat(got.title()).isEqualTo(want.title());
      assertThat(got.measures()).extracting(Measure::text)
          .containsExactlyElementsOf(want.measures().stream().map(Measure::text).toList());
    }
  }

  @Test
  void everyNumberInItsMeasureWithValueUnitAndQualifier() {
    assertThat(numbers(report)).containsExactlyElementsOf(numbers(SeedReport.report()));
    assertThat(report.indicators()).hasSize(SeedReport.INDICATOR_COUNT);
  }

  @Test
  void everyNumberTracesToItsWrittenForm() {
    assertThat(draft.traces()).hasSize(SeedReport.INDICATOR_COUNT);
    for (Trace trace : draft.traces()) {
      assertThat(text.substring(trace.span().start(), trace.span().end()))
          .isEqualTo(trace.indicator().written().orElseThrow());
    }
  }

  @Test
  void theReconsiderationTally() {
    assertThat(report.reviews()).containsExactly(SeedReport.reconsideration());
  }

  @Test
  void fiveShortcomingsAndSevenPlanAreas() {
    Report seed = SeedReport.report();
    assertThat(report.shortcomings()).containsExactlyElementsOf(seed.shortcomings());
    assertThat(report.plansPreamble()).isEqualTo(seed.plansPreamble());
    assertThat(report.plans()).hasSize(7);
    for (int p = 0; p < 7; p++) {
      assertThat(report.plans().get(p).title()).isEqualTo(seed.plans().get(p).title());
      assertThat(report.plans().get(p).text()).isEqualTo(seed.plans().get(p).text());
    }
  }

  @Test
  void theSameTextGivesTheSameDraft() {
    Draft again = ReportReader.standard().read(text, Hints.none().withJurisdiction(SeedReport.jurisdiction()));
    assertThat(again.report()).isEqualTo(draft.report());
    assertThat(again.unplaced()).isEqualTo(draft.unplaced());
  }

  /** Each number as "area/measure value unit qualifier". */
  private static List<String> numbers(Report report) {
    List<String> out = new ArrayList<>();
    for (WorkArea area : report.workAreas()) {
      for (Indicator indicator : area.indicators()) {
        out.add(area.ordinal() + "/- " + shown(indicator));
      }
      for (Measure measure : area.measures()) {
        for (Indicator indicator : measure.indicators()) {
          out.add(area.ordinal() + "/" + measure.ordinal() + " " + shown(indicator));
        }
      }
    }
    return out;
  }

  private static String shown(Indicator indicator) {
    return indicator.value().toPlainString() + " " + indicator.unit() + " " + indicator.qualifier() + " "
        + indicator.kind();
  }
}
