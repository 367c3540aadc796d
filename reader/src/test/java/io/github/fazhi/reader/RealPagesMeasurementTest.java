package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.WorkArea;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the reader on real report pages against the numbers a careful reader transcribed from them
 * ({@code real-pages.tsv}): how many it finds with the right value and unit, how many it places in the
 * right work area, and how many numbers it states that the transcription does not hold; no number is
 * invented (each is written at its span). The pages' text is
 * not in the repository: the test reads {@code NAME.txt} from the folder named by the system property
 * {@code fazhi.realPages} ({@code mvn -Dfazhi.realPages=DIR}) or else the environment variable
 * {@code FAZHI_REAL_PAGES} (default {@code ../../shared/pages}), and is skipped when it is absent.
 */
class RealPagesMeasurementTest {
  /** How many pages the transcription covers. */
  private static final int PAGES = 20;
  /** How many numbers were transcribed from them. */
  private static final int TRANSCRIBED = 104;
  /** How many of them the reader found with the right value, unit and qualifier, on all the pages. */
  private static final int FOUND = 103;
  /** How many of them it placed in the right work area. */
  private static final int PLACED = 100;

  private record Expected(String page, int area, BigDecimal value, String unit, Qualifier qualifier) {}

  private record Found(int area, Indicator indicator) {}

  @Test
  void theReaderFindsAndPlacesTheTranscribedNumbers_andInventsNone() throws IOException {
    Path folder = Path.of(System.getProperty("fazhi.realPages",
        System.getenv().getOrDefault("FAZHI_REAL_PAGES", "../../shared/pages")));
    assumeTrue(Files.isDirectory(folder), "no real pages at " + folder);
    Map<String, Hints> hints = new LinkedHashMap<>();
    List<Expected> expected = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("real-pages.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\t");
        if (line.startsWith("#") || cells.length < 4) {
          continue;
        }
        if (cells[0].equals("hints")) {
          hints.put(cells[1], Hints.none().withJurisdictionName(cells[2]).withYear(Year.of(Integer.parseInt(cells[3])))
              .withIssuer(cells[4]));
        } else {
          expected.add(new Expected(cells[0], Integer.parseInt(cells[1]), new BigDecimal(cells[2]), cells[3],
              cells.length > 4 ? Qualifier.valueOf(cells[4]) : Qualifier.EXACT));
        }
      }
    }
    int total = 0;
    int found = 0;
    int placed = 0;
    int extra = 0;
    int pages = 0;
    for (Map.Entry<String, Hints> page : hints.entrySet()) {
      Path file = folder.resolve(page.getKey() + ".txt");
      if (!Files.exists(file)) {
        continue;
      }
      pages++;
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Draft draft = ReportReader.standard().read(text, page.getValue());
      assertThat(draft.report()).as(page.getKey() + ": " + draft).isPresent();
      for (Trace trace : draft.traces()) { // nothing invented: every number is written where it is traced
        assertThat(trace.span().isIn(text)).isTrue();
        assertThat(trace.span().written()).isEqualTo(trace.indicator().written().orElseThrow());
      }
      List<Found> numbers = numbers(draft.report().get());
      List<Found> unmatched = new ArrayList<>(numbers);
      for (Expected want : expected) {
        if (!want.page().equals(page.getKey())) {
          continue;
        }
        total++;
        // a decrease is transcribed as written (下降12.5%: 12.5); the reader holds it signed
        Found match = unmatched.stream().filter(f -> f.indicator().value().abs().compareTo(want.value()) == 0
            && f.indicator().unit().written().equals(want.unit()) && f.indicator().qualifier() == want.qualifier())
            .findFirst().orElse(null);
        if (match != null) {
          found++;
          unmatched.remove(match);
          if (match.area() == want.area()) {
            placed++;
          } else {
            System.out.println("MISPLACED " + want + " in area " + match.area());
          }
        } else {
          System.out.println("MISSED " + want);
        }
      }
      unmatched.forEach(f -> System.out.println("EXTRA " + page.getKey() + " " + f.area() + " "
          + f.indicator().written().orElse("") + " " + f.indicator().label()));
      extra += unmatched.size();
    }
    assumeTrue(pages > 0, "none of the pages is at " + folder);
    System.out.printf("REAL PAGES: %d pages, %d numbers transcribed; found with value, unit and qualifier %d"
        + " (%.0f%%), placed in the right work area %d (%.0f%%), beyond the transcription %d, invented 0%n",
        pages, total, found, 100.0 * found / total, placed, 100.0 * placed / total, extra);
    if (pages == PAGES) { // the figures reached on all the pages (see real-pages.tsv)
      assertThat(total).isEqualTo(TRANSCRIBED);
      assertThat(found).as("found").isGreaterThanOrEqualTo(FOUND);
      assertThat(placed).as("placed").isGreaterThanOrEqualTo(PLACED);
    } else { // some of the pages: the goals' floors, less a margin for a small sample
      assertThat(found).as("found").isGreaterThanOrEqualTo(total * 80 / 100);
      assertThat(placed).as("placed").isGreaterThanOrEqualTo(found * 80 / 100);
    }
  }

  private static List<Found> numbers(Report report) {
    List<Found> out = new ArrayList<>();
    report.headlineIndicators().forEach(i -> add(out, 0, i));
    for (WorkArea area : report.workAreas()) {
      area.indicators().forEach(i -> add(out, area.ordinal(), i));
      for (Measure measure : area.measures()) {
        measure.indicators().forEach(i -> add(out, area.ordinal(), i));
      }
    }
    return out;
  }

  /** An indicator and, after it, the parts of its breakdowns. */
  private static void add(List<Found> out, int area, Indicator indicator) {
    out.add(new Found(area, indicator));
    indicator.allBreakdowns().forEach(breakdown -> breakdown.parts().forEach(part -> add(out, area, part)));
  }
}
