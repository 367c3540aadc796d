package io.github.fazhi.benchmarks;

import io.github.fazhi.TaskArea;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Set;

/** A record mirroring {@link io.github.fazhi.WorkArea}; text may be null. */
public record WorkAreaRecord(
    @Positive int ordinal,
    @NotBlank String title,
    @NotNull Set<TaskArea> taskAreas,
    @NotNull @Valid List<MeasureRecord> measures,
    @NotNull @Valid List<IndicatorRecord> indicators,
    @Pattern(regexp = ReportRecord.NOT_BLANK) String text) {}
