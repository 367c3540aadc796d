package io.github.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.ContentPart;
import io.github.fazhi.Indicator;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Total;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed fixture holds what the seed report says; expected values are read off the seed text by hand. */
class SeedReportTest {
  private final Report seed = SeedReport.report();

  @Test
  void identity_isQujiang2019_publishedInsideItsYear() {
    assertThat(seed.jurisdiction().orElseThrow().name()).isEqualTo("曲江区");
    assertThat(seed.jurisdiction().orElseThrow().code()).hasValue("440205");
    assertThat(seed.jurisdiction().orElseThrow().parent()).hasValue("韶关市");
    assertThat(seed.issuer()).hasValue("韶关市曲江区人民政府");
    assertThat(seed.year().getValue()).isEqualTo(2019);
    assertThat(seed.published()).hasValue(LocalDate.of(2019, 12, 6));
    assertThat(seed.publicationDeadline()).contains(LocalDate.of(2020, 4, 1));
  }

  @Test
  void structure_hasSevenWorkAreasFiveShortcomingsSevenPlans() {
    assertThat(seed.workAreas()).extracting(WorkArea::ordinal).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(seed.workAreas()).extracting(area -> area.measures().size())
        .containsExactly(3, 4, 3, 4, 3, 3, 4);
    assertThat(seed.workAreas().get(0).title()).isEqualTo("强化组织领导,提高思想认识");
    assertThat(seed.shortcomings()).hasSize(5);
    assertThat(seed.shortcomings().get(4)).startsWith("法律服务人员数量严重不足");
    assertThat(seed.plans()).extracting(WorkArea::title).containsExactly(
        "切实加强组织领导", "推进依法科学民主决策", "进一步规范行政执法行为", "全面推进政务公开",
        "强化对行政权力的制约和监督", "依法有效化解社会矛盾纠纷", "提升政府工作人员法治思维和依法行政能力");
    assertThat(seed.missingParts())
        .containsExactlyInAnyOrder(ContentPart.LEADERSHIP_DUTY, ContentPart.OTHER_MATTERS);
  }

  @Test
  void everyNumberOfTheText_isAnIndicatorWithItsUnitAndQualifier() {
    List<String> stated = seed.indicators().stream()
        .map(i -> i.value().toPlainString() + i.unit() + (i.qualifier() == Qualifier.EXACT ? "" : " " + i.qualifier()))
        .collect(Collectors.toList());
    assertThat(stated).containsExactly(
        "2个", "9个", "205项", "22个", "12个", "4个", "145个", "70% AT_LEAST", "98.8%", "51个", "64个",
        "9个", "6项", "1338宗", "99﹪", "995件(次)", "11宗", "9宗", "3宗", "6宗");
    assertThat(seed.indicators()).hasSize(SeedReport.INDICATOR_COUNT);
  }

  @Test
  void everyWrittenNumber_appearsInTheSeedText() throws Exception {
    // The seed's text lies beside the repository (../shared from its root) in CI, never inside it.
    Path text = Path.of("..", "..", "shared", "seed", "qujiang-2019.txt");
    assumeTrue(Files.isRegularFile(text),
        "the seed's text is not beside the repository (" + text.toAbsolutePath().normalize() + "); skipped");
    String seedText = Files.readString(text);
    for (Indicator indicator : seed.indicators()) {
      assertThat(seedText).as(indicator.label()).contains(indicator.written().orElseThrow());
    }
    for (WorkArea area : seed.workAreas()) {
      assertThat(seedText).contains(area.title());
      area.measures().forEach(measure -> assertThat(seedText).contains(measure.text()));
    }
    seed.shortcomings().forEach(item -> assertThat(seedText).contains(item));
  }

  @Test
  void reconsideration_acceptanceRateIs9Of11_81point8Percent() {
    ReviewTally tally = seed.review(Procedure.RECONSIDERATION).orElseThrow();
    assertThat(tally.acceptanceRate().orElseThrow().numerator()).isEqualTo(9);
    assertThat(tally.acceptanceRate().orElseThrow().denominator()).isEqualTo(11);
    assertThat(tally.acceptanceRate().orElseThrow().percent(1)).isEqualByComparingTo("81.8");
    // 6 concluded + 3 withdrawn = 9 closed in the official sense, all of the 9 accepted.
    assertThat(tally.concludedIncludingWithdrawn()).hasValue(9);
    // Carried-over cases are not stated, so the closure rate is unknown, not 100%.
    assertThat(tally.closureRate()).isEmpty();
    // No corrections or mediations are counted as decisions: unknown, not 0.
    assertThat(tally.correctionRate()).isEmpty();
    assertThat(tally.mediationRate()).isEmpty();
  }

  @Test
  void totals_ofTheSeedsCounts_addUpByHand() {
    // 9 + 22 + 12 + 4 + 145 + 51 + 64 + 9 + 2 = 318 个 (every count in 个).
    Total units = seed.indicators().stream()
        .filter(i -> i.unit().equals(Unit.of("个")))
        .collect(Total.toTotal());
    assertThat(units.sum()).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("318"));
    // 1338 + 11 + 9 + 3 + 6 = 1367 宗, counted as 件.
    Total cases = seed.indicators().stream()
        .filter(i -> i.unit().equals(Unit.of("宗")))
        .collect(Total.toTotal());
    assertThat(cases.sum()).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo(new BigDecimal(1367)));
    assertThat(cases.unit()).hasValue(Unit.of("件"));
    assertThat(cases.qualifier()).hasValue(Qualifier.EXACT);
  }
}
