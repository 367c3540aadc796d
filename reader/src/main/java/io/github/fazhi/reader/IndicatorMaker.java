package io.github.fazhi.reader;

import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.Unit;
import io.github.fazhi.ValidationException;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a mention in its clause into an {@link Indicator} (指标), or says why it cannot: a rank is a RANK
 * (in 名 unless written with 位); a change is what {@link ChangeMentions} judges it, with its signed value
 * and, where the text states the two counts, its {@link GrowthBase}; otherwise the kind follows from the
 * unit (% a PERCENT, 元 an AMOUNT, 日/工作日/个月/小时 a DURATION, 倍 a RATIO, any other measure word a COUNT).
 * A catalogue code is added only when the catalogue's labels name exactly one entry of that kind, and never to a
 * count of lists ({@code 政务服务事项清单31个}). A share whose clause says only 占 ({@code 予以公开59件、占45.3%}) is
 * labelled with what the clause before it counts ({@code 予以公开占比}, {@link Labels#shareLabel}).
 */
final class IndicatorMaker {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Nouns of lists (清单, 目录, 名录): a count labelled with one counts lists, not the items they list. */
  private static final String[] LIST_NOUNS = {"清单", "目录", "名录"};

  private final IndicatorCatalog catalog;

  IndicatorMaker(IndicatorCatalog catalog) {
    this.catalog = catalog;
  }

  /** The outcome: an indicator, or the reason there is none. */
  record Made(Optional<Indicator> indicator, String reason) {}

  Made make(String source, Mention mention, int floor, int ceiling, @Nullable GrowthBase growthBase) {
    if (mention.form() == Mention.Form.RANK) {
      String label = Labels.label(source, mention, floor, ceiling);
      return build(Indicator.builder().label(label.isEmpty() ? "排名" : label).kind(IndicatorKind.RANK)
          .value(mention.value()).written(mention.span().written()), mention.unit().isEmpty() ? "名" : mention.unit(),
          IndicatorKind.RANK);
    }
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
    ChangeMentions.Verdict change = ChangeMentions.judge(source, mention, clauseStart);
    if (change.reasonToKeepUnplaced().isPresent()) {
      return none(change.reasonToKeepUnplaced().get());
    }
    IndicatorKind kind = change.kind().orElse(kindOf(mention.unit()));
    if (kind == IndicatorKind.PERCENT && mention.value().compareTo(HUNDRED) > 0) {
      return none("a percentage over 100 that is not stated as a change");
    }
    String label = Labels.label(source, mention, floor, ceiling);
    if (change.kind().isPresent() && isComparisonOnly(label)) {
      label = Labels.changeLabel(source, mention, floor);
    }
    if (kind == IndicatorKind.PERCENT && label.startsWith(Labels.SHARE_WORD)) {
      // 予以公开59件、占45.3%；不予公开32件、占24.6%: each share is of the count before it, not one quantity 占
      label = Labels.shareLabel(source, mention, floor, label);
      if (label.isEmpty()) {
        return none("a share (占) whose clause and the one before it do not say what it is a share of");
      }
    }
    if (label.isEmpty()) {
      return none("no label: the clause says nothing around the number");
    }
    Indicator.Builder builder = Indicator.builder()
        .label(label)
        .kind(kind)
        .value(mention.signedValue())
        .qualifier(mention.qualifier())
        .written(mention.span().written());
    if (growthBase != null && (kind == IndicatorKind.PERCENT_CHANGE || kind == IndicatorKind.CHANGE)) {
      builder.growthBase(growthBase);
    }
    return build(builder, mention.scaledUnit(), kind);
  }

  private Made build(Indicator.Builder builder, String unit, IndicatorKind kind) {
    try {
      Indicator indicator = builder.unit(Unit.of(unit)).build();
      return codeOf(indicator.label(), kind).map(code -> new Made(Optional.of(builder.code(code).build()), ""))
          .orElse(new Made(Optional.of(indicator), ""));
    } catch (ValidationException e) {
      return none("not a valid indicator: " + e.getMessage());
    }
  }

  /**
   * The catalogue code of a label, never taken from the words of a title in 《》: a count after a title
   * ({@code 汇编《行政处罚典型案例》10件}) counts copies or issues of the title, not what the title is about, so
   * the catalogue is searched with each title's inside masked ({@code 汇编《…》}); a count of lists (清单, 目录,
   * 名录) has no code, also when the list is a title ({@code 印发《…事项清单》512项}).
   */
  private Optional<String> codeOf(String label, IndicatorKind kind) {
    if (kind == IndicatorKind.COUNT && (endsWithListNoun(label) || endsWithListNoun(lastTitle(label)))) {
      return Optional.empty(); // 政务服务事项清单31个: a count of lists (清单), not of what they list
    }
    Optional<CatalogEntry> entry = catalog.lookup(withTitlesMasked(label));
    return entry.filter(found -> found.kind() == kind).map(CatalogEntry::code);
  }

  private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("《[^》]*(》|$)");

  /** A label with the inside of each title in 《》 replaced by …: {@code 编发《东湖政务》} gives {@code 编发《…》}. */
  static String withTitlesMasked(String label) {
    return TITLE.matcher(label).replaceAll("《…$1");
  }

  /** The inside of the title a label ends with ({@code 印发《…清单》} gives {@code …清单}); else the empty string. */
  private static String lastTitle(String label) {
    int open = label.lastIndexOf('《');
    return label.endsWith("》") && open >= 0 ? label.substring(open + 1, label.length() - 1) : "";
  }

  private static boolean endsWithListNoun(String label) {
    for (String noun : LIST_NOUNS) {
      if (label.endsWith(noun)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a label says only what a change compares with ({@code 比上年}, {@code 较去年同期}, {@code 同比}). */
  static boolean isComparisonOnly(String label) {
    // 比2019年, 较2023年度: a year compared with is no subject either
    String rest = YEAR.matcher(label).replaceAll("");
    for (String word : new String[] {"比", "较", "与", "上年", "去年", "上一年", "同期", "同比", "环比", "相比"}) {
      rest = rest.replace(word, "");
    }
    return rest.isBlank();
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[0-9]{4}年度?");

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
