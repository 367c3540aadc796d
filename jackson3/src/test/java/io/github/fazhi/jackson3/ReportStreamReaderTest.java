package io.github.fazhi.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import io.github.fazhi.testing.SeedReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;

/** The Jackson 3 stream reader, as fazhi-json's ReportStreamReaderTest holds its Jackson 2 one. */
class ReportStreamReaderTest {
  /** The required fields of a report. */
  static final String REQUIRED =
      "'jurisdiction':{'name':'曲江区','level':'county'},'issuer':'韶关市曲江区人民政府','year':2019";

  /** Single quotes to double quotes, {@code $R} to the required fields. */
  static String json(String text) {
    return text.replace("$R", REQUIRED).replace('\'', '"');
  }

  /** The report of {@code json("{$R}")}, built by hand. */
  static Report minimal() {
    return Report.builder()
        .jurisdiction(Jurisdiction.builder().name("曲江区").level(JurisdictionLevel.COUNTY).build())
        .issuer("韶关市曲江区人民政府")
        .year(Year.of(2019))
        .build();
  }

  private static InputStream input(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Report> readAll(String text) {
    try (Stream<Report> reports = FazhiJson.readReports(input(text)).stream()) {
      return reports.collect(Collectors.toList());
    }
  }

  @Test
  void anArrayOfReports_andNewlineDelimitedReports_areReadOneAtATime() {
    String seed = FazhiJson.writer().writeValueAsString(SeedReport.report());
    String minimal = json("{$R}");
    assertThat(readAll("[" + seed + "," + minimal + "," + seed + "]"))
        .containsExactly(SeedReport.report(), minimal(), SeedReport.report());
    assertThat(readAll(seed + "\n" + minimal + "\n\n" + seed + "\n"))
        .containsExactly(SeedReport.report(), minimal(), SeedReport.report());
  }

  @Test
  void aUtf8ByteOrderMark_isSkipped_andOnlyAtTheStart() {
    byte[] text = ("[" + json("{$R}") + "]").getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    try (Stream<Report> reports = FazhiJson.readReports(new ByteArrayInputStream(marked)).stream()) {
      assertThat(reports).containsExactly(minimal());
    }
    assertThat(FazhiJson.readReports(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .hasNext()).isFalse();
    assertThatThrownBy(() -> readAll(" \uFEFF[" + json("{$R}") + "]")).isInstanceOf(StreamReadException.class)
        .hasMessageContaining("report 0: Unexpected character");
    assertThat(FazhiJson.readAll("marked.json", new ByteArrayInputStream(marked)).reports())
        .containsExactly(minimal());
  }

  @Test
  void emptyInputs_haveNoReports() {
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("[]")).isEmpty();
    assertThat(readAll(" \n ")).isEmpty();
  }

  @Test
  void aBadReport_stopsTheReading_namingItsNumberAndLocation() {
    String minimal = json("{$R}");
    String bad = json("{$R,'reviews':[{'procedure':'reconsideration','accepted':-1}]}");
    ReportStreamReader reader = FazhiJson.readReports(input("[" + minimal + "," + bad + "," + minimal + "]"));
    assertThat(reader.next()).isEqualTo(minimal());
    assertThatThrownBy(reader::next)
        .isInstanceOfSatisfying(StreamReadException.class, e -> {
          assertThat(e.getOriginalMessage())
              .startsWith("report 1: Invalid ReviewTally at [1].reviews[0]: ")
              .contains("[1].reviews[0].accepted: accepted (-1) must be >= 0");
          // the whole input is one line
          assertThat(e.getLocation().getLineNr()).isEqualTo(1);
        })
        .hasCauseInstanceOf(InvalidValueException.class);
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    reader.close();
  }

  @Test
  void garbageAfterTheArray_isRefused() {
    String minimal = json("{$R}");
    assertThatThrownBy(() -> readAll("[" + minimal + "] {}"))
        .isInstanceOf(StreamReadException.class)
        .hasMessageContaining("report 1: Trailing token after the array of reports");
    assertThatThrownBy(() -> readAll("[" + minimal + ","))
        .isInstanceOf(StreamReadException.class)
        .hasCauseInstanceOf(StreamReadException.class);
    assertThatThrownBy(() -> readAll(minimal + " 7"))
        .isInstanceOf(StreamReadException.class)
        .hasMessageContaining("report 1: Report at the top level: expected an object, found a number");
  }

  @Test
  void aLargeCorpus_streams() {
    String corpus = String.join("\n", Collections.nCopies(5_000, json("{$R}")));
    try (Stream<Report> reports = FazhiJson.readReports(input(corpus)).stream()) {
      assertThat(reports.count()).isEqualTo(5_000);
    }
  }

  @Test
  void closingTheReaderOrItsStream_closesTheInput_beforeItsEnd() {
    String minimal = json("{$R}");
    for (boolean viaStream : new boolean[] {false, true}) {
      ClosingInput in = new ClosingInput("[" + minimal + "," + minimal + "]");
      ReportStreamReader reader = FazhiJson.readReports(in);
      assertThat(reader.next()).isEqualTo(minimal());
      assertThat(in.closed).isFalse();
      if (viaStream) {
        reader.stream().close();
      } else {
        reader.close();
      }
      assertThat(in.closed).as(viaStream ? "stream" : "reader").isTrue();
      assertThat(reader.hasNext()).isFalse();
    }
  }

  /** An input that remembers being closed. */
  private static final class ClosingInput extends ByteArrayInputStream {
    boolean closed;

    ClosingInput(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
