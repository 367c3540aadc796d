package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Reading is linear in the input: the steps of the loops that used to grow with the square of the text
 * (the 其中 breakdowns, the review sentences, the placing of numbers into work areas, {@link Steps}) are
 * counted, not timed, on texts of one length and of four times that length, each made of many copies of one
 * paragraph. Linear work grows four times; the work before this change grew sixteen times or more. Speed
 * itself is measured by {@code ReaderBenchmark} in the benchmarks module.
 */
class LinearReadingTest {
  private static final String HEAD = "青石市临江区2021年法治政府建设年度报告\n一、主要举措和成效\n";
  private static final String TAIL = "\n青石市临江区人民政府\n2022年3月15日\n";

  /** One sentence with no end: a breakdown after another (the shape that was quadratic in Breakdowns). */
  private static String oneLongSentence(int copies) {
    StringBuilder text = new StringBuilder(HEAD).append("（一）化解矛盾纠纷\n");
    for (int i = 0; i < copies; i++) {
      text.append("收到行政复议申请").append(100 + i % 50).append("件，其中行政处罚52件、行政强制11件，");
    }
    return text.append("。").append(TAIL).toString();
  }

  /** Many work areas, each with measures and a review sentence (placing and tallies over every area). */
  private static String manyAreas(int copies) {
    StringBuilder text = new StringBuilder(HEAD);
    for (int i = 0; i < copies; i++) {
      text.append("（").append(Enumerations.chinese(1 + i % 99)).append("）加强执法监督\n")
          .append("一是抽查执法案卷").append(300 + i % 7).append("卷。二是全年收到行政复议申请86件，受理79件，")
          .append("审结72件，其中维持48件、撤销5件。\n");
    }
    return text.append(TAIL).toString();
  }

  private static long steps(String text) {
    Steps steps = new Steps();
    ReportReader.standard().readText(text, Hints.none(), steps);
    return steps.count();
  }

  private static void assertLinear(IntFunction<String> text, int copies) {
    String small = text.apply(copies);
    String large = text.apply(4 * copies);
    long smallSteps = steps(small);
    long largeSteps = steps(large);
    assertThat(smallSteps).as("the counted loops run at all").isGreaterThan(copies);
    // four times the text, at most about four times the work (4.5 leaves room for the fixed head and tail)
    assertThat((double) largeSteps / smallSteps).as("steps %d for %d chars, %d for %d chars",
        smallSteps, small.length(), largeSteps, large.length()).isLessThan(4.5);
  }

  @Test
  void breakdownsInOneSentenceWithoutEnd_takeLinearWork() {
    assertLinear(LinearReadingTest::oneLongSentence, 2_000);
  }

  @Test
  void manyWorkAreasWithReviewSentences_takeLinearWork() {
    assertLinear(LinearReadingTest::manyAreas, 1_000);
  }

  @Test
  void theLongSentence_stillGivesEachWholeItsOwnParts() {
    Draft draft = ReportReader.standard().read(oneLongSentence(3), Hints.none());
    assertThat(draft.report().orElseThrow().workAreas().get(0).indicators())
        .extracting(i -> i.written().orElseThrow() + i.parts().stream().map(p -> p.written().orElseThrow()).toList())
        .containsExactly("100件[52件, 11件]", "101件[52件, 11件]", "102件[52件, 11件]");
  }

  @Test
  void anInputOverTheLimit_isRefusedWithBothLengths_beforeAnyReading() {
    ReportReader reader = ReportReader.standard().withLimits(ReaderLimits.ofMaxChars(1_000));
    String text = manyAreas(40);
    assertThat(text.length()).isGreaterThan(1_000);
    assertThatThrownBy(() -> reader.read(text, Hints.none()))
        .isInstanceOf(InputTooLargeException.class)
        .hasMessage("input of %,d characters is over the reader's limit of 1,000 characters"
            + " (ReaderLimits.ofMaxChars raises it)", text.length())
        .satisfies(e -> assertThat(((InputTooLargeException) e).length()).isEqualTo(text.length()));
    assertThatThrownBy(() -> reader.readHtml("<html><body>" + text + "</body></html>", Hints.none()))
        .isInstanceOf(InputTooLargeException.class);
    assertThat(reader.read(text.substring(0, 1_000), Hints.none())).isNotNull();
  }

  @Test
  void theStandardLimit_isEightMebicharacters_andALimitBelowOneIsRefused() {
    assertThat(ReportReader.standard().limits()).isEqualTo(ReaderLimits.standard());
    assertThat(ReaderLimits.standard().maxChars()).isEqualTo(8 * 1024 * 1024);
    assertThatThrownBy(() -> ReaderLimits.ofMaxChars(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxChars (0) must be >= 1");
  }
}
