package io.github.fazhi.catalog;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.ValidationException;
import io.github.fazhi.internal.Invariants;
import java.io.Serializable;
import java.util.Optional;

/**
 * How values of one catalogue indicator combine across reports (汇总方式): added up ({@link Sum}),
 * recomputed as the ratio of the sums of two other indicators ({@link Ratio}: the mediation success rate
 * of a city is the sum of its districts' successful mediations over the sum of their disputes, never an
 * average of their rates), or not at all ({@link None}). A sealed type: a {@code switch} over it needs
 * no default.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@Immutable
public sealed interface Aggregation extends Serializable permits Aggregation.Sum, Aggregation.Ratio, Aggregation.None {
  /** The ways values aggregate, one per implementation. */
  enum Type {
    /** Values are added (counts, amounts, durations). */
    SUM,
    /** The value is recomputed as the ratio of the sums of two other codes. */
    RATIO,
    /** Values do not combine (a share with no known basis, a ranking). */
    NONE
  }

  /**
   * Returns the aggregation that adds values up.
   *
   * @return the SUM aggregation, never null
   */
  static Aggregation sum() {
    return new Sum();
  }

  /**
   * Returns the aggregation of values that do not combine.
   *
   * @return the NONE aggregation, never null
   */
  static Aggregation none() {
    return new None();
  }

  /**
   * Returns the aggregation that recomputes a rate as the ratio of the sums of two codes.
   *
   * @param numeratorCode  the code counted in the numerator ({@code mediation.succeeded}), not blank
   * @param denominatorCode  the code counted in the denominator ({@code mediation.disputes}), not blank
   *     and not the numerator
   * @return the RATIO aggregation, never null
   * @throws ValidationException if a code is blank or both are the same
   */
  static Aggregation ratio(String numeratorCode, String denominatorCode) {
    return new Ratio(numeratorCode, denominatorCode);
  }

  /**
   * Returns how values aggregate.
   *
   * @return the type, never null
   */
  Type type();

  /**
   * Returns the code of the numerator of a RATIO.
   *
   * @return the code, or empty unless the type is RATIO
   */
  default Optional<String> numerator() {
    return Optional.empty();
  }

  /**
   * Returns the code of the denominator of a RATIO.
   *
   * @return the code, or empty unless the type is RATIO
   */
  default Optional<String> denominator() {
    return Optional.empty();
  }

  /** Values are added up. */
  record Sum() implements Aggregation {
    private static final long serialVersionUID = 1L;

    @Override
    public Type type() {
      return Type.SUM;
    }

    /** Returns {@code SUM}. */
    @Override
    public String toString() {
      return "SUM";
    }
  }

  /** Values do not combine. */
  record None() implements Aggregation {
    private static final long serialVersionUID = 1L;

    @Override
    public Type type() {
      return Type.NONE;
    }

    /** Returns {@code NONE}. */
    @Override
    public String toString() {
      return "NONE";
    }
  }

  /**
   * The rate is the ratio of the sums of two codes.
   *
   * @param numeratorCode  the code counted in the numerator, not blank
   * @param denominatorCode  the code counted in the denominator, not blank and not the numerator
   */
  record Ratio(String numeratorCode, String denominatorCode) implements Aggregation {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the codes.
     *
     * @throws ValidationException if a code is blank or both are the same, listing every problem
     */
    public Ratio {
      requireNonNull(numeratorCode, "numeratorCode");
      requireNonNull(denominatorCode, "denominatorCode");
      String numerator = numeratorCode;
      String denominator = denominatorCode;
      new Invariants()
          .notBlank("numeratorCode", numerator)
          .notBlank("denominatorCode", denominator)
          .that(!numerator.equals(denominator), "denominatorCode",
              () -> "ratio codes must be two different codes: " + numerator + "/" + denominator)
          .throwIfBroken();
    }

    @Override
    public Type type() {
      return Type.RATIO;
    }

    @Override
    public Optional<String> numerator() {
      return Optional.of(numeratorCode);
    }

    @Override
    public Optional<String> denominator() {
      return Optional.of(denominatorCode);
    }

    /** Returns {@code RATIO(numerator/denominator)}. */
    @Override
    public String toString() {
      return "RATIO(" + numeratorCode + "/" + denominatorCode + ")";
    }
  }
}
