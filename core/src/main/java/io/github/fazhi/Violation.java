package io.github.fazhi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;

/**
 * One broken invariant of a value: where it is ({@link #path()}) and what is wrong, naming the offending
 * value ({@link #message()}, for example {@code accepted (-1) must be >= 0}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The path of the offending value. */
  private final String path;
  /** What is wrong, naming the value. */
  private final String message;

  private Violation(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Obtains a violation.
   *
   * @param path  the attribute path, such as {@code reviews[0].accepted}; empty for the value itself
   * @param message  what is wrong, naming the offending value; not blank
   * @return the violation, never null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Violation of(String path, String message) {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    checkArgument(!message.isBlank(), "message must not be blank");
    return new Violation(path, message);
  }

  /**
   * Returns the path of the attribute that breaks the invariant, relative to the value that was built
   * ({@code accepted}) or to an enclosing document ({@code reviews[0].accepted}).
   *
   * @return the path; empty when the violation concerns the value as a whole; never null
   */
  public String path() {
    return path;
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
   * @param prefix  the path of this value inside the enclosing one; may be empty
   * @return the violation with the longer path, never null
   */
  public Violation under(String prefix) {
    requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, message);
    }
    return new Violation(path.startsWith("[") ? prefix + path : prefix + "." + path, message);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Violation other && path.equals(other.path) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /** Returns {@code path: message}, or the message alone when the path is empty. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
