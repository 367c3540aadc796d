package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Total;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The total of one catalogue code across reports (合计), next to its coverage: how many of the reports
 * stated it. A total over 3 of 12 districts is not the total of the city: unknown is not zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class IndicatorTotal {
  private final String code;
  private final Total total;
  private final long coverage;
  private final long reports;

  IndicatorTotal(String code, Total total, long coverage, long reports) {
    this.code = code;
    this.total = total;
    this.coverage = coverage;
    this.reports = reports;
  }

  /**
   * Returns the catalogue code.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the total, unit-safe and qualifier-honest (see {@link Total}).
   *
   * @return the total, empty when no report stated the code; never null
   */
  public Total total() {
    return total;
  }

  /**
   * Returns how many reports stated the code (and were added to the total).
   *
   * @return the coverage, from 0 to {@link #reports()}
   */
  public long coverage() {
    return coverage;
  }

  /**
   * Returns how many reports the statistics cover.
   *
   * @return the number of reports, at least 0
   */
  public long reports() {
    return reports;
  }

  /**
   * Returns whether every report stated the code.
   *
   * @return true when the coverage is all the reports (and there is at least one)
   */
  public boolean isComplete() {
    return reports > 0 && coverage == reports;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof IndicatorTotal other
        && code.equals(other.code)
        && total.equals(other.total)
        && coverage == other.coverage
        && reports == other.reports;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, total, coverage, reports);
  }

  /** Returns {@code code: total (coverage/reports reports)}. */
  @Override
  public String toString() {
    return code + ": " + total + " (" + coverage + "/" + reports + " reports)";
  }

  static IndicatorTotal of(String code, Total total, long coverage, long reports) {
    return new IndicatorTotal(requireNonNull(code), requireNonNull(total), coverage, reports);
  }
}
