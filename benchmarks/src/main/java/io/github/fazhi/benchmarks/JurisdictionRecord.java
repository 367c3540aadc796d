package io.github.fazhi.benchmarks;

import io.github.fazhi.JurisdictionLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A record mirroring {@link io.github.fazhi.Jurisdiction}; code and parent may be null. */
public record JurisdictionRecord(
    @NotBlank String name,
    @Pattern(regexp = "[0-9]{6}", message = "must be six digits (GB/T 2260)") String code,
    @NotNull JurisdictionLevel level,
    @Pattern(regexp = ReportRecord.NOT_BLANK) String parent) {}
