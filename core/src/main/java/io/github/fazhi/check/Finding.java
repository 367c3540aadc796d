package io.github.fazhi.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One consistency problem a {@link Rule} found in a report (检查发现): the stable id of the rule, its
 * severity, the attribute path of the offending value ({@code reviews[0].accepted},
 * {@code workAreas[6].measures[0].indicators[1]}), a one-line message in the shape
 * {@code accepted (12) must be <= received (11)}, and the numbers involved, by name.
 *
 * <p>Paths of findings across several reports ({@link SeriesRule}) start with the report's jurisdiction
 * and year in brackets: {@code [曲江区 2020] reviews[0].carriedOver}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final String path;
  private final String message;

  @SuppressWarnings("Immutable") // an ImmutableMap of immutable BigDecimals
  private final ImmutableMap<String, BigDecimal> numbers;

  private Finding(
      String ruleId, Severity severity, String path, String message, ImmutableMap<String, BigDecimal> numbers) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.path = path;
    this.message = message;
    this.numbers = numbers;
  }

  /**
   * Obtains a finding without numbers.
   *
   * @param ruleId  the stable id of the rule, not blank
   * @param severity  how serious it is, not null
   * @param path  the attribute path of the offending value, empty for the report as a whole; not null
   * @param message  a one-line description, not blank
   * @return the finding, never null
   * @throws IllegalArgumentException if the rule id or message is blank
   */
  public static Finding of(String ruleId, Severity severity, String path, String message) {
    return of(ruleId, severity, path, message, ImmutableMap.of());
  }

  /**
   * Obtains a finding with the numbers involved.
   *
   * @param ruleId  the stable id of the rule, not blank
   * @param severity  how serious it is, not null
   * @param path  the attribute path of the offending value, empty for the report as a whole; not null
   * @param message  a one-line description, not blank
   * @param numbers  the numbers involved by name, in a meaningful order ({@code accepted → 12}); not null
   * @return the finding, never null
   * @throws IllegalArgumentException if the rule id or message is blank
   */
  public static Finding of(
      String ruleId, Severity severity, String path, String message, Map<String, BigDecimal> numbers) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(numbers, "numbers");
    if (ruleId.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("ruleId and message must not be blank");
    }
    return new Finding(ruleId, severity, path, message, ImmutableMap.copyOf(numbers));
  }

  /**
   * Returns the stable id of the rule that found this, such as {@code review.accepted_exceeds_received}.
   *
   * @return the rule id, never blank
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns how serious the finding is.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the attribute path of the offending value.
   *
   * @return the path, empty for the report as a whole; never null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the one-line description.
   *
   * @return the message, never blank
   */
  public String message() {
    return message;
  }

  /**
   * Returns the numbers involved, by name, in the order the rule gave them.
   *
   * @return the numbers, never null
   */
  public ImmutableMap<String, BigDecimal> numbers() {
    return numbers;
  }

  /**
   * Returns this finding with its path under a prefix, such as the path of the report in a series.
   *
   * @param prefix  the prefix, not null
   * @return the finding with path {@code prefix + " " + path}, or {@code prefix} for an empty path
   */
  public Finding under(String prefix) {
    requireNonNull(prefix, "prefix");
    return new Finding(ruleId, severity, path.isEmpty() ? prefix : prefix + " " + path, message, numbers);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Finding other
        && ruleId.equals(other.ruleId)
        && severity == other.severity
        && path.equals(other.path)
        && message.equals(other.message)
        && numbers.equals(other.numbers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, message, numbers);
  }

  /** Returns {@code SEVERITY ruleId at path: message}. */
  @Override
  public String toString() {
    return severity + " " + ruleId + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
