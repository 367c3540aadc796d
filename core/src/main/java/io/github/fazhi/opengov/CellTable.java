package io.github.fazhi.opengov;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Invariants;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A table of numbers by row and column, each an enum in the order of the official layout (表格): the one
 * shape of the three tables of an open-government-information report — A 主动公开
 * ({@link ProactiveDisclosureTable}), B 依申请公开 ({@link ApplicationTable}) and C 复议诉讼 ({@link DisputeTable}).
 * A cell the report leaves blank, marks {@code /} or cuts off is absent: unknown, not zero.
 *
 * <p>Each table fixes its row and column enums and the kind of its numbers, and adds the invariants of its
 * numbers (a count is a non-negative whole number …); the cells, their order, their paths
 * ({@code cells[disclosed][natural_person]}) and their look-up are this class's.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <R>  the rows
 * @param <C>  the columns
 * @param <V>  the numbers
 */
public abstract class CellTable<R extends Enum<R> & CellTable.Heading, C extends Enum<C> & CellTable.Heading, V> {
  private final ImmutableSortedMap<Cell<R, C>, V> cells;
  /** The number of columns: the stride of {@link #byPosition}. */
  private final int columns;
  /**
   * The same cells as {@link #cells}, at {@code row.ordinal() * columns + column.ordinal()}, null where not
   * stated: the look-up of {@link #value} in constant time, where the map would search.
   */
  private final @Nullable Object[] byPosition;

  /**
   * Builds a table of the builder's cells.
   *
   * @param builder  the cells
   * @param rows  the rows' enum, for the size of the look-up array
   * @param columns  the columns' enum, likewise
   */
  CellTable(Builder<R, C, V, ?, ?> builder, Class<R> rows, Class<C> columns) {
    this.cells = ImmutableSortedMap.copyOfSorted(builder.cells);
    this.columns = columns.getEnumConstants().length;
    this.byPosition = new Object[rows.getEnumConstants().length * this.columns];
    cells.forEach((cell, value) -> byPosition[position(cell.row(), cell.column())] = value);
    Invariants invariants = new Invariants();
    builder.duplicates.forEach((path, message) -> invariants.that(false, path, message));
    cells.forEach((cell, value) -> check(invariants, cell.at(), cell, value));
    invariants.throwIfBroken();
  }

  /**
   * A row or a column of a table, with the heading that names it in the table.
   */
  public interface Heading {
    /**
     * Returns the heading as a reviewer finds it in the table: {@code （三）1.属于国家秘密}, {@code 自然人}.
     *
     * @return the heading, never null
     */
    String heading();
  }

  /**
   * One cell's position: its row and column. Cells sort by row, then column, in the layout's order.
   *
   * @param row  the row, not null
   * @param column  the column, not null
   * @param <R>  the rows
   * @param <C>  the columns
   */
  public record Cell<R extends Enum<R> & Heading, C extends Enum<C> & Heading>(R row, C column)
      implements Comparable<Cell<R, C>> {
    private static final Path CELLS = Path.root().field("cells");

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
    public int compareTo(Cell<R, C> other) {
      int byRow = row.compareTo(other.row);
      return byRow != 0 ? byRow : column.compareTo(other.column);
    }

    /**
     * Returns the path of this cell under its table: {@code cells[disclosed][natural_person]}; under a
     * report, {@code OpenGovInfo.APPLICATIONS_PATH.resolve(cell.at())}.
     *
     * @return the path, never null
     */
    public Path at() {
      return CELLS.key(row.name().toLowerCase(Locale.ROOT)).key(column.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the string form of {@link #at()}.
     *
     * @return {@code at().toString()}, such as {@code cells[disclosed][natural_person]}; never null
     */
    public String path() {
      return at().toString();
    }

    /**
     * Returns the headings of this cell's row and column, as a reviewer finds it in the table:
     * {@code （一）予以公开 / 自然人}.
     *
     * @return the headings, never null
     */
    public String label() {
      return row.heading() + " / " + column.heading();
    }
  }

  /**
   * Builds a table: cells are set one by one; {@code build()} refuses a cell set twice and a number that
   * breaks the table's invariants, all at once in a {@link ValidationException}.
   *
   * @param <R>  the rows
   * @param <C>  the columns
   * @param <V>  the numbers
   * @param <T>  the table built
   * @param <B>  this builder's own type
   */
  public abstract static class Builder<
      R extends Enum<R> & Heading, C extends Enum<C> & Heading, V, T extends CellTable<R, C, V>,
      B extends Builder<R, C, V, T, B>> {
    private final TreeMap<Cell<R, C>, V> cells = new TreeMap<>();
    private final TreeMap<Path, Supplier<String>> duplicates = new TreeMap<>(Comparator.comparing(Path::toString));

    Builder() {}

    /**
     * Sets one cell; a cell set twice is refused by {@code build()}, naming both numbers.
     *
     * @param row  the row, not null
     * @param column  the column, not null
     * @param value  the number, not null
     */
    final void put(R row, C column, V value) {
      requireNonNull(value, "value");
      Cell<R, C> cell = new Cell<>(row, column);
      @Nullable V before = cells.put(cell, value);
      if (before != null) {
        Path path = cell.at();
        duplicates.put(path, () -> path + " (" + value + ") is set twice, first to " + before);
      }
    }

    /**
     * Sets many cells, as {@link #put} one by one.
     *
     * @param cells  the cells and their numbers, not null
     * @return this builder, never null
     */
    public final B putAllCells(Map<Cell<R, C>, ? extends V> cells) {
      cells.forEach((cell, value) -> put(cell.row(), cell.column(), value));
      return self();
    }

    /**
     * Sets every cell of a table.
     *
     * @param table  the table, not null
     * @return this builder, never null
     */
    public final B from(T table) {
      return putAllCells(table.cells());
    }

    /** Returns this builder as its own type. */
    abstract B self();

    /**
     * Builds the table.
     *
     * @return the table, never null
     * @throws ValidationException if a cell is set twice or a number breaks an invariant of the table
     */
    public abstract T build();
  }

  /** Adds the broken invariants of one cell's number. */
  abstract void check(Invariants invariants, Path path, Cell<R, C> cell, V value);

  /**
   * Returns the stated cells, in the table's order.
   *
   * @return the cells and their numbers, never null
   */
  public final ImmutableSortedMap<Cell<R, C>, V> cells() {
    return cells;
  }

  /**
   * Returns the number of one cell.
   *
   * @param row  the row, not null
   * @param column  the column, not null
   * @return the number, or empty when the report does not state it
   */
  public final Optional<V> value(R row, C column) {
    return Optional.ofNullable(valueOrNull(row, column));
  }

  /**
   * Returns the number of one cell, as {@link #value} without the {@code Optional}: the look-up of the
   * tables' own {@code cell} methods.
   *
   * @param row  the row, not null
   * @param column  the column, not null
   * @return the number, or null when the report does not state it
   */
  @SuppressWarnings("unchecked") // byPosition holds the values of cells, all V
  final @Nullable V valueOrNull(R row, C column) {
    return (V) byPosition[position(row, column)];
  }

  private int position(R row, C column) {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    return row.ordinal() * columns + column.ordinal();
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && cells.equals(((CellTable<?, ?, ?>) other).cells);
  }

  @Override
  public final int hashCode() {
    return getClass().getSimpleName().hashCode() * 31 + cells.hashCode();
  }

  /** Returns {@code ApplicationTable{cells={…}}}. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{cells=" + cells + "}";
  }
}
