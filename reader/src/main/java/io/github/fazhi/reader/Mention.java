package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import io.github.fazhi.Qualifier;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One number found in a text (数字提及), with everything written around it that belongs to it: its
 * {@link #span()} covers the word of change, the qualifier, the numeral, the scale (万, 亿), the unit and a
 * trailing qualifier ({@code 约13亿元}, {@code 9.5万余场}, {@code 70%以上}, {@code 同比下降3个百分点}), or a rank
 * from its ranking word ({@code 位列全市第二}), so that reading {@link Span#written()} again gives the same
 * mention, signed value included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mention {
  /** The form of a mention. */
  public enum Form {
    /** One number ({@code 1338宗}). */
    NUMBER,
    /** A range ({@code 3至5个工作日}, {@code 10%-20%}): {@link #upper()} holds its upper end. */
    RANGE,
    /** A fraction ({@code 三分之一}): {@link #value()} is the numerator, {@link #upper()} the denominator. */
    FRACTION,
    /**
     * A rank (名次: {@code 排名第一}, {@code 位列全市第二}, {@code 排名第3位}): the span runs from the ranking word
     * to the ordinal, so that it reads back as a rank; {@link #value()} is the place, from 1.
     */
    RANK
  }

  /**
   * The direction of a change (增减): a number written right after a word of increase or decrease
   * ({@code 同比增长17.1%}, {@code 下降3个百分点}, {@code 减少20件}); the span starts at that word, so that
   * reading it again gives the same signed value.
   */
  public enum Direction {
    /** Not a change: no word of increase or decrease just before the number. */
    NONE,
    /** An increase (增长, 增加, 上升, 提高 …). */
    UP,
    /** A decrease (下降, 减少, 降低 …): {@link #signedValue()} is negative. */
    DOWN
  }

  private final Span span;
  private final int numberStart;
  private final BigDecimal value;
  private final @Nullable BigDecimal upper;
  private final String scale;
  private final String unit;
  private final Qualifier qualifier;
  private final Form form;
  private final Direction direction;

  Mention(Span span, int numberStart, BigDecimal value, @Nullable BigDecimal upper, String scale, String unit,
      Qualifier qualifier, Form form) {
    this(span, numberStart, value, upper, scale, unit, qualifier, form, Direction.NONE);
  }

  Mention(Span span, int numberStart, BigDecimal value, @Nullable BigDecimal upper, String scale, String unit,
      Qualifier qualifier, Form form, Direction direction) {
    this.span = requireNonNull(span, "span");
    this.numberStart = numberStart;
    this.value = requireNonNull(value, "value");
    this.upper = upper;
    this.scale = requireNonNull(scale, "scale");
    this.unit = requireNonNull(unit, "unit");
    this.qualifier = requireNonNull(qualifier, "qualifier");
    this.form = requireNonNull(form, "form");
    this.direction = requireNonNull(direction, "direction");
  }

  /**
   * Returns the span of the source the mention covers, qualifiers and unit included.
   *
   * @return the span, never null
   */
  public Span span() {
    return span;
  }

  /**
   * Returns the offset where the numeral itself starts (after a leading qualifier such as 约).
   *
   * @return the offset, inside the span
   */
  public int numberStart() {
    return numberStart;
  }

  /**
   * Returns the value as written, before its scale: {@code 9.5} for {@code 9.5万余场}; for a range, its
   * lower end.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the upper end of a range, or the denominator of a fraction.
   *
   * @return the upper end, or empty for a single number
   */
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(upper);
  }

  /**
   * Returns the scale word written between the numeral and the unit: {@code 万}, {@code 亿},
   * {@code 万亿}, or the empty string.
   *
   * @return the scale, never null
   */
  public String scale() {
    return scale;
  }

  /**
   * Returns the unit or measure word after the number, without its scale ({@code 场}, {@code %},
   * {@code 个百分点}), in simplified characters (a unit written 個百分點 is {@code 个百分点}); the empty string
   * when none is written.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the unit as an indicator would carry it: the scale followed by the unit ({@code 万场}).
   *
   * @return the written unit, possibly empty
   */
  public String scaledUnit() {
    return scale.isEmpty() ? unit : scale + unit;
  }

  /**
   * Returns the value in the base unit: {@code 9.5万} is 95000, {@code 4.78万亿} is 4780000000000.
   *
   * @return the scaled value, never null
   */
  public BigDecimal baseValue() {
    return switch (scale) {
      case "万" -> value.scaleByPowerOfTen(4);
      case "亿" -> value.scaleByPowerOfTen(8);
      case "万亿" -> value.scaleByPowerOfTen(12);
      default -> value;
    };
  }

  /**
   * Returns the qualifier written with the number, {@link Qualifier#EXACT} when none.
   *
   * @return the qualifier, never null
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Returns the form of the mention.
   *
   * @return the form, never null
   */
  public Form form() {
    return form;
  }

  /**
   * Returns the direction of the change the mention states, {@link Direction#NONE} when it states none.
   *
   * @return the direction, never null
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns the value with the sign of its change: {@code 下降3个百分点} is −3, {@code 增长17.1%} is 17.1, a
   * number that is no change is its value.
   *
   * @return the signed value, never null
   */
  public BigDecimal signedValue() {
    return direction == Direction.DOWN ? value.negate() : value;
  }

  /** Whether the other mention states the same value, range, scale, unit, qualifier, form and direction. */
  boolean sameReading(Mention other) {
    return value.compareTo(other.value) == 0 && direction == other.direction
        && (upper == null ? other.upper == null : other.upper != null && upper.compareTo(other.upper) == 0)
        && scale.equals(other.scale) && unit.equals(other.unit) && qualifier == other.qualifier
        && form == other.form;
  }

  /** {@code "约13亿元" = 13 亿元 APPROXIMATELY at [4, 9)}. */
  @Override
  public String toString() {
    return "\"" + span.written() + "\" = " + value.toPlainString()
        + (upper == null ? "" : (form == Form.FRACTION ? "/" : "~") + upper.toPlainString())
        + " " + scaledUnit() + " " + qualifier + (direction == Direction.NONE ? "" : " " + direction)
        + (form == Form.RANK ? " RANK" : "") + " at [" + span.start() + ", " + span.end() + ")";
  }
}
