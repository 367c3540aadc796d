package io.github.fazhi.opengov;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.internal.Invariants;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class ProactiveDisclosureTable {
  ProactiveDisclosureTable() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProactiveDisclosureTable}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableProactiveDisclosureTable.Builder {
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
      putCell(new Cell(item, column), value);
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
  }

  /**
   * One cell's position: its row and column.
   *
   * @param item  the row, not null
   * @param column  the column, not null
   */
  public record Cell(ProactiveItem item, ProactiveColumn column) implements Comparable<Cell> {
    /**
     * Creates a position.
     *
     * @param item  the row, not null
     * @param column  the column, not null
     */
    public Cell {
      requireNonNull(item, "item");
      requireNonNull(column, "column");
    }

    @Override
    public int compareTo(Cell other) {
      int byItem = item.compareTo(other.item);
      return byItem != 0 ? byItem : column.compareTo(other.column);
    }

    /**
     * Returns the path of this cell under a table: {@code cells[rules][in_force]}.
     *
     * @return the path, never null
     */
    public String path() {
      return "cells[" + item.name().toLowerCase(Locale.ROOT) + "][" + column.name().toLowerCase(Locale.ROOT) + "]";
    }

    /**
     * Returns the labels of this cell's row and column: {@code 规章 / 现行有效件数}.
     *
     * @return the labels, never null
     */
    public String label() {
      return item.label() + " / " + column.label();
    }
  }

  /**
   * Returns the stated cells, in the table's order.
   *
   * @return the cells and their numbers, never null
   */
  @Value.NaturalOrder
  public abstract SortedMap<Cell, BigDecimal> cells();

  /**
   * Returns one cell.
   *
   * @param item  the row, not null
   * @param column  the column, not null
   * @return the number, or empty when the report does not state it
   */
  public Optional<BigDecimal> cell(ProactiveItem item, ProactiveColumn column) {
    requireNonNull(item, "item");
    requireNonNull(column, "column");
    return Optional.ofNullable(cells().get(new Cell(item, column)));
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants();
    cells().forEach((cell, value) -> {
      String path = cell.path();
      invariants.that(cell.column().isSigned() || value.signum() >= 0, path,
          () -> path + " (" + Invariants.shown(value) + ") must be >= 0");
      invariants.that(cell.column().isAmount() || isWhole(value), path,
          () -> path + " (" + Invariants.shown(value) + ") must be a whole number");
    });
    invariants.throwIfBroken();
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
