package io.github.fazhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Decision;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Report;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.Total;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.StandardRules;
import io.github.fazhi.benchmarks.Raw.RawArea;
import io.github.fazhi.benchmarks.Raw.RawIndicator;
import io.github.fazhi.benchmarks.Raw.RawJurisdiction;
import io.github.fazhi.benchmarks.Raw.RawMeasure;
import io.github.fazhi.benchmarks.Raw.RawReport;
import io.github.fazhi.benchmarks.Raw.RawTally;
import io.github.fazhi.reader.Draft;
import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Runs every benchmark once on tiny inputs, untimed, and checks that it computes the right thing, so the
 * benchmarks keep compiling and measuring what they claim. Speed and memory goals are not tested here.
 */
class BenchmarksSmokeTest {
  private static final int TINY = 1_000;
  private static final int SERIES = 55;

  @ParameterizedTest
  @MethodSource("benchmarkClasses")
  void everyBenchmarkMethod_runsOnceAndReturnsAResult(Class<?> type) throws Exception {
    Object state = type.getConstructor().newInstance();
    if (state instanceof SumBenchmark sums) {
      sums.entries = TINY;
    }
    if (state instanceof CheckBenchmark checks) {
      checks.reports = SERIES;
    }
    if (state instanceof StatsMergeBenchmark merges) {
      merges.reports = TINY;
    }
    if (state instanceof ReaderScalingBenchmark scaling) {
      scaling.bytes = 20_000;
    }
    if (state instanceof StatisticsBenchmark statistics) {
      statistics.reports = TINY;
    }
    invokeAnnotated(state, Setup.class);
    List<Method> benchmarks = annotated(type, Benchmark.class);
    assertThat(benchmarks).isNotEmpty();
    for (Method benchmark : benchmarks) {
      assertThat(benchmark.invoke(state)).as(benchmark.getName()).isNotNull();
    }
    invokeAnnotated(state, TearDown.class);
  }

