package io.github.fazhi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.testing.SeedReport;
import org.junit.jupiter.api.Test;

public class IndicatorCatalogTest {
  private final IndicatorCatalog standard = IndicatorCatalog.standard();

  /** Catalogues are equal when they hold equal entries (read by PackageSanityTests). */
  @Test
  public void testEquals() {
    CatalogEntry calls = CatalogEntry.builder().code("hotline.calls").labels("12345热线来电", "hotline calls")
        .kind(IndicatorKind.COUNT, "个").build();
    new EqualsTester()
        .addEqualityGroup(standard, IndicatorCatalog.builder().addAll(standard).build())
        .addEqualityGroup(standard.with(calls), IndicatorCatalog.builder().addAll(standard).add(calls).build())
        .addEqualityGroup(IndicatorCatalog.empty(), IndicatorCatalog.parse("# nothing"))
        .testEquals();
  }

  @Test
  void theStandardCatalogue_holdsAtLeastFortyIndicators_eachWithBothLabels() {
    assertThat(standard.size()).isGreaterThanOrEqualTo(40);
    assertThat(standard.entries()).allSatisfy(entry -> {
      assertThat(entry.chinese()).isNotBlank();
      assertThat(entry.english()).isNotBlank();
    });
  }

  @Test
  void theStandardCatalogue_holdsTheRequiredCodes() {
    assertThat(standard.codes()).contains(
        "reconsideration.received", "reconsideration.accepted", "reconsideration.concluded",
        "reconsideration.corrected", "reconsideration.correction_rate", "litigation.first_instance_cases",
        "litigation.loss_rate", "litigation.head_appearance_rate", "mediation.disputes", "mediation.success_rate",
        "legal_aid.cases", "legal_adviser.services", "normative_documents.filed", "legality_review.count",
        "service.windows", "service.completion_rate");
  }

  @Test
  void everyCodeOfTheSeed_isInTheStandardCatalogue_andItsUnitFits() {
    for (Indicator indicator : SeedReport.report().indicators()) {
      CatalogEntry entry = standard.entry(indicator.code().orElseThrow()).orElseThrow();
      assertThat(entry.fits(indicator.unit())).as(entry.code()).isTrue();
      assertThat(entry.kind()).as(entry.code()).isEqualTo(indicator.kind());
    }
  }

  @Test
  void theMediationSuccessRate_isTheRatioOfSuccessesToDisputes_andAShare() {
    CatalogEntry rate = standard.entry("mediation.success_rate").orElseThrow();
    assertThat(rate.aggregation()).isEqualTo(Aggregation.ratio("mediation.succeeded", "mediation.disputes"));
    assertThat(rate.aggregation().toString()).isEqualTo("RATIO(mediation.succeeded/mediation.disputes)");
    assertThat(rate.isShare()).isTrue();
    assertThat(rate.chinese()).isEqualTo("调解成功率");
    assertThat(rate.english()).isEqualTo("mediation success rate");
    assertThat(standard.entry("mediation.disputes").orElseThrow().aggregation()).isEqualTo(Aggregation.sum());
    assertThat(standard.entry("litigation.head_appearance_rate").orElseThrow().aggregation())
        .isEqualTo(Aggregation.none());
    assertThat(Aggregation.sum().numerator()).isEmpty();
    assertThat(Aggregation.none().toString()).isEqualTo("NONE");
  }

  @Test
  void unitsFit_whenTheyCountTheSameThing() {
    CatalogEntry disputes = standard.entry("mediation.disputes").orElseThrow();
    assertThat(disputes.fits(Unit.of("宗"))).isTrue();
    assertThat(disputes.fits(Unit.of("万件"))).isTrue();
    assertThat(disputes.fits(Unit.of("人"))).isFalse();
    CatalogEntry sessions = standard.entry("study.sessions").orElseThrow();
    assertThat(sessions.fits(Unit.of("场次"))).isTrue();
    assertThat(sessions.otherUnits()).contains(Unit.of("场"));
    assertThat(standard.entry("mediation.amount").orElseThrow().fits(Unit.of("亿元"))).isTrue();
  }

