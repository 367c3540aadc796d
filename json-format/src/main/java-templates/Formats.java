package ${fazhi.format.package};

import static ${fazhi.format.package}.Codec.BOOLEAN;
import static ${fazhi.format.package}.Codec.DATE;
import static ${fazhi.format.package}.Codec.DECIMAL;
import static ${fazhi.format.package}.Codec.INTEGER;
import static ${fazhi.format.package}.Codec.STRING;
import static ${fazhi.format.package}.Codec.UNIT;
import static ${fazhi.format.package}.Codec.YEAR;
import static ${fazhi.format.package}.Format.Field.count;
import static ${fazhi.format.package}.Format.Field.counts;
import static ${fazhi.format.package}.Format.Field.enumSet;
import static ${fazhi.format.package}.Format.Field.keyed;
import static ${fazhi.format.package}.Format.Field.list;
import static ${fazhi.format.package}.Format.Field.optional;
import static ${fazhi.format.package}.Format.Field.required;
import static ${fazhi.format.package}.Format.Field.requiredCount;
import static ${fazhi.format.package}.Format.Field.rows;
import static ${fazhi.format.package}.Format.Field.withDefault;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.fazhi.Breakdown;
import io.github.fazhi.ContentPart;
import io.github.fazhi.Decision;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.IndicatorKind;
import io.github.fazhi.IssuerKind;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.JurisdictionLevel;
import io.github.fazhi.LitigationRoute;
import io.github.fazhi.Measure;
import io.github.fazhi.OutcomeGroup;
import io.github.fazhi.Outline;
import io.github.fazhi.PercentMatch;
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.RateBasis;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewCase;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TaskArea;
import io.github.fazhi.Unit;
import io.github.fazhi.WorkArea;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.ApplicationTable;
import io.github.fazhi.opengov.CellTable;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.DisputeTable;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.opengov.OpenGovSection;
import io.github.fazhi.opengov.OverviewFigure;
import io.github.fazhi.opengov.ProactiveColumn;
import io.github.fazhi.opengov.ProactiveDisclosureTable;
import io.github.fazhi.opengov.ProactiveItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report format: every model type's fields, declared once. A field is one line: to add one, add its
 * line where it is written; to make a required field optional, change {@code required} to
 * {@code optional} (its accessor then returns an {@code Optional}). The JSON Schema
 * (report.schema.json) must follow: SchemaTest holds it to these tables.
 */
final class Formats {
  static final EnumNames<ReportKind> REPORT_KINDS = EnumNames.of(ReportKind.class);
  static final EnumNames<IssuerKind> ISSUER_KINDS = EnumNames.of(IssuerKind.class);
  static final EnumNames<JurisdictionLevel> LEVELS = EnumNames.of(JurisdictionLevel.class);
  static final EnumNames<TaskArea> TASK_AREAS = EnumNames.of(TaskArea.class);
  static final EnumNames<IndicatorKind> INDICATOR_KINDS = EnumNames.of(IndicatorKind.class);
  static final EnumNames<Qualifier> QUALIFIERS = EnumNames.of(Qualifier.class);
  static final EnumNames<Procedure> PROCEDURES = EnumNames.of(Procedure.class);
  static final EnumNames<LitigationRoute> ROUTES = EnumNames.of(LitigationRoute.class);
  static final EnumNames<Decision> DECISIONS = EnumNames.of(Decision.class);
  static final EnumNames<OutcomeGroup> OUTCOME_GROUPS = EnumNames.of(OutcomeGroup.class);
  static final EnumNames<OpenGovLayout> LAYOUTS = EnumNames.of(OpenGovLayout.class);
  static final EnumNames<OpenGovSection> SECTIONS = EnumNames.of(OpenGovSection.class);
  static final EnumNames<OverviewFigure> OVERVIEW_FIGURES = EnumNames.of(OverviewFigure.class);
  static final EnumNames<ProactiveItem> PROACTIVE_ITEMS = EnumNames.of(ProactiveItem.class);
  static final EnumNames<ProactiveColumn> PROACTIVE_COLUMNS = EnumNames.of(ProactiveColumn.class);
  static final EnumNames<ApplicationRow> APPLICATION_ROWS = EnumNames.of(ApplicationRow.class);
  static final EnumNames<ApplicantColumn> APPLICANT_COLUMNS = EnumNames.of(ApplicantColumn.class);
  static final EnumNames<DisputeBlock> DISPUTE_BLOCKS = EnumNames.of(DisputeBlock.class);
  static final EnumNames<DisputeColumn> DISPUTE_COLUMNS = EnumNames.of(DisputeColumn.class);

