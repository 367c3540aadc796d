package io.github.fazhi.internal;

import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the broken invariants of one value so that {@code build()} can report all of them in one
 * {@link ValidationException}. Messages follow one shape, {@code name (value) must be …}, and are only
 * built for an invariant that is broken: checking a valid value allocates nothing here.
 *
 * <p>A path is a {@link Path}, or the name of a field of the value itself ({@code accepted}), made into
 * {@code Path.root().field(name)} only when the invariant is broken. No path string is parsed here.
 *
 * <p>Each check adds a violation at its path when broken and returns this collector, so checks chain. An
 * instance belongs to one {@code @Value.Check} call and is not thread-safe.
 */
public final class Invariants {
  /** Numbers whose plain form would be longer than this many digits are shown in scientific form. */
  private static final int PLAIN_DIGITS = 64;

  private @Nullable List<Violation> violations;

  /**
   * Adds a violation unless a count is at least 0: {@code path (-1) must be >= 0}.
   *
   * @param field  the name of the field of the value itself where the count is, not null
   * @param value  the count
   * @return this collector, never null
   */
  public Invariants nonNegative(String field, long value) {
    if (value < 0) {
      add(field, field + " (" + value + ") must be >= 0");
    }
    return this;
  }

  /**
   * Adds a violation unless a stated count is at least 0; an unstated count breaks nothing.
   *
   * @param field  the name of the field of the value itself where the count is, not null
   * @param value  the count or empty, not null
   * @return this collector, never null
   */
  public Invariants nonNegative(String field, OptionalLong value) {
    if (value.isPresent()) {
      nonNegative(field, value.getAsLong());
    }
    return this;
  }

  /**
   * Adds a violation unless a number is at least 1: {@code path (0) must be >= 1}.
   *
   * @param field  the name of the field of the value itself where the number is, not null
   * @param value  the number
   * @return this collector, never null
   */
  public Invariants positive(String field, long value) {
    if (value < 1) {
      add(field, field + " (" + value + ") must be >= 1");
    }
    return this;
  }

  /**
   * Adds a violation when a text is blank.
   *
   * @param field  the name of the field of the value itself where the text is, not null
   * @param value  the text, not null
   * @return this collector, never null
   */
  public Invariants notBlank(String field, String value) {
    if (isBlank(value)) {
      add(field, field + " (\"" + value + "\") must not be blank");
    }
    return this;
  }

  /**
   * Adds a violation when a stated text is blank; an unstated text breaks nothing.
   *
   * @param field  the name of the field of the value itself where the text is, not null
   * @param value  the text or empty, not null
   * @return this collector, never null
   */
  public Invariants notBlank(String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(field, value.get());
    }
    return this;
  }

  /**
   * Adds a violation for each blank text of a list, at {@code path[i]}.
   *
   * @param field  the name of the field of the value itself where the list is, not null
   * @param values  the texts, not null
   * @return this collector, never null
   */
  public Invariants notBlank(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (isBlank(values.get(i))) {
        notBlank(Path.root().field(field).index(i), values.get(i));
      }
    }
    return this;
  }

  /**
   * Adds a violation unless a number lies between two bounds, both included.
   *
   * @param field  the name of the field of the value itself where the number is, not null
   * @param value  the number, not null
   * @param min  the least allowed, not null
   * @param max  the greatest allowed, not null
   * @return this collector, never null
   */
  public Invariants between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      add(field, field + " (" + shown(value) + ") must be between " + min.toPlainString() + " and "
          + max.toPlainString());
    }
    return this;
  }

  /**
   * Adds a violation with a message of its own when a condition does not hold; the message is only built
   * then.
   *
   * @param holds  whether the invariant holds
   * @param field  the name of the field of the value itself where the value is, not null
   * @param message  the message, not null
   * @return this collector, never null
   */
  public Invariants that(boolean holds, String field, Supplier<String> message) {
    if (!holds) {
      add(field, message.get());
    }
    return this;
  }

  /**
   * Adds a violation at a path: for a check that has already found the invariant broken.
   *
   * @param path  where the broken value sits, not null
   * @param message  what is wrong, not null
   * @return this, for chaining
   */
  public Invariants broken(Path path, String message) {
    add(path, message);
    return this;
  }

  /**
   * Adds a violation: for a check that tests its condition itself and builds the message only when it
   * is broken, with no {@link Supplier} to allocate (the hot checks of values built by the thousand).
   *
   * @param field  the name of the field of the value itself where the value is, not null
   * @param message  the message, not null
   * @return this collector, never null
   */
  public Invariants broken(String field, String message) {
    add(field, message);
    return this;
  }

  /**
   * Throws every violation added, at once.
   *
   * @throws ValidationException if any invariant is broken
   */
  public void throwIfBroken() {
    if (violations != null) {
      throw new ValidationException(violations);
    }
  }

  /**
   * Returns whether a text is empty or only white space, as {@link String#isBlank()} says. A text whose first
   * character is surely not white space is answered from that character alone: one between the space
   * U+0020 and U+1680 (the Ogham space mark, the next white space character), or one above U+3000 (the
   * ideographic space, the last white space character of the Basic Multilingual Plane; no supplementary
   * character is white space), where every Han character and every surrogate lies. Only other texts are
   * scanned by {@code isBlank}, whose look-up of each character's properties took a tenth of building a
   * report (issue 26). {@code InvariantsTest} holds the two to the same answer for every first character.
   *
   * @param text  the text, not null
   * @return true when the text is blank
   */
  public static boolean isBlank(String text) {
    if (text.isEmpty()) {
      return true;
    }
    char first = text.charAt(0);
    if ((first > ' ' && first < '\u1680') || first > '\u3000') {
      return false;
    }
    return text.isBlank();
  }

  /**
   * Shows a number as written in plain digits, unless that would be absurdly long (1E+999999999 would
   * be a billion digits): then in scientific form.
   *
   * @param value  the number, not null
   * @return the number as shown in a message, never null
   */
  public static String shown(BigDecimal value) {
    long plainDigits = Math.max(value.precision(), (long) value.precision() - value.scale());
    return plainDigits <= PLAIN_DIGITS && value.scale() <= PLAIN_DIGITS
        ? value.toPlainString()
        : value.toString();
  }

  /**
   * Adds a violation unless a count is at least 0: {@code path (-1) must be >= 0}.
   *
   * @param path  where the count is, not null
   * @param value  the count
   * @return this collector, never null
   */
  public Invariants nonNegative(Path path, long value) {
    if (value < 0) {
      add(path, path + " (" + value + ") must be >= 0");
    }
    return this;
  }

  /**
   * Adds a violation if a text is blank: {@code path ("") must not be blank}.
   *
   * @param path  where the text is, not null
   * @param value  the text, not null
   * @return this collector, never null
   */
  public Invariants notBlank(Path path, String value) {
    if (isBlank(value)) {
      add(path, path + " (\"" + value + "\") must not be blank");
    }
    return this;
  }

  /**
   * Adds a violation with a message of its own when a condition does not hold; the message is only built
   * then.
   *
   * @param holds  whether the invariant holds
   * @param field  the name of the field of the value itself where the value is, not null
   * @param message  the message, not null
   * @return this collector, never null
   */
  public Invariants that(boolean holds, Path field, Supplier<String> message) {
    if (!holds) {
      add(field, message.get());
    }
    return this;
  }

  private void add(String field, String message) {
    add(Path.root().field(field), message);
  }

  private void add(Path field, String message) {
    if (violations == null) {
      violations = new ArrayList<>();
    }
    violations.add(Violation.of(field, message));
  }
}
