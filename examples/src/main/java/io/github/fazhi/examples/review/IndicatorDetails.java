package io.github.fazhi.examples.review;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Indicator;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import java.util.Locale;

/** What a marked number became, one {@code name: value} line each, as its mark's tooltip shows it. */
final class IndicatorDetails {
  private IndicatorDetails() {}

  static ImmutableList<String> of(Indicator indicator) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("标签 label: " + indicator.label());
    indicator.code().ifPresent(code -> lines.add("代码 code: " + code));
    lines.add("类型 kind: " + indicator.kind().name().toLowerCase(Locale.ROOT));
    lines.add("数值 value: " + indicator.value().toPlainString() + " " + indicator.unit());
    if (indicator.qualifier() != Qualifier.EXACT) {
      lines.add("限定 qualifier: " + indicator.qualifier().words().get(0) + " "
          + indicator.qualifier().name().toLowerCase(Locale.ROOT));
    }
    indicator.basis().ifPresent(basis -> lines.add("依据 basis: " + fraction(basis)));
    if (!indicator.parts().isEmpty()) {
      lines.add("构成 parts: " + indicator.parts().size() + " ("
          + String.join("、", indicator.parts().stream().map(Indicator::label).toList()) + ")");
    }
    return lines.build();
  }

  static String fraction(Rate rate) {
    return rate.numerator() + "/" + rate.denominator();
  }
}
