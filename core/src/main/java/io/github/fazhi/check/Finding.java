package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One consistency problem a {@link Rule} found in a report (检查发现): the stable id of the rule, its
 * severity, the attribute path ({@link Path}, 路径) of the offending value ({@code reviews[0].accepted},
 * {@code workAreas[6].measures[0].indicators[1]}), a one-line message in the shape
 * {@code accepted (12) must be <= received (11)}, and the numbers involved, by name.
 *
 * <p>Paths of findings across several reports ({@link SeriesRule}) name the report
 * ({@link Path#inReport(String, int)}), written with its jurisdiction and year in brackets:
 * {@code [曲江区 2020] reviews[0].carriedOver}.
 *
 * <h2>Invariants</h2>
 * The rule id and the message are not blank; a finding that breaks either is refused with one
 * {@link ValidationException} listing both.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Obtains a finding without numbers.
   *
   * @param ruleId  the stable id of the rule, not blank
   * @param severity  how serious it is, not null
   * @param at  the attribute path of the offending value, the root for the report as a whole; not null
   * @param message  a one-line description, not blank
   * @return the finding, never null
   * @throws ValidationException if the rule id or message is blank
   */
  public static Finding of(String ruleId, Severity severity, Path at, String message) {
    return of(ruleId, severity, at, message, ImmutableMap.of());
  }

  /**
   * Obtains a finding with the numbers involved.
   *
   * @param ruleId  the stable id of the rule, not blank
   * @param severity  how serious it is, not null
   * @param at  the attribute path of the offending value, the root for the report as a whole; not null
   * @param message  a one-line description, not blank
   * @param numbers  the numbers involved by name, in a meaningful order ({@code accepted → 12}); not null
   * @return the finding, never null
   * @throws ValidationException if the rule id or message is blank
   */
  public static Finding of(
      String ruleId, Severity severity, Path at, String message, Map<String, BigDecimal> numbers) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(at, "at");
    requireNonNull(message, "message");
    requireNonNull(numbers, "numbers");
    return builder().ruleId(ruleId).severity(severity).at(at).message(message).putAllNumbers(numbers)
        .build();
  }

  /**
   * Returns the stable id of the rule that found this, such as {@code review.accepted_exceeds_received}.
   *
   * @return the rule id, never blank
   */
  public abstract String ruleId();

  /**
   * Returns how serious the finding is.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Returns the attribute path of the offending value.
   *
   * @return the path, the root for the report as a whole; never null
   */
  @Value.Default
  public Path at() {
    return Path.root();
  }

  /**
   * Returns the string form of {@link #at()}.
   *
   * @return {@code at().toString()}, empty for the report as a whole; never null
   */
  public String path() {
    return at().toString();
  }

  /**
   * Returns the one-line description.
   *
   * @return the message, never blank
   */
  public abstract String message();

  /**
   * Returns the numbers involved, by name, in the order the rule gave them.
   *
   * @return the numbers, never null
   */
  public abstract ImmutableMap<String, BigDecimal> numbers();

  /**
   * Returns this finding with its path under a prefix, such as the root of its report in a series
   * ({@link Path#inReport(String, int)}): {@code reviews[0]} under {@code [曲江区 2020]} is
   * {@code [曲江区 2020] reviews[0]}.
   *
   * @param prefix  the prefix, not null
   * @return the finding with path {@code at().under(prefix)}, never null
   */
  public Finding under(Path prefix) {
    requireNonNull(prefix, "prefix");
    return builder().from(this).at(at().under(prefix)).build();
  }

  /** Returns {@code SEVERITY ruleId at path: message}. */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + (path().isEmpty() ? "" : " at " + path()) + ": " + message();
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(2);
    if (ruleId().isBlank()) {
      violations.add(Violation.of(Path.root().field("ruleId"), "ruleId (\"" + ruleId() + "\") must not be blank"));
    }
    if (message().isBlank()) {
      violations.add(Violation.of(Path.root().field("message"), "message (\"" + message() + "\") must not be blank"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
