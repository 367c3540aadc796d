package io.github.fazhi.examples.review;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Indicator;
import io.github.fazhi.Path;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.Severity;
import io.github.fazhi.opengov.OpenGovInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one review page shows (审阅页面): a report's text with its numbers marked, the findings of the checker
 * linked to the numbers they are about, the review tallies with their rates, and the numbers that could not
 * be placed. Built by {@link #builder(String, String)}; every mark is checked against the text, so a page
 * never marks a place that does not hold the number's written form.
 *
 * @param name  the page's file stem, e.g. {@code qujiang-2019}
 * @param title  the report's title, shown as the page heading
 * @param source  what the text is: {@code 原文 text} or {@code 提纲 outline} (a JSON document's outline)
 * @param about  one line on the report: jurisdiction, year and kind
 * @param text  the text shown, marks referring to its offsets
 * @param marks  the numbers of the report, in text order
 * @param unplaced  the numbers found in the text but not placed in the report, in text order
 * @param findings  the findings, errors first, then in the checker's order
 * @param tallies  the review tallies with their rates
 * @param openGov  an open-government-information report's sections, overview figures and tables, with the
 *     cells the findings are about marked
 */
public record ReviewPage(
    String name,
    String title,
    String source,
    String about,
    String text,
    ImmutableList<Mark> marks,
    ImmutableList<UnplacedNumber> unplaced,
    ImmutableList<PageFinding> findings,
    ImmutableList<TallyView> tallies,
    Optional<OpenGovView> openGov) {

  /** A piece of the text, marked or not, in order: what the template walks. */
  public record Segment(String text, @Nullable Mark mark, @Nullable UnplacedNumber unplaced) {}

  /**
   * A number the reader found in the text but could not place in the report.
   *
   * @param id  its HTML id ({@code u1}, …)
   * @param start  the first offset, inclusive
   * @param end  the last offset, exclusive
   * @param written  the text there
   * @param reason  why it was not placed
   */
  public record UnplacedNumber(String id, int start, int end, String written, String reason) {}

  /**
   * One finding as the page shows it.
   *
   * @param id  its HTML id ({@code f1}, …)
   * @param severity  its severity
   * @param ruleId  the checker's rule id
   * @param path  the attribute path it is about
   * @param message  the checker's message
   * @param target  the id of the mark, table cell or tally it is about, or empty when it is about the report
   *     as a whole
   * @param textMark  for a finding about a table cell whose number is also marked in the text, that mark's id
   */
  public record PageFinding(
      String id,
      Severity severity,
      String ruleId,
      String path,
      String message,
      Optional<String> target,
      Optional<String> textMark) {

    /** The severity in the page's words: {@code 错误 ERROR}, {@code 警告 WARNING}, {@code 提示 INFO}. */
    public String severityLabel() {
      return SeverityWords.of(severity);
    }

    /** The CSS class: {@code sev-error}, {@code sev-warning} or {@code sev-info}. */
    public String cssClass() {
      return "sev-" + severity.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The link to the place it is about, or to the top of the text. */
    public String href() {
      return "#" + target.orElse("text");
    }

    /** The link to the cell's number in the text, or the empty string when the text does not hold it. */
    public String textHref() {
      return textMark.map(m -> "#" + m).orElse("");
    }
  }

  /** How many findings are errors. */
  public long errors() {
    return count(Severity.ERROR);
  }

  /** How many findings are warnings. */
  public long warnings() {
    return count(Severity.WARNING);
  }

  /** How many findings are notes ({@link Severity#INFO}). */
  public long notes() {
    return count(Severity.INFO);
  }

  private long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The text cut at the marks: plain pieces and marked pieces, in order, together exactly the text. */
  public ImmutableList<Segment> segments() {
    record Place(int start, int end, @Nullable Mark mark, @Nullable UnplacedNumber unplaced) {}
    List<Place> places = new ArrayList<>();
    marks.forEach(m -> places.add(new Place(m.start(), m.end(), m, null)));
    unplaced.forEach(u -> places.add(new Place(u.start(), u.end(), null, u)));
    places.sort(Comparator.comparingInt(Place::start).thenComparingInt(Place::end));
    ImmutableList.Builder<Segment> segments = ImmutableList.builder();
    int at = 0;
    for (Place place : places) {
      if (place.start() < at) {
        continue; // overlaps a place already shown; it is still listed in its table
      }
      if (place.start() > at) {
        segments.add(new Segment(text.substring(at, place.start()), null, null));
      }
      segments.add(new Segment(text.substring(place.start(), place.end()), place.mark(), place.unplaced()));
      at = place.end();
    }
    if (at < text.length()) {
      segments.add(new Segment(text.substring(at), null, null));
    }
    return segments.build();
  }

  /**
   * Returns a builder of a page.
   *
   * @param name  the page's file stem
   * @param text  the text the marks refer to
   * @return a new builder, never null
   */
  public static Builder builder(String name, String text) {
    return new Builder(requireNonNull(name, "name"), requireNonNull(text, "text"));
  }

  /** Builds a {@link ReviewPage}; not thread-safe. */
  public static final class Builder {
    private record Number(Path path, int start, int end, @Nullable Indicator indicator) {}

    private record Unplaced(int start, int end, String reason) {}

    private final String name;
    private final String text;
    private String title;
    private String source = "原文 text";
    private String about = "";
    private final List<Number> numbers = new ArrayList<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<ReviewTally> tallies = new ArrayList<>();
    private Optional<OpenGovInfo> openGovInfo = Optional.empty();

    private Builder(String name, String text) {
      this.name = name;
      this.text = text;
      this.title = name;
    }

    /** Sets the heading (default: the name). */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /** Says what the text is, e.g. {@code 提纲 outline} (default {@code 原文 text}). */
    public Builder source(String source) {
      this.source = requireNonNull(source, "source");
      return this;
    }

    /** Sets the line on the report: jurisdiction, year and kind (default empty). */
    public Builder about(String about) {
      this.about = requireNonNull(about, "about");
      return this;
    }

    /**
     * Marks a number of the report.
     *
     * @param path  its attribute path in the report, as the checker writes it
     * @param start  its first offset in the text, inclusive
     * @param end  its last offset, exclusive
     * @param indicator  what it became
     * @return this builder
     */
    public Builder number(Path path, int start, int end, Indicator indicator) {
      numbers.add(new Number(requireNonNull(path, "path"), start, end, requireNonNull(indicator, "indicator")));
      return this;
    }

    /**
     * Shows an open-government-information report's sections, overview figures and tables (Tables A, B, C),
     * with the cells the findings are about marked and linked.
     *
     * @param info  the report's {@code openGovInfo()}; empty for other reports
     * @return this builder
     */
    public Builder openGovInfo(Optional<OpenGovInfo> info) {
      this.openGovInfo = requireNonNull(info, "info");
      return this;
    }

    /**
     * Marks the number of a table cell (or of an overview figure) where it stands in the text, so that the
     * text's mark and the table's cell link to the same findings and the cell links to its number. The path
     * is the cell's, as the checker's findings use it, e.g.
     * {@code openGovInfo.applications.cells[new_received][total]}; a path that names no cell of the tables
     * shown (see {@link #openGovInfo(Optional)}) is an error of {@link #build()}.
     *
     * @param path  the cell's attribute path
     * @param start  the first offset of its number in the text, inclusive
     * @param end  the last offset, exclusive
     * @return this builder
     */
    public Builder cell(Path path, int start, int end) {
      numbers.add(new Number(requireNonNull(path, "path"), start, end, null));
      return this;
    }

    /** Marks a number found in the text that was not placed in the report, with the reason. */
    public Builder unplaced(int start, int end, String reason) {
      unplaced.add(new Unplaced(start, end, requireNonNull(reason, "reason")));
      return this;
    }

    /** Adds the checker's findings. */
    public Builder findings(List<Finding> findings) {
      this.findings.addAll(findings);
      return this;
    }

    /** Adds the report's review tallies. */
    public Builder tallies(List<ReviewTally> tallies) {
      this.tallies.addAll(tallies);
      return this;
    }

    /**
     * Builds the page: numbers get ids in text order, each finding is linked to the number (or tally) whose
     * path is the longest prefix of its own path, and each number takes the worst severity of its findings.
     *
     * @return the page, never null
     * @throws IllegalArgumentException naming every mark whose span is not inside the text, and every
     *     cell mark whose path names no cell of the tables shown
     */
    public ReviewPage build() {
      Map<Path, TableView.Cell> cells = openGovInfo.map(info -> OpenGovView.of(info).cells())
          .orElse(ImmutableMap.of());
      List<String> problems = new ArrayList<>();
      for (Number number : numbers) {
        if (number.start() < 0 || number.end() < number.start() || number.end() > text.length()) {
          problems.add(number.path() + ": span [" + number.start() + ", " + number.end()
              + ") is not inside the text (length " + text.length() + ")");
        }
        if (number.indicator() == null && !cells.containsKey(number.path())) {
          problems.add(number.path() + ": no cell of the tables shown has this path");
        }
      }
      for (Unplaced u : unplaced) {
        if (u.start() < 0 || u.end() < u.start() || u.end() > text.length()) {
          problems.add("unplaced: span [" + u.start() + ", " + u.end() + ") is not inside the text (length "
              + text.length() + ")");
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(problems.size() + " marks outside the text or the tables: "
            + String.join("; ", problems));
      }
      List<Number> ordered = new ArrayList<>(numbers);
      ordered.sort(Comparator.comparingInt(Number::start).thenComparingInt(Number::end));
      List<Path> paths = ordered.stream().map(Number::path).toList();

      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(Comparator.comparing(Finding::severity)); // stable: ERROR first, then the checker's order
      List<List<String>> findingsOfMark = new ArrayList<>();
      ordered.forEach(n -> findingsOfMark.add(new ArrayList<>()));
      List<Optional<Severity>> worst = new ArrayList<>();
      ordered.forEach(n -> worst.add(Optional.empty()));
      Map<Path, List<String>> findingsOfCell = new HashMap<>();
      Map<Path, Severity> worstOfCell = new HashMap<>();
      ImmutableList.Builder<PageFinding> pageFindings = ImmutableList.builder();
      for (int i = 0; i < sorted.size(); i++) {
        Finding finding = sorted.get(i);
        String id = "f" + (i + 1);
        Path path = finding.at().withinReport();
        int mark = FindingPaths.longestPrefix(paths, path);
        Optional<String> markId = mark >= 0 ? Optional.of("m" + (mark + 1)) : Optional.empty();
        if (mark >= 0) {
          findingsOfMark.get(mark).add(id);
          Optional<Severity> was = worst.get(mark);
          if (was.isEmpty() || finding.severity().compareTo(was.get()) < 0) {
            worst.set(mark, Optional.of(finding.severity()));
          }
        }
        Optional<String> target;
        Optional<String> textMark = Optional.empty();
        TableView.Cell cell = cells.get(path);
        if (cell != null) {
          // A table cell is the finding's place; its number in the text, where marked, is a second link.
          target = Optional.of(cell.id());
          textMark = markId;
          findingsOfCell.computeIfAbsent(path, p -> new ArrayList<>()).add(id);
          worstOfCell.merge(path, finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        } else if (markId.isPresent()) {
          target = markId;
        } else {
          target = FindingPaths.tallyIndex(path).filter(t -> t < tallies.size()).map(t -> "tally-" + t);
        }
        pageFindings.add(new PageFinding(id, finding.severity(), finding.ruleId(), finding.path(),
            finding.message(), target, textMark));
      }
      Optional<OpenGovView> openGov = openGovInfo.map(info -> OpenGovView.of(info, path -> {
        int mark = paths.indexOf(path);
        return new OpenGovView.Link(Optional.ofNullable(worstOfCell.get(path)),
            ImmutableList.copyOf(findingsOfCell.getOrDefault(path, List.of())),
            mark >= 0 ? Optional.of("m" + (mark + 1)) : Optional.empty());
      }));

      ImmutableList.Builder<Mark> marks = ImmutableList.builder();
      for (int i = 0; i < ordered.size(); i++) {
        Number number = ordered.get(i);
        Indicator indicator = number.indicator();
        ImmutableList<String> details = indicator != null ? IndicatorDetails.of(indicator)
            : cellDetails(requireNonNull(cells.get(number.path())));
        marks.add(new Mark("m" + (i + 1), number.path().toString(), number.start(), number.end(),
            text.substring(number.start(), number.end()), details, worst.get(i),
            ImmutableList.copyOf(findingsOfMark.get(i))));
      }
      List<Unplaced> orderedUnplaced = new ArrayList<>(unplaced);
      orderedUnplaced.sort(Comparator.comparingInt(Unplaced::start));
      ImmutableList.Builder<UnplacedNumber> unplacedNumbers = ImmutableList.builder();
      for (int i = 0; i < orderedUnplaced.size(); i++) {
        Unplaced u = orderedUnplaced.get(i);
        unplacedNumbers.add(new UnplacedNumber("u" + (i + 1), u.start(), u.end(),
            text.substring(u.start(), u.end()), u.reason()));
      }
      ImmutableList.Builder<TallyView> tallyViews = ImmutableList.builder();
      for (int i = 0; i < tallies.size(); i++) {
        tallyViews.add(TallyView.of("tally-" + i, tallies.get(i)));
      }
      return new ReviewPage(name, title, source, about, text, marks.build(), unplacedNumbers.build(),
          pageFindings.build(), tallyViews.build(), openGov);
    }

    /** What a table cell's number in the text is: its row, column and value, as the cell states it. */
    private static ImmutableList<String> cellDetails(TableView.Cell cell) {
      return ImmutableList.of("表格单元 cell: " + cell.path(), "行 row: " + cell.row(), "列 column: " + cell.column(),
          "数值 value: " + cell.value());
    }
  }
}
