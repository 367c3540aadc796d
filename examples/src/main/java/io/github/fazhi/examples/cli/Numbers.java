package io.github.fazhi.examples.cli;

import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Total;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** How the command line shows numbers: unknown is {@code —}, never 0. */
final class Numbers {
  /** What an unknown number shows as. */
  static final String UNKNOWN = "—";

  private Numbers() {}

  /**
   * Shows a rate as a percent with one decimal and its fraction: {@code 81.8% (9/11)}.
   *
   * @param rate  the rate, or empty when unknown
   * @return the text; {@link #UNKNOWN} when the rate is unknown
   */
  static String rate(Optional<Rate> rate) {
    return rate.map(r -> percent(r) + "% (" + r.numerator() + "/" + r.denominator() + ")").orElse(UNKNOWN);
  }

  /**
   * Returns a rate as a percent rounded half-up to one decimal ({@code 9/11} is {@code 81.8}).
   *
   * @param rate  the rate, not null
   * @return the percent, never null
   */
  static BigDecimal percent(Rate rate) {
    return rate.percent(1);
  }

  static String count(OptionalLong count) {
    return count.isPresent() ? Long.toString(count.getAsLong()) : UNKNOWN;
  }

  /**
   * Shows a total with its unit and qualifier: {@code 158022 条}, {@code > 3000 人次} (余), {@code ≥ 90 %}.
   *
   * @param total  the total, not null
   * @return the text; {@link #UNKNOWN} for an empty total
   */
  static String total(Total total) {
    if (total.sum().isEmpty() || total.unit().isEmpty()) {
      return UNKNOWN;
    }
    String sum = plain(total.sum().get()) + " " + total.unit().get().written();
    return total.qualifier().map(q -> symbol(q) + sum).orElse("? " + sum + " (bounds mixed)");
  }

  static String symbol(Qualifier qualifier) {
    return switch (qualifier) {
      case EXACT -> "";
      case AT_LEAST -> "≥ ";
      case MORE_THAN -> "> ";
      case AT_MOST -> "≤ ";
      case LESS_THAN -> "< ";
      case APPROXIMATELY -> "≈ ";
    };
  }

  /** A decimal without exponent or needless trailing zeros: {@code 11900.00} is {@code 11900}. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
