package io.github.fazhi;

import io.github.fazhi.internal.Invariants;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One breakdown of a stated whole (分项): its parts, by one criterion. Real reports break one total down
 * several ways: 收到行政复议申请 120 件 by matter (行政处罚 52, 行政强制 11 …), by field (公安 38 …), by
 * respondent (区政府部门 80, 镇街 40). An {@link Indicator} holds its first breakdown as
 * {@link Indicator#parts()} and any further ones, each named, in {@link Indicator#breakdowns()}.
 *
 * <h2>Invariants</h2>
 * The name, where given, is not blank; a breakdown has at least one part.
 * Whether the parts add up to the whole is a consistency question for the checker.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Breakdown {
  Breakdown() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Breakdown}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableBreakdown.Builder {
    Builder() {}
  }

  /**
   * Returns what the whole is broken down by, as written or described ({@code 按复议事项},
   * {@code by respondent}); empty for an indicator's own {@link Indicator#parts()}.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the parts, in order.
   *
   * @return the parts, never empty
   */
  public abstract List<Indicator> parts();

  /**
   * Returns whether the parts claim to cover the whole, so that they must add up to it exactly;
   * otherwise they only must not exceed it.
   *
   * @return true when the breakdown is complete; false unless set
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  @Value.Check
  void check() {
    new Invariants()
        .notBlank("name", name())
        .that(!parts().isEmpty(), "parts", () -> "parts ([]) must hold at least one part")
        .throwIfBroken();
  }
}
