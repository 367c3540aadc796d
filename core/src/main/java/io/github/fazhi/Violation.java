package io.github.fazhi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One broken invariant of a value (违反的约束): where it is ({@link #at()}, a {@link Path}) and what is
 * wrong, naming the offending value ({@link #message()}, for example {@code accepted (-1) must be >= 0}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Violation implements Serializable {
  private static final long serialVersionUID = 2L;

  /** The path of the offending value. */
  private final Path at;
  /** What is wrong, naming the value. */
  private final String message;

  private Violation(Path at, String message) {
    this.at = at;
    this.message = message;
  }

  /**
   * Obtains a violation.
   *
   * @param at  the attribute path, such as {@code reviews[0].accepted}; the root for the value itself; not
   *     null
   * @param message  what is wrong, naming the offending value; not blank
   * @return the violation, never null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Violation of(Path at, String message) {
    requireNonNull(at, "at");
    requireNonNull(message, "message");
    checkArgument(!message.isBlank(), "message must not be blank");
    return new Violation(at, message);
  }

  /**
   * Returns the path of the attribute that breaks the invariant, relative to the value that was built
   * ({@code accepted}) or to an enclosing document ({@code reviews[0].accepted}).
   *
   * @return the path; the root when the violation concerns the value as a whole; never null
   */
  public Path at() {
    return at;
  }

  /**
   * Returns the string form of {@link #at()}.
   *
   * @return {@code at().toString()}; empty when the violation concerns the value as a whole; never null
   */
  public String path() {
    return at.toString();
  }

  /**
   * Returns what is wrong, naming the offending value.
   *
   * @return the message, never null or blank
   */
  public String message() {
    return message;
  }

  /**
   * Returns this violation seen from an enclosing value: {@code accepted} under prefix
   * {@code reviews[0]} becomes {@code reviews[0].accepted}.
   *
   * @param prefix  the path of this value inside the enclosing one; may be the root
   * @return the violation with the longer path, never null
   */
  public Violation under(Path prefix) {
    requireNonNull(prefix, "prefix");
    return prefix.isRoot() && prefix.report().isEmpty() ? this : new Violation(at.under(prefix), message);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Violation other && at.equals(other.at) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return at.hashCode() * 31 + message.hashCode();
  }

  /** Returns {@code path: message}, or the message alone when the path is the root. */
  @Override
  public String toString() {
    String path = at.toString();
    return path.isEmpty() ? message : path + ": " + message;
  }
}
