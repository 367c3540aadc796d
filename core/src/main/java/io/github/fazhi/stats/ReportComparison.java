package io.github.fazhi.stats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.check.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Two years of one body side by side (同比对照): every table cell and headline number with its change, the
 * relations between the years (上年结转, 现行有效) that are broken, and each section's text against last
 * year's. Made by {@link Comparisons#compare(Report, Report)}.
 *
 * <h2>Unknown numbers</h2>
 * A number one report does not state is empty on that side; its change and percentage are empty too, never
 * computed from 0. A figure is listed when either year states it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // immutable lists of immutable values
public final class ReportComparison {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Report older;
  private final Report newer;
  private final ImmutableList<Figure> figures;
  private final ImmutableList<RateFigure> rates;
  private final ImmutableList<Finding> relations;
  private final ImmutableList<SectionText> sections;

  ReportComparison(Report older, Report newer, ImmutableList<Figure> figures, ImmutableList<RateFigure> rates,
      ImmutableList<Finding> relations, ImmutableList<SectionText> sections) {
    this.older = older;
    this.newer = newer;
    this.figures = figures;
    this.rates = rates;
    this.relations = relations;
    this.sections = sections;
  }

  /** Where a figure comes from: a table of the 政府信息公开 report, its overview, or the headline numbers. */
  public enum Part {
    /** Table A, 主动公开政府信息情况. */
    PROACTIVE("表一 主动公开政府信息情况"),
    /** Table B, 收到和处理政府信息公开申请情况. */
    APPLICATIONS("表二 收到和处理政府信息公开申请情况"),
    /** Table C, 政府信息公开行政复议、行政诉讼情况. */
    DISPUTES("表三 政府信息公开行政复议、行政诉讼情况"),
    /** The numbers the overview (总体情况) states in prose. */
    OVERVIEW("总体情况"),
    /** Catalogue indicators (指标), each report's total of a code. */
    INDICATORS("指标"),
    /** Review tally counts (行政复议、行政诉讼 案件数). */
    REVIEWS("行政复议、行政诉讼");

    private final String chinese;

    Part(String chinese) {
      this.chinese = chinese;
    }

    /**
     * Returns the Chinese heading of this part.
     *
     * @return the heading, never null
     */
    public String chinese() {
      return chinese;
    }
  }

  /**
   * One number in both years.
   *
   * @param part  where it comes from, not null
   * @param key  a stable key: a cell's path ({@code applications.cells[new_received][total]}) or a code; not null
   * @param label  the labels a reader finds it by ({@code 一、本年新收政府信息公开申请数量 / 总计}); not null
   * @param unit  the unit as written ({@code 件}, {@code 万元}), or empty for a table cell's count; not null
   * @param older  last year's number, or empty when unknown
   * @param newer  this year's number, or empty when unknown
   * @param change  newer − older, exactly; empty when either is unknown or they cannot be compared (a bound
   *     such as 以上, an approximate total, different units)
   */
  public record Figure(Part part, String key, String label, String unit, Optional<BigDecimal> older,
      Optional<BigDecimal> newer, Optional<BigDecimal> change) {
    /**
     * Creates a figure.
     *
     * @param part  see the record
     * @param key  see the record
     * @param label  see the record
     * @param unit  see the record
     * @param older  see the record
     * @param newer  see the record
     * @param change  see the record
     * @throws NullPointerException if an argument is null
     */
    public Figure {
      requireNonNull(part, "part");
      requireNonNull(key, "key");
      requireNonNull(label, "label");
      requireNonNull(unit, "unit");
      requireNonNull(older, "older");
      requireNonNull(newer, "newer");
      requireNonNull(change, "change");
    }

    /**
     * Returns a figure whose change is newer − older when both are known.
     *
     * @param part  where it comes from, not null
     * @param key  its key, not null
     * @param label  its labels, not null
     * @param unit  its unit, or "" for none; not null
     * @param older  last year's number, or empty; not null
     * @param newer  this year's number, or empty; not null
     * @return the figure, never null
     */
    static Figure of(Part part, String key, String label, String unit, Optional<BigDecimal> older,
        Optional<BigDecimal> newer) {
      Optional<BigDecimal> change = older.isPresent() && newer.isPresent()
          ? Optional.of(newer.get().subtract(older.get()))
          : Optional.empty();
      return new Figure(part, key, label, unit, older, newer, change);
    }

    /**
     * Returns the change in percent of last year's number (同比), rounded as asked.
     *
     * @param scale  decimal places, 0 or more
     * @param rounding  how to round, not null; UNNECESSARY throws when rounding is needed
     * @return the percentage; empty when the change is unknown or last year's number is 0
     * @throws IllegalArgumentException if the scale is negative
     * @throws ArithmeticException if the mode is UNNECESSARY and rounding is needed
     */
    public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
      requireNonNull(rounding, "rounding");
      if (scale < 0) {
        throw new IllegalArgumentException("scale (" + scale + ") must be >= 0");
      }
      if (change.isEmpty() || older.orElseThrow().signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(change.get().multiply(HUNDRED).divide(older.orElseThrow(), scale, rounding));
    }

    /**
     * Returns whether the number is known in both years and changed.
     *
     * @return true when the change is known and not 0
     */
    public boolean changed() {
      return change.isPresent() && change.get().signum() != 0;
    }
  }

