package io.github.fazhi;

import io.github.fazhi.internal.Invariants;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A numbered part of a report, {@code (一)…(七)}: a work area of the year's measures and results, or a
 * plan area of next year's arrangements. Titles are paraphrases of the national outlines, so the title
 * is kept as written and the outline's task areas are optional tags.
 *
 * <h2>Invariants</h2>
 * The ordinal is at least 1; the title and text are not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkArea {
  WorkArea() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkArea}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableWorkArea.Builder {
    Builder() {}
  }

  /**
   * Returns the area's number, from 1 ({@code (一)} is 1).
   *
   * @return the ordinal, at least 1
   */
  public abstract int ordinal();

  /**
   * Returns the title as written, such as {@code 强化组织领导，提高思想认识}.
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns the outline task areas this area covers (docs/domain.md, 'The annual report': task areas), possibly none.
   *
   * @return the task areas, never null
   */
  public abstract Set<TaskArea> taskAreas();

  /**
   * Returns the enumerated measures ({@code 一是…二是…}), in order; empty when the area is prose only.
   *
   * @return the measures, never null
   */
  public abstract List<Measure> measures();

  /**
   * Returns the numbers the area states outside its enumerated measures (in prose-only areas, or where a
   * source gives the area's numbers without saying which measure they belong to).
   *
   * @return the indicators, in order; never null
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns the area's prose when it is not split into measures (plan areas usually are not).
   *
   * @return the text, or empty
   */
  public abstract Optional<String> text();

  @Value.Check
  void check() {
    new Invariants()
        .positive("ordinal", ordinal())
        .notBlank("title", title())
        .notBlank("text", text())
        .throwIfBroken();
  }
}
