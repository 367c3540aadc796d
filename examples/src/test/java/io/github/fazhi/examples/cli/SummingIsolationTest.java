package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One report that cannot be summed never sinks the others: {@code stats} and {@code chart} name it with its
 * file, leave it out, and sum and draw the rest (exit 2). A count no total can hold is refused where the
 * report is read, with the invariant's path, so {@code check} and {@code read} report it too.
 */
class SummingIsolationTest {
  // 2^63 - 1 = 9223372036854775807; 9223372036854775000 + 24 = 9223372036854775024 still fits,
  // 9223372036854775000 + 1000 = 9223372036854776000 does not.
  private static final String NEAR_MAX = "9223372036854775000";

  @TempDir Path temp;

  @Test
  void stats_namesTheReportThatOverflows_andSumsTheOthers() throws Exception {
    Path a = SmallReports.write(temp, "a.json", SmallReports.json("甲区", NEAR_MAX));
    Path b = SmallReports.write(temp, "b.json", SmallReports.json("乙区", "1000"));
    Path c = SmallReports.write(temp, "c.json", SmallReports.json("丙区", "24"));
    CliRun run = CliRun.run("stats", "--format", "csv", a.toString(), b.toString(), c.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("fazhi: error: " + b + ": 乙区 2020 (乙区人民政府) cannot be summed")
        .contains("total in 件 overflowed"));
    assertThat(run.out()).contains("all,total,mediation.disputes,9223372036854775024,件,exact,,,2,2,");
  }

  @Test
  void chart_drawsTheOthers_andNamesTheOneLeftOut() throws Exception {
    Path a = SmallReports.write(temp, "a.json", SmallReports.json("甲区", NEAR_MAX));
    Path b = SmallReports.write(temp, "b.json", SmallReports.json("乙区", "1000"));
    Path c = SmallReports.write(temp, "c.json", SmallReports.json("丙区", "24"));
    Path svg = temp.resolve("chart.svg");
    CliRun run = CliRun.run("chart", "mediation.disputes", a.toString(), b.toString(), c.toString(), "--out",
        svg.toString());
    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err()).contains(b + ": 乙区 2020 (乙区人民政府) cannot be summed");
    assertThat(run.out()).contains("2 bars").contains("甲区  9223372036854775000件").contains("丙区  24件");
    assertThat(Files.readString(svg)).contains("甲区").contains("丙区").doesNotContain("乙区");
  }

  @Test
  void aCountNoTotalCanHold_isRefusedWhereTheReportIsRead_byEveryCommand() throws Exception {
    Path big = SmallReports.write(temp, "big.json", SmallReports.json("甲区", "9999999999999999999999"));
    Path fine = SmallReports.write(temp, "fine.json", SmallReports.json("丙区", "24"));
    String refusal = big + ": report 0: Invalid Indicator at workAreas[0].measures[0].indicators[0]";
    for (String command : new String[] {"check", "stats"}) {
      CliRun run = CliRun.run(command, big.toString(), fine.toString());
      assertThat(run.status()).as(command).isEqualTo(FazhiCommand.BAD_INPUT);
      assertThat(run.err()).as(command).contains(refusal)
          .contains("value (9999999999999999999999) must be at most 9223372036854775807 in 件");
    }
    CliRun stats = CliRun.run("stats", "--format", "csv", big.toString(), fine.toString());
    assertThat(stats.out()).contains("all,total,mediation.disputes,24,件,exact,,,1,1,");
  }
}