  /** Every model enum, each bound to its lower_snake names. */
  static final List<EnumNames<?>> ENUMS = List.of(REPORT_KINDS, ISSUER_KINDS, LEVELS, TASK_AREAS,
      INDICATOR_KINDS, QUALIFIERS, PROCEDURES, ROUTES, DECISIONS, OUTCOME_GROUPS,
      EnumNames.of(ContentPart.class), EnumNames.of(Outline.class), EnumNames.of(PercentMatch.class),
      EnumNames.of(RateBasis.class), LAYOUTS, SECTIONS, OVERVIEW_FIGURES, PROACTIVE_ITEMS,
      PROACTIVE_COLUMNS, APPLICATION_ROWS, APPLICANT_COLUMNS, DISPUTE_BLOCKS, DISPUTE_COLUMNS);

  static final Format<Rate, long[]> RATE = Format.of(Rate.class, () -> new long[2],
      parts -> Rate.of(parts[0], parts[1]),
      requiredCount("numerator", Rate::numerator, (parts, n) -> parts[0] = n),
      requiredCount("denominator", Rate::denominator, (parts, n) -> parts[1] = n));

  static final Format<Indicator, Indicator.Builder> INDICATOR = indicator();

  static final Format<GrowthBase, GrowthBase.Builder> GROWTH_BASE = Format.of(GrowthBase.class,
      GrowthBase::builder, GrowthBase.Builder::build,
      requiredCount("current", GrowthBase::current, GrowthBase.Builder::current),
      requiredCount("previous", GrowthBase::previous, GrowthBase.Builder::previous));

  static final Format<Breakdown, Breakdown.Builder> BREAKDOWN = Format.of(Breakdown.class,
      Breakdown::builder, Breakdown.Builder::build,
      optional("name", STRING, Breakdown::name, Breakdown.Builder::name),
      list("parts", Codec.of((in, what) -> INDICATOR.read(in), (value, out) -> INDICATOR.write(value, out)),
          Breakdown::parts, Breakdown.Builder::addPart),
      withDefault("complete", BOOLEAN, false, Breakdown::complete, Breakdown.Builder::complete));

  static final Format<Jurisdiction, Jurisdiction.Builder> JURISDICTION = Format.of(Jurisdiction.class,
      Jurisdiction::builder, Jurisdiction.Builder::build,
      required("name", STRING, Jurisdiction::name, Jurisdiction.Builder::name),
      optional("code", STRING, Jurisdiction::code, Jurisdiction.Builder::code),
      required("level", LEVELS, Jurisdiction::level, Jurisdiction.Builder::level),
      optional("parent", STRING, Jurisdiction::parent, Jurisdiction.Builder::parent));

  static final Format<Measure, Measure.Builder> MEASURE = Format.of(Measure.class,
      Measure::builder, Measure.Builder::build,
      required("ordinal", INTEGER, Measure::ordinal, Measure.Builder::ordinal),
      required("text", STRING, Measure::text, Measure.Builder::text),
      list("indicators", INDICATOR, Measure::indicators, Measure.Builder::addIndicator));

  static final Format<WorkArea, WorkArea.Builder> WORK_AREA = Format.of(WorkArea.class,
      WorkArea::builder, WorkArea.Builder::build,
      required("ordinal", INTEGER, WorkArea::ordinal, WorkArea.Builder::ordinal),
      required("title", STRING, WorkArea::title, WorkArea.Builder::title),
      enumSet("taskAreas", TASK_AREAS, "task area", WorkArea::taskAreas, WorkArea.Builder::addTaskArea),
      list("measures", MEASURE, WorkArea::measures, WorkArea.Builder::addMeasure),
      list("indicators", INDICATOR, WorkArea::indicators, WorkArea.Builder::addIndicator),
      optional("text", STRING, WorkArea::text, WorkArea.Builder::text));

