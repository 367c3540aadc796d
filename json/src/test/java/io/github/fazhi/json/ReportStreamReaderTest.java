package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.fazhi.Report;
import io.github.fazhi.testing.SeedReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportStreamReaderTest extends ModuleTestBase {
  private static InputStream input(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Report> readAll(String text) throws Exception {
    try (Stream<Report> reports = FazhiJson.readReports(input(text)).stream()) {
      return reports.collect(Collectors.toList());
    }
  }

  @Test
  void anArrayOfReports_isReadOneAtATime() throws Exception {
    String seed = mapper().writeValueAsString(SeedReport.report());
    String minimal = mapper().writeValueAsString(Fixtures.minimalReport());
    assertThat(readAll("[" + seed + "," + minimal + "," + seed + "]"))
        .containsExactly(SeedReport.report(), Fixtures.minimalReport(), SeedReport.report());
  }

  @Test
  void newlineDelimitedReports_areReadOneAtATime() throws Exception {
    String full = mapper().writeValueAsString(Fixtures.fullReport());
    String minimal = mapper().writeValueAsString(Fixtures.minimalReport());
    assertThat(readAll(full + "\n" + minimal + "\n\n" + full + "\n"))
        .containsExactly(Fixtures.fullReport(), Fixtures.minimalReport(), Fixtures.fullReport());
  }

  @Test
  void aUtf8ByteOrderMark_isSkipped_andOnlyAtTheStart() throws Exception {
    String minimal = mapper().writeValueAsString(Fixtures.minimalReport());
    byte[] text = ("[" + minimal + "]").getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    try (Stream<Report> reports = FazhiJson.readReports(new ByteArrayInputStream(marked)).stream()) {
      assertThat(reports).containsExactly(Fixtures.minimalReport());
    }
    // a file that is only the mark holds no report; a mark after the first byte is still refused
    assertThat(FazhiJson.readReports(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .hasNext()).isFalse();
    assertThatThrownBy(() -> readAll(" \uFEFF[" + minimal + "]")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Unexpected character");
    // fewer bytes than a mark are left as they are
    assertThat(readAll("[]")).isEmpty();
    assertThat(FazhiJson.readAll("marked.json", new ByteArrayInputStream(marked)).reports())
        .containsExactly(Fixtures.minimalReport());
  }

  @Test
  void emptyInputs_haveNoReports() throws Exception {
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("[]")).isEmpty();
    assertThat(readAll(" \n ")).isEmpty();
  }

  @Test
  void aBadReport_stopsTheReading_namingItsNumberAndLocation() throws Exception {
    String minimal = mapper().writeValueAsString(Fixtures.minimalReport());
    String bad = json("{$R,'reviews':[{'procedure':'reconsideration','accepted':-1}]}");
    ReportStreamReader reader = FazhiJson.readReports(input("[" + minimal + "," + bad + "," + minimal + "]"));
    assertThat(reader.next()).isEqualTo(Fixtures.minimalReport());
    assertThatThrownBy(reader::next)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("report 1: Invalid ReviewTally at [1].reviews[0]")
        .hasMessageContaining("[1].reviews[0].accepted: accepted (-1) must be >= 0")
        .hasMessageNotContaining("line: 1") // Jackson's original message, without its location
        .hasCauseInstanceOf(InvalidValueException.class);
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    reader.close();
  }

  @Test
  void garbageAfterTheArray_isRefused() throws Exception {
    String minimal = mapper().writeValueAsString(Fixtures.minimalReport());
    assertThatThrownBy(() -> readAll("[" + minimal + "] {}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Trailing token after the array of reports");
    assertThatThrownBy(() -> readAll("[" + minimal + ","))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(StreamReadException.class);
    assertThatThrownBy(() -> readAll(minimal + " 7"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("report 1: Report at the top level: expected an object, found a number");
  }

  @Test
  void aLargeCorpus_streams() throws Exception {
    String minimal = mapper().writeValueAsString(Fixtures.minimalReport());
    String corpus = String.join("\n", java.util.Collections.nCopies(5_000, minimal));
    try (Stream<Report> reports = FazhiJson.readReports(input(corpus)).stream()) {
      assertThat(reports.count()).isEqualTo(5_000);
    }
  }

  /**
   * A 50 MB newline-delimited corpus, made on the fly and never held whole, reads report by report. With
   * {@code -DargLine=-Xmx48m} (docs/reliability.md) this also shows that memory stays bounded.
   */
  @Test
  void fiftyMegabytesOfReports_streamOneAtATime() throws Exception {
    byte[] seed = (mapper().writeValueAsString(io.github.fazhi.testing.SeedReport.report()) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long copies = 50L * 1024 * 1024 / seed.length + 1;
    java.io.InputStream corpus = new java.io.InputStream() {
      private long position;
      private final long end = copies * seed.length;

      @Override
      public int read() {
        return position < end ? seed[(int) (position++ % seed.length)] & 0xff : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (position >= end) {
          return -1;
        }
        int n = 0;
        while (n < length && position < end) {
          int at = (int) (position % seed.length);
          int chunk = (int) Math.min(Math.min(length - n, seed.length - at), end - position);
          System.arraycopy(seed, at, buffer, offset + n, chunk);
          n += chunk;
          position += chunk;
        }
        return n;
      }
    };
    io.github.fazhi.Report expected = io.github.fazhi.testing.SeedReport.report();
    long read = 0;
    try (ReportStreamReader reader = FazhiJson.readReports(corpus)) {
      while (reader.hasNext()) {
        assertThat(reader.next()).isEqualTo(expected);
        read++;
      }
    }
    assertThat(copies * seed.length).isGreaterThanOrEqualTo(50L * 1024 * 1024);
    assertThat(read).isEqualTo(copies);
  }

  @Test
  void closingTheReaderOrItsStream_closesTheInput_beforeItsEnd() throws Exception {
    String minimal = mapper().writeValueAsString(Fixtures.minimalReport());
    for (boolean viaStream : new boolean[] {false, true}) {
      ClosingInput in = new ClosingInput("[" + minimal + "," + minimal + "]");
      ReportStreamReader reader = FazhiJson.readReports(in);
      assertThat(reader.next()).isEqualTo(Fixtures.minimalReport());
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