  /** The smoke test runs every benchmark JMH knows of: a new benchmark class must be added above. */
  @Test
  void theSmokeTestCoversEveryBenchmarkInTheJar() throws Exception {
    Set<String> known = new TreeSet<>();
    // META-INF/BenchmarkList, written by JMH's annotation processor: one line per benchmark method,
    // "JMH S <length> <class> S <length> <generated class> S <length> <method> …".
    try (var in = BenchmarksSmokeTest.class.getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
      assertThat(in).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] parts = line.split(" ");
          known.add(parts[3] + "#" + parts[9]);
        }
      }
    }
    Set<String> smoked = new TreeSet<>();
    benchmarkClasses().forEach(type -> annotated(type, Benchmark.class)
        .forEach(method -> smoked.add(type.getName() + "#" + method.getName())));
    assertThat(known).hasSizeGreaterThanOrEqualTo(20).isEqualTo(smoked);
  }

  static Stream<Class<?>> benchmarkClasses() {
    return Stream.of(BuildBenchmark.class, SumBenchmark.class, JsonBenchmark.class, CheckBenchmark.class,
        StatsMergeBenchmark.class, StatisticsBenchmark.class,
        ReaderBenchmark.class, ReaderScalingBenchmark.class, PdfReadingBenchmark.class, FolderReadingBenchmark.class);
  }

  @Test
  void statsMerge_givesTheStatisticsOfTheWholeCorpus() {
    StatsMergeBenchmark merge = new StatsMergeBenchmark();
    merge.reports = TINY;
    merge.setUp();
    io.github.fazhi.stats.ReportStatistics whole = io.github.fazhi.stats.ReportStatistics.of(
        new CorpusGenerator(2012).reports(TINY).stream().map(FazhiValues::report).toList());
    assertThat(merge.left.reportCount()).isEqualTo(TINY / 2);
    assertThat(merge.merge()).isEqualTo(whole);
    assertThat(whole.reportCount()).isEqualTo(TINY);
  }

  @Test
  void columnarStatistics_equalTheMergedHalves() {
    StatisticsBenchmark statistics = new StatisticsBenchmark();
    statistics.reports = TINY;
    statistics.setUp();
    io.github.fazhi.stats.ReportStatistics whole = statistics.columnarAccumulator();
    assertThat(whole.reportCount()).isEqualTo(TINY);
    assertThat(whole.totals()).isNotEmpty();
    int half = TINY / 2;
    assertThat(io.github.fazhi.stats.ReportStatistics.of(statistics.corpus.subList(0, half))
        .plus(io.github.fazhi.stats.ReportStatistics.of(statistics.corpus.subList(half, TINY)))).isEqualTo(whole);
  }

  @Test
  void fazhiBuild_andRecords_holdTheSameReport_andBothAreValid() {
    BuildBenchmark build = new BuildBenchmark();
    build.setUp();
    try {
      for (int i = 0; i < BuildBenchmark.INPUTS; i++) {
        RawReport raw = build.inputs.get(i);
        Report report = FazhiValues.report(raw);
        // Compared as a boolean: a failing message would print two whole reports.
        assertThat(Records.of(report).equals(Records.report(raw))).as("input %d", i).isTrue();
        assertThat(report.workAreas()).hasSize(7);
        assertThat(report.indicators()).hasSizeBetween(18, 22);
        assertThat(build.fazhiBuild()).isNotNull();
        assertThat(build.recordsBuildAndValidate()).isEmpty();
        assertThat(build.recordsValidateOnly()).isEmpty();
      }
    } finally {
      build.tearDown();
    }
  }

  @Test
  void jsonBenchmarks_readAndWriteTheSameReports_onBothSides() throws Exception {
    JsonBenchmark json = new JsonBenchmark();
    json.setUp();
    try {
      // Each benchmark method takes the next input in turn, so each runs once round all the inputs.
      List<Report> read = new ArrayList<>();
      List<ReportRecord> recordsRead = new ArrayList<>();
      for (int i = 0; i < JsonBenchmark.INPUTS; i++) {
        read.add(json.fazhiRead());
      }
      for (int i = 0; i < JsonBenchmark.INPUTS; i++) {
        recordsRead.add(json.recordsRead());
      }
      for (int i = 0; i < JsonBenchmark.INPUTS; i++) {
        assertThat(json.fazhiModuleRead().equals(read.get(i))).as("module read %d", i).isTrue();
      }
      for (int i = 0; i < JsonBenchmark.INPUTS; i++) {
        assertThat(json.recordsReadAndValidate()).isEmpty();
      }
      for (int i = 0; i < JsonBenchmark.INPUTS; i++) {
        assertThat(json.fazhiWrite()).isEqualTo(json.fazhiDocuments.get(i));
      }
      for (int i = 0; i < JsonBenchmark.INPUTS; i++) {
        assertThat(json.recordsWrite()).isEqualTo(json.recordDocuments.get(i));
      }
      for (int i = 0; i < JsonBenchmark.INPUTS; i++) {
        // Compared as booleans: a failing message would print two whole reports.
        assertThat(read.get(i).equals(json.reports.get(i))).as("fazhi read %d", i).isTrue();
        assertThat(recordsRead.get(i).equals(json.records.get(i))).as("records read %d", i).isTrue();
        // Both documents hold the same content: the records read back equal fazhi's report as records.
        assertThat(Records.of(read.get(i)).equals(recordsRead.get(i))).as("same content %d", i).isTrue();
      }
      String fazhi = new String(json.fazhiDocuments.get(0), StandardCharsets.UTF_8);
      String records = new String(json.recordDocuments.get(0), StandardCharsets.UTF_8);
      assertThat(fazhi).contains("\"level\":\"county\"", "\"unit\":\"");
      assertThat(records).contains("\"level\":\"COUNTY\"").doesNotContain(":null");
    } finally {
      json.tearDown();
    }
  }

  @Test
  void checkBenchmarks_checkSeriesOfTenYears_withOneCodePerJurisdiction() {
    CheckBenchmark checks = new CheckBenchmark();
    checks.reports = SERIES;
    checks.kinds = "rule_of_law";
    checks.setUp();
    Map<String, List<Integer>> yearsByCode = checks.corpus.stream().collect(Collectors.groupingBy(
        r -> r.jurisdiction().orElseThrow().code().orElseThrow(), LinkedHashMap::new,
        Collectors.mapping(r -> r.year().getValue(), Collectors.toList())));
    // 55 reports: five full series of 2015-2024 and one of 2015-2019.
    assertThat(yearsByCode).hasSize(6);
    assertThat(yearsByCode.values()).filteredOn(years -> years.size() == 10).hasSize(5)
        .allSatisfy(years -> assertThat(years).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
            2024));
    List<Finding> all = checks.checkAll();
    List<Finding> each = checks.checkEach();
    assertThat(all).extracting(Finding::ruleId).doesNotContain(StandardRules.DUPLICATE_REPORT);
    assertThat(all).hasSize(each.size() + checks.checker.checkSeries(checks.corpus).size());
    assertThat(all.stream().map(Finding::ruleId).toList())
        .containsAll(each.stream().map(Finding::ruleId).toList());
    assertThatThrownBy(() -> new CorpusGenerator(7).series(CorpusGenerator.MAX_SERIES * 2 + 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @SuppressWarnings("EnumOrdinal") // the long[] loop keeps one column per decision, by ordinal
  @Test
  void readerBenchmark_readsAReportOfTwentyKilobytes_andEveryExpression() {
    ReaderBenchmark reader = new ReaderBenchmark();
    reader.setUp();
    assertThat(reader.report.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(19_400, 22_000);
    var draft = reader.readReport();
    assertThat(draft.report()).isPresent();
    assertThat(draft.report().get().workAreas().size()).isGreaterThan(10);
    // 20 forms, each once per 20 expressions; 三分之一 and 3至5个工作日 are mentions too (a fraction, a range)
    assertThat(reader.normaliseNumbers()).hasSize(ReaderBenchmark.EXPRESSIONS);
    try {
      List<Draft> one = reader.readCorpusOnOneThread();
      assertThat(one).hasSize(ReaderBenchmark.CORPUS).allSatisfy(other -> assertThat(other.report()).isPresent());
      assertThat(one.get(0).report()).isEqualTo(draft.report());
      assertThat(one.get(1).report()).isNotEqualTo(draft.report()); // the texts differ in one number
      // on two threads: the same drafts, in the same order
      assertThat(reader.readCorpusOnTwoThreads()).extracting(Draft::report)
          .containsExactlyElementsOf(one.stream().map(Draft::report).toList());
    } finally {
      reader.tearDown();
    }
    assertThat(reader.twoThreads.isShutdown()).isTrue();
  }

  @Test
  void checkBenchmark_mixedCorpus_isHalfOpenGovInfoReports_whoseRulesFindTheSlips() {
    CheckBenchmark checks = new CheckBenchmark();
    checks.reports = 40;
    checks.setUp();
    List<Report> corpus = checks.corpus;
    assertThat(corpus).hasSize(40);
    // each 法治政府 report is followed by its government's 政府信息公开 report of the same year
    for (int i = 0; i < corpus.size(); i += 2) {
      Report law = corpus.get(i);
      Report open = corpus.get(i + 1);
      assertThat(law.kind()).isEqualTo(io.github.fazhi.ReportKind.RULE_OF_LAW_ANNUAL);
      assertThat(open.kind()).isEqualTo(io.github.fazhi.ReportKind.OPEN_GOV_INFO_ANNUAL);
      assertThat(open.jurisdiction()).isEqualTo(law.jurisdiction());
      assertThat(open.year()).isEqualTo(law.year());
      var info = open.openGovInfo().orElseThrow();
      assertThat(info.proactive()).isPresent();
      assertThat(info.applications()).isPresent();
      assertThat(info.disputes()).isPresent();
      assertThat(info.layout()).isEqualTo(law.year().getValue() <= 2020
          ? io.github.fazhi.opengov.OpenGovLayout.TRIAL_2019 : io.github.fazhi.opengov.OpenGovLayout.FORMAT_2021);
    }
    // one report in ten (the 10th and 20th 政府信息公开 reports) states one application too many in its overview
    List<Finding> overview = checks.checkEach().stream()
        .filter(f -> f.ruleId().equals(StandardRules.OpenGov.OVERVIEW_MISMATCH)).toList();
    assertThat(overview).hasSize(2);
  }

  @Test
  void pdfReadingBenchmark_readsAReportOfFiveAndOfFiftyPages() throws Exception {
    for (int pages : new int[] {5, 50}) {
      PdfReadingBenchmark pdf = new PdfReadingBenchmark();
      pdf.pages = pages;
      pdf.setUp();
      try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.file.toFile())) {
        assertThat(document.getNumberOfPages()).isEqualTo(pages);
      }
      assertThat(pdf.extract().text()).startsWith("青石市临江区2021年法治政府建设年度报告\n")
          .doesNotContain("- 2 -").contains("集体学法12次");
      Report report = pdf.read().report().orElseThrow();
      assertThat(report.year().getValue()).isEqualTo(2021);
      assertThat(report.workAreas().size()).isGreaterThan(pages);
      pdf.tearDown();
      assertThat(pdf.file).doesNotExist();
    }
  }

  @Test
  void folderReadingBenchmark_readsTheSameReports_inOrder_onOneThreadAndOnTwo() throws Exception {
    for (String kind : new String[] {"txt", "pdf"}) {
      List<Optional<Report>> one = folder(kind, 1);
      assertThat(one).as(kind).hasSize(FolderReadingBenchmark.FILES).allSatisfy(report -> assertThat(report).isPresent());
      assertThat(one.get(0)).as(kind).isNotEqualTo(one.get(1)); // the files differ in one number
      assertThat(folder(kind, 2)).as(kind).isEqualTo(one);
    }
  }

  @Test
  void folderReadingBenchmark_streams_theFolderInOrder_roundAndRound_onOneThreadAndOnTwo() throws Exception {
    List<Optional<Report>> once = folder("txt", 1);
    List<Optional<Report>> twice = new ArrayList<>(once);
    twice.addAll(once);
    assertThat(stream("txt", 1, 2 * FolderReadingBenchmark.FILES)).isEqualTo(twice);
    assertThat(stream("txt", 2, 2 * FolderReadingBenchmark.FILES)).isEqualTo(twice);
  }

  private static List<Optional<Report>> stream(String kind, int threads, int documents) throws Exception {
    FolderReadingBenchmark folder = new FolderReadingBenchmark();
    folder.kind = kind;
    folder.threads = threads;
    folder.setUp();
    try {
      List<Optional<Report>> reports = new ArrayList<>();
      for (int i = 0; i < documents; i++) {
        reports.add(folder.readStream().report());
      }
      return reports;
    } finally {
      folder.tearDown();
    }
  }

  private static List<Optional<Report>> folder(String kind, int threads) throws Exception {
    FolderReadingBenchmark folder = new FolderReadingBenchmark();
    folder.kind = kind;
    folder.threads = threads;
    folder.setUp();
    try {
      return folder.readFolder().stream().map(Draft::report).toList();
    } finally {
      folder.tearDown();
    }
  }

  @Test
  void readerScalingBenchmark_readsAReportOfTheSizeAsked() {
    ReaderScalingBenchmark scaling = new ReaderScalingBenchmark();
    scaling.bytes = 100_000;
    scaling.setUp();
    assertThat(scaling.report.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(98_000, 101_000);
    var draft = scaling.read();
    // one work area a paragraph of about 650 bytes, numbered again after （九十九）
    assertThat(draft.report().orElseThrow().workAreas().size()).isGreaterThan(140);
    assertThat(draft.report().get().reviews()).isNotEmpty();
  }

  @Test
  void fazhiTallySums_equalTheLongArrayLoop_sequentiallyAndInParallel() {
    SumBenchmark sums = new SumBenchmark();
    sums.entries = TINY;
    sums.setUp();
    long[] loop = sums.talliesLongArrayLoop();
    for (Optional<ReviewTally> result :
        List.of(sums.talliesFazhiLoop(), sums.talliesFazhiCollector(), sums.talliesFazhiParallel(),
            sums.talliesColumnSum(), sums.talliesColumnBuildAndSum())) {
      ReviewTally sum = result.orElseThrow();
      assertThat(sum.received()).hasValue(loop[0]);
      assertThat(sum.accepted()).hasValue(loop[1]);
      assertThat(sum.concluded()).hasValue(loop[4]);
      assertThat(sum.withdrawn()).hasValue(loop[5]);
      assertThat(sum.pending()).hasValue(loop[6]);
      for (Decision decision : Decision.values()) {
        assertThat(sum.decision(decision)).as(decision.name())
            .hasValue(loop[SumBenchmark.COUNTS + decision.ordinal()]);
      }
    }
    assertThat(sums.talliesColumnSum()).isEqualTo(sums.talliesFazhiLoop());
    assertThat(sums.talliesRecordLoop()).containsExactly(Arrays.copyOf(loop, SumBenchmark.COUNTS));
  }

  @Test
  void fazhiTotals_equalTheLongArrayLoop_inCases_approximateWhereFiguresAreRounded() {
    SumBenchmark sums = new SumBenchmark();
    sums.entries = TINY;
    sums.setUp();
    long loop = sums.totalsLongArrayLoop();
    for (Total total : List.of(sums.totalsFazhiLoop(), sums.totalsFazhiCollector(), sums.totalsFazhiParallel(),
        sums.totalsColumnarLoop(), sums.totalsColumnSum(), sums.totalsColumnBuildAndSum())) {
      assertThat(total.sum()).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(loop)));
      assertThat(total.count()).isEqualTo(TINY);
      assertThat(total.unit()).contains(Unit.of("件"));
      // about one count in twenty is a rounded figure in 万件 with two decimals (± 50 件 each), so the total
      // is approximate, within a margin of 50 件 per rounded figure; the bounds (以上, 余) are no longer exact
      assertThat(total.qualifier()).hasValue(Qualifier.APPROXIMATELY);
      assertThat(total.margin()).isPositive();
      assertThat(total.margin().remainder(BigDecimal.valueOf(50))).isEqualByComparingTo("0");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void invalidInput_isRefusedByFazhi_andFoundByHibernateValidator(String what, UnaryOperator<RawReport> corrupt) {
    BuildBenchmark build = new BuildBenchmark();
    build.setUp();
    try {
      RawReport valid = build.inputs.get(0);
      assertThat(build.validator.validate(Records.report(valid))).isEmpty();
      RawReport invalid = corrupt.apply(valid);
      Set<ConstraintViolation<ReportRecord>> violations = build.validator.validate(Records.report(invalid));
      assertThat(violations).as(what).hasSize(1);
      assertThatThrownBy(() -> FazhiValues.report(invalid)).as(what)
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSize(1));
    } finally {
      build.tearDown();
    }
  }

  static Stream<Arguments> corruptions() {
    return Stream.of(
        Arguments.of("five-digit division code", (UnaryOperator<RawReport>) r -> withJurisdiction(r,
            new RawJurisdiction(r.jurisdiction().name(), "44020", r.jurisdiction().level(), r.jurisdiction().parent()))),
        Arguments.of("blank issuer", (UnaryOperator<RawReport>) r -> new RawReport(r.jurisdiction(), " ", r.year(),
            r.published(), r.title(), r.preamble(), r.workAreas(), r.reviews(), r.shortcomings(), r.plansPreamble(),
            r.plans())),
        Arguments.of("blank measure text", (UnaryOperator<RawReport>) r -> withFirstMeasure(r,
            m -> new RawMeasure(m.ordinal(), "  ", m.indicators()))),
        Arguments.of("percentage above 100", (UnaryOperator<RawReport>) r -> withFirstMeasure(r,
            m -> new RawMeasure(m.ordinal(), m.text(), List.of(new RawIndicator("办结率", "service.completion_rate",
                IndicatorKind.PERCENT, new BigDecimal("100.5"), "%", Qualifier.EXACT, "100.5%"))))),
        Arguments.of("half a count", (UnaryOperator<RawReport>) r -> withFirstMeasure(r,
            m -> new RawMeasure(m.ordinal(), m.text(), List.of(new RawIndicator("撤销的事业单位", null,
                IndicatorKind.COUNT, new BigDecimal("1.5"), "个", Qualifier.EXACT, null))))),
        Arguments.of("negative received count", (UnaryOperator<RawReport>) r -> withTally(r,
            new RawTally(r.reviews().get(0).procedure(), -1L, 0L, 0L, 0L, 0L, false, java.util.Map.of(), false))),
        Arguments.of("published before its year", (UnaryOperator<RawReport>) r -> new RawReport(r.jurisdiction(),
            r.issuer(), r.year(), r.published().withYear(r.year() - 1), r.title(), r.preamble(), r.workAreas(),
            r.reviews(), r.shortcomings(), r.plansPreamble(), r.plans())));
  }

  /**
   * A difference worth knowing, not a goal: Hibernate Validator's {@code @NotBlank} trims only ASCII
   * white space, so a text of full-width spaces (全角空格, U+3000), common in Chinese documents, passes it;
   * fazhi refuses it.
   */
  @Test
  void fullWidthSpaces_passNotBlank_butAreRefusedByFazhi() {
    BuildBenchmark build = new BuildBenchmark();
    build.setUp();
    try {
      RawReport invalid = withFirstMeasure(build.inputs.get(0),
          m -> new RawMeasure(m.ordinal(), "\u3000\u3000", m.indicators()));
      assertThat(build.validator.validate(Records.report(invalid))).isEmpty();
      assertThatThrownBy(() -> FazhiValues.report(invalid)).isInstanceOf(ValidationException.class);
    } finally {
      build.tearDown();
    }
  }

  @Test
  void footprint_measuresTheSeedAndACorpus_inBothForms() {
    List<Footprint.Row> rows = Footprint.rows(3);
    assertThat(rows).hasSize(3);
    for (Footprint.Row row : rows) {
      assertThat(row.fazhi().bytes()).isGreaterThan(row.fazhi().textBytes()).isPositive();
      assertThat(row.records().bytes()).isGreaterThan(row.records().textBytes()).isPositive();
      assertThat(row.ratio()).isBetween(0.5, 2.0);
    }
    assertThat(rows.get(2).fazhi().bytes()).isGreaterThan(rows.get(1).fazhi().bytes());
  }

  @Test
  void generator_isDeterministic_andMakesSeedShapedReports_withDivisionCodes() {
    List<RawReport> first = new CorpusGenerator(7).reports(50);
    assertThat(new CorpusGenerator(7).reports(50)).isEqualTo(first);
    assertThat(new CorpusGenerator(8).reports(50)).isNotEqualTo(first);
    for (RawReport report : first) {
      assertThat(report.jurisdiction().code()).matches("[1-6][0-9]{5}");
      assertThat(report.workAreas()).hasSize(7);
      assertThat(report.workAreas()).allSatisfy(area -> assertThat(area.measures()).hasSizeBetween(3, 5));
      assertThat(report.reviews()).isNotEmpty();
    }
    assertThat(first).extracting(r -> r.jurisdiction().level()).contains(io.github.fazhi.JurisdictionLevel.COUNTY);
    assertThatThrownBy(() -> new CorpusGenerator(7).reports(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CorpusGenerator(7).reports(CorpusGenerator.MAX_REPORTS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatedNumbers_useTheSeedsUnitsAndQualifiers() {
    List<Indicator> indicators = new CorpusGenerator(7).reports(20).stream()
        .map(FazhiValues::report)
        .flatMap(report -> report.indicators().stream())
        .toList();
    assertThat(indicators).extracting(i -> i.unit().written()).contains("个", "项", "宗", "件", "万人", "%");
    assertThat(indicators).extracting(Indicator::qualifier)
        .contains(Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.APPROXIMATELY);
  }

  private static RawReport withJurisdiction(RawReport r, RawJurisdiction jurisdiction) {
    return new RawReport(jurisdiction, r.issuer(), r.year(), r.published(), r.title(), r.preamble(), r.workAreas(),
        r.reviews(), r.shortcomings(), r.plansPreamble(), r.plans());
  }

  private static RawReport withTally(RawReport r, RawTally tally) {
    return new RawReport(r.jurisdiction(), r.issuer(), r.year(), r.published(), r.title(), r.preamble(),
        r.workAreas(), List.of(tally), r.shortcomings(), r.plansPreamble(), r.plans());
  }

  private static RawReport withFirstMeasure(RawReport r, UnaryOperator<RawMeasure> change) {
    List<RawArea> areas = new ArrayList<>(r.workAreas());
    RawArea first = areas.get(0);
    List<RawMeasure> measures = new ArrayList<>(first.measures());
    measures.set(0, change.apply(measures.get(0)));
    areas.set(0, new RawArea(first.ordinal(), first.title(), first.taskAreas(), measures, first.text()));
    return new RawReport(r.jurisdiction(), r.issuer(), r.year(), r.published(), r.title(), r.preamble(), areas,
        r.reviews(), r.shortcomings(), r.plansPreamble(), r.plans());
  }

  private static List<Method> annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
    return Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(annotation)).toList();
  }

  private static void invokeAnnotated(Object state, Class<? extends java.lang.annotation.Annotation> annotation)
      throws Exception {
    for (Method method : annotated(state.getClass(), annotation)) {
      method.invoke(state);
    }
  }
}
