package io.github.fazhi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a builder is asked to make a value that breaks one or more invariants. It lists
 * <em>every</em> broken invariant of that value at once, each with its path and offending value, so that
 * nothing has to be fixed one error at a time.
 *
 * <p>Missing required attributes are reported the same way: one violation per missing attribute, all in
 * one exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every broken invariant, in the order they were found. */
  private final ImmutableList<Violation> violations;

  /**
   * Creates an exception for the given violations.
   *
   * @param violations  the broken invariants, at least one
   * @throws IllegalArgumentException if there are none
   */
  public ValidationException(List<Violation> violations) {
    this(ImmutableList.copyOf(violations));
  }

  /**
   * Creates an exception for missing required attributes, one violation per name. Immutables' generated
   * builders call this constructor with every missing attribute at once.
   *
   * @param missingAttributes  the names of the required attributes that were not set, at least one
   */
  public ValidationException(String... missingAttributes) {
    this(Arrays.stream(missingAttributes)
        .map(name -> Violation.of(Path.root().field(name), name + " is required but was not set"))
        .collect(ImmutableList.toImmutableList()));
  }

  private ValidationException(ImmutableList<Violation> violations) {
    super(describe(violations));
    this.violations = violations;
  }

  private static String describe(ImmutableList<Violation> violations) {
    checkArgument(!violations.isEmpty(), "a ValidationException needs at least one violation");
    String list = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    return violations.size() == 1
        ? "1 invariant broken: " + list
        : violations.size() + " invariants broken: " + list;
  }

  /**
   * Returns every broken invariant, in the order the attributes were checked.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the same violations seen from an enclosing value, each path prefixed (see
   * {@link Violation#under(Path)}).
   *
   * @param prefix  the path of the failed value inside the enclosing one, such as {@code reviews[0]}
   * @return a new exception with the longer paths and this one as its cause, never null
   */
  public ValidationException under(Path prefix) {
    requireNonNull(prefix, "prefix");
    ValidationException moved =
        new ValidationException(
            violations.stream().map(v -> v.under(prefix)).collect(ImmutableList.toImmutableList()));
    moved.initCause(this);
    return moved;
  }
}
