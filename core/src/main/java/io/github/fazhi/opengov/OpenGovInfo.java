package io.github.fazhi.opengov;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import io.github.fazhi.Indicator;
import io.github.fazhi.Path;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Invariants;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What an open-government-information annual report (政府信息公开工作年度报告) holds beyond any report: the
 * layout of its tables, its three tables — A 主动公开 ({@link ProactiveDisclosureTable}), B 依申请公开
 * ({@link ApplicationTable}) and C 复议诉讼 ({@link DisputeTable}) — each optional because excerpts and
 * older reports lack them, the texts of its six sections, the numbers each section states in its prose
 * ({@link #sectionIndicators()}: items published per channel, documents issued by type, 解读 by form …, as
 * indicators like those of a 法治政府 report's work areas), and the numbers its overview states in prose, typed
 * by what they count ({@link #overview()}; see docs/domain.md, 'Open government information tables').
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
  /** The path of this part in a report (路径), {@code openGovInfo}. */
  public static final Path PATH = Path.root().field("openGovInfo");
  /** The path of Table A (主动公开) in a report, {@code openGovInfo.proactive}. */
  public static final Path PROACTIVE_PATH = PATH.field("proactive");
  /** The path of Table B (依申请公开) in a report, {@code openGovInfo.applications}. */
  public static final Path APPLICATIONS_PATH = PATH.field("applications");
  /** The path of Table C (复议诉讼) in a report, {@code openGovInfo.disputes}. */
  public static final Path DISPUTES_PATH = PATH.field("disputes");
  private static final Path APPLICATIONS = Path.root().field("applications");
  private static final Path PROACTIVE = Path.root().field("proactive");

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
    Builder() {
      // The style makes collection builders on a first element, but Immutables 2.12's multimap
      // putSectionIndicators(key, values…) and putAllSectionIndicators(key, values) do not: start with one.
      sectionIndicators(ImmutableListMultimap.of());
    }
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
   * Returns the numbers each section states in its prose (各部分正文中的数字), by section: items published per
   * channel (网站, 政务微博, 微信公众号, 新闻发布会 …), documents issued by type, 解读 by form, hotline replies,
   * 政府开放日 events, growth figures — each an {@link Indicator} (label, value, unit, qualifier, kind, a
   * catalogue code where one matches, breakdowns) as a work area of a 法治政府 report holds them. An overview
   * figure the prose states ({@code 收到政府信息公开申请5件}) is here as written, with its measure word, as well as
   * typed in {@link #overview()}; the tables' cells are not repeated here.
   *
   * <p>A section is a key only when it states at least one number; sections come in the order of
   * {@link OpenGovSection}, whatever order they were put in, so that equal values list them alike.
   *
   * @return the indicators by section, each section's in reading order; never null
   */
  public abstract ListMultimap<OpenGovSection, Indicator> sectionIndicators();

  /**
   * Returns the numbers one section states in its prose.
   *
   * @param section  the section, not null
   * @return the section's indicators in reading order, empty when it states none; never null
   */
  public ImmutableList<Indicator> sectionIndicators(OpenGovSection section) {
    java.util.Objects.requireNonNull(section, "section");
    return ImmutableList.copyOf(sectionIndicators().get(section));
  }

  /**
   * Returns every number the sections state in their prose, section by section in the order of
   * {@link OpenGovSection} (breakdown parts stay inside their whole).
   *
   * @return the indicators, never null
   */
  public ImmutableList<Indicator> indicators() {
    return ImmutableList.copyOf(sectionIndicators().values());
  }

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
  OpenGovInfo check() {
    Invariants invariants = new Invariants();
    OpenGovLayout layout = layout();
    applications().ifPresent(table -> table.cells().keySet().forEach(cell ->
        invariants.that(cell.row().isIn(layout), APPLICATIONS.resolve(cell.at()),
            () -> APPLICATIONS.resolve(cell.at()) + " (" + cell.row().fullLabel() + ") is not a row of the "
                + layout + " layout")));
    proactive().ifPresent(table -> table.cells().keySet().forEach(cell ->
        invariants.that(ProactiveColumn.columns(layout, cell.row()).contains(cell.column()),
            PROACTIVE.resolve(cell.at()),
            () -> PROACTIVE.resolve(cell.at()) + " (" + cell.label() + ") is not a cell of the " + layout
                + " layout")));
    sections().forEach((section, text) ->
        invariants.notBlank(Path.root().field("sections").field(section.name().toLowerCase(Locale.ROOT)), text));
    overview().forEach((figure, value) ->
        invariants.nonNegative(Path.root().field("overview").field(figure.name().toLowerCase(Locale.ROOT)), value));
    invariants.throwIfBroken();
    return inSectionOrder();
  }

  /** Returns this value, or a copy whose section indicators are keyed in the order of the sections. */
  private OpenGovInfo inSectionOrder() {
    int last = -1;
    for (OpenGovSection section : sectionIndicators().keySet()) {
      if (section.ordinal() < last) {
        ImmutableListMultimap.Builder<OpenGovSection, Indicator> sorted = ImmutableListMultimap.builder();
        sorted.orderKeysBy(java.util.Comparator.naturalOrder()).putAll(sectionIndicators());
        return builder().from(this).sectionIndicators(sorted.build()).build();
      }
      last = section.ordinal();
    }
    return this;
  }
}
