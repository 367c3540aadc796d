package io.github.fazhi.stats;

import static io.github.fazhi.testing.TestReports.complete;
import static io.github.fazhi.testing.TestReports.count;
import static io.github.fazhi.testing.TestReports.jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.IssuerKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Year-over-year change compares the same reporting bodies in both years. */
class LikeForLikeTest {
  private static final Jurisdiction QUJIANG = jurisdiction("曲江区", "韶关市", JurisdictionLevel.COUNTY);

  @Test
  void aBureausReport_isNotComparedWithItsGovernmentsReport() {
    Report government2019 = complete(QUJIANG, 2019, count("mediation.disputes", "1000", "件").build())
        .issuerKind(IssuerKind.GOVERNMENT).build();
    Report bureau2020 = complete(QUJIANG, 2020, count("mediation.disputes", "1200", "件").build())
        .issuer("韶关市曲江区司法局").issuerKind(IssuerKind.DEPARTMENT).build();
    CountChange change = Reports.of(List.of(government2019, bureau2020))
        .change("mediation.disputes", Year.of(2019), Year.of(2020));
    assertThat(change.jurisdictions()).isZero();
    assertThat(change.isComparable()).isFalse();

    Report government2020 = complete(QUJIANG, 2020, count("mediation.disputes", "1100", "件").build())
        .issuerKind(IssuerKind.GOVERNMENT).build();
    CountChange same = Reports.of(List.of(government2019, bureau2020, government2020))
        .change("mediation.disputes", Year.of(2019), Year.of(2020));
    // the government's own reports: 1000 → 1100, +100, +10.0%; the bureau's 1200 is not part of it
    assertThat(same.jurisdictions()).isEqualTo(1);
    assertThat(same.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("100"));
    assertThat(same.percent(1, RoundingMode.HALF_UP))
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(new BigDecimal("10.0")));
  }
}
