package io.github.fazhi.examples.review;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import io.github.fazhi.stats.ReportComparison;
import io.github.fazhi.stats.ReportComparison.Figure;
import io.github.fazhi.stats.ReportComparison.RateFigure;
import io.github.fazhi.stats.ReportComparison.SectionText;
import io.github.fazhi.stats.TextComparison;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A comparison of two years of one body (同比对照) as text to show: what the {@code compare} command prints
 * and its HTML page renders. Unknown numbers show as {@code —}; changes are signed ({@code +13}, {@code -7});
 * 同比 and rates are rounded half-up to one decimal place for display only.
 *
 * @param name  the page's file stem, such as {@code qingxi-sifaju-2022_2023}
 * @param body  who reports ({@code 清溪县 (清溪县司法局)})
 * @param olderYear  last year, as a heading
 * @param newerYear  this year, as a heading
 * @param olderSource  where last year's report came from
 * @param newerSource  where this year's report came from
 * @param figures  every number either year states, in the comparison's order
 * @param rates  every rate either year gives
 * @param relations  the relations between the years that are broken
 * @param sections  each section's text against last year's
 */
public record ComparisonView(String name, String body, String olderYear, String newerYear, String olderSource,
    String newerSource, List<FigureRow> figures, List<RateRow> rates, List<RelationRow> relations,
    List<SectionRow> sections) {
  /** What {@code compare} prints for an unknown number. */
  public static final String UNKNOWN = "—";

  /** A number in both years: its part and labels, both values, the change and 同比. */
  public record FigureRow(String part, String label, String key, String unit, String older, String newer,
      String change, String percent, boolean changed, boolean olderUnknown, boolean newerUnknown) {}

  /** A rate in both years, as fractions with their percentages, and the change in percentage points. */
  public record RateRow(String label, String key, String older, String newer, String points) {}

  /** A broken relation: the checker's finding. */
  public record RelationRow(String severity, String rule, String path, String message) {}

  /** A section's text against last year's: the similarity, and this year's sentences marked where repeated. */
  public record SectionRow(String label, String key, String similarity, int sentences, int repeated,
      List<Sentence> text, boolean lastYearMissing) {}

  /** One sentence of this year's text, and whether last year's has it word for word. */
  public record Sentence(String text, boolean repeated) {}

  /**
   * Makes the view of a comparison.
   *
   * @param name  the page's file stem, not null
   * @param comparison  the comparison, not null
   * @param olderSource  where last year's report came from, not null
   * @param newerSource  where this year's report came from, not null
   * @return the view, never null
   */
  public static ComparisonView of(String name, ReportComparison comparison, String olderSource,
      String newerSource) {
    requireNonNull(comparison, "comparison");
    Report newer = comparison.newer();
    String body = newer.reporterName() + newer.issuer().map(issuer -> " (" + issuer + ")").orElse("");
    List<FigureRow> figures = comparison.figures().stream().map(ComparisonView::figure).toList();
    List<RateRow> rates = comparison.rates().stream().map(ComparisonView::rate).toList();
    List<RelationRow> relations = comparison.relations().stream().map(ComparisonView::relation).toList();
    List<SectionRow> sections = comparison.sections().stream().map(ComparisonView::section).toList();
    return new ComparisonView(requireNonNull(name, "name"), body, comparison.older().year().toString(),
        newer.year().toString(), requireNonNull(olderSource, "olderSource"),
        requireNonNull(newerSource, "newerSource"), figures, rates, relations, sections);
  }

  /**
   * Returns the short name of a part, as a table's first column shows it.
   *
   * @param part  the part, not null
   * @return {@code 表一}, {@code 表二}, {@code 表三}, {@code 总体情况}, {@code 指标} or {@code 复议诉讼}
   */
  public static String part(ReportComparison.Part part) {
    return switch (part) {
      case PROACTIVE -> "表一";
      case APPLICATIONS -> "表二";
      case DISPUTES -> "表三";
      case OVERVIEW -> "总体情况";
      case INDICATORS -> "指标";
      case REVIEWS -> "复议诉讼";
    };
  }

  private static FigureRow figure(Figure figure) {
    return new FigureRow(part(figure.part()), figure.label(), figure.key(), figure.unit(),
        figure.older().map(ComparisonView::plain).orElse(UNKNOWN),
        figure.newer().map(ComparisonView::plain).orElse(UNKNOWN),
        figure.change().map(ComparisonView::signed).orElse(UNKNOWN),
        figure.percent(1, RoundingMode.HALF_UP).map(p -> withSign(p) + "%").orElse(UNKNOWN),
        figure.changed(), figure.older().isEmpty(), figure.newer().isEmpty());
  }

  private static RateRow rate(RateFigure rate) {
    return new RateRow(rate.label(), rate.key(), rate(rate.older()), rate(rate.newer()),
        rate.points(1, RoundingMode.HALF_UP).map(p -> withSign(p) + " 个百分点").orElse(UNKNOWN));
  }

  private static RelationRow relation(Finding finding) {
    return new RelationRow(finding.severity().name().toLowerCase(Locale.ROOT), finding.ruleId(), finding.path(),
        finding.message());
  }

  private static SectionRow section(SectionText section) {
    Set<String> repeated = Set.copyOf(section.repeated());
    List<Sentence> text = section.newer().map(TextComparison::sentences).orElse(ImmutableList.of()).stream()
       .map(sentence -> new Sentence(sentence, repeated.contains(sentence))).toList();
    int repeatedCount = (int) text.stream().filter(Sentence::repeated).count();
    return new SectionRow(section.label(), section.key(), similarity(section.similarity()), text.size(),
        repeatedCount, text, section.older().isEmpty());
  }

  /**
   * Returns a similarity as its fraction and percentage: {@code 15/29 (51.7%)}, or {@code —}.
   *
   * @param similarity  the similarity, not null
   * @return the text, never null
   */
  public static String similarity(Optional<Rate> similarity) {
    return rate(similarity);
  }

  private static String rate(Optional<Rate> rate) {
    return rate.map(r -> r + " (" + r.percent(1).toPlainString() + "%)").orElse(UNKNOWN);
  }

  /**
   * Returns a number as written plainly, without exponent or trailing zeros after the point.
   *
   * @param value  the value, not null
   * @return the text, never null
   */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /**
   * Returns a change with its sign: {@code +13}, {@code -7}, {@code 0}.
   *
   * @param value  the change, not null
   * @return the text, never null
   */
  public static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + plain(value);
  }

  /** A rounded value with its sign, its decimal places kept: {@code +50.0}. */
  private static String withSign(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  /**
   * Returns whether any relation between the years is broken.
   *
   * @return true when there is a finding
   */
  public boolean broken() {
    return !relations.isEmpty();
  }

  /**
   * Returns how many figures are known in both years and changed.
   *
   * @return the count
   */
  public long changes() {
    return figures.stream().filter(FigureRow::changed).count();
  }

  /**
   * Returns how many sentences, over every section, repeat last year's word for word.
   *
   * @return the count
   */
  public int repeatedSentences() {
    return sections.stream().mapToInt(SectionRow::repeated).sum();
  }
}
