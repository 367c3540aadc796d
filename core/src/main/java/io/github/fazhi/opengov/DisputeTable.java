package io.github.fazhi.opengov;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.internal.Invariants;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class DisputeTable {
  DisputeTable() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputeTable}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableDisputeTable.Builder {
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
      putCell(new Cell(block, column), count);
      return this;
    }
  }

  /**
   * One cell's position: its block and column.
   *
   * @param block  the block, not null
   * @param column  the column, not null
   */
  public record Cell(DisputeBlock block, DisputeColumn column) implements Comparable<Cell> {
    /**
     * Creates a position.
     *
     * @param block  the block, not null
     * @param column  the column, not null
     */
    public Cell {
      requireNonNull(block, "block");
      requireNonNull(column, "column");
    }

    @Override
    public int compareTo(Cell other) {
      int byBlock = block.compareTo(other.block);
      return byBlock != 0 ? byBlock : column.compareTo(other.column);
    }

    /**
     * Returns the path of this cell under a table: {@code cells[reconsideration][upheld]}.
     *
     * @return the path, never null
     */
    public String path() {
      return "cells[" + block.name().toLowerCase(Locale.ROOT) + "][" + column.name().toLowerCase(Locale.ROOT) + "]";
    }

    /**
     * Returns the labels of this cell's block and column: {@code 行政复议 / 结果维持}.
     *
     * @return the labels, never null
     */
    public String label() {
      return block.label() + " / " + column.label();
    }
  }

  /**
   * Returns the stated cells, in the table's order.
   *
   * @return the cells and their counts, never null
   */
  @Value.NaturalOrder
  public abstract SortedMap<Cell, Long> cells();

  /**
   * Returns one cell.
   *
   * @param block  the block, not null
   * @param column  the column, not null
   * @return the count, or empty when the report does not state it
   */
  public OptionalLong cell(DisputeBlock block, DisputeColumn column) {
    requireNonNull(block, "block");
    requireNonNull(column, "column");
    Long count = cells().get(new Cell(block, column));
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants();
    cells().forEach((cell, count) -> invariants.nonNegative(cell.path(), count));
    invariants.throwIfBroken();
  }
}