  static final Format<ReviewTally, ReviewTally.Builder> REVIEW_TALLY = Format.of(ReviewTally.class,
      ReviewTally::builder, ReviewTally.Builder::build,
      required("procedure", PROCEDURES, ReviewTally::procedure, ReviewTally.Builder::procedure),
      optional("route", ROUTES, ReviewTally::route, ReviewTally.Builder::route),
      count("received", ReviewTally::received, ReviewTally.Builder::received),
      count("accepted", ReviewTally::accepted, ReviewTally.Builder::accepted),
      count("notAccepted", ReviewTally::notAccepted, ReviewTally.Builder::notAccepted),
      count("resolvedBeforeAcceptance", ReviewTally::resolvedBeforeAcceptance,
          ReviewTally.Builder::resolvedBeforeAcceptance),
      count("carriedOver", ReviewTally::carriedOver, ReviewTally.Builder::carriedOver),
      count("concluded", ReviewTally::concluded, ReviewTally.Builder::concluded),
      count("withdrawn", ReviewTally::withdrawn, ReviewTally.Builder::withdrawn),
      count("pending", ReviewTally::pending, ReviewTally.Builder::pending),
      withDefault("withdrawalsCountedApart", BOOLEAN, false, ReviewTally::withdrawalsCountedApart,
          ReviewTally.Builder::withdrawalsCountedApart),
      counts("decisions", DECISIONS, ReviewTally::decisions, ReviewTally.Builder::putDecision),
      counts("outcomeGroups", OUTCOME_GROUPS, ReviewTally::outcomeGroups,
          ReviewTally.Builder::putOutcomeGroup),
      count("decisionsTotal", ReviewTally::decisionsTotal, ReviewTally.Builder::decisionsTotal),
      withDefault("outcomesComplete", BOOLEAN, false, ReviewTally::outcomesComplete,
          ReviewTally.Builder::outcomesComplete));

  static final Format<ReviewCase, ReviewCase.Builder> REVIEW_CASE = Format.of(ReviewCase.class,
      ReviewCase::builder, ReviewCase.Builder::build,
      required("procedure", PROCEDURES, ReviewCase::procedure, ReviewCase.Builder::procedure),
      optional("route", ROUTES, ReviewCase::route, ReviewCase.Builder::route),
      required("id", STRING, ReviewCase::id, ReviewCase.Builder::id),
      required("received", DATE, ReviewCase::received, ReviewCase.Builder::received),
      optional("accepted", DATE, ReviewCase::accepted, ReviewCase.Builder::accepted),
      optional("refused", DATE, ReviewCase::refused, ReviewCase.Builder::refused),
      optional("decided", DATE, ReviewCase::decided, ReviewCase.Builder::decided),
      optional("decision", DECISIONS, ReviewCase::decision, ReviewCase.Builder::decision),
      withDefault("simplified", BOOLEAN, false, ReviewCase::simplified, ReviewCase.Builder::simplified),
      withDefault("extensionDays", INTEGER, 0, ReviewCase::extensionDays,
          ReviewCase.Builder::extensionDays));

  /**
   * Table A, 主动公开: rows by item, each an object of its numbers by column; a number as the report
   * writes it (本年增/减 may be negative, 万元 amounts may have a fraction).
   */
  static final Format<ProactiveDisclosureTable, ProactiveDisclosureTable.Builder> PROACTIVE = Format.of(
      ProactiveDisclosureTable.class, ProactiveDisclosureTable::builder,
      ProactiveDisclosureTable.Builder::build,
      rows("rows", PROACTIVE_ITEMS, PROACTIVE_COLUMNS, Formats::proactiveCell,
          (value, out) -> out.decimal(value), ProactiveDisclosureTable::cells,
          CellTable.Cell::row, CellTable.Cell::column,
          ProactiveDisclosureTable.Builder::cell));

