package io.github.fazhi.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One well-known indicator of the catalogue (指标目录条目): a stable code such as
 * {@code mediation.success_rate}, Chinese and English labels, its {@link IndicatorKind}, its canonical
 * unit (and other units that count the same thing), whether it is a share of a whole (0..100), how it
 * aggregates across reports, and the row of the catalogue table it comes from (see docs/domain.md, 'The indicator catalogue').
 *
 * <h2>Invariants</h2>
 * The code is lower-case words joined by dots; the labels are not blank; a share is a PERCENT; a RATIO
 * aggregation is only for a PERCENT; SUM only for additive kinds (COUNT, AMOUNT, DURATION).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class CatalogEntry implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

  private final String code;
  private final String chinese;
  private final String english;
  private final IndicatorKind kind;
  private final Unit unit;
  private final ImmutableList<Unit> otherUnits;
  private final boolean share;
  private final Aggregation aggregation;
  private final int briefRow;
  private final ImmutableList<String> aliases;

  private CatalogEntry(Builder builder) {
    this.code = requireNonNull(builder.code, "code");
    this.chinese = requireNonNull(builder.chinese, "chinese");
    this.english = requireNonNull(builder.english, "english");
    this.kind = requireNonNull(builder.kind, "kind");
    this.unit = requireNonNull(builder.unit, "unit");
    this.otherUnits = ImmutableList.copyOf(builder.otherUnits);
    this.share = builder.share != null ? builder.share : kind == IndicatorKind.PERCENT;
    this.aggregation = builder.aggregation != null
        ? builder.aggregation
        : kind.isAdditive() ? Aggregation.sum() : Aggregation.none();
    this.briefRow = builder.briefRow;
    this.aliases = ImmutableList.copyOf(builder.aliases);
    List<String> problems = new ArrayList<>();
    if (!CODE.matcher(code).matches()) {
      problems.add("code (\"" + code + "\") must be lower-case words joined by dots");
    }
    if (chinese.isBlank() || english.isBlank()) {
      problems.add("labels must not be blank");
    }
    if (share && kind != IndicatorKind.PERCENT) {
      problems.add("a share must be a PERCENT, not " + kind);
    }
    if (aggregation.type() == Aggregation.Type.RATIO && kind != IndicatorKind.PERCENT) {
      problems.add("a RATIO aggregation is only for a PERCENT, not " + kind);
    }
    if (aggregation.type() == Aggregation.Type.SUM && !kind.isAdditive()) {
      problems.add("a SUM aggregation is only for an additive kind, not " + kind);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(code + ": " + String.join("; ", problems));
    }
  }

  /**
   * Returns a new builder.
   *
   * @param code  the stable code, such as {@code legal_aid.cases}; not null
   * @return a builder, never null
   */
  public static Builder builder(String code) {
    return new Builder(code);
  }

  /**
   * Returns the stable code.
   *
   * @return the code, never blank
   */
  public String code() {
    return code;
  }

  /**
   * Returns the Chinese label, as reports usually word it ({@code 调解成功率}).
   *
   * @return the label, never blank
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never blank
   */
  public String english() {
    return english;
  }

  /**
   * Returns the kind of number.
   *
   * @return the kind, never null
   */
  public IndicatorKind kind() {
    return kind;
  }

  /**
   * Returns the canonical unit totals are kept in ({@code 件} for cases, also when a report writes 宗).
   *
   * @return the unit, never null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns other units a report may state this indicator in ({@code 场} next to {@code 次}).
   *
   * @return the other units, never null
   */
  public ImmutableList<Unit> otherUnits() {
    return otherUnits;
  }

  /**
   * Returns whether the value is a share of a whole, so it lies in 0..100.
   *
   * @return true for a share
   */
  public boolean isShare() {
    return share;
  }

  /**
   * Returns how values combine across reports.
   *
   * @return the aggregation, never null
   */
  public Aggregation aggregation() {
    return aggregation;
  }

  /**
   * Returns the row of the catalogue table (docs/domain.md, 'The indicator catalogue') this entry comes from.
   *
   * @return the row number, or empty for an entry of the user's own
   */
  public OptionalInt briefRow() {
    return briefRow > 0 ? OptionalInt.of(briefRow) : OptionalInt.empty();
  }

  /**
   * Returns further Chinese wordings that identify this indicator in a report's label
   * ({@code 调处} for mediated disputes), used by {@link IndicatorCatalog#lookup(String)}.
   *
   * @return the aliases, never null
   */
  public ImmutableList<String> aliases() {
    return aliases;
  }

  /**
   * Returns whether a stated unit fits this entry: it counts the same thing as the canonical unit or one
   * of the other units, once scaled ({@code 万宗} fits {@code 件}).
   *
   * @param stated  the unit as stated, not null
   * @return true when it fits
   */
  public boolean fits(Unit stated) {
    requireNonNull(stated, "stated");
    if (stated.countsSameAs(unit)) {
      return true;
    }
    for (Unit other : otherUnits) {
      if (stated.countsSameAs(other)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CatalogEntry other
        && code.equals(other.code)
        && chinese.equals(other.chinese)
        && english.equals(other.english)
        && kind == other.kind
        && unit.equals(other.unit)
        && otherUnits.equals(other.otherUnits)
        && share == other.share
        && aggregation.equals(other.aggregation)
        && briefRow == other.briefRow
        && aliases.equals(other.aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, chinese, english, kind, unit, otherUnits, share, aggregation, briefRow, aliases);
  }

  /** Returns {@code code (中文, KIND in unit)}. */
  @Override
  public String toString() {
    return code + " (" + chinese + ", " + kind + " in " + unit + ")";
  }

  /**
   * Builds a {@link CatalogEntry}. Labels, kind and unit are required; a PERCENT is a share unless said
   * otherwise; the aggregation is SUM for additive kinds and NONE otherwise unless set.
   *
   * <p>This class is not thread-safe.
   */
  public static final class Builder {
    private final String code;
    private @Nullable String chinese;
    private @Nullable String english;
    private @Nullable IndicatorKind kind;
    private @Nullable Unit unit;
    private final List<Unit> otherUnits = new ArrayList<>();
    private @Nullable Boolean share;
    private @Nullable Aggregation aggregation;
    private int briefRow;
    private final List<String> aliases = new ArrayList<>();

    private Builder(String code) {
      this.code = requireNonNull(code, "code");
    }

    /**
     * Sets the Chinese and English labels.
     *
     * @param chinese  the Chinese label, not blank
     * @param english  the English label, not blank
     * @return this builder
     */
    public Builder labels(String chinese, String english) {
      this.chinese = requireNonNull(chinese, "chinese");
      this.english = requireNonNull(english, "english");
      return this;
    }

    /**
     * Sets the kind and canonical unit.
     *
     * @param kind  the kind, not null
     * @param unit  the canonical unit as written, such as {@code 件}; not null
     * @param others  other units reports use for it, such as {@code 场}
     * @return this builder
     */
    public Builder kind(IndicatorKind kind, String unit, String... others) {
      this.kind = requireNonNull(kind, "kind");
      this.unit = Unit.of(unit);
      for (String other : others) {
        otherUnits.add(Unit.of(other));
      }
      return this;
    }

    /**
     * Sets whether the value is a share of a whole (0..100).
     *
     * @param share  true for a share
     * @return this builder
     */
    public Builder share(boolean share) {
      this.share = share;
      return this;
    }

    /**
     * Sets how values aggregate.
     *
     * @param aggregation  the aggregation, not null
     * @return this builder
     */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = requireNonNull(aggregation, "aggregation");
      return this;
    }

    /**
     * Sets the row of the catalogue table the entry comes from.
     *
     * @param row  the row number, at least 1
     * @return this builder
     */
    public Builder briefRow(int row) {
      if (row < 1) {
        throw new IllegalArgumentException("row (" + row + ") must be >= 1");
      }
      this.briefRow = row;
      return this;
    }

    /**
     * Adds Chinese wordings that identify the indicator in a report's label.
     *
     * @param words  the wordings, none blank
     * @return this builder
     */
    public Builder aliases(String... words) {
      for (String word : words) {
        if (word.isBlank()) {
          throw new IllegalArgumentException("an alias must not be blank");
        }
        aliases.add(word);
      }
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry, never null
     * @throws NullPointerException if the labels, kind or unit are missing
     * @throws IllegalArgumentException if an invariant is broken
     */
    public CatalogEntry build() {
      return new CatalogEntry(this);
    }
  }
}
