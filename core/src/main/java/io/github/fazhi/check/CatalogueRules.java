package io.github.fazhi.check;

import static io.github.fazhi.check.StandardRule.numbers;

import io.github.fazhi.IndicatorKind;
import io.github.fazhi.catalog.CatalogEntry;
import io.github.fazhi.catalog.IndicatorCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules over coded indicators against the indicator catalogue (see docs/domain.md, 'The indicator
 * catalogue'): a share lies in 0..100, a count is whole, the unit counts what the entry counts, and the
 * code is known.
 */
final class CatalogueRules {
  static final String SHARE_OUT_OF_RANGE = "indicator.share_out_of_range";
  static final String COUNT_NOT_WHOLE = "indicator.count_not_whole";
  static final String UNIT_MISMATCH = "indicator.unit_mismatch";
  static final String UNKNOWN_CODE = "indicator.unknown_code";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CatalogueRules() {}

  /** A check of one coded indicator against its catalogue entry, adding what it finds. */
  private interface CatalogCheck {
    void check(LocatedIndicator located, CatalogEntry entry, List<Finding> out);
  }

  static List<Rule> rules(IndicatorCatalog catalog) {
    return List.of(
        catalogued(SHARE_OUT_OF_RANGE, catalog, CatalogueRules::shareOutOfRange),
        catalogued(COUNT_NOT_WHOLE, catalog, CatalogueRules::countNotWhole),
        catalogued(UNIT_MISMATCH, catalog, CatalogueRules::unitMismatch),
        StandardRule.of(UNKNOWN_CODE, view -> unknownCodes(view, catalog)));
  }

  /** A rule over every indicator the catalogue has, with its entry ({@link ReportView#entries}). */
  private static Rule catalogued(String id, IndicatorCatalog catalog, CatalogCheck check) {
    return StandardRule.of(id, view -> {
      List<Finding> out = new ArrayList<>();
      @Nullable CatalogEntry[] entries = view.entries(catalog);
      List<LocatedIndicator> indicators = view.indicators();
      for (int i = 0; i < entries.length; i++) {
        CatalogEntry entry = entries[i];
        if (entry != null) {
          check.check(indicators.get(i), entry, out);
        }
      }
      return out;
    });
  }

  private static void shareOutOfRange(LocatedIndicator located, CatalogEntry entry, List<Finding> out) {
    BigDecimal value = located.indicator().value();
    if (entry.isShare() && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      out.add(Finding.of(SHARE_OUT_OF_RANGE, Severity.ERROR, located.at().field("value"),
          entry.code() + " is a share, so value (" + value.toPlainString() + ") must be between 0 and 100",
          numbers("value", value)));
    }
  }

  private static void countNotWhole(LocatedIndicator located, CatalogEntry entry, List<Finding> out) {
    if (entry.kind() != IndicatorKind.COUNT) {
      return;
    }
    BigDecimal scaled = located.indicator().baseValue();
    // stripping trailing zeros only lowers the scale: a scale of 0 or less is whole without it
    if (scaled.signum() != 0 && scaled.scale() > 0 && scaled.stripTrailingZeros().scale() > 0) {
      out.add(Finding.of(COUNT_NOT_WHOLE, Severity.ERROR, located.at().field("value"),
          entry.code() + " is a count, so value (" + scaled.toPlainString() + " " + located.indicator().unit().base()
              + ") must be whole",
          numbers("value", scaled)));
    }
  }

  private static void unitMismatch(LocatedIndicator located, CatalogEntry entry, List<Finding> out) {
    if (!entry.fits(located.indicator().unit())) {
      out.add(Finding.of(UNIT_MISMATCH, Severity.WARNING, located.at().field("unit"),
          "unit (" + located.indicator().unit() + ") does not count what " + entry.code() + " counts ("
              + entry.unit() + ")"));
    }
  }

  private static List<Finding> unknownCodes(ReportView view, IndicatorCatalog catalog) {
    List<Finding> out = new ArrayList<>();
    @Nullable CatalogEntry[] entries = view.entries(catalog);
    List<LocatedIndicator> indicators = view.indicators();
    for (int i = 0; i < entries.length; i++) {
      String code = indicators.get(i).code();
      if (code != null && entries[i] == null) {
        out.add(Finding.of(UNKNOWN_CODE, Severity.INFO, indicators.get(i).at().field("code"),
            "code (\"" + code + "\") is not in the catalogue"));
      }
    }
    return out;
  }
}
