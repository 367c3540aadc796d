package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.Measure;
import io.github.fazhi.Path;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.WorkArea;
import io.github.fazhi.catalog.IndicatorCatalog;
import io.github.fazhi.documents.Document;
import io.github.fazhi.reader.Section.Part;
import io.github.fazhi.reader.Section.PartBlock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a report as published — plain text, a government web page, or a {@link Document} read from any file
 * by fazhi-documents ({@link #read(Document, Hints)}) — into a {@link Draft} (读取年度报告):
 * the report it could build, every number traced to its span, what it could not place or determine.
 *
 * <pre>{@code
 * Draft draft = ReportReader.standard().read(text, Hints.none().withYear(Year.of(2019)));
 * draft.report().ifPresent(report -> ...);
 * draft.unplaced().forEach(System.out::println);
 * }</pre>
 *
 * <p>Reading is a pipeline of small steps: {@link HtmlText} (a page's body as lines), {@link FrontMatter}
 * (title, signature, date), {@link Outliner} (parts, work areas, items), {@link Enumerations}
 * ({@code 一是…}), {@link NumberScanner} (numbers with qualifier, scale and unit), {@link IndicatorMaker}
 * and {@link Labels} (indicators), {@link ChangeMentions} (signed changes), {@link GrowthBases} (the counts
 * they compare), {@link Breakdowns} (其中… parts and shares with their basis), {@link TallyReader}
 * (review tallies). Each step is deterministic and linear in its input, so the same text always gives the
 * same draft.
 *
 * <p>The rule for every number of a draft: {@code source.substring(start, end)} is exactly its written
 * form, and reading that form again gives the same value, unit and qualifier; a number that fails this
 * is listed among the unplaced, never kept.
 *
 * <p>A 政府信息公开工作年度报告 (kind {@link ReportKind#OPEN_GOV_INFO_ANNUAL}, by its title or the hints) is read
 * into {@link Report#openGovInfo()} instead: its three tables, six sections and overview figures, each
 * cell and figure with its span in {@link Draft#cellSpans()}; no work area is made of its sections.
 *
 * <p>Reading is linear in the input's length (see docs/reader.md for the benchmark), and an input longer than
 * the reader's {@link ReaderLimits} is refused with an {@link InputTooLargeException} before any reading.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportReader {
  private static final ReportReader STANDARD = new ReportReader(IndicatorCatalog.standard(), ReaderLimits.standard());

  private final IndicatorCatalog catalog;
  private final IndicatorMaker maker;
  private final ReaderLimits limits;

  private ReportReader(IndicatorCatalog catalog, ReaderLimits limits) {
    this.catalog = catalog;
    this.maker = new IndicatorMaker(catalog);
    this.limits = limits;
  }

  /**
   * Returns the reader that identifies indicators by the standard catalogue.
   *
   * @return the reader, never null
   */
  public static ReportReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader that identifies indicators by the given catalogue.
   *
   * @param catalog  the catalogue, not null
   * @return the reader, never null
   */
  public static ReportReader withCatalog(IndicatorCatalog catalog) {
    return new ReportReader(requireNonNull(catalog, "catalog"), ReaderLimits.standard());
  }

  /**
   * Returns a reader like this one that accepts inputs up to the given limits.
   *
   * @param limits  the limits, not null
   * @return the reader, never null
   */
  public ReportReader withLimits(ReaderLimits limits) {
    return new ReportReader(catalog, requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits of this reader ({@link ReaderLimits#standard()} unless set).
   *
   * @return the limits, never null
   */
  public ReaderLimits limits() {
    return limits;
  }

  /**
   * Reads a report's text or web page: text that starts with an HTML tag is read as a page.
   *
   * @param textOrHtml  the report as published, not null
   * @param hints       what is known beforehand, not null
   * @return the draft, never null
   * @throws InputTooLargeException if the input is longer than {@link #limits()} allow
   */
  public Draft read(String textOrHtml, Hints hints) {
    requireNonNull(textOrHtml, "textOrHtml");
    requireNonNull(hints, "hints");
    limits.check(textOrHtml);
    return HtmlText.looksLikeHtml(textOrHtml) ? readHtml(textOrHtml, hints) : readText(textOrHtml, hints);
  }

  /**
   * Reads a document of any format fazhi-documents reads (文档: a web page, a Word file, a PDF, Markdown or
   * plain text). Its text, {@link Document#text()}, is read as {@link #readText(String, Hints)} reads a text,
   * and every span of the draft refers to it ({@link Draft#source()} is that text). The tables of a
   * 政府信息公开工作年度报告 are read from the document's real tables where its format has them (a web page's,
   * a Word file's, a Markdown table's rows and grid columns, merged cells resolved by their spans) and from
   * its text only where it must (plain text, PDF, a table not among the real ones); a cell that cannot be
   * placed is listed among the undetermined with its reason, never guessed.
   *
   * <p>This is the one method that needs {@code fazhi-documents} (an optional dependency of the reader):
   * whoever holds a {@link Document} has it.
   *
   * @param document  the document, as {@code io.github.fazhi.documents.Documents.read} gives it, not null
   * @param hints     what is known beforehand, not null
   * @return the draft, never null
   * @throws InputTooLargeException if the document's text is longer than {@link #limits()} allow
   */
  public Draft read(Document document, Hints hints) {
    requireNonNull(document, "document");
    requireNonNull(hints, "hints");
    String text = document.text();
    limits.check(text);
    Steps steps = Steps.none();
    return OpenGovReading.readIfOpenGovInfo(text, hints, maker, steps, layout -> DocumentTables.read(document, layout))
        .orElseGet(() -> new Reading(text, hints, steps).draft());
  }

  /**
   * Reads a government web page: its body's text (navigation, header, footer and scripts dropped) is read
   * as a report; spans refer to that text, {@link Draft#source()}.
   *
   * @param html   the page, not null
   * @param hints  what is known beforehand, not null
   * @return the draft, never null
   * @throws InputTooLargeException if the page is longer than {@link #limits()} allow
   */
  public Draft readHtml(String html, Hints hints) {
    requireNonNull(html, "html");
    limits.check(html);
    return readText(HtmlText.extract(html), requireNonNull(hints, "hints"));
  }

  /**
   * Reads a report's plain text; spans refer to the text as given.
   *
   * @param source  the text, not null
   * @param hints   what is known beforehand, not null
   * @return the draft, never null
   * @throws InputTooLargeException if the text is longer than {@link #limits()} allow
   */
  public Draft readText(String source, Hints hints) {
    return readText(source, hints, Steps.none());
  }

  /** As {@link #readText(String, Hints)}, counting the steps of the loops {@link Steps} watches. */
  Draft readText(String source, Hints hints, Steps steps) {
    requireNonNull(source, "source");
    requireNonNull(hints, "hints");
    limits.check(source);
    return OpenGovReading.readIfOpenGovInfo(source, hints, maker, steps).orElseGet(() -> new Reading(source, hints, steps).draft());
  }

  /** One reading of one text: the state the steps fill in. */
  private final class Reading {
    private final String source;
    private final Hints hints;
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final List<String> undetermined = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final TextOverHints stated;
    private final List<Target> targets = new ArrayList<>();
    /** The parts whose numbers are headline indicators without a catalogue code (leaders' duty, other matters). */
    private final List<Region> uncoded = new ArrayList<>(2);
    private final Steps steps;
    private @Nullable TargetIndex index;

    Reading(String source, Hints hints, Steps steps) {
      this.source = source;
      this.steps = steps;
      this.hints = hints;
      this.stated = new TextOverHints(hints, undetermined, conflicts);
    }

    Draft draft() {
      FrontMatter front = FrontMatter.read(source);
      List<PartBlock> parts = Outliner.outline(source, front.body);
      List<Mention> mentions = new ArrayList<>();
      NumberScanner.scan(source, front.body.start(), front.body.end(), mentions, unplaced);

      Target headline = target(new Region(0, 0), 0, Path.root().field("headlineIndicators"), null);
      List<AreaDraft> areas = new ArrayList<>();
      List<String> shortcomings = new ArrayList<>();
      List<String> leadership = new ArrayList<>();
      List<String> other = new ArrayList<>();
      List<PlanDraft> plans = new ArrayList<>();
      String preamble = null;
      String plansPreamble = null;
      TallyReader tallies = new TallyReader(steps);
      for (PartBlock part : parts) {
        switch (part.part) {
          case PREAMBLE -> {
            preamble = nonBlank(part.intro.text(source));
            headline.regions.add(part.intro);
          }
          case MEASURES -> {
            if (part.sections.isEmpty() && part.heading != null && !part.intro.text(source).isEmpty()) {
              // a measures part without work areas (一、主要举措与成效 then 一是… at once): the part is one area
              areas.add(area(new Section(1, part.heading, part.intro), areas.size(), tallies, mentions));
              continue;
            }
            target(part.intro, 1, Path.root(), "in the measures part, outside any work area");
            for (Section section : part.sections) {
              areas.add(area(section, areas.size(), tallies, mentions));
            }
          }
          case SHORTCOMINGS -> {
            // a shortcoming's number is often of a part, or of what went wrong (仍有5件未按期办结): not a figure
            // of the year to total or compare
            shortcomings.addAll(items(part));
            target(new Region(part.intro.start(), part.end()), 1, Path.root(), "in the shortcomings");
          }
          case LEADERSHIP -> {
            // the year's numbers outside any work area (专题学法3次): headline indicators, without codes
            leadership.addAll(paragraphs(part));
            headline.regions.add(new Region(part.intro.start(), part.end()));
            uncoded.add(new Region(part.intro.start(), part.end()));
          }
          case OTHER -> {
            other.addAll(paragraphs(part));
            headline.regions.add(new Region(part.intro.start(), part.end()));
            uncoded.add(new Region(part.intro.start(), part.end()));
          }
          case PLANS -> {
            plansPreamble = plansPreamble == null ? nonBlank(part.intro.text(source)) : plansPreamble;
            target(new Region(part.intro.start(), part.end()), 1, Path.root(), "in next year's plans: an aim, not a result");
            for (Section section : part.sections) {
              plans.add(plan(section, plans.size()));
            }
          }
        }
      }
      place(mentions);
      return assemble(front, headline, areas, shortcomings, leadership, other, plans, preamble, plansPreamble,
          tallies);
    }

    private Target target(Region region, int depth, Path path, @Nullable String unplacedReason) {
      Target target = new Target(depth, path, unplacedReason);
      target.regions.add(region);
      targets.add(target);
      return target;
    }

    private AreaDraft area(Section section, int index, TallyReader tallies, List<Mention> mentions) {
      Path path = Path.root().field("workAreas").index(index);
      AreaDraft area = new AreaDraft(section, target(section.title, 1, path.field("indicators"), null));
      area.own.regions.add(section.body);
      List<Region> items = new ArrayList<>();
      if (!section.children.isEmpty()) {
        for (Section child : section.children) {
          items.add(child.whole());
        }
      } else {
        items.addAll(Enumerations.items(source, section.body));
      }
      for (Region item : items) {
        String text = item.text(source);
        if (text.isEmpty()) {
          continue;
        }
        Target measure = target(item, 2, path.field("measures").index(area.measures.size()).field("indicators"),
            null);
        area.measures.add(new MeasureDraft(text, measure));
      }
      tallies.read(source, section.whole(), mentions);
      for (Section child : section.children) {
        tallies.read(source, child.whole(), mentions);
      }
      return area;
    }

    /**
     * A plan area of next year (part 4): its text, and the numbers it aims at as its indicators — which
     * {@link Report#indicators()} leaves out, since they are aims, not the year's results.
     */
    private PlanDraft plan(Section section, int index) {
      String title = section.title.text(source);
      WorkArea.Builder plan = WorkArea.builder().ordinal(index + 1).title(title.isEmpty() ? "（无标题）" : title);
      StringBuilder text = new StringBuilder(section.body.text(source));
      for (Section child : section.children) {
        text.append(text.length() > 0 ? "\n" : "").append(child.whole().text(source));
      }
      Optional.ofNullable(nonBlank(text.toString())).ifPresent(plan::text);
      Target aims = target(section.whole(), 2, Path.root().field("plans").index(index).field("indicators"), null);
      aims.aims = true;
      return new PlanDraft(plan, aims);
    }

    private List<String> items(PartBlock part) {
      Region whole = new Region(part.intro.start(), Math.max(part.intro.end(), part.end()));
      List<String> texts = new ArrayList<>();
      for (Region item : Enumerations.items(source, whole)) {
        Optional.ofNullable(nonBlank(item.text(source))).ifPresent(texts::add);
      }
      return texts.isEmpty() ? paragraphs(part) : texts;
    }

    private List<String> paragraphs(PartBlock part) {
      List<String> texts = new ArrayList<>();
      for (Region line : FrontMatter.lines(source.substring(0, part.intro.end()))) {
        if (line.start() >= part.intro.start()) {
          String text = line.text(source);
          if (!text.endsWith("：") && !text.endsWith(":")) {
            texts.add(text);
          }
        }
      }
      for (Section section : part.sections) {
        Optional.ofNullable(nonBlank(section.whole().text(source))).ifPresent(texts::add);
      }
      return texts;
    }

    /**
     * Puts each mention into the deepest target holding it, or lists it as unplaced; the previous period's
     * count of a change placed with its growth base is held by that base. Then the codes are settled over the
     * whole report ({@link CodeAgreement}) and each target's breakdowns grouped.
     */
    private void place(List<Mention> mentions) {
      GrowthBases.Found growth = GrowthBases.find(source, mentions);
      Set<Mention> placed = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Mention mention : mentions) {
        if (!growth.previousCounts().containsKey(mention) && placeOne(mention, growth.bases().get(mention))) {
          placed.add(mention);
        }
      }
      for (Map.Entry<Mention, Mention> previous : growth.previousCounts().entrySet()) {
        if (placed.contains(previous.getValue())) {
          unplaced.add(Unplaced.of(previous.getKey().span(), GrowthBases.PREVIOUS));
        } else {
          placeOne(previous.getKey(), null);
        }
      }
      List<List<Indicator>> numbers = new ArrayList<>(targets.size());
      List<List<Span>> spans = new ArrayList<>(targets.size());
      for (Target target : targets) {
        if (!target.aims) {
          numbers.add(target.indicators); // next year's aims name no quantity of this year's
          spans.add(target.spans);
        }
      }
      SameLabels.distinguish(source, numbers, spans);
      CodeAgreement.settle(numbers);
      for (Target target : targets) {
        target.groupBreakdowns(source, steps);
      }
    }

    /** Places one mention, or lists it as unplaced; returns whether it was placed. */
    private boolean placeOne(Mention mention, @Nullable GrowthBase growthBase) {
      if (index == null) {
        index = new TargetIndex(targets, steps);
      }
      TargetIndex.Found found = index.deepest(mention.span().start());
      if (found == null) {
        return false; // a heading's marker, the title or the signature: not a number of the report
      }
      Target best = found.target();
      Region bestRegion = found.region();
      IndicatorMaker.Made made = maker.make(source, mention, bestRegion.start(), bestRegion.end(), growthBase);
      if (made.indicator().isEmpty()) {
        unplaced.add(Unplaced.of(mention.span(), made.reason()));
      } else if (best.unplacedReason != null) {
        unplaced.add(Unplaced.of(mention.span(), best.unplacedReason));
      } else if (!readsBack(mention)) {
        unplaced.add(Unplaced.of(mention.span(), "its written form does not read back to the same number"));
      } else {
        Indicator indicator = made.indicator().get();
        if (isUncoded(mention.span().start()) && indicator.code().isPresent()) {
          // the leaders' duty and other matters speak of the year in passing: a code guessed from their words
          // would be compared with, and settled against, the work areas' figures of that code
          indicator = Indicator.builder().from(indicator).code(Optional.empty()).build();
        }
        best.indicators.add(indicator);
        best.spans.add(mention.span());
        return true;
      }
      return false;
    }

    private boolean isUncoded(int offset) {
      for (Region region : uncoded) {
        if (region.start() <= offset && offset < region.end()) {
          return true;
        }
      }
      return false;
    }

    /** Whether the mention's written form, read alone, gives the same mention. */
    private boolean readsBack(Mention mention) {
      if (!mention.span().isIn(source)) {
        return false;
      }
      List<Mention> again = NumberScanner.scan(mention.span().written());
      return again.size() == 1 && again.get(0).span().start() == 0
          && again.get(0).span().end() == mention.span().written().length() && again.get(0).sameReading(mention);
    }

    private Draft assemble(FrontMatter front, Target headline, List<AreaDraft> areas, List<String> shortcomings,
        List<String> leadership, List<String> other, List<PlanDraft> plans, @Nullable String preamble,
        @Nullable String plansPreamble, TallyReader tallies) {
      List<Trace> traces = new ArrayList<>();
      Report report = null;
      Report.Builder builder = stated.facts(source, front).builder();
      if (builder != null) {
        Optional.ofNullable(preamble).ifPresent(builder::preamble);
        Optional.ofNullable(plansPreamble).ifPresent(builder::plansPreamble);
        builder.addAllHeadlineIndicators(headline.indicators);
        trace(traces, headline);
        for (int a = 0; a < areas.size(); a++) {
          AreaDraft area = areas.get(a);
          String areaTitle = area.section.title.text(source);
          WorkArea.Builder workArea = WorkArea.builder().ordinal(a + 1)
              .title(areaTitle.isEmpty() ? "（无标题）" : areaTitle).addAllIndicators(area.own.indicators);
          trace(traces, area.own);
          for (int m = 0; m < area.measures.size(); m++) {
            MeasureDraft measure = area.measures.get(m);
            workArea.addMeasure(Measure.builder().ordinal(m + 1).text(measure.text)
                .addAllIndicators(measure.target.indicators).build());
            trace(traces, measure.target);
          }
          if (area.measures.isEmpty()) {
            Optional.ofNullable(nonBlank(area.section.body.text(source))).ifPresent(workArea::text);
          }
          builder.addWorkAreas(workArea.build());
        }
        builder.addAllReviews(tallies.tallies()).addAllShortcomings(shortcomings).addAllLeadershipDuty(leadership)
            .addAllOtherMatters(other);
        for (PlanDraft plan : plans) {
          builder.addPlans(plan.area().addAllIndicators(plan.aims().indicators).build());
          trace(traces, plan.aims());
        }
        report = stated.build(builder);
        if (report == null) {
          traces.clear();
        }
      }
      unplaced.sort((x, y) -> x.span().compareTo(y.span()));
      return new Draft(source, report, ImmutableList.copyOf(traces), ImmutableList.copyOf(unplaced),
          ImmutableList.copyOf(undetermined), ImmutableList.copyOf(conflicts));
    }

    private void trace(List<Trace> traces, Target target) {
      for (int i = 0; i < target.indicators.size(); i++) {
        Indicator indicator = target.indicators.get(i);
        Path path = target.path.index(i);
        traces.add(new Trace(path, indicator, target.spans.get(i)));
        List<Span> partSpans = target.partSpans.isEmpty() ? List.of() : target.partSpans.get(i);
        for (int j = 0; j < partSpans.size(); j++) {
          traces.add(new Trace(path.field("parts").index(j), indicator.parts().get(j), partSpans.get(j)));
        }
      }
    }
  }

  private static @Nullable String nonBlank(String text) {
    return text.isBlank() ? null : text;
  }

  /** Where the numbers of one region go: a list of indicators at a path, or the unplaced with a reason. */
  private static final class Target {
    final int depth;
    final Path path;
    final @Nullable String unplacedReason;
    final List<Region> regions = new ArrayList<>(2);
    final List<Indicator> indicators = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();
    /** The spans of each indicator's parts, once {@link #groupBreakdowns} has run. */
    final List<List<Span>> partSpans = new ArrayList<>();
    /** Whether the numbers are next year's aims (a plan area's), which settle no code of the year's. */
    boolean aims;

    Target(int depth, Path path, @Nullable String unplacedReason) {
      this.depth = depth;
      this.path = path;
      this.unplacedReason = unplacedReason;
    }

    /** Takes the parts of each breakdown the text states into their whole ({@link Breakdowns}). */
    void groupBreakdowns(String source, Steps steps) {
      List<Breakdowns.Grouped> grouped = Breakdowns.group(source, indicators, spans, steps);
      indicators.clear();
      spans.clear();
      partSpans.clear();
      for (Breakdowns.Grouped one : grouped) {
        indicators.add(one.indicator());
        spans.add(one.span());
        partSpans.add(one.partSpans());
      }
    }
  }

  private static final class AreaDraft {
    final Section section;
    final Target own;
    final List<MeasureDraft> measures = new ArrayList<>();

    AreaDraft(Section section, Target own) {
      this.section = section;
      this.own = own;
    }
  }

  private record MeasureDraft(String text, Target target) {}

  /** A plan area, built once its aims are placed. */
  private record PlanDraft(WorkArea.Builder area, Target aims) {}

  /**
   * Finds the deepest target whose region holds an offset — what a loop over every target for every number
   * would find, but in time linear in the number of regions and numbers: the regions of each depth are
   * kept sorted by start, and a cursor per depth moves forward as the numbers, which come in source order,
   * do. Regions of one depth come from the outline, which cuts the text into consecutive pieces, so they do
   * not overlap; where they do (a depth whose regions overlap), that depth is searched region by region, in
   * the order the targets were made, as before.
   */
  private static final class TargetIndex {
    record Found(Target target, Region region) {}

    private record Entry(Region region, Target target, int order) {}

    private final List<List<Entry>> byDepth = new ArrayList<>();
    private final List<Boolean> overlapping = new ArrayList<>();
    private final int[] cursor;
    private final Steps steps;

    TargetIndex(List<Target> targets, Steps steps) {
      this.steps = steps;
      int order = 0;
      for (Target target : targets) {
        while (byDepth.size() <= target.depth) {
          byDepth.add(new ArrayList<>());
        }
        for (Region region : target.regions) {
          if (!region.isEmpty()) {
            byDepth.get(target.depth).add(new Entry(region, target, order++));
          }
        }
      }
      for (List<Entry> entries : byDepth) {
        entries.sort((x, y) -> x.region().start() != y.region().start()
            ? Integer.compare(x.region().start(), y.region().start()) : Integer.compare(x.order(), y.order()));
        boolean overlap = false;
        for (int i = 1; i < entries.size(); i++) {
          overlap |= entries.get(i).region().start() < entries.get(i - 1).region().end();
        }
        overlapping.add(overlap);
      }
      this.cursor = new int[byDepth.size()];
    }

    @Nullable Found deepest(int offset) {
      for (int depth = byDepth.size() - 1; depth >= 0; depth--) {
        Entry entry = overlapping.get(depth) ? firstHolding(byDepth.get(depth), offset) : holding(depth, offset);
        if (entry != null) {
          return new Found(entry.target(), entry.region());
        }
      }
      return null;
    }

    /** The region of a depth without overlaps that holds the offset, moving that depth's cursor. */
    private @Nullable Entry holding(int depth, int offset) {
      List<Entry> entries = byDepth.get(depth);
      int at = cursor[depth];
      if (at < entries.size() && entries.get(at).region().start() > offset) {
        at = lastStartingAtOrBefore(entries, offset); // a number out of source order (a previous count)
      }
      while (at + 1 < entries.size() && entries.get(at + 1).region().start() <= offset) {
        at++;
        steps.one();
      }
      cursor[depth] = at;
      if (at < entries.size() && entries.get(at).region().contains(offset)) {
        return entries.get(at);
      }
      return null;
    }

    /** The index of the last entry starting at or before the offset (0 when none does), by binary search. */
    private int lastStartingAtOrBefore(List<Entry> entries, int offset) {
      int low = 0;
      int high = entries.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        steps.one();
        if (entries.get(mid).region().start() <= offset) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return Math.max(0, low - 1);
    }

    /** The first region, in the order the targets were made, that holds the offset. */
    private @Nullable Entry firstHolding(List<Entry> entries, int offset) {
      Entry first = null;
      for (Entry entry : entries) {
        steps.one();
        if (entry.region().contains(offset) && (first == null || entry.order() < first.order())) {
          first = entry;
        }
      }
      return first;
    }
  }
}