  /** Table B, 依申请公开: rows by row, each an object of its counts by applicant column. */
  static final Format<ApplicationTable, ApplicationTable.Builder> APPLICATIONS = Format.of(
      ApplicationTable.class, ApplicationTable::builder, ApplicationTable.Builder::build,
      rows("rows", APPLICATION_ROWS, APPLICANT_COLUMNS, (in, column) -> Values.nonNegativeCount(in, "count"),
          (value, out) -> out.number(value.longValue()), ApplicationTable::cells,
          CellTable.Cell::row, CellTable.Cell::column, ApplicationTable.Builder::cell));

  /** Table C, 复议诉讼: its three blocks, each an object of its counts by column. */
  static final Format<DisputeTable, DisputeTable.Builder> DISPUTES = Format.of(
      DisputeTable.class, DisputeTable::builder, DisputeTable.Builder::build,
      rows("blocks", DISPUTE_BLOCKS, DISPUTE_COLUMNS, (in, column) -> Values.nonNegativeCount(in, "count"),
          (value, out) -> out.number(value.longValue()), DisputeTable::cells,
          CellTable.Cell::row, CellTable.Cell::column, DisputeTable.Builder::cell));

  static final Format<OpenGovInfo, OpenGovInfo.Builder> OPEN_GOV_INFO = Format.of(OpenGovInfo.class,
      OpenGovInfo::builder, OpenGovInfo.Builder::build,
      required("layout", LAYOUTS, OpenGovInfo::layout, OpenGovInfo.Builder::layout),
      keyed("sections", SECTIONS, "text", STRING, OpenGovInfo::sections, OpenGovInfo.Builder::putSection),
      keyed("sectionIndicators", SECTIONS, "indicators", Codec.listOf(INDICATOR),
          info -> Multimaps.asMap(info.sectionIndicators()), OpenGovInfo.Builder::putAllSectionIndicators),
      counts("overview", OVERVIEW_FIGURES, OpenGovInfo::overview, OpenGovInfo.Builder::putOverview),
      optional("proactive", PROACTIVE, OpenGovInfo::proactive, OpenGovInfo.Builder::proactive),
      optional("applications", APPLICATIONS, OpenGovInfo::applications, OpenGovInfo.Builder::applications),
      optional("disputes", DISPUTES, OpenGovInfo::disputes, OpenGovInfo.Builder::disputes));

  static final Format<Report, Report.Builder> REPORT = Format.of(Report.class,
      Report::builder, Report.Builder::build,
      withDefault("kind", REPORT_KINDS, ReportKind.RULE_OF_LAW_ANNUAL, Report::kind, Report.Builder::kind),
      optional("jurisdiction", JURISDICTION, Report::jurisdiction, Report.Builder::jurisdiction),
      optional("issuer", STRING, Report::issuer, Report.Builder::issuer),
      optional("issuerKind", ISSUER_KINDS, Report::issuerKind, Report.Builder::issuerKind),
      required("year", YEAR, Report::year, Report.Builder::year),
      optional("published", DATE, Report::published, Report.Builder::published),
      optional("title", STRING, Report::title, Report.Builder::title),
      optional("preamble", STRING, Report::preamble, Report.Builder::preamble),
      list("headlineIndicators", INDICATOR, Report::headlineIndicators, Report.Builder::addHeadlineIndicator),
      list("workAreas", WORK_AREA, Report::workAreas, Report.Builder::addWorkArea),
      list("reviews", REVIEW_TALLY, Report::reviews, Report.Builder::addReview),
      list("shortcomings", STRING.as("shortcoming"), Report::shortcomings, Report.Builder::addShortcoming),
      list("leadershipDuty", STRING.as("paragraph"), Report::leadershipDuty,
          Report.Builder::addLeadershipDuty),
      optional("plansPreamble", STRING, Report::plansPreamble, Report.Builder::plansPreamble),
      list("plans", WORK_AREA, Report::plans, Report.Builder::addPlan),
      list("otherMatters", STRING.as("paragraph"), Report::otherMatters, Report.Builder::addOtherMatter),
      optional("openGovInfo", OPEN_GOV_INFO, Report::openGovInfo, Report.Builder::openGovInfo));

