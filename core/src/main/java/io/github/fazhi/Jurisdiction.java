package io.github.fazhi;

import io.github.fazhi.internal.Invariants;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A government jurisdiction that issues or is covered by a report (辖区): 曲江区, code 440205, county
 * level, parent 韶关市.
 *
 * <h2>Invariants</h2>
 * The name and parent are not blank; a division code (GB/T 2260, 行政区划代码) is six digits.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Jurisdiction {

  Jurisdiction() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Jurisdiction}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }

  /**
   * Returns the name as written, such as {@code 曲江区}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the six-digit division code of GB/T 2260 (行政区划代码), where known.
   *
   * @return the code, such as {@code 440205}, or empty
   */
  public abstract Optional<String> code();

  /**
   * Returns the level of government.
   *
   * @return the level, never null
   */
  public abstract JurisdictionLevel level();

  /**
   * Returns the name of the jurisdiction one level up, where known (韶关市 for 曲江区).
   *
   * @return the parent's name, or empty
   */
  public abstract Optional<String> parent();

  @Value.Check
  void check() {
    Invariants invariants = new Invariants().notBlank("name", name()).notBlank("parent", parent());
    Optional<String> code = code();
    if (code.isPresent() && !isDivisionCode(code.get())) {
      invariants.broken("code", "code (\"" + code.get() + "\") must be six digits (GB/T 2260)");
    }
    invariants.throwIfBroken();
  }

  /** Whether a code is six ASCII digits: what {@code [0-9]{6}} matches, without a matcher per check. */
  static boolean isDivisionCode(String code) {
    if (code.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
