package io.github.fazhi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import io.github.fazhi.Breakdown;
import io.github.fazhi.GrowthBase;
import io.github.fazhi.Indicator;
import io.github.fazhi.Jurisdiction;
import io.github.fazhi.Measure;
import io.github.fazhi.Qualifier;
import io.github.fazhi.Rate;
import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.ReviewCase;
import io.github.fazhi.ReviewTally;
import io.github.fazhi.TaskArea;
import io.github.fazhi.WorkArea;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes each model type as JSON, fields in accessor order, leaving out absent values, empty lists and
 * defaults, so that equal values give the same bytes.
 */
final class Writers {
  private Writers() {}

  static void report(Report report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (report.kind() != ReportKind.RULE_OF_LAW_ANNUAL) {
      g.writeStringField("kind", Readers.REPORT_KINDS.name(report.kind()));
    }
    if (report.jurisdiction().isPresent()) {
      g.writeFieldName("jurisdiction");
      jurisdiction(report.jurisdiction().get(), g);
    }
    string(g, "issuer", report.issuer());
    if (report.issuerKind().isPresent()) {
      g.writeStringField("issuerKind", Readers.ISSUER_KINDS.name(report.issuerKind().get()));
    }
    g.writeNumberField("year", report.year().getValue());
    date(g, "published", report.published());
    string(g, "title", report.title());
    string(g, "preamble", report.preamble());
    indicators(g, "headlineIndicators", report.headlineIndicators());
    if (!report.workAreas().isEmpty()) {
      g.writeArrayFieldStart("workAreas");
      for (WorkArea area : report.workAreas()) {
        workArea(area, g);
      }
      g.writeEndArray();
    }
    if (!report.reviews().isEmpty()) {
      g.writeArrayFieldStart("reviews");
      for (ReviewTally tally : report.reviews()) {
        reviewTally(tally, g);
      }
      g.writeEndArray();
    }
    strings(g, "shortcomings", report.shortcomings());
    strings(g, "leadershipDuty", report.leadershipDuty());
    string(g, "plansPreamble", report.plansPreamble());
    if (!report.plans().isEmpty()) {
      g.writeArrayFieldStart("plans");
      for (WorkArea area : report.plans()) {
        workArea(area, g);
      }
      g.writeEndArray();
    }
    strings(g, "otherMatters", report.otherMatters());
    g.writeEndObject();
  }

  static void jurisdiction(Jurisdiction jurisdiction, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", jurisdiction.name());
    string(g, "code", jurisdiction.code());
    g.writeStringField("level", Readers.LEVELS.name(jurisdiction.level()));
    string(g, "parent", jurisdiction.parent());
    g.writeEndObject();
  }

  static void workArea(WorkArea area, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("ordinal", area.ordinal());
    g.writeStringField("title", area.title());
    if (!area.taskAreas().isEmpty()) {
      // A set: written in the enum's order, so equal sets give the same bytes.
      g.writeArrayFieldStart("taskAreas");
      for (TaskArea taskArea : EnumSet.copyOf(area.taskAreas())) {
        g.writeString(Readers.TASK_AREAS.name(taskArea));
      }
      g.writeEndArray();
    }
    if (!area.measures().isEmpty()) {
      g.writeArrayFieldStart("measures");
      for (Measure measure : area.measures()) {
        measure(measure, g);
      }
      g.writeEndArray();
    }
    indicators(g, "indicators", area.indicators());
    string(g, "text", area.text());
    g.writeEndObject();
  }

  static void measure(Measure measure, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("ordinal", measure.ordinal());
    g.writeStringField("text", measure.text());
    indicators(g, "indicators", measure.indicators());
    g.writeEndObject();
  }

  static void indicator(Indicator indicator, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", indicator.label());
    string(g, "code", indicator.code());
    g.writeStringField("kind", Readers.INDICATOR_KINDS.name(indicator.kind()));
    g.writeFieldName("value");
    decimal(indicator.value(), g);
    g.writeStringField("unit", indicator.unit().written());
    if (indicator.qualifier() != Qualifier.EXACT) {
      g.writeStringField("qualifier", Readers.QUALIFIERS.name(indicator.qualifier()));
    }
    if (indicator.basis().isPresent()) {
      g.writeFieldName("basis");
      rate(indicator.basis().get(), g);
    }
    if (indicator.growthBase().isPresent()) {
      g.writeFieldName("growthBase");
      growthBase(indicator.growthBase().get(), g);
    }
    indicators(g, "parts", indicator.parts());
    if (indicator.partsComplete()) {
      g.writeBooleanField("partsComplete", true);
    }
    if (!indicator.breakdowns().isEmpty()) {
      g.writeArrayFieldStart("breakdowns");
      for (Breakdown breakdown : indicator.breakdowns()) {
        breakdown(breakdown, g);
      }
      g.writeEndArray();
    }
    string(g, "written", indicator.written());
    g.writeEndObject();
  }

