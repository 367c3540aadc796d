package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fazhi.Breakdown;
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
import io.github.fazhi.Procedure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewCase;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TaskArea;
import io.github.fazhi.WorkArea;
import io.github.fazhi.json.Fields.Shape;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads each model type from JSON through its public builder, so that every invariant holds. Each method
 * starts with the parser on the value's first token and leaves it on the value's last token.
 */
final class Readers {
  static final EnumNames<ReportKind> REPORT_KINDS = EnumNames.of(ReportKind.class);
  static final EnumNames<JurisdictionLevel> LEVELS = EnumNames.of(JurisdictionLevel.class);
  static final EnumNames<TaskArea> TASK_AREAS = EnumNames.of(TaskArea.class);
  static final EnumNames<IndicatorKind> INDICATOR_KINDS = EnumNames.of(IndicatorKind.class);
  static final EnumNames<Qualifier> QUALIFIERS = EnumNames.of(Qualifier.class);
  static final EnumNames<IssuerKind> ISSUER_KINDS = EnumNames.of(IssuerKind.class);
  static final EnumNames<Procedure> PROCEDURES = EnumNames.of(Procedure.class);
  static final EnumNames<LitigationRoute> ROUTES = EnumNames.of(LitigationRoute.class);
  static final EnumNames<Decision> DECISIONS = EnumNames.of(Decision.class);
  static final EnumNames<OutcomeGroup> OUTCOME_GROUPS = EnumNames.of(OutcomeGroup.class);

  static final Shape REPORT = Shape.of(Report.class,
      List.of("kind", "jurisdiction", "issuer", "issuerKind", "year", "published", "title", "preamble",
          "headlineIndicators", "workAreas", "reviews", "shortcomings", "leadershipDuty", "plansPreamble", "plans", "otherMatters"),
      "year");
  static final Shape JURISDICTION = Shape.of(Jurisdiction.class,
      List.of("name", "code", "level", "parent"), "name", "level");
  static final Shape WORK_AREA = Shape.of(WorkArea.class,
      List.of("ordinal", "title", "taskAreas", "measures", "indicators", "text"), "ordinal", "title");
  static final Shape MEASURE = Shape.of(Measure.class,
      List.of("ordinal", "text", "indicators"), "ordinal", "text");
  static final Shape INDICATOR = Shape.of(Indicator.class,
      List.of("label", "code", "kind", "value", "unit", "qualifier", "basis", "growthBase", "parts",
          "partsComplete", "breakdowns", "written"),
      "label", "kind", "value", "unit");
  static final Shape GROWTH_BASE = Shape.of(GrowthBase.class, List.of("current", "previous"),
      "current", "previous");
  static final Shape BREAKDOWN = Shape.of(Breakdown.class, List.of("name", "parts", "complete"), "parts");
  static final Shape RATE = Shape.of(Rate.class, List.of("numerator", "denominator"),
      "numerator", "denominator");
  static final Shape REVIEW_TALLY = Shape.of(ReviewTally.class,
      List.of("procedure", "route", "received", "accepted", "notAccepted", "resolvedBeforeAcceptance",
          "carriedOver", "concluded", "withdrawn", "pending", "withdrawalsCountedApart", "decisions",
          "outcomeGroups", "decisionsTotal", "outcomesComplete"),
      "procedure");
  static final Shape REVIEW_CASE = Shape.of(ReviewCase.class,
      List.of("procedure", "route", "id", "received", "accepted", "refused", "decided", "decision",
          "simplified", "extensionDays"),
      "procedure", "id", "received");

  private Readers() {}

