package io.github.fazhi.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FindingTest {
  @Test
  void aBlankRuleIdAndMessage_areRefusedTogether_asOneValidationException() {
    assertThatThrownBy(() -> Finding.of(" ", Severity.INFO, Path.root(), "\u3000"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("ruleId", "ruleId (\" \") must not be blank"),
                org.assertj.core.groups.Tuple.tuple("message", "message (\"\u3000\") must not be blank")));
    assertThatThrownBy(() -> Finding.of("x.y", Severity.INFO, Path.root(), ""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(1));
  }

  @Test
  void missingAttributes_areAllNamedAtOnce() {
    assertThatThrownBy(() -> Finding.builder().at(Path.root().field("p")).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("ruleId", "severity", "message"));
  }

  @Test
  void theBuilder_andTheFactory_makeEqualFindings_withTheNumbersInOrder() {
    Finding built = Finding.builder().ruleId("review.accepted_exceeds_received").severity(Severity.ERROR)
        .at(Path.root().field("reviews").index(0).field("accepted")).message("accepted (12) must be <= received (11)")
        .putNumber("accepted", BigDecimal.valueOf(12)).putNumber("received", BigDecimal.valueOf(11)).build();
    Finding made = Finding.of("review.accepted_exceeds_received", Severity.ERROR,
        Path.root().field("reviews").index(0).field("accepted"),
        "accepted (12) must be <= received (11)",
        ImmutableMap.of("accepted", BigDecimal.valueOf(12), "received", BigDecimal.valueOf(11)));
    assertThat(built).isEqualTo(made).hasSameHashCodeAs(made);
    assertThat(built.numbers().keySet()).containsExactly("accepted", "received");
    // the path defaults to the report as a whole
    assertThat(Finding.builder().ruleId("x.y").severity(Severity.INFO).message("m").build().path()).isEmpty();
  }

  @Test
  void under_prefixesThePath_andKeepsTheRest() {
    Finding finding = Finding.of("x.y", Severity.WARNING, Path.root().field("published"), "m",
        ImmutableMap.of("n", BigDecimal.ONE));
    Finding moved = finding.under(Path.inReport("曲江区", 2019));
    assertThat(moved.path()).isEqualTo("[曲江区 2019] published");
    assertThat(moved.numbers()).isEqualTo(finding.numbers());
    assertThat(moved.ruleId()).isEqualTo("x.y");
    assertThat(moved.severity()).isEqualTo(Severity.WARNING);
    assertThat(Finding.of("x.y", Severity.INFO, Path.root(), "m").under(Path.inReport("a", 2020)).path())
        .isEqualTo("[a 2020]");
    assertThat(moved.at().report()).contains("曲江区 2019");
    assertThat(moved.at().withinReport()).isEqualTo(Path.root().field("published"));
  }
}
