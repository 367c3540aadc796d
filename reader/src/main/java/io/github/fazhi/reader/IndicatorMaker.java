package io.github.fazhi.reader;

import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns a mention in its clause into an {@link Indicator} (指标), or says why it cannot: the kind follows
 * from the unit (% a PERCENT, 元 an AMOUNT, 日/工作日/个月/小时 a DURATION, 倍 a RATIO, any other measure word a
 * COUNT); a catalogue code is added only when the catalogue's labels name exactly one entry of that kind.
 */
final class IndicatorMaker {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final IndicatorCatalog catalog;

  IndicatorMaker(IndicatorCatalog catalog) {
    this.catalog = catalog;
  }

  /** The outcome: an indicator, or the reason there is none. */
  record Made(Optional<Indicator> indicator, String reason) {}

  Made make(String source, Mention mention, int floor, int ceiling) {
    if (mention.form() == Mention.Form.RANGE) {
      return none("a range: one indicator holds one value");
    }
    if (mention.form() == Mention.Form.FRACTION) {
      return none("a fraction: no indicator kind holds it");
    }
    if (mention.unit().isEmpty()) {
      return none("no unit after the number");
    }
    int clauseStart = Labels.clauseStart(source, mention.span().start(), floor);
    Optional<String> change = ChangeMentions.reasonToKeepUnplaced(source, mention, clauseStart);
    if (change.isPresent()) {
      return none(change.get());
    }
    IndicatorKind kind = kindOf(mention.unit());
    if (kind == IndicatorKind.PERCENT && mention.value().compareTo(HUNDRED) > 0) {
      return none("a percentage over 100 that is not stated as a change");
    }
    String label = Labels.label(source, mention, floor, ceiling);
    if (label.isEmpty()) {
      return none("no label: the clause says nothing around the number");
    }
    Indicator.Builder builder = Indicator.builder()
        .label(label)
        .kind(kind)
        .value(mention.value())
        .qualifier(mention.qualifier())
        .written(mention.span().written());
    try {
      builder.unit(Unit.of(mention.scaledUnit()));
      codeOf(label, kind).ifPresent(builder::code);
      return new Made(Optional.of(builder.build()), "");
    } catch (ValidationException e) {
      return none("not a valid indicator: " + e.getMessage());
    }
  }

  private Optional<String> codeOf(String label, IndicatorKind kind) {
    Optional<CatalogEntry> entry = catalog.lookup(label);
    return entry.filter(found -> found.kind() == kind).map(CatalogEntry::code);
  }

  static IndicatorKind kindOf(String unit) {
    return switch (unit) {
      case "%", "％", "﹪" -> IndicatorKind.PERCENT;
      case "元" -> IndicatorKind.AMOUNT;
      case "日", "天", "工作日", "个工作日", "个月", "小时", "分钟" -> IndicatorKind.DURATION;
      case "倍" -> IndicatorKind.RATIO;
      default -> IndicatorKind.COUNT;
    };
  }

  private static Made none(String reason) {
    return new Made(Optional.empty(), reason);
  }
}