  /** Every bound model type and its codec: the objects above, {@link Unit} and every enum. */
  static final ImmutableMap<Class<?>, Codec<?>> BOUND = bound();

  private Formats() {}

  private static ImmutableMap<Class<?>, Codec<?>> bound() {
    ImmutableMap.Builder<Class<?>, Codec<?>> codecs = ImmutableMap.builder();
    codecs.put(Report.class, REPORT)
        .put(Jurisdiction.class, JURISDICTION)
        .put(WorkArea.class, WORK_AREA)
        .put(Measure.class, MEASURE)
        .put(Indicator.class, INDICATOR)
        .put(Rate.class, RATE)
        .put(GrowthBase.class, GROWTH_BASE)
        .put(Breakdown.class, BREAKDOWN)
        .put(ReviewTally.class, REVIEW_TALLY)
        .put(ReviewCase.class, REVIEW_CASE)
        .put(OpenGovInfo.class, OPEN_GOV_INFO)
        .put(ProactiveDisclosureTable.class, PROACTIVE)
        .put(ApplicationTable.class, APPLICATIONS)
        .put(DisputeTable.class, DISPUTES)
        .put(Unit.class, Codec.UNIT.as("unit"));
    for (EnumNames<?> names : ENUMS) {
      codecs.put(names.type(), names);
    }
    return codecs.buildOrThrow();
  }

  /**
   * Reads a number of Table A: a count is whole and, but for 本年增/减, not negative; an amount (万元) may
   * have a fraction.
   */
  private static BigDecimal proactiveCell(JsonIn in, ProactiveColumn column) throws IOException {
    BigDecimal value = Values.decimal(in, "number");
    if (value.signum() < 0 && !column.isSigned()) {
      throw in.invalidFormat("number" + Paths.at(in.here()) + ": " + in.text() + " is negative",
          in.text(), BigDecimal.class);
    }
    if (!column.isAmount() && value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw in.invalidFormat("number" + Paths.at(in.here()) + ": " + in.text() + " is not a whole number",
          in.text(), BigDecimal.class);
    }
    return value;
  }

  /** An indicator's parts are indicators: the table refers to itself through {@link #INDICATOR}. */
  private static Format<Indicator, Indicator.Builder> indicator() {
    Codec<Indicator> parts = Codec.of((in, what) -> INDICATOR.read(in), (value, out) -> INDICATOR.write(value, out));
    return Format.of(Indicator.class, Indicator::builder, Indicator.Builder::build,
        required("label", STRING, Indicator::label, Indicator.Builder::label),
        optional("code", STRING, Indicator::code, Indicator.Builder::code),
        required("kind", INDICATOR_KINDS, Indicator::kind, Indicator.Builder::kind),
        required("value", DECIMAL, Indicator::value, Indicator.Builder::value),
        required("unit", UNIT, Indicator::unit, Indicator.Builder::unit),
        withDefault("qualifier", QUALIFIERS, Qualifier.EXACT, Indicator::qualifier, Indicator.Builder::qualifier),
        optional("basis", RATE, Indicator::basis, Indicator.Builder::basis),
        optional("growthBase", Codec.of((in, what) -> GROWTH_BASE.read(in), (value, out) -> GROWTH_BASE.write(value, out)),
            Indicator::growthBase, Indicator.Builder::growthBase),
        list("parts", parts, Indicator::parts, Indicator.Builder::addPart),
        withDefault("partsComplete", BOOLEAN, false, Indicator::partsComplete, Indicator.Builder::partsComplete),
        list("breakdowns", Codec.of((in, what) -> BREAKDOWN.read(in), (value, out) -> BREAKDOWN.write(value, out)),
            Indicator::breakdowns, Indicator.Builder::addBreakdown),
        optional("written", STRING, Indicator::written, Indicator.Builder::written));
  }
}
