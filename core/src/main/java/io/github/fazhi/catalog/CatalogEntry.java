package io.github.fazhi.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Codes;
import io.github.fazhi.internal.Invariants;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * One well-known indicator of the catalogue (指标目录条目): a stable code such as
 * {@code mediation.success_rate}, Chinese and English labels, its {@link IndicatorKind}, its canonical
 * unit (and other units that count the same thing), whether it is a share of a whole (0..100), how it
 * aggregates across reports, and further wordings that identify it in a report's label (see
 * docs/domain.md, 'The indicator catalogue').
 *
 * <pre>{@code
 * CatalogEntry calls = CatalogEntry.builder().code("hotline.calls")
 *     .labels("12345热线来电", "hotline calls")
 *     .kind(IndicatorKind.COUNT, "个")
 *     .addAlias("热线")
 *     .build();
 * }</pre>
 *
 * <h2>Invariants</h2>
 * The code is lower-case words joined by dots; the labels and aliases are not blank; a share is a PERCENT;
 * a RATIO aggregation is only for a PERCENT; SUM only for additive kinds (COUNT, AMOUNT, DURATION). An entry
 * that breaks any of them is refused with one {@link ValidationException} listing each, with its path and
 * value.
 *
 * <h2>Serialization</h2>
 * An entry is serialized as its attributes and rebuilt through its builder, so a stream cannot make an
 * entry that breaks an invariant.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CatalogEntry implements Serializable {
  private static final long serialVersionUID = 2L;

  CatalogEntry() {}

  /**
   * Returns a new builder. The code, labels, kind and unit are required; a PERCENT is a share unless said
   * otherwise; the aggregation is SUM for additive kinds and NONE otherwise unless set.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogEntry}; {@code build()} throws {@link ValidationException}. */
  public static final class Builder extends ImmutableCatalogEntry.Builder {
    Builder() {}

    /**
     * Sets the Chinese and English labels.
     *
     * @param chinese  the Chinese label, not blank
     * @param english  the English label, not blank
     * @return this builder
     */
    public Builder labels(String chinese, String english) {
      return chinese(chinese).english(english);
    }

    /**
     * Sets the kind, the canonical unit and other units reports state the indicator in.
     *
     * @param kind  the kind, not null
     * @param unit  the canonical unit as written, such as {@code 件}; not null
     * @param others  other units reports use for it, such as {@code 场}
     * @return this builder
     * @throws ValidationException if a unit is not a unit
     */
    public Builder kind(IndicatorKind kind, String unit, String... others) {
      kind(kind).unit(Unit.of(unit));
      for (String other : others) {
        addOtherUnit(Unit.of(other));
      }
      return this;
    }
  }

  /**
   * Returns the stable code.
   *
   * @return the code, never blank
   */
  public abstract String code();

  /**
   * Returns the Chinese label, as reports usually word it ({@code 调解成功率}).
   *
   * @return the label, never blank
   */
  public abstract String chinese();

  /**
   * Returns the English label.
   *
   * @return the label, never blank
   */
  public abstract String english();

  /**
   * Returns the kind of number.
   *
   * @return the kind, never null
   */
  public abstract IndicatorKind kind();

  /**
   * Returns the canonical unit totals are kept in ({@code 件} for cases, also when a report writes 宗).
   *
   * @return the unit, never null
   */
  public abstract Unit unit();

  /**
   * Returns other units a report may state this indicator in ({@code 场} next to {@code 次}).
   *
   * @return the other units, never null
   */
  public abstract ImmutableList<Unit> otherUnits();

  /**
   * Returns whether the value is a share of a whole, so it lies in 0..100.
   *
   * @return true for a share; unless set, true exactly for a PERCENT
   */
  @Value.Default
  public boolean isShare() {
    return kind() == IndicatorKind.PERCENT;
  }

  /**
   * Returns how values combine across reports.
   *
   * @return the aggregation; unless set, SUM for an additive kind and NONE otherwise
   */
  @Value.Default
  public Aggregation aggregation() {
    return kind().isAdditive() ? Aggregation.sum() : Aggregation.none();
  }

  /**
   * Returns further Chinese wordings that identify this indicator in a report's label
   * ({@code 调处} for mediated disputes), used by {@link IndicatorCatalog#lookup(String)}.
   *
   * @return the aliases, never null
   */
  public abstract ImmutableList<String> aliases();

  /**
   * Returns whether a stated unit fits this entry: it counts the same thing as the canonical unit or one
   * of the other units, once scaled ({@code 万宗} fits {@code 件}).
   *
   * @param stated  the unit as stated, not null
   * @return true when it fits
   */
  public boolean fits(Unit stated) {
    requireNonNull(stated, "stated");
    if (stated.countsSameAs(unit())) {
      return true;
    }
    for (Unit other : otherUnits()) {
      if (stated.countsSameAs(other)) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code code (中文, KIND in unit)}. */
  @Override
  public String toString() {
    return code() + " (" + chinese() + ", " + kind() + " in " + unit() + ")";
  }

  @Value.Check
  void check() {
    Invariants invariants = new Invariants()
        .that(Codes.isCode(code()), "code", () -> "code (\"" + code() + "\") must be lower-case words joined by dots")
        .notBlank("chinese", chinese())
        .notBlank("english", english())
        .notBlank("aliases", aliases())
        .that(!isShare() || kind() == IndicatorKind.PERCENT, "isShare",
            () -> "a share (isShare true) must be a PERCENT, not " + kind());
    Aggregation.Type type = aggregation().type();
    invariants.that(type != Aggregation.Type.RATIO || kind() == IndicatorKind.PERCENT, "aggregation",
        () -> "a RATIO aggregation (" + aggregation() + ") is only for a PERCENT, not " + kind());
    invariants.that(type != Aggregation.Type.SUM || kind().isAdditive(), "aggregation",
        () -> "a SUM aggregation (" + aggregation() + ") is only for an additive kind, not " + kind());
    invariants.throwIfBroken();
  }

  final Object writeReplace() {
    return new SerializedForm(code(), chinese(), english(), kind(), unit(), otherUnits(), isShare(), aggregation(),
        aliases());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a catalogue entry is deserialized through its serialized form");
  }

  /** The serialized form of an entry: its attributes, rebuilt and checked through the builder when read. */
  private record SerializedForm(
      String code, String chinese, String english, IndicatorKind kind, Unit unit, ImmutableList<Unit> otherUnits,
      boolean share, Aggregation aggregation, ImmutableList<String> aliases) implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return builder().code(code).labels(chinese, english).kind(kind).unit(unit).otherUnits(otherUnits)
          .isShare(share).aggregation(aggregation).aliases(aliases).build();
    }
  }
}
