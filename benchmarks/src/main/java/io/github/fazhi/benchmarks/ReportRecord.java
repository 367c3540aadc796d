package io.github.fazhi.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.fazhi.ReportKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;

/**
 * The alternative a user would write without fazhi: a plain record mirroring {@link io.github.fazhi.Report},
 * with Bean Validation constraints for the same invariants, checked by a {@code Validator}. A null
 * optional text is "not stated".
 */
public record ReportRecord(
    @NotNull ReportKind kind,
    @NotNull @Valid JurisdictionRecord jurisdiction,
    @NotBlank String issuer,
    @Min(1949) @Max(9999) int year,
    LocalDate published,
    @Pattern(regexp = ReportRecord.NOT_BLANK) String title,
    @Pattern(regexp = ReportRecord.NOT_BLANK) String preamble,
    @NotNull @Valid List<IndicatorRecord> headlineIndicators,
    @NotNull @Valid List<WorkAreaRecord> workAreas,
    @NotNull @Valid List<TallyRecord> reviews,
    @NotNull List<@NotBlank String> shortcomings,
    @NotNull List<@NotBlank String> leadershipDuty,
    @Pattern(regexp = ReportRecord.NOT_BLANK) String plansPreamble,
    @NotNull @Valid List<WorkAreaRecord> plans,
    @NotNull List<@NotBlank String> otherMatters) {

  /** A text that may be absent (null) but, when present, is not blank. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /**
   * Returns whether the report is not published before the year it covers begins.
   *
   * @return true when valid
   */
  @JsonIgnore // a check, not a field of the JSON form
  @AssertTrue(message = "published must not be before the year it covers")
  public boolean isPublishedInOrAfterYear() {
    return published == null || published.getYear() >= year;
  }
}
