package io.github.fazhi.catalog;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How values of one catalogue indicator combine across reports (汇总方式): added up ({@link Type#SUM}),
 * recomputed as the ratio of the sums of two other indicators ({@link Type#RATIO}: the mediation success
 * rate of a city is the sum of its districts' successful mediations over the sum of their disputes, never
 * an average of their rates), or not at all ({@link Type#NONE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Aggregation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The ways values aggregate. */
  public enum Type {
    /** Values are added (counts, amounts, durations). */
    SUM,
    /** The value is recomputed as the ratio of the sums of two other codes. */
    RATIO,
    /** Values do not combine (a share with no known basis, a ranking). */
    NONE
  }

  private static final Aggregation SUM = new Aggregation(Type.SUM, null, null);
  private static final Aggregation NONE = new Aggregation(Type.NONE, null, null);

  private final Type type;
  private final @Nullable String numerator;
  private final @Nullable String denominator;

  private Aggregation(Type type, @Nullable String numerator, @Nullable String denominator) {
    this.type = type;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the aggregation that adds values up.
   *
   * @return the SUM aggregation, never null
   */
  public static Aggregation sum() {
    return SUM;
  }

  /**
   * Returns the aggregation of values that do not combine.
   *
   * @return the NONE aggregation, never null
   */
  public static Aggregation none() {
    return NONE;
  }

  /**
   * Returns the aggregation that recomputes a rate as the ratio of the sums of two codes.
   *
   * @param numeratorCode  the code counted in the numerator ({@code mediation.succeeded}), not blank
   * @param denominatorCode  the code counted in the denominator ({@code mediation.disputes}), not blank
   *     and not the numerator
   * @return the RATIO aggregation, never null
   * @throws IllegalArgumentException if a code is blank or both are the same
   */
  public static Aggregation ratio(String numeratorCode, String denominatorCode) {
    requireNonNull(numeratorCode, "numeratorCode");
    requireNonNull(denominatorCode, "denominatorCode");
    if (numeratorCode.isBlank() || denominatorCode.isBlank() || numeratorCode.equals(denominatorCode)) {
      throw new IllegalArgumentException(
          "ratio codes must be two different codes: " + numeratorCode + "/" + denominatorCode);
    }
    return new Aggregation(Type.RATIO, numeratorCode, denominatorCode);
  }

  /**
   * Returns how values aggregate.
   *
   * @return the type, never null
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the code of the numerator of a RATIO.
   *
   * @return the code, or empty unless the type is RATIO
   */
  public Optional<String> numerator() {
    return Optional.ofNullable(numerator);
  }

  /**
   * Returns the code of the denominator of a RATIO.
   *
   * @return the code, or empty unless the type is RATIO
   */
  public Optional<String> denominator() {
    return Optional.ofNullable(denominator);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Aggregation other
        && type == other.type
        && Objects.equals(numerator, other.numerator)
        && Objects.equals(denominator, other.denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, numerator, denominator);
  }

  /** Returns {@code SUM}, {@code NONE} or {@code RATIO(numerator/denominator)}. */
  @Override
  public String toString() {
    return type == Type.RATIO ? "RATIO(" + numerator + "/" + denominator + ")" : type.name();
  }
}
