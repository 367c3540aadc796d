package io.github.fazhi.stats;

import io.github.fazhi.Path;
import io.github.fazhi.Total;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The total of one code across reports (合计), next to its coverage: how many of the reports stated it.
 * A total over 3 of 12 districts is not the total of the city: unknown is not zero.
 *
 * <h2>Invariants</h2>
 * The code is not blank; the coverage lies between 0 and the number of reports.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorTotal {
  IndicatorTotal() {}

  /**
   * Returns the code: a catalogue code, or a review count's code.
   *
   * @return the code, never blank
   */
  public abstract String code();

  /**
   * Returns the total, unit-safe and qualifier-honest (see {@link Total}).
   *
   * @return the total, empty when no report stated the code; never null
   */
  public abstract Total total();

  /**
   * Returns how many reports stated the code (and were added to the total).
   *
   * @return the coverage, from 0 to {@link #reports()}
   */
  public abstract long coverage();

  /**
   * Returns how many reports the statistics cover.
   *
   * @return the number of reports, at least 0
   */
  public abstract long reports();

  /**
   * Returns whether every report stated the code.
   *
   * @return true when the coverage is all the reports (and there is at least one)
   */
  public boolean isComplete() {
    return reports() > 0 && coverage() == reports();
  }

  /** Returns {@code code: total (coverage/reports reports)}. */
  @Override
  public String toString() {
    return code() + ": " + total() + " (" + coverage() + "/" + reports() + " reports)";
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (code().isBlank()) {
      problems.add(Violation.of(Path.root().field("code"), "code (\"" + code() + "\") must not be blank"));
    }
    if (reports() < 0) {
      problems.add(Violation.of(Path.root().field("reports"), "reports (" + reports() + ") must be >= 0"));
    }
    if (coverage() < 0 || coverage() > Math.max(reports(), 0)) {
      problems.add(Violation.of(Path.root().field("coverage"),
          "coverage (" + coverage() + ") must be >= 0 and <= reports (" + reports() + ")"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  static IndicatorTotal of(String code, Total total, long coverage, long reports) {
    return ImmutableIndicatorTotal.builder().code(code).total(total).coverage(coverage).reports(reports).build();
  }
}
