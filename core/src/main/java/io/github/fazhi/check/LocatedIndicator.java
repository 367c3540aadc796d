package io.github.fazhi.check;

import io.github.fazhi.Indicator;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.opengov.OpenGovSection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator with its place in a report (指标及其位置), as {@link ReportView#indicators()} lists them:
 * the indicator, the breakdown it is a part of (if any) and its attribute path, such as
 * {@code headlineIndicators[0]}, {@code workAreas[1].indicators[0]} or
 * {@code workAreas[1].measures[2].indicators[0].parts[1]} (or {@code ….breakdowns[0].parts[1]} for a part of a
 * named breakdown), or {@code openGovInfo.sectionIndicators.proactive_disclosure[0]} for a number of a
 * 政府信息公开 section. A rule of your own reports a finding about an
 * indicator at {@link #at()}, the path the standard rules use.
 *
 * <p>The place is kept as indexes and made into a {@link Path} only by {@link #at()}: most indicators have
 * no finding, and every rule walks every indicator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocatedIndicator {
  private final Indicator indicator;
  private final @Nullable String code;
  private final @Nullable LocatedIndicator whole;
  private final @Nullable OpenGovSection section;
  private final int area;
  private final int measure;
  private final int index;
  private final int breakdown;
  private final int position;

  /**
   * @param section  the 政府信息公开 section whose prose states it, or null for a number of the headline or a
   *     work area
   * @param area  the work area's index, or -1 for a headline number
   * @param measure  the measure's index in its area, or -1 for a headline number or an area's own number
   * @param index  the index in its list (headline numbers, the area's or the measure's numbers, the parts)
   * @param breakdown  for a part, the index of its named breakdown in {@link Indicator#breakdowns()}, or -1
   *     for a part of {@link Indicator#parts()} and for a number that is no part
   * @param position  the index in {@link ReportView#indicators()}
   */
  LocatedIndicator(Indicator indicator, @Nullable LocatedIndicator whole, @Nullable OpenGovSection section,
      int area, int measure, int index, int breakdown, int position) {
    this.indicator = indicator;
    this.code = indicator.code().orElse(null);
    this.whole = whole;
    this.section = section;
    this.area = area;
    this.measure = measure;
    this.index = index;
    this.breakdown = breakdown;
    this.position = position;
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator, never null
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the indicator this one is a breakdown part of ({@link Indicator#allBreakdowns()}).
   *
   * @return the whole, or empty for an indicator of {@link Report#indicators()}
   */
  public Optional<LocatedIndicator> whole() {
    return Optional.ofNullable(whole);
  }

  /**
   * Returns the attribute path of the indicator in its report: {@code headlineIndicators[0]},
   * {@code workAreas[1].indicators[0]}, {@code workAreas[1].measures[2].indicators[0].parts[1]},
   * {@code openGovInfo.sectionIndicators.overview[0]}.
   *
   * @return the path, never null
   */
  public Path at() {
    if (whole != null) {
      Path of = whole.at();
      return (breakdown >= 0 ? of.field("breakdowns").index(breakdown) : of).field("parts").index(index);
    } else if (section != null) {
      return Path.root().field("openGovInfo").field("sectionIndicators")
          .field(section.name().toLowerCase(Locale.ROOT)).index(index);
    } else if (area < 0) {
      return Path.root().field("headlineIndicators").index(index);
    }
    Path inArea = Path.root().field("workAreas").index(area);
    return (measure < 0 ? inArea : inArea.field("measures").index(measure)).field("indicators").index(index);
  }

  /**
   * Returns the string form of {@link #at()}.
   *
   * @return {@code at().toString()}, never null
   */
  public String path() {
    return at().toString();
  }

  /**
   * Returns the indicator's catalogue code, read once: {@link Indicator#code()} makes a new
   * {@code Optional} at every call, and several rules read the code of every indicator.
   */
  @Nullable String code() {
    return code;
  }

  /** Returns {@link #whole()} without an {@code Optional}, for the rules' walks over every indicator. */
  @Nullable LocatedIndicator wholeOrNull() {
    return whole;
  }

  /** Returns the index of this indicator in {@link ReportView#indicators()}: a whole's comes before its parts'. */
  int position() {
    return position;
  }

  int area() {
    return area;
  }

  int measure() {
    return measure;
  }

  /** Returns {@code path: indicator}. */
  @Override
  public String toString() {
    return path() + ": " + indicator;
  }
}
