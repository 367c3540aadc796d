package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.fazhi.Report;
import io.github.fazhi.testing.SeedReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * The Jackson 3 binding (fazhi-jackson3) and this one read and write the same documents: the same bytes
 * for every fixture (政府信息公开 reports with numbers in their sections' prose among them), and the same
 * refusal, word for word, for every bad document.
 */
class BindingsAgreeTest extends ModuleTestBase {
  /** The bundled reports of the examples module, real reports as fazhi documents. */
  private static final Path EXAMPLES =
      Path.of("../examples/src/main/resources/io/github/fazhi/examples/reports");

  static Stream<String> goodDocuments() throws Exception {
    List<String> documents = new ArrayList<>(Corpus.GOOD);
    documents.add(SeedReportJsonTest.seedDocument());
    documents.add(mapper().writeValueAsString(SeedReport.report()));
    documents.add(mapper().writeValueAsString(Fixtures.fullReport()));
    documents.add(mapper().writeValueAsString(Fixtures.minimalReport()));
    for (Object[] fixture : OpenGovInfoJsonTest.fixtures().map(Arguments::get).toList()) {
      documents.add(OpenGovInfoJsonTest.fixture((String) fixture[0]));
    }
    documents.add(SectionIndicatorsJsonTest.DOCUMENT);
    org.quicktheories.QuickTheory.qt().withFixedSeed(23L).withExamples(20)
        .forAll(OpenGovInfoGen.openGovInfosWithSectionNumbers())
        .checkAssert(info -> documents.add(writeOpenGovReport(info)));
    for (Path file : bundledReports()) {
      documents.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    return documents.stream();
  }

  /** A department's 政府信息公开 report holding {@code info}, as Jackson 2 writes it. */
  private static String writeOpenGovReport(io.github.fazhi.opengov.OpenGovInfo info) {
    try {
      return mapper().writeValueAsString(io.github.fazhi.testing.OpenGovReports.report(info));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Path> bundledReports() throws IOException {
    if (!Files.isDirectory(EXAMPLES)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void theBundledReportsAreThere() throws IOException {
    assumeTrue(Files.isDirectory(EXAMPLES), "the examples module lies beside this one");
    assertThat(bundledReports()).hasSizeGreaterThanOrEqualTo(9);
  }

  @ParameterizedTest
  @MethodSource("goodDocuments")
  void bothBindings_readTheSameValue_andWriteTheSameBytes(String document) throws Exception {
    Report two = FazhiJson.reader().readValue(document);
    Report three = io.github.fazhi.jackson3.FazhiJson.reader().readValue(document);
    assertThat(three).isEqualTo(two);
    byte[] written = FazhiJson.writer().writeValueAsBytes(two);
    assertThat(io.github.fazhi.jackson3.FazhiJson.writer().writeValueAsBytes(three)).isEqualTo(written);
    assertThat(io.github.fazhi.jackson3.FazhiJson.writer().writeValueAsString(three))
        .isEqualTo(new String(written, StandardCharsets.UTF_8));
  }

  @Test
  void theSeedDocument_readByJackson3_isWrittenAsJackson2WritesIt() throws Exception {
    String seed = SeedReportJsonTest.seedDocument();
    Report read = io.github.fazhi.jackson3.FazhiJson.reader().readValue(seed);
    assertThat(read).isEqualTo(SeedReport.report());
    assertThat(io.github.fazhi.jackson3.FazhiJson.writer().writeValueAsBytes(read))
        .isEqualTo(FazhiJson.writer().writeValueAsBytes(SeedReport.report()));
  }

  /** Bad documents of every kind the format refuses. */
  static Stream<String> badDocuments() {
    List<String> documents = new ArrayList<>(Corpus.BAD);
    Corpus.BINDING_ONLY.forEach(entry -> documents.add(entry.get(0)));
    OpenGovInfoJsonTest.refusals().forEach(refusal -> documents.add((String) refusal.get()[0]));
    String tables = "{$R,'kind':'open_gov_info_annual','openGovInfo':{'layout':'format_2021',";
    documents.add(json(tables + "'applications':{'rows':{'disclosed':{'total':1},'disclosed':{'total':2}}}}}"));
    documents.add(json(tables + "'disputes':{'blocks':{'reconsideration':{'total':1,'total':2}}}}}"));
    documents.addAll(List.of(
        "null",
        "7",
        json("{$R,'title':'t','title':'u'}"),
        json("{$R,'jurisdiction':{'name':'x','level':'county','code':null}}"),
        json("{$R,'kind':7}"),
        json("{$R,'year':2019.5}"),
        json("{'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'i','year':99999999999}"),
        json("{$R,'reviews':[{'procedure':'reconsideration','received':-1}]}"),
        json("{$R,'reviews':[{'procedure':'reconsideration','received':1e30}]}"),
        json("{$R,'reviews':[{'procedure':'reconsideration','decisions':{'upheld':1,'upheld':2}}]}"),
        json("{$R,'reviews':[{'procedure':'reconsideration','decisions':{'kept':1}}]}"),
        json("{$R,'reviews':[{'procedure':'reconsideration','decisions':[]}]}"),
        json("{$R,'reviews':[{'procedure':'reconsideration','outcomesComplete':'yes'}]}"),
        json("{$R,'workAreas':[{'ordinal':1,'title':'t','indicators':[{'label':'l','kind':'amount',"
            + "'value':1E+1001,'unit':'元'}]}]}"),
        json("{$R,'workAreas':[{'ordinal':1,'title':'t','indicators':[{'label':'l','kind':'amount',"
            + "'value':'1','unit':'元'}]}]}"),
        json("{$R,'workAreas':[{'ordinal':1,'title':'t','indicators':[{'label':'l','kind':'amount',"
            + "'value':1,'unit':' 元'}]}]}"),
        json("{$R,'workAreas':[{'ordinal':1,'title':'t','indicators':[{'label':'l','kind':'percent',"
            + "'value':1,'unit':'%','basis':{'numerator':3,'denominator':0}}]}]}"),
        json("{$R,'workAreas':[{'ordinal':1,'title':'t','measures':[{'ordinal':1}]}]}"),
        json("{$R,'workAreas':[{'ordinal':1,'title':'t',7]}"),
        json("{$R,'plansPreamble':['p']}"),
        json("{$R,'published':'2019-13-01'}"),
        "{\"jurisdiction\""));
    return documents.stream();
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void bothBindings_refuseTheSameBadDocument_inTheSameWords(String document) {
    Throwable two = catchThrowable(() -> FazhiJson.reader().readValue(document));
    Throwable three = catchThrowable(() -> io.github.fazhi.jackson3.FazhiJson.reader().readValue(document));
    assertThat(two).as("Jackson 2 refuses %s", document).isInstanceOf(JsonProcessingException.class);
    assertThat(three).as("Jackson 3 refuses %s", document).isInstanceOf(JacksonException.class);
    if (two instanceof StreamReadException) {
      // Not JSON, or beyond the parser's limits: refused by each Jackson's parser, in its own words.
      assertThat(three).isInstanceOf(tools.jackson.core.exc.StreamReadException.class);
      return;
    }
    assertThat(three.getClass().getSimpleName()).isEqualTo(two.getClass().getSimpleName());
    if (two instanceof InvalidValueException invalid) {
      assertThat(((io.github.fazhi.jackson3.InvalidValueException) three).violations())
          .isEqualTo(invalid.violations());
    }
    assertThat(((JacksonException) three).getOriginalMessage())
        .isEqualTo(((JsonProcessingException) two).getOriginalMessage());
  }

  private static ByteArrayInputStream input(String document) {
    return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("goodDocuments")
  void bothBindings_readAll_giveTheSameReports(String document) {
    ReportFile two = FazhiJson.readAll("doc.json", input(document));
    io.github.fazhi.jackson3.ReportFile three = io.github.fazhi.jackson3.FazhiJson.readAll("doc.json", input(document));
    assertThat(two.error()).isEmpty();
    assertThat(three.error()).isEmpty();
    assertThat(three.reports()).hasSize(1).isEqualTo(two.reports());
  }

  /** Every report of the corpus in one input: as an array, and one after another. */
  @Test
  void bothBindings_streamTheSameReports_fromAnArrayOrOneAfterAnother() throws Exception {
    List<String> documents = goodDocuments().toList();
    for (String corpus : List.of("[" + String.join(",", documents) + "]", String.join("\n", documents))) {
      List<Report> two;
      try (Stream<Report> reports = FazhiJson.readReports(input(corpus)).stream()) {
        two = reports.toList();
      }
      List<Report> three;
      try (Stream<Report> reports = io.github.fazhi.jackson3.FazhiJson.readReports(input(corpus)).stream()) {
        three = reports.toList();
      }
      assertThat(two).hasSize(documents.size());
      assertThat(three).isEqualTo(two);
    }
  }

  /**
   * A bad document in a file: both bindings give the same one-line error, word for word with its line and
   * column, except where the JSON is broken or beyond the parser's limits, which each Jackson words itself.
   */
  @ParameterizedTest
  @MethodSource("badDocuments")
  void bothBindings_readAll_giveTheSameError(String document) {
    ReportFile two = FazhiJson.readAll("doc.json", input(document));
    io.github.fazhi.jackson3.ReportFile three = io.github.fazhi.jackson3.FazhiJson.readAll("doc.json", input(document));
    assertThat(two.reports()).as("Jackson 2 refuses %s", document).isEmpty();
    assertThat(three.reports()).as("Jackson 3 refuses %s", document).isEmpty();
    assertThat(two.error()).hasValueSatisfying(error -> assertThat(error).startsWith("doc.json: "));
    Throwable direct = catchThrowable(() -> FazhiJson.reader().readValue(document));
    if (direct instanceof StreamReadException) {
      assertThat(three.error()).hasValueSatisfying(error -> assertThat(error).startsWith("doc.json: report 0: "));
      return;
    }
    assertThat(three.error()).isEqualTo(two.error());
  }

  /** The same bad report in the middle of a stream: the same message, report number and location. */
  @Test
  void bothBindings_stopAStreamAtTheSameReport_inTheSameWords() throws Exception {
    String good = json("{$R}");
    String bad = json("{$R,'reviews':[{'procedure':'reconsideration','decisions':{'upheld':1,'kept':2}}]}");
    String corpus = "[" + good + ",\n" + good + ",\n" + bad + ",\n" + good + "]";
    Throwable two = catchThrowable(() -> {
      try (ReportStreamReader reader = FazhiJson.readReports(input(corpus))) {
        reader.forEachRemaining(report -> { });
      }
    });
    Throwable three = catchThrowable(() -> {
      try (io.github.fazhi.jackson3.ReportStreamReader reader =
          io.github.fazhi.jackson3.FazhiJson.readReports(input(corpus))) {
        reader.forEachRemaining(report -> { });
      }
    });
    assertThat(two).isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageStartingWith("report 2: ").hasMessageContaining("[2].reviews[0].decisions")
        .hasMessageContaining("kept");
    assertThat(three).isInstanceOf(tools.jackson.core.exc.StreamReadException.class);
    assertThat(((JacksonException) three).getOriginalMessage()).isEqualTo(two.getMessage());
    JsonProcessingException cause = (JsonProcessingException) two.getCause();
    assertThat(((JacksonException) three).getLocation().getLineNr()).isEqualTo(cause.getLocation().getLineNr())
        .isEqualTo(3);
    assertThat(((JacksonException) three).getLocation().getColumnNr()).isEqualTo(cause.getLocation().getColumnNr());
  }

  @Test
  void trailingTokensAndBrokenJson_areRefusedByBoth_eachJacksonInItsOwnWords() {
    for (String document : List.of(json("{$R} {$R}"), "[1,", "{\"a\":}")) {
      Throwable two = catchThrowable(() -> FazhiJson.reader().readValue(document));
      Throwable three = catchThrowable(() -> io.github.fazhi.jackson3.FazhiJson.reader().readValue(document));
      assertThat(two).as(document).isInstanceOf(JsonProcessingException.class);
      assertThat(three).as(document).isInstanceOf(JacksonException.class);
    }
  }
}
