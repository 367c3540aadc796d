package io.github.fazhi.opengov;

import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Invariants;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Table C of an open-government-information annual report (四、政府信息公开行政复议、行政诉讼情况): 15 cells,
 * three blocks ({@link DisputeBlock}) of five columns ({@link DisputeColumn}). A cell the report does not
 * state is absent: unknown, not zero. Whether each block's 总计 is the sum of its four other cells is for
 * the checker.
 *
 * <h2>Invariants</h2>
 * Every stated cell is a non-negative count.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisputeTable extends CellTable<DisputeBlock, DisputeColumn, Long> {
  private DisputeTable(Builder builder) {
    super(builder, DisputeBlock.class, DisputeColumn.class);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputeTable}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder
      extends CellTable.Builder<DisputeBlock, DisputeColumn, Long, DisputeTable, Builder> {
    Builder() {}

    /**
     * Sets one cell.
     *
     * @param block  the block, not null
     * @param column  the column, not null
     * @param count  the number of cases as stated
     * @return this builder, never null
     */
    public Builder cell(DisputeBlock block, DisputeColumn column, long count) {
      put(block, column, count);
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    public DisputeTable build() {
      return new DisputeTable(this);
    }
  }

  /**
   * Returns one cell.
   *
   * @param block  the block, not null
   * @param column  the column, not null
   * @return the count, or empty when the report does not state it
   */
  public OptionalLong cell(DisputeBlock block, DisputeColumn column) {
    @Nullable Long count = valueOrNull(block, column);
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /**
   * Returns one cell, or a number of the caller's choosing when the report does not state it: as
   * {@code cell(block, column).orElse(absent)}, for a caller that reads many cells and wants no
   * {@link OptionalLong} for each (the checker's rules, which pass {@code -1}: a stated count is never
   * negative).
   *
   * @param block  the block, not null
   * @param column  the column, not null
   * @param absent  the number returned when the cell is not stated
   * @return the count, or {@code absent}
   */
  public long cellOrElse(DisputeBlock block, DisputeColumn column, long absent) {
    @Nullable Long count = valueOrNull(block, column);
    return count == null ? absent : count;
  }

  @Override
  void check(Invariants invariants, Path path, Cell<DisputeBlock, DisputeColumn> cell, Long count) {
    invariants.nonNegative(path, count);
  }
}
