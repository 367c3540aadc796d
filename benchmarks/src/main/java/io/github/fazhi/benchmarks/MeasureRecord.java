package io.github.fazhi.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/** A record mirroring {@link io.github.fazhi.Measure}. */
public record MeasureRecord(
    @Positive int ordinal,
    @NotBlank String text,
    @NotNull @Valid List<IndicatorRecord> indicators) {}