  @Test
  void usersExtendTheCatalogue_orReplaceAnEntry_orRemoveOne() {
    CatalogEntry calls = CatalogEntry.builder().code("hotline.calls").labels("12345热线来电", "hotline calls")
        .kind(IndicatorKind.COUNT, "个").addAlias("热线").build();
    IndicatorCatalog mine = IndicatorCatalog.builder().addAll(standard).add(calls).build();
    assertThat(mine.size()).isEqualTo(standard.size() + 1);
    assertThat(mine.entry("hotline.calls")).hasValue(calls);
    assertThat(standard.with(calls)).isEqualTo(mine);
    CatalogEntry replaced = CatalogEntry.builder().code("legal_aid.cases").labels("法律援助", "legal aid")
        .kind(IndicatorKind.COUNT, "件").build();
    IndicatorCatalog replacedCatalog = standard.with(replaced);
    assertThat(replacedCatalog.size()).isEqualTo(standard.size());
    assertThat(replacedCatalog.entry("legal_aid.cases")).hasValue(replaced);
    assertThat(replaced.aliases()).isEmpty();
    assertThat(IndicatorCatalog.builder().addAll(standard).put(replaced).build()).isEqualTo(replacedCatalog);
    assertThat(standard.without("legal_aid.cases").contains("legal_aid.cases")).isFalse();
    assertThat(standard.without("no.such")).isSameAs(standard);
    assertThatThrownBy(() -> IndicatorCatalog.builder().addAll(standard).add(replaced).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal_aid.cases");
  }

  @Test
  void aRatioOfMissingOrNonAdditiveCodes_isRefused() {
    assertThatThrownBy(() -> standard.without("mediation.succeeded"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mediation.success_rate is a ratio of mediation.succeeded");
    CatalogEntry weird = CatalogEntry.builder().code("x.rate").labels("率", "rate").kind(IndicatorKind.PERCENT, "%")
        .aggregation(Aggregation.ratio("mediation.success_rate", "mediation.disputes")).build();
    assertThatThrownBy(() -> standard.with(weird)).hasMessageContaining("not additive");
  }

  @Test
  void entriesKeepTheirInvariants() {
    assertThatThrownBy(() -> CatalogEntry.builder().code("Bad Code").labels("a", "b").kind(IndicatorKind.COUNT, "件")
        .build()).hasMessageContaining("lower-case");
    assertThatThrownBy(() -> CatalogEntry.builder().code("x.y").labels(" ", "b").kind(IndicatorKind.COUNT, "件").build())
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> CatalogEntry.builder().code("x.y").labels("a", "b").kind(IndicatorKind.COUNT, "件")
        .isShare(true).build()).hasMessageContaining("isShare: a share (isShare true) must be a PERCENT, not COUNT");
    assertThatThrownBy(() -> CatalogEntry.builder().code("x.y").labels("a", "b").kind(IndicatorKind.COUNT, "件")
        .aggregation(Aggregation.ratio("a", "b")).build()).hasMessageContaining("RATIO aggregation");
    assertThatThrownBy(() -> CatalogEntry.builder().code("x.y").labels("a", "b").kind(IndicatorKind.RANK, "名")
        .aggregation(Aggregation.sum()).build()).hasMessageContaining("SUM aggregation");
    assertThatThrownBy(() -> CatalogEntry.builder().code("x.y").labels("a", "b").kind(IndicatorKind.COUNT, "件")
        .addAliases("甲", " ").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("aliases[1]: aliases[1] (\" \") must not be blank");
    assertThatThrownBy(() -> Aggregation.ratio("a", "a")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CatalogEntry.builder().code("x.y").labels("a", "b").kind(IndicatorKind.RANK, "名").build().aggregation())
        .isEqualTo(Aggregation.none());
  }

  @Test
  void entriesAndCataloguesAreValues() {
    CatalogEntry a = CatalogEntry.builder().code("x.y").labels("甲", "a").kind(IndicatorKind.COUNT, "件").build();
    new EqualsTester()
        .addEqualityGroup(a, CatalogEntry.builder().code("x.y").labels("甲", "a").kind(IndicatorKind.COUNT, "件").build())
        .addEqualityGroup(CatalogEntry.builder().code("x.y").labels("乙", "a").kind(IndicatorKind.COUNT, "件").build())
        .addEqualityGroup(CatalogEntry.builder().code("x.y").labels("甲", "a").kind(IndicatorKind.COUNT, "个").build())
        .addEqualityGroup(CatalogEntry.builder().code("x.z").labels("甲", "a").kind(IndicatorKind.COUNT, "件").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(IndicatorCatalog.empty(), IndicatorCatalog.builder().build())
        .addEqualityGroup(IndicatorCatalog.empty().with(a))
        .testEquals();
    assertThat(a.toString()).isEqualTo("x.y (甲, COUNT in 件)");
    assertThat(standard.toString()).isEqualTo("IndicatorCatalog{" + standard.size() + " entries}");
  }

  @Test
  void aReportsLabel_leadsToItsLikelyCode() {
    // labels of the seed fixture, as the report words them
    assertThat(standard.lookup("人民调解组织调处各类民事纠纷")).map(CatalogEntry::code).hasValue("mediation.disputes");
    assertThat(standard.lookup("调解成功率")).map(CatalogEntry::code).hasValue("mediation.success_rate");
    assertThat(standard.lookup("驻村居律师提供服务")).map(CatalogEntry::code).hasValue("legal_adviser.services");
    assertThat(standard.lookup("收到行政复议案件")).map(CatalogEntry::code).hasValue("reconsideration.received");
    assertThat(standard.lookup("办结率")).map(CatalogEntry::code).hasValue("service.completion_rate");
    assertThat(standard.lookup("天气")).isEmpty();
  }

  @Test
  void anEntry_fitsItsUnitAndItsOtherUnits_onceScaled_andNoOther() {
    CatalogEntry entry = CatalogEntry.builder().code("x.y").labels("甲", "a").kind(IndicatorKind.COUNT, "件", "人次").build();
    assertThat(entry.fits(Unit.of("件"))).isTrue();
    assertThat(entry.fits(Unit.of("万宗"))).isTrue(); // 宗 counts the same as 件
    assertThat(entry.fits(Unit.of("人次"))).isTrue();
    assertThat(entry.fits(Unit.of("万人次"))).isTrue();
    assertThat(entry.fits(Unit.of("项"))).isFalse();
  }

  @Test
  void ofTwoEquallyLongWordsInALabel_theEntryAddedFirstIsTheLikelyOne() {
    CatalogEntry first = CatalogEntry.builder().code("a.x").labels("甲乙", "a").kind(IndicatorKind.COUNT, "件").build();
    CatalogEntry second = CatalogEntry.builder().code("b.y").labels("丙丁", "b").kind(IndicatorKind.COUNT, "件").build();
    assertThat(IndicatorCatalog.builder().add(first).add(second).build().lookup("甲乙丙丁")).hasValue(first);
    assertThat(IndicatorCatalog.builder().add(second).add(first).build().lookup("甲乙丙丁")).hasValue(second);
    // a longer word wins wherever it stands
    CatalogEntry longer = CatalogEntry.builder().code("c.z").labels("丙丁戊", "c").kind(IndicatorKind.COUNT, "件").build();
    assertThat(IndicatorCatalog.builder().add(first).add(longer).build().lookup("甲乙丙丁戊")).hasValue(longer);
  }

  @Test
  void aCatalogue_survivesSerialization_andTheStandardOneStaysTheSameInstance() throws Exception {
    assertThat(roundTrip(standard)).isSameAs(standard);
    IndicatorCatalog mine = standard.with(CatalogEntry.builder().code("hotline.calls").labels("12345热线来电", "hotline calls")
        .kind(IndicatorKind.COUNT, "个").build());
    Object copy = roundTrip(mine);
    assertThat(copy).isEqualTo(mine).isNotSameAs(mine);
    assertThat(roundTrip(IndicatorCatalog.empty())).isEqualTo(IndicatorCatalog.empty());
  }

  @Test
  void anEntry_survivesSerialization_withEveryAttribute() throws Exception {
    CatalogEntry entry = CatalogEntry.builder().code("x.rate").labels("甲率", "a rate")
        .kind(IndicatorKind.PERCENT, "%", "％").isShare(false).aggregation(Aggregation.none()).addAliases("甲", "乙")
        .build();
    Object copy = roundTrip(entry);
    assertThat(copy).isEqualTo(entry).isNotSameAs(entry);
    assertThat(((CatalogEntry) copy).isShare()).isFalse();
    assertThat(((CatalogEntry) copy).otherUnits()).containsExactly(Unit.of("％"));
    assertThat(((CatalogEntry) copy).aliases()).containsExactly("甲", "乙");
  }

  @Test
  void anEntryIsNotReadFromAStreamExceptThroughItsSerializedForm() throws Exception {
    java.lang.reflect.Method readObject =
        CatalogEntry.class.getDeclaredMethod("readObject", java.io.ObjectInputStream.class);
    readObject.setAccessible(true);
    CatalogEntry entry = standard.entry("study.sessions").orElseThrow();
    assertThatThrownBy(() -> readObject.invoke(entry, (Object) null))
        .hasCauseInstanceOf(java.io.InvalidObjectException.class);
  }

  @Test
  void anEntryMissingItsRequiredAttributes_namesEachOfThem() {
    assertThatThrownBy(() -> CatalogEntry.builder().english("x").build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(io.github.fazhi.Violation::path)
                .containsExactlyInAnyOrder("code", "chinese", "kind", "unit"));
  }

  @Test
  void anEntryBreakingSeveralInvariants_isRefusedWithEachOfThem() {
    assertThatThrownBy(() -> CatalogEntry.builder().code("Bad").labels("", "b").kind(IndicatorKind.RANK, "名")
        .isShare(true).aggregation(Aggregation.sum()).build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(io.github.fazhi.Violation::path)
                .containsExactly("code", "chinese", "isShare", "aggregation"))
        .hasMessageContaining("code (\"Bad\")")
        .hasMessageContaining("a SUM aggregation (SUM) is only for an additive kind, not RANK");
    assertThatThrownBy(() -> CatalogEntry.builder().code("x.count").labels("甲", "b").kind(IndicatorKind.COUNT, "件")
        .aggregation(Aggregation.ratio("a.b", "a.c")).build())
        .hasMessageContaining("aggregation: a RATIO aggregation (RATIO(a.b/a.c)) is only for a PERCENT, not COUNT");
  }

  @Test
  void aCatalogueIsNotReadFromAStreamExceptThroughItsSerializedForm() throws Exception {
    java.lang.reflect.Method readObject =
        IndicatorCatalog.class.getDeclaredMethod("readObject", java.io.ObjectInputStream.class);
    readObject.setAccessible(true);
    assertThatThrownBy(() -> readObject.invoke(standard, (Object) null))
        .hasCauseInstanceOf(java.io.InvalidObjectException.class);
  }

  @Test
  void theLitigationClosureRateOfTheCatalogue_isNamedApartFromTheTallyClosureRate() {
    // 结案率 = first-instance cases concluded ÷ filed; the tally's closure rate (审结率) divides by cases
    // under review: two rates, two codes
    assertThat(standard.entry("litigation.first_instance_closure_rate")).hasValueSatisfying(e ->
        assertThat(e.aggregation()).isEqualTo(
            Aggregation.ratio("litigation.first_instance_concluded", "litigation.first_instance_cases")));
    assertThat(standard.contains("litigation.closure_rate")).isFalse();
  }

  private static Object roundTrip(Object value) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void everyLineOfTheStandardCatalogueFile_parsesIntoAnEntry() throws Exception {
    String tsv;
    try (java.io.InputStream in = IndicatorCatalog.class.getResourceAsStream(IndicatorCatalog.STANDARD_FILE)) {
      assertThat(in).isNotNull();
      tsv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    long entries = tsv.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
    assertThat(entries).isEqualTo(81);
    assertThat(IndicatorCatalog.parse(tsv)).isEqualTo(standard);
    assertThat(standard.size()).isEqualTo(81);
    // one entry read by hand from the file: 专题学法, counted in 次, also 场 and 场次
    assertThat(standard.entry("study.sessions")).hasValue(CatalogEntry.builder().code("study.sessions")
        .labels("专题学法", "leadership law-study sessions").kind(IndicatorKind.COUNT, "次", "场", "场次")
        .addAliases("学法", "专题学习").build());
    assertThat(standard.entry("mediation.success_rate").orElseThrow().aggregation())
        .isEqualTo(Aggregation.ratio("mediation.succeeded", "mediation.disputes"));
    assertThat(standard.entry("satisfaction.rule_of_law").orElseThrow().aggregation()).isEqualTo(Aggregation.none());
  }

  @Test
  void aCatalogueFileWithBadLines_isRefusedWithEveryProblemAndItsLine() {
    String tsv = String.join("\n",
        "# a comment",
        "a.b\t甲\ta\tcount\t件\t\tsum\t",
        "A.c\t乙\t \tcount\t件\t\tsum\t",
        "a.d\t丙\tc\tweight\t件\t\tsum\t",
        "a.e\t丁\td\tpercent\t%\t\tratio a.b\t",
        "too\tfew",
        "",
        "Bad Code\t戊\te\tcount\t件\t\tsum\t");
    assertThatThrownBy(() -> IndicatorCatalog.parse(tsv))
        .isInstanceOfSatisfying(io.github.fazhi.ValidationException.class, e ->
            assertThat(e.violations()).extracting(v -> v.message().substring(0, v.message().indexOf(':')))
                .containsExactly("line 3", "line 3", "line 4", "line 5", "line 6", "line 8"))
        .hasMessageContaining("line 3: code: code (\"A.c\") must be lower-case words joined by dots")
        .hasMessageContaining("line 3: english: english (\"\") must not be blank")
        .hasMessageContaining("kind (\"weight\")")
        .hasMessageContaining("ratio NUMERATOR / DENOMINATOR").hasMessageContaining("has 2 columns, not 8");
    // a ratio of a code the file does not hold is refused as a whole
    assertThatThrownBy(() -> IndicatorCatalog.parse("a.r\t甲\ta\tpercent\t%\t\tratio a.x / a.y\t"))
        .isInstanceOf(io.github.fazhi.ValidationException.class).hasMessageContaining("a.x");
    assertThat(IndicatorCatalog.parse("none\n".replace("none", "# only a comment"))).isEqualTo(IndicatorCatalog.empty());
    // aggregation none and other units separated by |
    IndicatorCatalog one = IndicatorCatalog.parse("a.s\t甲\ta\tcount\t次\t场 | 场次\tnone\t乙|丙");
    assertThat(one.entry("a.s").orElseThrow().otherUnits()).containsExactly(Unit.of("场"), Unit.of("场次"));
    assertThat(one.entry("a.s").orElseThrow().aliases()).containsExactly("乙", "丙");
    assertThat(one.entry("a.s").orElseThrow().aggregation()).isEqualTo(Aggregation.none());
  }
}
