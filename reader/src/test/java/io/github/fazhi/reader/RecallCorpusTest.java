package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.WorkArea;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the reader on the development corpus of issue 23 ({@code recall-corpus.tsv}: numbers transcribed
 * by hand from real report pages, keyed by URL), each half apart: the tuning half (the low bit of the first
 * byte of SHA-256 of the URL is 0) and the measuring half (1), by the rule fixed in docs/reader.md before
 * any page was read. A number is found when the draft holds it with the same value, unit and qualifier —
 * as an indicator, a part of one, a review tally's count, an overview figure or a 政府信息公开 section's
 * indicator. Every number of a draft is written where it is traced (nothing invented).
 *
 * <p>The pages' text is not in the repository: the test reads {@code <first 12 hex digits of the URL's
 * SHA-256>.txt} from the folder named by the system property {@code fazhi.recallPages} or else the
 * environment variable {@code FAZHI_RECALL_PAGES} (default {@code ../../recall-pages}), and is skipped,
 * with its reason, when the folder is absent.
 */
class RecallCorpusTest {
  /** The measuring half's numbers found, out of its transcribed numbers (docs/reader.md). */
  private static final int MEASURING_FOUND = 229;
  /** The tuning half's numbers found. */
  private static final int TUNING_FOUND = 402;

  private record Page(String url, ReportKind kind, Hints hints) {}

  private record Expected(String url, BigDecimal value, String unit, Qualifier qualifier, String form) {}

  /**
   * A number of a draft. {@code ofCases} marks a review tally's count or an overview figure, which the model
   * holds without the measure word the text wrote: it matches a number transcribed in any unit of cases or
   * applications (件, 宗, 起, 件次).
   */
  private record Number(BigDecimal value, String unit, Qualifier qualifier, boolean ofCases) {
    Number(BigDecimal value, String unit, Qualifier qualifier) {
      this(value, unit, qualifier, false);
    }

    boolean matches(Expected want) {
      return value.abs().compareTo(want.value()) == 0 && qualifier == want.qualifier()
          && (unit.equals(want.unit()) || ofCases && CASE_UNITS.contains(want.unit()));
    }
  }

  /** The measure words of cases and applications, which a tally's count or an overview figure stands for. */
  private static final List<String> CASE_UNITS = List.of("件", "宗", "起", "件次");

