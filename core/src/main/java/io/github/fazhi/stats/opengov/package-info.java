/**
 * Statistics of open-government-information annual reports (政府信息公开工作年度报告) across bodies and years:
 * {@link io.github.fazhi.stats.opengov.OpenGovStatistics}, an immutable snapshot that merges with {@code
 * plus} and serialises like {@link io.github.fazhi.stats.ReportStatistics}, its accumulator and collector,
 * and the stable {@code open_gov.…} codes of what it sums ({@link io.github.fazhi.stats.opengov.OpenGovCodes}).
 */
@NullMarked
package io.github.fazhi.stats.opengov;

import org.jspecify.annotations.NullMarked;
