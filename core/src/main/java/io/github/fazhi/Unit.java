package io.github.fazhi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A measure word or unit exactly as a report writes it (件, 宗, 个, 项, 人次, 万元, %, 工作日 …), which
 * knows its base unit and its scale: {@code 万} multiplies by 10⁴ and {@code 亿} by 10⁸, so
 * {@code 1.19万人} is 11,900 人 and {@code 5534.04万元} is 55,340,400 元.
 *
 * <p>Units that count the same thing add up: 宗 and 件 both count cases, 人 and 名 both count people, 日
 * and 天 are both days, and the three percent signs {@code %} (U+0025), {@code ％} (U+FF05) and
 * {@code ﹪} (U+FE6A, used in the seed report) are one. Compound units keep their written form:
 * {@code 件(次)} and {@code 件（次）} are the same base unit.
 *
 * <p>Two units are equal when they are written the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Unit implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final long TEN_THOUSAND = 10_000L;
  private static final long HUNDRED_MILLION = 100_000_000L;

  /** Written bases that count the same thing as another base: the key is counted as the value. */
  private static final ImmutableMap<String, String> SAME_AS =
      ImmutableMap.<String, String>builder()
          .put("宗", "件")
          .put("名", "人")
          .put("天", "日")
          .put("％", "%")
          .put("﹪", "%")
          .put("百分点", "个百分点")
          .buildOrThrow();

  /** The percent unit, {@code %}. */
  public static final Unit PERCENT = new Unit("%", "%", 1);

  /** The percentage-point unit, {@code 个百分点}. */
  public static final Unit PERCENTAGE_POINTS = new Unit("个百分点", "个百分点", 1);

  /** Shared instances of the units reports use most (docs/domain.md, 'Numbers as written'), so that a corpus holds each once. */
  private static final ImmutableMap<String, Unit> COMMON = common(
      "件", "宗", "个", "项", "次", "人", "人次", "名", "场", "场次", "期", "批次", "份", "条", "卷", "家", "户",
      "件(次)", "元", "万元", "亿元", "万人", "万件", "万人次", "万条", "日", "天", "工作日", "个月", "小时",
      "％", "﹪", "部", "倍");

  /** The unit as written in the report, e.g. {@code 万元}. */
  private final String written;
  /** The base unit the written one scales, e.g. {@code 元} for {@code 万元}. */
  private final String base;
  /** How many base units one written unit is, e.g. 10,000 for {@code 万元}. */
  private final long scale;
  /** The unit totals of this unit are kept in: the base, variant spellings merged. */
  private final Unit canonical;

  private Unit(String written, String base, long scale) {
    this.written = written;
    this.base = base;
    this.scale = scale;
    String canonicalBase = SAME_AS.getOrDefault(base, base);
    this.canonical = scale == 1 && canonicalBase.equals(written) ? this : new Unit(canonicalBase);
  }

  private Unit(String canonicalBase) {
    this.written = canonicalBase;
    this.base = canonicalBase;
    this.scale = 1;
    this.canonical = this;
  }

  private static ImmutableMap<String, Unit> common(String... written) {
    ImmutableMap.Builder<String, Unit> units = ImmutableMap.builder();
    units.put(PERCENT.written, PERCENT).put(PERCENTAGE_POINTS.written, PERCENTAGE_POINTS);
    for (String text : written) {
      units.put(text, parse(text));
    }
    return units.buildOrThrow();
  }

  /**
   * Obtains a unit from its written form. Surrounding white space is removed; full-width parentheses
   * in the base are read as ASCII ones.
   *
   * @param written  the unit as written, such as {@code 宗}, {@code 万元}, {@code ﹪} or {@code 件（次）}
   * @return the unit, never null
   * @throws ValidationException if the text is blank, holds a digit or white space inside, or is a scale
   *     word alone ({@code 万})
   */
  public static Unit of(String written) {
    requireNonNull(written, "written");
    Unit common = COMMON.get(written);
    return common != null ? common : parse(written);
  }

  private static Unit parse(String written) {
    String text = written.strip();
    if (text.isEmpty()) {
      throw invalid(written, "must not be blank");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw invalid(written, "must not contain digits or white space");
      }
    }
    if (text.length() > 32) {
      throw invalid(written, "must be at most 32 characters");
    }
    long scale = 1;
    String rest = text;
    if (rest.startsWith("亿") && rest.length() > 1) {
      scale = HUNDRED_MILLION;
      rest = rest.substring(1);
    } else if (rest.startsWith("万") && rest.length() > 1) {
      scale = TEN_THOUSAND;
      rest = rest.substring(1);
      if (rest.startsWith("亿") && rest.length() > 1) { // 万亿: 10¹²
        scale = TEN_THOUSAND * HUNDRED_MILLION;
        rest = rest.substring(1);
      }
    } else if (rest.equals("万") || rest.equals("亿")) {
      throw invalid(written, "is a scale without a unit");
    }
    String base = rest.replace('（', '(').replace('）', ')');
    return new Unit(text, base, scale);
  }

  private static ValidationException invalid(String written, String problem) {
    return new ValidationException(
        java.util.List.of(Violation.of(Path.root(), "unit (\"" + written + "\") " + problem)));
  }

  /**
   * Returns the unit as written, without surrounding white space.
   *
   * @return the written form, never null
   */
  public String written() {
    return written;
  }

  /**
   * Returns the unit without its scale: {@code 元} for {@code 万元}, {@code 件(次)} for {@code 件（次）}.
   *
   * @return the base unit, never null
   */
  public Unit base() {
    return scale == 1 && base.equals(written) ? this : new Unit(base, base, 1);
  }

  /**
   * Returns the factor that turns a value in this unit into its base unit: 1, 10⁴ (万), 10⁸ (亿) or 10¹²
   * (万亿).
   *
   * @return the scale, at least 1
   */
  public long scale() {
    return scale;
  }

  /**
   * Returns the unit totals of this unit are kept in: the base unit, with units that count the same
   * thing merged ({@code 件} for {@code 万宗}, {@code %} for {@code ﹪}).
   *
   * @return the canonical unit, never null
   */
  public Unit canonical() {
    return canonical;
  }

  /**
   * Returns whether values in this unit and in the other count the same thing, so that they may be
   * added once scaled.
   *
   * @param other  the other unit, not null
   * @return true when both have the same canonical unit
   */
  public boolean countsSameAs(Unit other) {
    requireNonNull(other, "other");
    return canonical.written.equals(other.canonical.written);
  }

  /**
   * Returns whether this is a percent sign ({@code %}, {@code ％} or {@code ﹪}).
   *
   * @return true for percent
   */
  public boolean isPercent() {
    // The canonical unit is written as the base with its variant spellings merged: no look-up per call.
    return scale == 1 && canonical.written.equals("%");
  }

  /**
   * Returns whether this unit is percentage points ({@code 个百分点}).
   *
   * @return true for percentage points
   */
  public boolean isPercentagePoints() {
    return scale == 1 && canonical.written.equals("个百分点");
  }

  /**
   * Converts a value stated in this unit into the base unit, exactly.
   *
   * @param value  the value as stated, not null
   * @return the value times {@link #scale()}, never null
   */
  public BigDecimal toBase(BigDecimal value) {
    requireNonNull(value, "value");
    return scale == 1 ? value : value.multiply(BigDecimal.valueOf(scale));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Unit other && written.equals(other.written);
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }

  /** Returns the written form. */
  @Override
  public String toString() {
    return written;
  }
}