  @Test
  void eachHalf_findsTheTranscribedNumbers_andInventsNone() throws IOException {
    Path folder = Path.of(System.getProperty("fazhi.recallPages",
        System.getenv().getOrDefault("FAZHI_RECALL_PAGES", "../../recall-pages")));
    assumeTrue(Files.isDirectory(folder), "no corpus pages at " + folder.toAbsolutePath());
    Map<String, Page> pages = new LinkedHashMap<>();
    List<Expected> expected = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("recall-corpus.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\t");
        if (line.startsWith("#") || cells.length < 6) {
          continue;
        }
        if (cells[0].equals("page")) {
          ReportKind kind = ReportKind.valueOf(cells[2].toUpperCase(Locale.ROOT));
          pages.put(cells[1], new Page(cells[1], kind, Hints.none().withKind(kind).withJurisdictionName(cells[3])
              .withYear(Year.of(Integer.parseInt(cells[4]))).withIssuer(cells[5])));
        } else {
          expected.add(new Expected(cells[1], new BigDecimal(cells[2]), cells[3], Qualifier.valueOf(cells[4]),
              cells[5]));
        }
      }
    }
    Map<String, int[]> tally = new TreeMap<>(); // "half kind" and "half form" -> {found, total}
    int read = 0;
    for (Page page : pages.values()) {
      Path file = folder.resolve(sha256(page.url()).substring(0, 12) + ".txt");
      if (!Files.exists(file)) {
        continue;
      }
      read++;
      String half = (Integer.parseInt(sha256(page.url()).substring(0, 2), 16) & 1) == 0 ? "tuning" : "measuring";
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Draft draft = ReportReader.standard().read(text, page.hints());
      for (Trace trace : draft.traces()) { // nothing invented: every number is written where it is traced
        assertThat(trace.span().isIn(text)).isTrue();
        assertThat(trace.span().written()).isEqualTo(trace.indicator().written().orElseThrow());
      }
      List<Number> numbers = numbers(draft);
      for (Expected want : expected) {
        if (!want.url().equals(page.url())) {
          continue;
        }
        Number match = numbers.stream().filter(n -> n.matches(want) && !n.ofCases()).findFirst()
            .or(() -> numbers.stream().filter(n -> n.matches(want)).findFirst()).orElse(null);
        boolean found = match != null;
        if (found) {
          numbers.remove(match);
        } else {
          System.out.println("MISSED " + half + " " + want.form() + " " + want.value() + want.unit() + " "
              + want.qualifier() + " " + file.getFileName());
        }
        for (String key : List.of(half + " all", half + " " + page.kind().name().toLowerCase(Locale.ROOT),
            half + " form " + want.form())) {
          int[] counts = tally.computeIfAbsent(key, k -> new int[2]);
          counts[0] += found ? 1 : 0;
          counts[1]++;
        }
      }
      numbers.forEach(n -> System.out.println("EXTRA " + half + " " + n + " " + file.getFileName()));
    }
    assumeTrue(read > 0, "none of the corpus pages is at " + folder.toAbsolutePath());
    tally.forEach((key, counts) -> System.out.printf(Locale.ROOT, "RECALL %s: %d / %d (%.0f%%)%n", key, counts[0],
        counts[1], 100.0 * counts[0] / counts[1]));
    if (read == pages.size()) {
      assertThat(tally.get("measuring all")[0]).as("measuring half found").isGreaterThanOrEqualTo(MEASURING_FOUND);
      assertThat(tally.get("tuning all")[0]).as("tuning half found").isGreaterThanOrEqualTo(TUNING_FOUND);
    }
  }

  /** Every number the draft holds, with its unit in simplified characters. */
  private static List<Number> numbers(Draft draft) {
    List<Number> out = new ArrayList<>();
    Report report = draft.report().orElse(null);
    if (report == null) {
      return out;
    }
    report.headlineIndicators().forEach(i -> add(out, i));
    for (WorkArea area : report.workAreas()) {
      area.indicators().forEach(i -> add(out, i));
      for (Measure measure : area.measures()) {
        measure.indicators().forEach(i -> add(out, i));
      }
    }
    for (ReviewTally tally : report.reviews()) {
      List<java.util.OptionalLong> counts = List.of(tally.received(), tally.accepted(), tally.notAccepted(),
          tally.carriedOver(), tally.concluded(), tally.withdrawn(), tally.pending());
      counts.forEach(c -> c.ifPresent(v -> out.add(new Number(BigDecimal.valueOf(v), "件", Qualifier.EXACT, true))));
      tally.decisions().values().forEach(v -> out.add(new Number(BigDecimal.valueOf(v), "件", Qualifier.EXACT, true)));
    }
    report.openGovInfo().ifPresent(info -> info.overview().forEach((figure, v) -> out.add(
        figure == OverviewFigure.PROACTIVE_ITEMS ? new Number(BigDecimal.valueOf(v), "条", Qualifier.EXACT)
            : new Number(BigDecimal.valueOf(v), "件", Qualifier.EXACT, true))));
    draft.sectionIndicators().values().forEach(list -> list.forEach(trace -> add(out, trace.indicator())));
    return out;
  }

  private static void add(List<Number> out, Indicator indicator) {
    out.add(new Number(indicator.value(), Simplified.of(indicator.unit().written()), indicator.qualifier()));
    indicator.allBreakdowns().forEach(breakdown -> breakdown.parts().forEach(part -> add(out, part)));
  }

  private static String sha256(String url) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
