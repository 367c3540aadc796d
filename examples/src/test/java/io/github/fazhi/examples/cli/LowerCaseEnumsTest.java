package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.stats.Grouping;
import org.junit.jupiter.api.Test;

class LowerCaseEnumsTest {
  @Test
  void names_areTheConstantsInLowerCase() {
    assertThat(LowerCaseEnums.names(Grouping.class)).containsExactly("jurisdiction", "parent", "level", "year");
  }

  @Test
  void everyCommandsEnumOptions_showLowerCase_andAcceptAnyCase() {
    assertThat(CliRun.run("stats", "--help").out()).contains("table, csv, json")
        .contains("jurisdiction, parent, level, year").doesNotContain("TABLE").doesNotContain("JURISDICTION");
    assertThat(CliRun.run("stats", "--format", "CSV", "--group-by", "Year").status()).isZero();
    CliRun wrong = CliRun.run("chart", "openness.items_published", "--by", "city", "--out", "x.svg");
    assertThat(wrong.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(wrong.err()).contains("--by").contains("expected one of jurisdiction, parent, level, year but was 'city'");
  }
}
