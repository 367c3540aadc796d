package io.github.fazhi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSet;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.stats.ReportComparison.Figure;
import io.github.fazhi.stats.ReportComparison.RateFigure;
import io.github.fazhi.stats.ReportComparison.SectionText;
import io.github.fazhi.testing.OpenGovReports;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of a comparison: a report against itself changes nothing; a change is exactly new − old. */
class ComparisonsProperties {
  private static final String ALPHABET = "公开不够及时解读深入平台整合一是二是。；！ \n";

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 60)
        .map(indexes -> {
          StringBuilder out = new StringBuilder();
          indexes.forEach(i -> out.append(ALPHABET.charAt(i)));
          return out.toString();
        });
  }

  private static Gen<List<Integer>> numbers() {
    return lists().of(integers().between(0, 500)).ofSizeBetween(1, 40);
  }

  /** A 2021-layout report of one body whose tables and two sections come from free numbers and texts. */
  private static Gen<Report> reports(int year) {
    return numbers().zip(numbers(), integers().between(0, 3), texts(), texts(), (cells, disputes, omit, problems, other) -> {
      OpenGovInfo.Builder info = OpenGovInfo.builder();
      if (omit != 1) {
        info.applications(OpenGovReports.consistent(OpenGovLayout.FORMAT_2021, cells, omit == 2));
      }
      if (omit != 3) {
        info.disputes(OpenGovReports.consistentDisputes(disputes));
      }
      if (!problems.isBlank()) {
        info.putSection(OpenGovSection.PROBLEMS_AND_IMPROVEMENTS, problems);
      }
      if (!other.isBlank()) {
        info.putSection(OpenGovSection.OTHER_MATTERS, other);
      }
      return OpenGovReports.report(year, info.build());
    });
  }

  private static Report nextYear(Report report) {
    return Report.builder().from(report).year(Year.of(report.year().getValue() + 1)).published(Optional.empty())
        .build();
  }

  @Test
  void aReportComparedWithItself_changesNothing_andRepeatsEverySentence() {
    qt().forAll(reports(2022)).checkAssert(report -> assertUnchanged(Comparisons.compare(report, nextYear(report))));
  }

  @Test
  void theSeedComparedWithItself_changesNothing() {
    assertUnchanged(Comparisons.compare(SeedReport.report(), nextYear(SeedReport.report())));
  }

  private static void assertUnchanged(ReportComparison comparison) {
    assertThat(comparison.changes()).isEmpty();
    for (Figure figure : comparison.figures()) {
      assertThat(figure.newer()).isEqualTo(figure.older());
      figure.older().ifPresent(value -> {
        if (figure.change().isPresent()) {
          assertThat(figure.change().get()).isEqualByComparingTo(BigDecimal.ZERO);
        }
      });
    }
    for (RateFigure rate : comparison.rates()) {
      assertThat(rate.newer()).isEqualTo(rate.older());
      rate.points(2, RoundingMode.UNNECESSARY).ifPresent(points -> assertThat(points).isEqualByComparingTo("0"));
    }
    for (SectionText section : comparison.sections()) {
      String text = section.newer().orElseThrow();
      assertThat(section.older()).contains(text);
      section.similarity().ifPresent(similarity -> assertThat(similarity).isEqualByComparingTo(Rate.of(1, 1)));
      assertThat(section.similarity().isPresent()).isEqualTo(text.replaceAll("\\s", "").length() >= 2);
      assertThat(section.repeated()).containsExactlyElementsOf(ImmutableSet.copyOf(TextComparison.sentences(text)));
    }
  }

  @Test
  void aChange_isExactlyNewMinusOld_andUnknownStaysUnknown() {
    qt().forAll(reports(2022), reports(2023)).checkAssert((older, newer) -> {
      ReportComparison comparison = Comparisons.compare(older, newer);
      for (Figure figure : comparison.figures()) {
        assertThat(figure.older().isPresent() || figure.newer().isPresent()).isTrue();
        if (figure.older().isPresent() && figure.newer().isPresent()) {
          assertThat(figure.change()).hasValueSatisfying(change ->
              assertThat(figure.older().get().add(change)).isEqualByComparingTo(figure.newer().get()));
          if (figure.older().get().signum() != 0) {
            // the percentage times last year's number is the change, exactly, at enough places
            BigDecimal percent = figure.percent(20, RoundingMode.HALF_UP).orElseThrow();
            assertThat(percent.multiply(figure.older().get()).divide(BigDecimal.valueOf(100))
                .subtract(figure.change().get()).abs()).isLessThan(new BigDecimal("1e-15"));
          } else {
            assertThat(figure.percent(1, RoundingMode.HALF_UP)).isEmpty();
          }
        } else {
          assertThat(figure.change()).isEmpty();
        }
      }
      // Every number either report's Table B states is listed, once.
      long cells = older.openGovInfo().flatMap(OpenGovInfo::applications).map(t -> t.cells().keySet())
          .map(ImmutableSet::copyOf).orElse(ImmutableSet.of()).size();
      assertThat(comparison.figures(ReportComparison.Part.APPLICATIONS).size()).isGreaterThanOrEqualTo((int) cells);
    });
  }

  @Test
  void similarity_isSymmetric_andAFraction() {
    qt().forAll(texts(), texts()).checkAssert((a, b) -> {
      Optional<Rate> ab = TextComparison.similarity(a, b);
      assertThat(ab).isEqualTo(TextComparison.similarity(b, a));
      ab.ifPresent(rate -> assertThat(rate.numerator()).isLessThanOrEqualTo(rate.denominator()));
      assertThat(TextComparison.repeated(a, b)).allSatisfy(sentence ->
          assertThat(TextComparison.sentences(a)).contains(sentence));
    });
  }
}
