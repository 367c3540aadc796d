package io.github.fazhi.reader;

import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ValidationException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rule every reading follows for the facts of a report's front matter: what the text states wins over a
 * hint, a disagreement between them is a conflict, and what neither gives is undetermined, never invented.
 * Conflicts and undetermined facts are added to the reading's own lists.
 */
final class TextOverHints {
  private final Hints hints;
  private final List<String> undetermined;
  private final List<String> conflicts;

  TextOverHints(Hints hints, List<String> undetermined, List<String> conflicts) {
    this.hints = hints;
    this.undetermined = undetermined;
    this.conflicts = conflicts;
  }

  /** The jurisdiction the title names (its last place, under the one before), else the hint's, else null. */
  @Nullable Jurisdiction jurisdiction(@Nullable String title) {
    List<String> places = title == null ? List.of() : FrontMatter.placesOf(title);
    Optional<Jurisdiction> hint = hints.jurisdiction();
    if (places.isEmpty()) {
      if (hint.isEmpty()) {
        undetermined.add("jurisdiction: the title names no place");
      }
      return hint.orElse(null);
    }
    String name = places.get(places.size() - 1);
    String parent = places.size() > 1 ? places.get(places.size() - 2) : null;
    if (hint.isPresent()) {
      if (hint.get().name().equals(name)) {
        return hint.get();
      }
      conflicts.add("jurisdiction: the text says " + name + ", the hint says " + hint.get().name());
    }
    try {
      Jurisdiction.Builder builder = Jurisdiction.builder().name(name).level(FrontMatter.levelOf(name, parent));
      Optional.ofNullable(parent).ifPresent(builder::parent);
      return builder.build();
    } catch (ValidationException e) {
      undetermined.add("jurisdiction: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      return null;
    }
  }

  /** The text's value if it states one (a differing hint is a conflict), else the hint's, else null. */
  <T> @Nullable T choose(String field, Optional<T> fromText, Optional<T> fromHint, String missing) {
    if (fromText.isPresent()) {
      if (fromHint.isPresent() && !fromHint.get().equals(fromText.get())) {
        conflicts.add(field + ": the text says " + shown(fromText.get()) + ", the hint says " + shown(fromHint.get()));
      }
      return fromText.get();
    }
    if (fromHint.isEmpty()) {
      undetermined.add(field + ": " + missing);
    }
    return fromHint.orElse(null);
  }

  /**
   * The facts of the front matter, each by the rule above: title, jurisdiction, year, kind (from the title in
   * simplified characters, else the hint, else the body's form sections), issuer (the signature) and publication
   * date (the closing date, unless it lies before the report's year).
   */
  FrontFacts facts(String source, FrontMatter front) {
    String title = front.titleText;
    if (title == null) {
      undetermined.add("title: no title line found");
    }
    String signature = Optional.ofNullable(front.issuer).map(r -> r.text(source)).orElse(front.compiler);
    // the title names the place; where it does not (市科委…), the signature or the compiling office does
    String placed = title;
    if (signature != null && (title == null || FrontMatter.placesOf(title).isEmpty())
        && !FrontMatter.placesOf(signature).isEmpty()) {
      placed = signature;
    }
    Jurisdiction jurisdiction = jurisdiction(placed);
    // a title without a year (乌海市工业和信息化局 / 政府信息公开工作年度报告): the statistics period's year; with no
    // title at all (a crawl that lost it), only when the kind is known, so that a page is never made a report of a
    // kind it was given by default
    Optional<Year> statedYear = title == null ? Optional.empty() : FrontMatter.yearOf(title);
    if (statedYear.isEmpty() && (title != null || front.kind(source, hints.kind()).isPresent())) {
      statedYear = FrontMatter.periodYearOf(front.body.text(source));
    }
    Year year = choose("year", statedYear, hints.year(), "not stated in the title or its statistics period");
    Optional<ReportKind> named = title == null ? Optional.empty() : FrontMatter.kindOf(Simplified.of(title));
    // the body's form sections rank below a hint: they show a kind, the title and the caller state one
    ReportKind kind = named.isEmpty() && hints.kind().isEmpty()
        ? front.kind(source, hints.kind()).orElse(null) : choose("kind", named, hints.kind(), "not named in the title");
    boolean outOfScope = false;
    if (kind == null && title != null && FrontMatter.isByAnInstitution(Simplified.of(title))) {
      // a school's, a hospital's or a firm's 信息公开 report: neither kind, and no report of its place
      undetermined.add("kind: a 信息公开 report of a school, a hospital or a firm (学校、医院、企业信息公开), "
          + "which is neither a 政府信息公开 nor a 法治政府建设 report");
      outOfScope = true;
    } else if (kind == null) {
      undetermined.add("kind: not named in the title");
    }
    String issuer = choose("issuer", Optional.ofNullable(signature), hints.issuer(),
        "no signature before the closing date");
    LocalDate published = front.published;
    if (published == null) {
      undetermined.add("published: no closing date");
    } else if (year != null && published.getYear() < year.getValue()) {
      undetermined.add("published: the closing date " + published + " is before the year " + year);
      published = null;
    }
    return new FrontFacts(title, jurisdiction, year, kind, issuer, published, outOfScope);
  }

  /** Builds the report, or lists why it cannot be built among the undetermined facts and returns null. */
  @Nullable Report build(Report.Builder builder) {
    try {
      return builder.build();
    } catch (ValidationException e) {
      undetermined.add("report: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      return null;
    }
  }

  /** What a report's front matter states, each fact null where neither the text nor a hint gives it. */
  record FrontFacts(@Nullable String title, @Nullable Jurisdiction jurisdiction, @Nullable Year year,
      @Nullable ReportKind kind, @Nullable String issuer, @Nullable LocalDate published, boolean outOfScope) {

    /**
     * A report builder with these facts, or null when the jurisdiction or the year is unknown or the report is of
     * no kind fazhi reads ({@code outOfScope}): an unsigned
     * report is held with its issuer unknown (listed as undetermined), never invented.
     */
    Report.@Nullable Builder builder() {
      if (jurisdiction == null || year == null || outOfScope) {
        return null;
      }
      Report.Builder builder = Report.builder().jurisdiction(jurisdiction).year(year);
      Optional.ofNullable(kind).ifPresent(builder::kind);
      Optional.ofNullable(issuer).ifPresent(builder::issuer);
      Optional.ofNullable(published).ifPresent(builder::published);
      Optional.ofNullable(title).ifPresent(builder::title);
      return builder;
    }
  }

  private static String shown(Object value) {
    return value instanceof ReportKind ? ((ReportKind) value).name().toLowerCase(Locale.ROOT) : value.toString();
  }
}
