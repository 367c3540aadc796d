package io.github.fazhi.examples.cli;

import io.github.fazhi.Indicator;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Total;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers written the way reports write them (see docs/domain.md, 'Numbers as written'): {@code 15.8万条},
 * {@code 3000余人次}, {@code 70%以上}, {@code 约13亿元}, {@code 不足100件}. A number as a report states it
 * keeps its written form; a sum is written with 万 or 亿 when that is exact to two decimals, and with the
 * qualifier of the total.
 */
final class StatedNumber {
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  private StatedNumber() {}

  /**
   * Returns an indicator as its report writes it.
   *
   * @param indicator  the indicator, not null
   * @return its written form where kept, else its value, unit and qualifier in the usual order
   */
  static String of(Indicator indicator) {
    return indicator.written().orElseGet(() ->
        format(indicator.value(), indicator.unit().written(), Optional.of(indicator.qualifier())));
  }

  /**
   * Returns a total in its unit, with 万 or 亿 where exact ({@code 158000 条} is {@code 15.8万条}).
   *
   * @param total  the total, not null
   * @return the text; {@link Numbers#UNKNOWN} for an empty total
   */
  static String total(Total total) {
    if (total.sum().isEmpty() || total.unit().isEmpty()) {
      return Numbers.UNKNOWN;
    }
    BigDecimal sum = total.sum().get();
    String unit = total.unit().get().written();
    Optional<BigDecimal> yi = exactIn(sum, YI);
    Optional<BigDecimal> wan = exactIn(sum, WAN);
    if (yi.isPresent()) {
      return format(yi.get(), "亿" + unit, total.qualifier());
    }
    if (wan.isPresent()) {
      return format(wan.get(), "万" + unit, total.qualifier());
    }
    return format(sum, unit, total.qualifier());
  }

  private static Optional<BigDecimal> exactIn(BigDecimal value, BigDecimal scale) {
    if (value.compareTo(scale) < 0) {
      return Optional.empty();
    }
    BigDecimal scaled = value.divide(scale).stripTrailingZeros();
    return scaled.scale() <= 2 ? Optional.of(scaled) : Optional.empty();
  }

  /**
   * Writes a value with its unit and qualifier in the order Chinese puts them: 以上 and 以下 after the unit,
   * 余 between the number and a measure word (after 万 or 亿), 约 and 不足 before the number.
   *
   * @param value  the value, not null
   * @param unit  the unit as written ({@code 万条}, {@code %}), not null
   * @param qualifier  the qualifier; empty for a total whose bounds are mixed
   * @return the text, never null
   */
  static String format(BigDecimal value, String unit, Optional<Qualifier> qualifier) {
    String number = Numbers.plain(value);
    if (qualifier.isEmpty()) {
      return number + unit + "（上下限混合，无确界）";
    }
    return switch (qualifier.get()) {
      case EXACT -> number + unit;
      case AT_LEAST -> number + unit + "以上";
      case AT_MOST -> number + unit + "以下";
      case LESS_THAN -> "不足" + number + unit;
      case APPROXIMATELY -> "约" + number + unit;
      case MORE_THAN -> moreThan(number, unit);
    };
  }

  private static String moreThan(String number, String unit) {
    if (unit.equals("%") || unit.isEmpty()) {
      return "超过" + number + unit;
    }
    if (unit.startsWith("万") || unit.startsWith("亿")) {
      return number + unit.charAt(0) + "余" + unit.substring(1);
    }
    return number + "余" + unit;
  }
}