  /**
   * One rate in both years, as exact fractions.
   *
   * @param key  the rate's code ({@code reconsideration.correction_rate}), not null
   * @param label  its Chinese name ({@code 行政复议纠错率}), not null
   * @param older  last year's rate, or empty when unknown
   * @param newer  this year's rate, or empty when unknown
   */
  public record RateFigure(String key, String label, Optional<Rate> older, Optional<Rate> newer) {
    /**
     * Creates a rate figure.
     *
     * @param key  see the record
     * @param label  see the record
     * @param older  see the record
     * @param newer  see the record
     * @throws NullPointerException if an argument is null
     */
    public RateFigure {
      requireNonNull(key, "key");
      requireNonNull(label, "label");
      requireNonNull(older, "older");
      requireNonNull(newer, "newer");
    }

    /**
     * Returns the change in percentage points (个百分点), newer − older, computed exactly and rounded as asked.
     *
     * @param scale  decimal places, 0 or more
     * @param rounding  how to round, not null
     * @return the change, or empty when either rate is unknown
     * @throws IllegalArgumentException if the scale is negative
     */
    public Optional<BigDecimal> points(int scale, RoundingMode rounding) {
      return RateChange.of(older, newer, 1).points(scale, rounding);
    }
  }

  /**
   * One section's text in both years.
   *
   * @param key  a stable key ({@code problems_and_improvements}, {@code shortcomings}), not null
   * @param label  the section's heading ({@code 存在的主要问题及改进情况}), not null
   * @param older  last year's text, or empty when last year's report has no such section
   * @param newer  this year's text, or empty
   * @param similarity  the bigram Jaccard index of the two texts ({@link TextComparison#similarity}); empty
   *     unless both texts are there and have a bigram
   * @param repeated  this year's sentences that last year's text has word for word, in order; not null
   */
  public record SectionText(String key, String label, Optional<String> older, Optional<String> newer,
      Optional<Rate> similarity, ImmutableList<String> repeated) {
    /**
     * Creates a section comparison.
     *
     * @param key  see the record
     * @param label  see the record
     * @param older  see the record
     * @param newer  see the record
     * @param similarity  see the record
     * @param repeated  see the record
     * @throws NullPointerException if an argument is null
     */
    public SectionText {
      requireNonNull(key, "key");
      requireNonNull(label, "label");
      requireNonNull(older, "older");
      requireNonNull(newer, "newer");
      requireNonNull(similarity, "similarity");
      requireNonNull(repeated, "repeated");
    }

    static SectionText of(String key, String label, Optional<String> older, Optional<String> newer) {
      if (older.isEmpty() || newer.isEmpty()) {
        return new SectionText(key, label, older, newer, Optional.empty(), ImmutableList.of());
      }
      return new SectionText(key, label, older, newer, TextComparison.similarity(older.get(), newer.get()),
          TextComparison.repeated(older.get(), newer.get()));
    }

    /**
     * Returns how many sentences this year's text has.
     *
     * @return the count, 0 when the text is absent
     */
    public int sentences() {
      return newer.map(text -> TextComparison.sentences(text).size()).orElse(0);
    }
  }

  /**
   * Returns last year's report.
   *
   * @return the report, never null
   */
  public Report older() {
    return older;
  }

  /**
   * Returns this year's report.
   *
   * @return the report, never null
   */
  public Report newer() {
    return newer;
  }

  /**
   * Returns every number either year states, table by table in the tables' order, then the overview's,
   * the catalogue indicators and the review counts.
   *
   * @return the figures, never null
   */
  public ImmutableList<Figure> figures() {
    return figures;
  }

  /**
   * Returns the figures of one part.
   *
   * @param part  the part, not null
   * @return the figures, in order; never null
   */
  public ImmutableList<Figure> figures(Part part) {
    requireNonNull(part, "part");
    return figures.stream().filter(figure -> figure.part() == part).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the figures known in both years whose value changed.
   *
   * @return the figures, in order; never null
   */
  public ImmutableList<Figure> changes() {
    return figures.stream().filter(Figure::changed).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rates either year gives: the catalogue's ratio indicators, then the review rates.
   *
   * @return the rates, never null
   */
  public ImmutableList<RateFigure> rates() {
    return rates;
  }

  /**
   * Returns the relations between the two years that are broken: the findings of the checker's series
   * rules over the pair (上年结转 against last year's 结转下年度继续办理, 现行有效 against last year's, review
   * cases carried over against last year's pending ones), each naming its rule.
   *
   * @return the findings, none when every relation holds or cannot be checked; never null
   */
  public ImmutableList<Finding> relations() {
    return relations;
  }

  /**
   * Returns each section's text against last year's, for the sections either year has.
   *
   * @return the sections, in the report's order; never null
   */
  public ImmutableList<SectionText> sections() {
    return sections;
  }

  /** Returns {@code ReportComparison{徐闻县 2021 -> 2022, n figures, n changed, n relations broken}}. */
  @Override
  public String toString() {
    return "ReportComparison{" + newer.reporterName() + " " + older.year() + " -> " + newer.year() + ", "
        + figures.size() + " figures, " + changes().size() + " changed, " + relations.size() + " relations broken}";
  }
}
