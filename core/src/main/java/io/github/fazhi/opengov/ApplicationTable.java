package io.github.fazhi.opengov;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.internal.Invariants;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Table B of an open-government-information annual report (三、收到和处理政府信息公开申请情况): the number of
 * applications in each cell, by row ({@link ApplicationRow}) and applicant column ({@link ApplicantColumn}),
 * as the report states them. A cell the report leaves blank, marks {@code /} or cuts off is absent:
 * unknown, not zero.
 *
 * <p>Whether the cells add up (一 + 二 = 三(七) + 四, the sums of groups and of columns) is not an invariant:
 * real tables often do not, and the checker reports it.
 *
 * <h2>Invariants</h2>
 * Every stated cell is a non-negative count.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApplicationTable {
  ApplicationTable() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationTable}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableApplicationTable.Builder {
    Builder() {}

    /**
     * Sets one cell.
     *
     * @param row  the row, not null
     * @param column  the column, not null
     * @param count  the number of applications as stated
     * @return this builder, never null
     */
    public Builder cell(ApplicationRow row, ApplicantColumn column, long count) {
      putCell(new Cell(row, column), count);
      return this;
    }
  }

  /**
   * One cell's position: its row and column.
   *
   * @param row  the row, not null
   * @param column  the column, not null
   */
  public record Cell(ApplicationRow row, ApplicantColumn column) implements Comparable<Cell> {
    /**
     * Creates a position.
     *
     * @param row  the row, not null
     * @param column  the column, not null
     */
    public Cell {
      requireNonNull(row, "row");
      requireNonNull(column, "column");
    }

    @Override
    public int compareTo(Cell other) {
      int byRow = row.compareTo(other.row);
      return byRow != 0 ? byRow : column.compareTo(other.column);
    }

    /**
     * Returns the path of this cell under a table: {@code cells[disclosed][natural_person]}.
     *
     * @return the path, never null
     */
    public String path() {
      return "cells[" + row.name().toLowerCase(Locale.ROOT) + "][" + column.name().toLowerCase(Locale.ROOT) + "]";
    }

    /**
     * Returns the labels of this cell's row and column, as a reviewer finds it in the table:
     * {@code （一）予以公开 / 自然人}.
     *
     * @return the labels, never null
     */
    public String label() {
      return row.fullLabel() + " / " + column.label();
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
   * @param row  the row, not null
   * @param column  the column, not null
   * @return the count, or empty when the report does not state it
   */
  public OptionalLong cell(ApplicationRow row, ApplicantColumn column) {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    Long count = cells().get(new Cell(row, column));
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants();
    cells().forEach((cell, count) -> invariants.nonNegative(cell.path(), count));
    invariants.throwIfBroken();
  }
}
