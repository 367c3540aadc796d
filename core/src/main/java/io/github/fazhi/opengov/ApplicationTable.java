package io.github.fazhi.opengov;

import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Invariants;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

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
public final class ApplicationTable extends CellTable<ApplicationRow, ApplicantColumn, Long> {
  private ApplicationTable(Builder builder) {
    super(builder, ApplicationRow.class, ApplicantColumn.class);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationTable}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder
      extends CellTable.Builder<ApplicationRow, ApplicantColumn, Long, ApplicationTable, Builder> {
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
      put(row, column, count);
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    public ApplicationTable build() {
      return new ApplicationTable(this);
    }
  }

  /**
   * Returns one cell.
   *
   * @param row  the row, not null
   * @param column  the column, not null
   * @return the count, or empty when the report does not state it
   */
  public OptionalLong cell(ApplicationRow row, ApplicantColumn column) {
    @Nullable Long count = valueOrNull(row, column);
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /**
   * Returns one cell, or a number of the caller's choosing when the report does not state it: as
   * {@code cell(row, column).orElse(absent)}, for a caller that reads many cells and wants no
   * {@link OptionalLong} for each (the checker's rules, which pass {@code -1}: a stated count is never
   * negative).
   *
   * @param row  the row, not null
   * @param column  the column, not null
   * @param absent  the number returned when the cell is not stated
   * @return the count, or {@code absent}
   */
  public long cellOrElse(ApplicationRow row, ApplicantColumn column, long absent) {
    @Nullable Long count = valueOrNull(row, column);
    return count == null ? absent : count;
  }

  @Override
  void check(Invariants invariants, Path path, Cell<ApplicationRow, ApplicantColumn> cell, Long count) {
    invariants.nonNegative(path, count);
  }
}
