package io.github.fazhi.reader.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.NumberScanner;
import io.github.fazhi.reader.ReportReader;
import io.github.fazhi.reader.Trace;
import io.github.fazhi.reader.Unplaced;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz test (Jazzer) of reading. In a normal build it replays its regression inputs under
 * {@code src/test/resources/io/github/fazhi/reader/fuzz/ReaderFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes. Any text, read as text or as a page, gives a draft without an exception; every trace's span
 * holds its indicator's written form; reading twice gives the same draft.
 */
class ReaderFuzzTest {
  private static final Hints HINTS = Hints.none().withYear(Year.of(2020)).withJurisdictionName("某某区")
      .withIssuer("某某区人民政府");

  @FuzzTest(maxDuration = "5m")
  void reader_neverThrows_andEveryTraceHolds(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    check(text);
  }

  private static void check(String text) {
    Draft draft = ReportReader.standard().read(text, HINTS);
    for (Trace trace : draft.traces()) {
      assertThat(trace.span().isIn(draft.source())).isTrue();
      assertThat(trace.indicator().written()).hasValue(trace.span().written());
    }
    for (Unplaced number : draft.unplaced()) {
      assertThat(number.span().isIn(draft.source())).isTrue();
    }
    Draft again = ReportReader.standard().read(text, HINTS);
    assertThat(again.report()).isEqualTo(draft.report());
    assertThat(again.unplaced()).isEqualTo(draft.unplaced());
    NumberScanner.scan(text);
  }

  @Test
  @Timeout(120) // generous: the build machine is shared; alone each case takes about a second
  void aMillionDigits_andDeeplyNestedBrackets_areReadInBoundedTime() {
    check("一、工作情况\n（一）加强领导。一是共" + "9".repeat(1_000_000) + "件。");
    check("（一）" + "《（【〔(".repeat(200_000) + "12件" + "〕】）)》".repeat(200_000));
    check("<div>".repeat(100_000) + "共12件" + "</div>".repeat(100_000));
    check("一是".repeat(100_000));
    check("十".repeat(1_000_000) + "件");
    check("1,".repeat(500_000) + "件");
    check("百分之".repeat(30_000));
  }
}
