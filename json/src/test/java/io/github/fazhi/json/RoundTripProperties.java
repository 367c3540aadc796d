package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TaskArea;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.testing.SeedReport;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Properties of the binding over random valid reports and random damage to good documents. */
class RoundTripProperties extends ModuleTestBase {
  private static final ObjectMapper MAPPER = FazhiJson.mapper();
  private static final List<String> TEXTS = List.of("曲江区", "a", "强化组织领导,提高思想认识", "“引号” \"quotes\" \\ /",
      "line\nbreak", "tab\tand emoji 😀", "〇一二三", "x".repeat(300));
  private static final List<String> UNITS = List.of("个", "宗", "万元", "亿元", "件(次)", "人", "万人", "天");

  @Test
  void randomReports_roundTripToEqualValues_andTheSameBytes() {
    qt().withExamples(300).forAll(reports()).checkAssert(report -> {
      try {
        byte[] written = MAPPER.writeValueAsBytes(report);
        Report read = MAPPER.readValue(written, Report.class);
        assertThat(read).isEqualTo(report);
        assertThat(MAPPER.writeValueAsBytes(read)).isEqualTo(written);
        assertThat(MAPPER.writeValueAsBytes(report)).isEqualTo(written);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void randomReports_areValidAgainstTheSchema() {
    qt().withExamples(100).forAll(reports()).checkAssert(report -> {
      try {
        assertThat(SchemaTest.validate(MAPPER.writeValueAsString(report))).isEmpty();
      } catch (JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void damagedDocuments_giveAReportOrAJacksonException_neverAnythingElse() throws Exception {
    byte[] seed = MAPPER.writeValueAsBytes(SeedReport.report());
    qt().withExamples(1000)
        .forAll(integers().between(0, seed.length - 1), integers().between(0, 255), integers().between(0, 3))
        .checkAssert((position, value, how) -> {
          byte[] damaged = damage(seed, position, (byte) (int) value, how);
          try {
            MAPPER.readValue(damaged, Report.class);
          } catch (JsonProcessingException expected) {
            // a located Jackson exception is the only acceptable failure
          } catch (Exception | StackOverflowError e) {
            throw new AssertionError("unexpected " + e + " for "
                + new String(damaged, StandardCharsets.UTF_8), e);
          }
        });
  }

  private static byte[] damage(byte[] document, int position, byte value, int how) {
    return switch (how) {
      case 0 -> java.util.Arrays.copyOf(document, position);
      case 1 -> {
        byte[] copy = document.clone();
        copy[position] = value;
        yield copy;
      }
      case 2 -> {
        byte[] copy = new byte[document.length - 1];
        System.arraycopy(document, 0, copy, 0, position);
        System.arraycopy(document, position + 1, copy, position, document.length - position - 1);
        yield copy;
      }
      default -> {
        byte[] copy = new byte[document.length + 1];
        System.arraycopy(document, 0, copy, 0, position);
        copy[position] = value;
        System.arraycopy(document, position, copy, position + 1, document.length - position);
        yield copy;
      }
    };
  }

  static Gen<Report> reports() {
    return RoundTripProperties::report;
  }

  private static Report report(RandomnessSource in) {
    int year = between(in, 1949, 9999);
    Report.Builder builder = Report.builder()
        .kind(pick(in, ReportKind.values()))
        .jurisdiction(jurisdiction(in))
        .issuer(pick(in, TEXTS))
        .year(Year.of(year));
    if (flip(in)) {
      builder.published(LocalDate.ofYearDay(between(in, year, Math.min(year + 2, 9999)), between(in, 1, 365)));
    }
    if (flip(in)) {
      builder.issuerKind(pick(in, IssuerKind.values()));
    }
    optional(in, builder::title);
    optional(in, builder::preamble);
    for (int i = 0, n = between(in, 0, 2); i < n; i++) {
      builder.addHeadlineIndicator(indicator(in, 1));
    }
    for (int i = 0, n = between(in, 0, 3); i < n; i++) {
      builder.addWorkArea(workArea(in, i + 1));
    }
    for (int i = 0, n = between(in, 0, 2); i < n; i++) {
      builder.addReview(tally(in));
    }
    for (int i = 0, n = between(in, 0, 3); i < n; i++) {
      builder.addShortcoming(pick(in, TEXTS));
    }
    for (int i = 0, n = between(in, 0, 2); i < n; i++) {
      builder.addLeadershipDuty(pick(in, TEXTS));
    }
    optional(in, builder::plansPreamble);
    for (int i = 0, n = between(in, 0, 2); i < n; i++) {
      builder.addPlan(WorkArea.builder().ordinal(i + 1).title(pick(in, TEXTS)).text(pick(in, TEXTS))
          .addIndicator(indicator(in, 0)).build());
    }
    for (int i = 0, n = between(in, 0, 2); i < n; i++) {
      builder.addOtherMatter(pick(in, TEXTS));
    }
    if (builder.build().kind() == ReportKind.OPEN_GOV_INFO_ANNUAL && flip(in)) {
      builder.openGovInfo(OpenGovInfoGen.openGovInfo(in));
    }
    return builder.build();
  }

  private static Jurisdiction jurisdiction(RandomnessSource in) {
    Jurisdiction.Builder builder = Jurisdiction.builder().name(pick(in, TEXTS))
        .level(pick(in, JurisdictionLevel.values()));
    if (flip(in)) {
      builder.code(String.format("%06d", between(in, 0, 999_999)));
    }
    optional(in, builder::parent);
    return builder.build();
  }

  private static WorkArea workArea(RandomnessSource in, int ordinal) {
    WorkArea.Builder builder = WorkArea.builder().ordinal(ordinal).title(pick(in, TEXTS));
    for (int i = 0, n = between(in, 0, 3); i < n; i++) {
      builder.addTaskArea(pick(in, TaskArea.values()));
    }
    for (int i = 0, n = between(in, 0, 3); i < n; i++) {
      Measure.Builder measure = Measure.builder().ordinal(i + 1).text(pick(in, TEXTS));
      for (int j = 0, m = between(in, 0, 3); j < m; j++) {
        measure.addIndicator(indicator(in, 2));
      }
      builder.addMeasure(measure.build());
    }
    for (int i = 0, n = between(in, 0, 2); i < n; i++) {
      builder.addIndicator(indicator(in, 1));
    }
    optional(in, builder::text);
    return builder.build();
  }

  private static Indicator indicator(RandomnessSource in, int depth) {
    IndicatorKind kind = pick(in, IndicatorKind.values());
    Indicator.Builder builder = Indicator.builder().label(pick(in, TEXTS)).kind(kind)
        .qualifier(pick(in, Qualifier.values()));
    BigDecimal value = new BigDecimal(BigInteger.valueOf(between(in, 0, 1_000_000)), between(in, 0, 4));
    switch (kind) {
      case PERCENT -> {
        builder.value(value.min(BigDecimal.valueOf(100))).unit(Unit.of(pick(in, List.of("%", "％", "﹪"))));
        if (flip(in)) {
          int denominator = between(in, 1, 1000);
          builder.basis(Rate.of(between(in, 0, denominator), denominator));
        }
      }
      case PERCENT_CHANGE -> builder.value(value.negate()).unit(Unit.PERCENT);
      case PERCENTAGE_POINTS -> builder.value(value).unit(Unit.PERCENTAGE_POINTS);
      case COUNT, RANK -> builder.value(BigDecimal.valueOf(between(in, 1, 100_000)))
          .unit(Unit.of(pick(in, UNITS)));
      default -> builder.value(value).unit(Unit.of(pick(in, UNITS)));
    }
    if (flip(in)) {
      builder.code(pick(in, List.of("mediation.success_rate", "a", "service.windows", "x1.y_2")));
    }
    if (depth > 0) {
      int parts = between(in, 0, 2);
      for (int i = 0; i < parts; i++) {
        builder.addPart(indicator(in, depth - 1));
      }
      builder.partsComplete(parts > 0 && flip(in));
    }
    optional(in, builder::written);
    return builder.build();
  }

  private static ReviewTally tally(RandomnessSource in) {
    Procedure procedure = pick(in, Procedure.values());
    ReviewTally.Builder builder = ReviewTally.builder().procedure(procedure);
    if (procedure == Procedure.LITIGATION && flip(in)) {
      builder.route(pick(in, LitigationRoute.values()));
    }
    if (flip(in)) {
      builder.received(count(in));
    }
    if (flip(in)) {
      builder.accepted(count(in));
    }
    if (flip(in)) {
      builder.notAccepted(count(in)).carriedOver(count(in));
    }
    if (flip(in)) {
      builder.concluded(count(in)).withdrawn(count(in)).pending(count(in));
    }
    builder.withdrawalsCountedApart(flip(in)).outcomesComplete(flip(in));
    for (int i = 0, n = between(in, 0, 3); i < n; i++) {
      builder.putDecision(List.of(Decision.UPHELD, Decision.REVOKED, Decision.WITHDRAWN).get(i), count(in));
    }
    for (int i = 0, n = between(in, 0, 2); i < n; i++) {
      builder.putOutcomeGroup(List.of(OutcomeGroup.UPHELD, OutcomeGroup.CORRECTED).get(i), count(in));
    }
    return builder.build();
  }

  private static long count(RandomnessSource in) {
    return flip(in) ? between(in, 0, 50) : Long.MAX_VALUE - between(in, 0, 1);
  }

  private static void optional(RandomnessSource in, java.util.function.Consumer<String> setter) {
    if (flip(in)) {
      setter.accept(pick(in, TEXTS));
    }
  }

  private static boolean flip(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  private static <T> T pick(RandomnessSource in, T[] values) {
    return values[between(in, 0, values.length - 1)];
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }
}
