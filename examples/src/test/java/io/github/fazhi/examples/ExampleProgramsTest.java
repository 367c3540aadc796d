package io.github.fazhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every example program runs without arguments and prints what it shows. */
class ExampleProgramsTest {
  private interface Main {
    void run() throws Exception;
  }

  private static String run(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildReport_printsTheSeedAcceptanceRate() throws Exception {
    // 9 accepted of 11 received: 9/11 = 0.81818… → 81.8%.
    assertThat(run(() -> BuildReportExample.main(new String[0])))
        .contains("9/11 = 81.8%").contains("refused:").contains("value (120) must be between 0 and 100");
  }

  @Test
  void json_roundTripsTheSeed_andNamesEveryViolation() throws Exception {
    assertThat(run(() -> JsonExample.main(new String[0])))
        .contains("read back equal: true")
        .contains("reviews[0].received: received (-1) must be >= 0")
        .contains("reviews[0].accepted: accepted (-2) must be >= 0");
  }

  @Test
  void check_reportsAcceptedAboveReceivedAsAnError() throws Exception {
    assertThat(run(() -> CheckReportExample.main(new String[0])))
        .contains("ERROR review.accepted_exceeds_received");
  }

  @Test
  void cityRollUp_computesRatiosOfSums() throws Exception {
    // accepted 8+27+5 = 40 of received 10+30+5 = 45 → 88.9%; corrected 2+3+1 = 6 of concluded 8+25+4 = 37 → 16.2%.
    assertThat(run(() -> CityRollUpExample.main(new String[0])))
        .contains("40/45 = 88.9%").contains("6/37 = 16.2%").contains("2500 件").contains("韶关市");
  }

  @Test
  void trend_comparesLikeForLike() throws Exception {
    // corrected/concluded: 2019 1/6, 2020 2/8, 2021 3/11.
    assertThat(run(() -> TrendExample.main(new String[0]))).contains("1/6 -> 2/8").contains("2/8 -> 3/11");
  }

  @Test
  void reviewCases_findsTheTwoLateDecisions() throws Exception {
    // Case 2: accepted 03-02, +60 days = 05-01, decided 05-02. Case 3 (simplified): 04-01 + 30 = 05-01,
    // decided 05-06. Case 1 (45 days) and 4 (19 days) are in time; case 5 is undecided.
    String out = run(() -> ReviewCasesExample.main(new String[0]));
    assertThat(out).contains("late: 复议〔2020〕2号").contains("late: 复议〔2020〕3号")
        .doesNotContain("late: 复议〔2020〕1号").doesNotContain("late: 复议〔2020〕4号")
        .contains("received 5, accepted 5, concluded 4, pending 1");
  }
}