  static void growthBase(GrowthBase base, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("current", base.current());
    g.writeNumberField("previous", base.previous());
    g.writeEndObject();
  }

  static void breakdown(Breakdown breakdown, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "name", breakdown.name());
    indicators(g, "parts", breakdown.parts());
    if (breakdown.complete()) {
      g.writeBooleanField("complete", true);
    }
    g.writeEndObject();
  }

  static void rate(Rate rate, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("numerator", rate.numerator());
    g.writeNumberField("denominator", rate.denominator());
    g.writeEndObject();
  }

  static void reviewTally(ReviewTally tally, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("procedure", Readers.PROCEDURES.name(tally.procedure()));
    if (tally.route().isPresent()) {
      g.writeStringField("route", Readers.ROUTES.name(tally.route().get()));
    }
    count(g, "received", tally.received());
    count(g, "accepted", tally.accepted());
    count(g, "notAccepted", tally.notAccepted());
    count(g, "resolvedBeforeAcceptance", tally.resolvedBeforeAcceptance());
    count(g, "carriedOver", tally.carriedOver());
    count(g, "concluded", tally.concluded());
    count(g, "withdrawn", tally.withdrawn());
    count(g, "pending", tally.pending());
    if (tally.withdrawalsCountedApart()) {
      g.writeBooleanField("withdrawalsCountedApart", true);
    }
    if (!tally.decisions().isEmpty()) {
      g.writeObjectFieldStart("decisions");
      for (Map.Entry<io.github.fazhi.Decision, Long> entry : tally.decisions().entrySet()) {
        g.writeNumberField(Readers.DECISIONS.name(entry.getKey()), entry.getValue());
      }
      g.writeEndObject();
    }
    if (!tally.outcomeGroups().isEmpty()) {
      g.writeObjectFieldStart("outcomeGroups");
      for (Map.Entry<io.github.fazhi.OutcomeGroup, Long> entry : tally.outcomeGroups().entrySet()) {
        g.writeNumberField(Readers.OUTCOME_GROUPS.name(entry.getKey()), entry.getValue());
      }
      g.writeEndObject();
    }
    count(g, "decisionsTotal", tally.decisionsTotal());
    if (tally.outcomesComplete()) {
      g.writeBooleanField("outcomesComplete", true);
    }
    g.writeEndObject();
  }

  static void reviewCase(ReviewCase reviewCase, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("procedure", Readers.PROCEDURES.name(reviewCase.procedure()));
    if (reviewCase.route().isPresent()) {
      g.writeStringField("route", Readers.ROUTES.name(reviewCase.route().get()));
    }
    g.writeStringField("id", reviewCase.id());
    g.writeStringField("received", reviewCase.received().toString());
    date(g, "accepted", reviewCase.accepted());
    date(g, "refused", reviewCase.refused());
    date(g, "decided", reviewCase.decided());
    if (reviewCase.decision().isPresent()) {
      g.writeStringField("decision", Readers.DECISIONS.name(reviewCase.decision().get()));
    }
    if (reviewCase.simplified()) {
      g.writeBooleanField("simplified", true);
    }
    if (reviewCase.extensionDays() != 0) {
      g.writeNumberField("extensionDays", reviewCase.extensionDays());
    }
    g.writeEndObject();
  }

  /**
   * Writes a decimal exactly as the value holds it ({@code 98.8}, {@code 1E+3}), whatever the
   * generator's {@code WRITE_BIGDECIMAL_AS_PLAIN} setting, so that reading it back gives an equal value.
   */
  static void decimal(BigDecimal value, JsonGenerator g) throws IOException {
    // Jackson's byte-writing JSON generator says it cannot write formatted numbers, but writes them as
    // given like the character-writing one; asked for a BigDecimal, it would obey WRITE_BIGDECIMAL_AS_PLAIN.
    if (g instanceof JsonGeneratorImpl || g.canWriteFormattedNumbers()) {
      g.writeNumber(value.toString());
    } else {
      g.writeNumber(value);
    }
  }

  private static void indicators(JsonGenerator g, String name, List<Indicator> indicators)
      throws IOException {
    if (!indicators.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (Indicator indicator : indicators) {
        indicator(indicator, g);
      }
      g.writeEndArray();
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  private static void count(JsonGenerator g, String name, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsLong());
    }
  }
}
