package io.github.fazhi.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Qualifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A record mirroring {@link io.github.fazhi.Indicator}: the unit is its written text; code and written
 * may be null. The invariants that depend on the kind are {@code @AssertTrue} methods, as a Bean
 * Validation user would write them.
 */
public record IndicatorRecord(
    @NotBlank String label,
    @Pattern(regexp = "[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*") String code,
    @NotNull IndicatorKind kind,
    @NotNull @DecimalMin("0") BigDecimal value,
    @NotBlank @Size(max = 32) String unit,
    @NotNull Qualifier qualifier,
    @Pattern(regexp = ReportRecord.NOT_BLANK) String written,
    @NotNull @Valid List<IndicatorRecord> parts) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Returns whether a PERCENT is a share from 0 to 100.
   *
   * @return true when valid
   */
  @JsonIgnore // a check, not a field of the JSON form
  @AssertTrue(message = "a PERCENT must be between 0 and 100")
  public boolean isShareWithinHundred() {
    return kind != IndicatorKind.PERCENT || value == null || value.compareTo(HUNDRED) <= 0;
  }

  /**
   * Returns whether a COUNT is a whole number once scaled (1.19万 is whole, 1.5个 is not).
   *
   * @return true when valid
   */
  @JsonIgnore // a check, not a field of the JSON form
  @AssertTrue(message = "a COUNT must be whole once scaled")
  public boolean isWholeCount() {
    if (kind != IndicatorKind.COUNT || value == null || unit == null) {
      return true;
    }
    BigDecimal scaled = unit.startsWith("万") ? value.movePointRight(4) : value;
    return scaled.signum() == 0 || scaled.stripTrailingZeros().scale() <= 0;
  }

  /**
   * Returns whether the unit is a percent sign exactly when the kind is a percentage.
   *
   * @return true when valid
   */
  @JsonIgnore // a check, not a field of the JSON form
  @AssertTrue(message = "a percent unit is only for PERCENT and PERCENT_CHANGE")
  public boolean isUnitFitsKind() {
    if (kind == null || unit == null) {
      return true;
    }
    boolean percentUnit = unit.equals("%") || unit.equals("％") || unit.equals("﹪");
    return percentUnit == (kind == IndicatorKind.PERCENT || kind == IndicatorKind.PERCENT_CHANGE);
  }
}
