package io.github.fazhi.examples.cli;

import io.github.fazhi.Report;
import io.github.fazhi.stats.Grouping;
import io.github.fazhi.stats.opengov.OpenGovStatistics;
import io.github.fazhi.stats.opengov.OpenGovStatisticsAccumulator;
import io.github.fazhi.stats.ReportStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Sums reports one at a time, over all and per group, and refuses a report that cannot be summed (逐份汇总)
 * without losing what was summed before it: a sum that would overflow a {@code long}, or units that count
 * different things. Each report is added to copies (immutable {@link ReportStatistics} merged with
 * {@code plus}, a fresh 政府信息公开 accumulator merged with the one so far), which replace the sums only
 * when every addition succeeded; so one bad report leaves the others' sums exact. The cost of a report is
 * the size of the sums, not the number of reports; nothing of the reports is kept.
 *
 * <p>This class is not thread-safe.
 */
final class Summing {
  private static final ReportStatistics NONE = ReportStatistics.of(List.of());

  private final @Nullable Grouping grouping;
  private ReportStatistics all = NONE;
  private OpenGovStatisticsAccumulator allOpenGov = new OpenGovStatisticsAccumulator();
  private final Map<String, ReportStatistics> groups = new TreeMap<>();
  private final Map<String, OpenGovStatisticsAccumulator> openGov = new TreeMap<>();

  /**
   * Creates empty sums.
   *
   * @param grouping  how to group the reports, or null for no groups
   */
  Summing(@Nullable Grouping grouping) {
    this.grouping = grouping;
  }

  /**
   * Adds a report to the sums over all and to its group's.
   *
   * @param report  the report
   * @return empty when it was added; otherwise why it cannot be summed, and the sums are as before
   */
  Optional<String> add(Report report) {
    try {
      ReportStatistics one = ReportStatistics.of(List.of(report));
      ReportStatistics newAll = all.plus(one);
      OpenGovStatisticsAccumulator newAllOpenGov = plus(allOpenGov, report);
      Optional<String> key = grouping == null ? Optional.empty() : grouping.keyOf(report);
      ReportStatistics newGroup = null;
      OpenGovStatisticsAccumulator newGroupOpenGov = null;
      if (key.isPresent()) {
        newGroup = groups.getOrDefault(key.get(), NONE).plus(one);
        OpenGovStatisticsAccumulator before = openGov.get(key.get());
        newGroupOpenGov = plus(before == null ? new OpenGovStatisticsAccumulator() : before, report);
      }
      all = newAll;
      allOpenGov = newAllOpenGov;
      if (newGroup != null && newGroupOpenGov != null) {
        groups.put(key.get(), newGroup);
        openGov.put(key.get(), newGroupOpenGov);
      }
      return Optional.empty();
    } catch (ArithmeticException | IllegalArgumentException e) { // overflow; units that count other things
      return Optional.of(Causes.of(e));
    }
  }

  /** The sums so far and this report, in a new accumulator; {@code sums} is left as it was. */
  private static OpenGovStatisticsAccumulator plus(OpenGovStatisticsAccumulator sums, Report report) {
    OpenGovStatisticsAccumulator sum = new OpenGovStatisticsAccumulator();
    sum.add(report);
    sum.addAll(sums);
    return sum;
  }

  /**
   * Returns the statistics over every report added.
   *
   * @return the statistics, never null
   */
  ReportStatistics all() {
    return all;
  }

  /**
   * Returns the statistics per group, in the groups' order; with no grouping, one group named
   * {@code all}.
   *
   * @param allName  the name of the one group when there is no grouping
   * @return the groups, never null
   */
  Map<String, ReportStatistics> groups(String allName) {
    return grouping == null ? Map.of(allName, all) : new LinkedHashMap<>(groups);
  }

  /**
   * Returns the 政府信息公开 statistics per group, as {@link #groups(String)}.
   *
   * @param allName  the name of the one group when there is no grouping
   * @return the groups, never null
   */
  Map<String, OpenGovStatistics> openGov(String allName) {
    Map<String, OpenGovStatistics> out = new LinkedHashMap<>();
    if (grouping == null) {
      out.put(allName, allOpenGov.snapshot());
    } else {
      openGov.forEach((key, sums) -> out.put(key, sums.snapshot()));
    }
    return out;
  }
}
