/**
 * Statistics across rule-of-law annual reports (跨报告统计): totals of catalogue indicators with their
 * coverage, review tallies summed per procedure with their rates as ratios of sums, year-over-year
 * change, and grouping by jurisdiction, parent, level and year. Start at
 * {@link io.github.fazhi.stats.ReportStatistics#of(java.util.Collection)} for the sums (a serializable,
 * mergeable snapshot) and at {@link io.github.fazhi.stats.Reports#of(java.util.Collection)} for grouping
 * and year-over-year change, which need the reports. The statistics of 政府信息公开 tables are in
 * {@code io.github.fazhi.stats.opengov}; {@link io.github.fazhi.stats.Reports#groupBy(io.github.fazhi.stats.Grouping,
 * java.util.stream.Collector)} groups them like these.
 *
 * <p>Nothing averages percentages and nothing uses {@code double}; unknown is not zero.
 */
@NullMarked
package io.github.fazhi.stats;

import org.jspecify.annotations.NullMarked;
