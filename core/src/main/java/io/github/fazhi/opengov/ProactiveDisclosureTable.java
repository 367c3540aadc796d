package io.github.fazhi.opengov;

import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Invariants;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Table A of an open-government-information annual report (二、主动公开政府信息情况): the numbers of the items
 * of Art. 20 of the 条例, by row ({@link ProactiveItem}) and column ({@link ProactiveColumn}). A cell the
 * report does not state is absent: unknown, not zero. Which cells a layout has is checked by
 * {@link OpenGovInfo}.
 *
 * <h2>Invariants</h2>
 * A count is a non-negative whole number; an amount (万元) is non-negative; only 本年增/减 may be negative.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProactiveDisclosureTable extends CellTable<ProactiveItem, ProactiveColumn, BigDecimal> {
  private ProactiveDisclosureTable(Builder builder) {
    super(builder, ProactiveItem.class, ProactiveColumn.class);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProactiveDisclosureTable}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder
      extends CellTable.Builder<ProactiveItem, ProactiveColumn, BigDecimal, ProactiveDisclosureTable, Builder> {
    Builder() {}

    /**
     * Sets one cell.
     *
     * @param item  the row, not null
     * @param column  the column, not null
     * @param value  the number as stated, not null
     * @return this builder, never null
     */
    public Builder cell(ProactiveItem item, ProactiveColumn column, BigDecimal value) {
      put(item, column, value);
      return this;
    }

    /**
     * Sets one cell to a whole number.
     *
     * @param item  the row, not null
     * @param column  the column, not null
     * @param value  the number as stated
     * @return this builder, never null
     */
    public Builder cell(ProactiveItem item, ProactiveColumn column, long value) {
      return cell(item, column, BigDecimal.valueOf(value));
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    public ProactiveDisclosureTable build() {
      return new ProactiveDisclosureTable(this);
    }
  }

  /**
   * Returns one cell.
   *
   * @param item  the row, not null
   * @param column  the column, not null
   * @return the number, or empty when the report does not state it
   */
  public Optional<BigDecimal> cell(ProactiveItem item, ProactiveColumn column) {
    return value(item, column);
  }

  @Override
  void check(Invariants invariants, Path path, Cell<ProactiveItem, ProactiveColumn> cell, BigDecimal value) {
    invariants.that(cell.column().isSigned() || value.signum() >= 0, path,
        () -> path + " (" + Invariants.shown(value) + ") must be >= 0");
    invariants.that(cell.column().isAmount() || isWhole(value), path,
        () -> path + " (" + Invariants.shown(value) + ") must be a whole number");
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
