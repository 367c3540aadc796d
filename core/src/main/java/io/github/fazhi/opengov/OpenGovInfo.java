package io.github.fazhi.opengov;

import io.github.fazhi.internal.Invariants;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What an open-government-information annual report (政府信息公开工作年度报告) holds beyond any report: the
 * layout of its tables, its three tables — A 主动公开 ({@link ProactiveDisclosureTable}), B 依申请公开
 * ({@link ApplicationTable}) and C 复议诉讼 ({@link DisputeTable}) — each optional because excerpts and
 * older reports lack them, the texts of its six sections, and the numbers its overview states in prose
 * (see docs/domain.md, 'Open government information tables').
 *
 * <h2>Invariants</h2>
 * Every cell of a table is one the layout has: the three sub-rows of (六)其他处理 and the 2021 columns of
 * Table A are not in the 2019 trial layout, and the 2019 columns not in the 2021 layout; section texts are
 * not blank; overview numbers are non-negative. Each violation names the cell's path, such as
 * {@code applications.cells[other_other][total]}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenGovInfo {
  OpenGovInfo() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpenGovInfo}; {@code build()} throws {@link io.github.fazhi.ValidationException}. */
  public static final class Builder extends ImmutableOpenGovInfo.Builder {
    Builder() {}
  }

  /**
   * Returns the layout of the tables.
   *
   * @return the layout; {@link OpenGovLayout#FORMAT_2021} unless set
   */
  @Value.Default
  public OpenGovLayout layout() {
    return OpenGovLayout.FORMAT_2021;
  }

  /**
   * Returns Table A, proactive disclosure (主动公开政府信息情况), where the report has it.
   *
   * @return the table, or empty
   */
  public abstract Optional<ProactiveDisclosureTable> proactive();

  /**
   * Returns Table B, applications (收到和处理政府信息公开申请情况), where the report has it.
   *
   * @return the table, or empty
   */
  public abstract Optional<ApplicationTable> applications();

  /**
   * Returns Table C, reconsideration and litigation (政府信息公开行政复议、行政诉讼情况), where the report has it.
   *
   * @return the table, or empty
   */
  public abstract Optional<DisputeTable> disputes();

  /**
   * Returns the texts of the sections the report has, by section.
   *
   * @return the texts, in section order; never null
   */
  @Value.NaturalOrder
  public abstract SortedMap<OpenGovSection, String> sections();

  /**
   * Returns the numbers the overview states in prose (共收到政府信息公开申请N件 …), by what they count.
   *
   * @return the numbers, never null
   */
  @Value.NaturalOrder
  public abstract SortedMap<OverviewFigure, Long> overview();

  /**
   * Returns one number of the overview.
   *
   * @param figure  what it counts, not null
   * @return the number, or empty when the overview does not state it
   */
  public OptionalLong overview(OverviewFigure figure) {
    java.util.Objects.requireNonNull(figure, "figure");
    Long value = overview().get(figure);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants();
    OpenGovLayout layout = layout();
    applications().ifPresent(table -> table.cells().keySet().forEach(cell ->
        invariants.that(cell.row().isIn(layout), "applications." + cell.path(),
            () -> "applications." + cell.path() + " (" + cell.row().fullLabel() + ") is not a row of the "
                + layout + " layout")));
    proactive().ifPresent(table -> table.cells().keySet().forEach(cell ->
        invariants.that(ProactiveColumn.columns(layout, cell.row()).contains(cell.column()),
            "proactive." + cell.path(),
            () -> "proactive." + cell.path() + " (" + cell.label() + ") is not a cell of the " + layout
                + " layout")));
    sections().forEach((section, text) ->
        invariants.notBlank("sections." + section.name().toLowerCase(java.util.Locale.ROOT), text));
    overview().forEach((figure, value) ->
        invariants.nonNegative("overview." + figure.name().toLowerCase(java.util.Locale.ROOT), value));
    invariants.throwIfBroken();
  }
}