  static Report report(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, REPORT);
    Report.Builder builder = Report.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "kind" -> builder.kind(Values.constant(p, REPORT_KINDS));
        case "jurisdiction" -> builder.jurisdiction(jurisdiction(p));
        case "issuer" -> builder.issuer(Values.string(p, "issuer"));
        case "issuerKind" -> builder.issuerKind(Values.constant(p, ISSUER_KINDS));
        case "year" -> builder.year(Values.year(p, "year"));
        case "published" -> builder.published(Values.date(p, "date"));
        case "title" -> builder.title(Values.string(p, "title"));
        case "preamble" -> builder.preamble(Values.string(p, "preamble"));
        case "headlineIndicators" -> Values.array(p, "headlineIndicators",
            () -> builder.addHeadlineIndicator(indicator(p)));
        case "workAreas" -> Values.array(p, "workAreas", () -> builder.addWorkArea(workArea(p)));
        case "reviews" -> Values.array(p, "reviews", () -> builder.addReview(reviewTally(p)));
        case "shortcomings" -> Values.array(p, "shortcomings",
            () -> builder.addShortcoming(Values.string(p, "shortcoming")));
        case "leadershipDuty" -> Values.array(p, "leadershipDuty",
            () -> builder.addLeadershipDuty(Values.string(p, "paragraph")));
        case "plansPreamble" -> builder.plansPreamble(Values.string(p, "plansPreamble"));
        case "plans" -> Values.array(p, "plans", () -> builder.addPlan(workArea(p)));
        case "otherMatters" -> Values.array(p, "otherMatters",
            () -> builder.addOtherMatter(Values.string(p, "paragraph")));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  static Jurisdiction jurisdiction(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, JURISDICTION);
    Jurisdiction.Builder builder = Jurisdiction.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "name" -> builder.name(Values.string(p, "name"));
        case "code" -> builder.code(Values.string(p, "code"));
        case "level" -> builder.level(Values.constant(p, LEVELS));
        case "parent" -> builder.parent(Values.string(p, "parent"));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  static WorkArea workArea(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, WORK_AREA);
    WorkArea.Builder builder = WorkArea.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "ordinal" -> builder.ordinal(Values.integer(p, "ordinal"));
        case "title" -> builder.title(Values.string(p, "title"));
        case "taskAreas" -> {
          Set<TaskArea> seen = EnumSet.noneOf(TaskArea.class);
          Values.array(p, "taskAreas", () -> {
            TaskArea area = Values.constant(p, TASK_AREAS);
            if (!seen.add(area)) {
              throw MismatchedInputException.from(p, TaskArea.class, "Duplicate task area \""
                  + TASK_AREAS.name(area) + "\"" + Paths.at(Paths.here(p)));
            }
            builder.addTaskArea(area);
          });
        }
        case "measures" -> Values.array(p, "measures", () -> builder.addMeasure(measure(p)));
        case "indicators" -> Values.array(p, "indicators", () -> builder.addIndicator(indicator(p)));
        case "text" -> builder.text(Values.string(p, "text"));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  static Measure measure(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, MEASURE);
    Measure.Builder builder = Measure.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "ordinal" -> builder.ordinal(Values.integer(p, "ordinal"));
        case "text" -> builder.text(Values.string(p, "text"));
        case "indicators" -> Values.array(p, "indicators", () -> builder.addIndicator(indicator(p)));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  static Indicator indicator(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, INDICATOR);
    Indicator.Builder builder = Indicator.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "label" -> builder.label(Values.string(p, "label"));
        case "code" -> builder.code(Values.string(p, "code"));
        case "kind" -> builder.kind(Values.constant(p, INDICATOR_KINDS));
        case "value" -> builder.value(Values.decimal(p, "value"));
        case "unit" -> builder.unit(Values.unit(p, "unit"));
        case "qualifier" -> builder.qualifier(Values.constant(p, QUALIFIERS));
        case "basis" -> builder.basis(rate(p));
        case "growthBase" -> builder.growthBase(growthBase(p));
        case "parts" -> Values.array(p, "parts", () -> builder.addPart(indicator(p)));
        case "partsComplete" -> builder.partsComplete(Values.bool(p, "partsComplete"));
        case "breakdowns" -> Values.array(p, "breakdowns", () -> builder.addBreakdown(breakdown(p)));
        case "written" -> builder.written(Values.string(p, "written"));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  static GrowthBase growthBase(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, GROWTH_BASE);
    GrowthBase.Builder builder = GrowthBase.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "current" -> builder.current(Values.count(p, "current"));
        case "previous" -> builder.previous(Values.count(p, "previous"));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  static Breakdown breakdown(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, BREAKDOWN);
    Breakdown.Builder builder = Breakdown.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "name" -> builder.name(Values.string(p, "name"));
        case "parts" -> Values.array(p, "parts", () -> builder.addPart(indicator(p)));
        case "complete" -> builder.complete(Values.bool(p, "complete"));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  static Rate rate(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, RATE);
    long numerator = 0;
    long denominator = 0;
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "numerator" -> numerator = Values.count(p, "numerator");
        case "denominator" -> denominator = Values.count(p, "denominator");
        default -> throw new AssertionError(name);
      }
    }
    long n = numerator;
    long d = denominator;
    return fields.build(() -> Rate.of(n, d));
  }

  static ReviewTally reviewTally(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, REVIEW_TALLY);
    ReviewTally.Builder builder = ReviewTally.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "procedure" -> builder.procedure(Values.constant(p, PROCEDURES));
        case "route" -> builder.route(Values.constant(p, ROUTES));
        case "received" -> builder.received(Values.count(p, "count"));
        case "accepted" -> builder.accepted(Values.count(p, "count"));
        case "notAccepted" -> builder.notAccepted(Values.count(p, "count"));
        case "resolvedBeforeAcceptance" -> builder.resolvedBeforeAcceptance(Values.count(p, "count"));
        case "carriedOver" -> builder.carriedOver(Values.count(p, "count"));
        case "concluded" -> builder.concluded(Values.count(p, "count"));
        case "withdrawn" -> builder.withdrawn(Values.count(p, "count"));
        case "pending" -> builder.pending(Values.count(p, "count"));
        case "withdrawalsCountedApart" ->
            builder.withdrawalsCountedApart(Values.bool(p, "withdrawalsCountedApart"));
        case "decisions" -> counts(p, DECISIONS, builder::putDecision);
        case "outcomeGroups" -> counts(p, OUTCOME_GROUPS, builder::putOutcomeGroup);
        case "decisionsTotal" -> builder.decisionsTotal(Values.count(p, "count"));
        case "outcomesComplete" -> builder.outcomesComplete(Values.bool(p, "outcomesComplete"));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }

  /** Reads an object of counts keyed by lower_snake enum names, such as {@code {"withdrawn":3}}. */
  private static <E extends Enum<E>> void counts(
      JsonParser p, EnumNames<E> names, BiConsumer<E, Long> put) throws IOException {
    String what = names.type().getSimpleName() + " counts";
    Values.expect(p, JsonToken.START_OBJECT, what, "an object");
    Set<E> seen = EnumSet.noneOf(names.type());
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      E constant = names.find(key);
      if (constant == null) {
        throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
            what + Paths.at(Paths.here(p)) + ": \"" + key + "\" is not one of the valid keys "
                + names.validNames(), key, names.type());
      }
      if (!seen.add(constant)) {
        throw MismatchedInputException.from(p, names.type(),
            "Duplicate key \"" + key + "\" in " + what + Paths.at(Paths.here(p)));
      }
      p.nextToken();
      put.accept(constant, Values.count(p, "count"));
    }
  }

  static ReviewCase reviewCase(JsonParser p) throws IOException {
    Fields fields = Fields.open(p, REVIEW_CASE);
    ReviewCase.Builder builder = ReviewCase.builder();
    for (String name = fields.next(); name != null; name = fields.next()) {
      switch (name) {
        case "procedure" -> builder.procedure(Values.constant(p, PROCEDURES));
        case "route" -> builder.route(Values.constant(p, ROUTES));
        case "id" -> builder.id(Values.string(p, "id"));
        case "received" -> builder.received(Values.date(p, "date"));
        case "accepted" -> builder.accepted(Values.date(p, "date"));
        case "refused" -> builder.refused(Values.date(p, "date"));
        case "decided" -> builder.decided(Values.date(p, "date"));
        case "decision" -> builder.decision(Values.constant(p, DECISIONS));
        case "simplified" -> builder.simplified(Values.bool(p, "simplified"));
        case "extensionDays" -> builder.extensionDays(Values.integer(p, "extensionDays"));
        default -> throw new AssertionError(name);
      }
    }
    return fields.build(builder::build);
  }
}
